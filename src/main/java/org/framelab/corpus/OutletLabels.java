package org.framelab.corpus;

import java.io.Serializable;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * Labels per outlet from a table of its own (a rating site's leanings: {@code outlet,leaning}), joined to every article
 * by its outlet as it is read ({@code --outlet-labels FILE}; study file {@code corpus.outlet_labels}). The table is a
 * CSV, TSV or .xlsx read like a corpus: the outlet column is the one named outlet, source, name, site, publisher or
 * media (else the first), every other column is a label field. An article's outlet is looked up
 * <ol>
 *   <li>as written (spaces at the ends ignored),</li>
 *   <li>then ignoring letter case and spacing ({@code POLITICO} for {@code Politico}),</li>
 *   <li>then by its family ({@link OutletNameKeys#family}: {@code Fox Online News} for {@code Fox News (Online)}),
 *       only when exactly one outlet of the table has that family (else the match would be a guess).</li>
 * </ol>
 * Nothing is dropped: an article whose outlet is not found keeps no value for the fields, and the note counts those
 * articles and names their outlets. A label field the corpus already has is an error (the two would disagree silently).
 * <p>
 * A local read joins and counts in one step ({@link #apply}). A distributed read (the Spark job) splits the two: the
 * table is serialised to the workers, which {@link #join} each article (no state changes, safe on many threads), and
 * the driver counts the articles per outlet and gives them to {@link #count}; {@link #checkNew} is the first article's
 * check. Both give the same labels, the same counts and the same {@link #note}.
 */
public final class OutletLabels implements Serializable {
    private static final long serialVersionUID = 1L;

    /** Names of the outlet column, in order of preference. */
    static final List<String> OUTLET_COLUMNS = List.of("outlet", "source", "name", "site", "publisher", "media", "outlet_name", "source_name");

    private final String file;
    private final List<String> fields;
    private final Map<String, Map<String, String>> exact = new HashMap<>();
    private final Map<String, Map<String, String>> byCase = new HashMap<>();
    private final Map<String, Map<String, String>> byFamily = new HashMap<>();
    private final Map<String, String> familyName = new HashMap<>();
    /** Outlets of the table per name variant family that several of them share (no match by family there). */
    private final Map<String, TreeSet<String>> sharedFamily = new HashMap<>();
    private final Map<String, Map<String, String>> memo = new HashMap<>();
    private long articles, exactMatches, caseMatches, familyMatches, withoutOutlet;
    private final TreeMap<String, Long> unmatched = new TreeMap<>();
    /** Articles per matched outlet whose row in the table leaves a label cell empty. */
    private final TreeMap<String, Long> emptyCells = new TreeMap<>();
    private final TreeMap<String, String> familyPairs = new TreeMap<>();
    private boolean checked;

    private OutletLabels(String file, List<String> fields) {
        this.file = file;
        this.fields = List.copyOf(fields);
    }

    /** Reads the table at {@code path}: a clear error for a missing file, no outlet column, no label column or a repeated outlet. */
    public static OutletLabels read(Path path) throws CorpusException {
        String name = path.getFileName().toString();
        CorpusReader reader = ReaderRegistry.readerFor(path);
        try (RecordSource src = reader.open(path, ReadOptions.defaults())) {
            List<String> columns = src.fields();
            String outletColumn = null;
            for (String want : OUTLET_COLUMNS) {
                for (String c : columns) if (outletColumn == null && c.strip().equalsIgnoreCase(want)) outletColumn = c;
            }
            if (outletColumn == null && !columns.isEmpty()) outletColumn = columns.get(0);
            List<String> labelColumns = new ArrayList<>();
            for (String c : columns) if (!c.equals(outletColumn)) labelColumns.add(c.strip());
            if (outletColumn == null || labelColumns.isEmpty()) {
                throw new CorpusException(name, 1, null, "a table of labels per outlet needs an outlet column and at least one label column; columns found: "
                        + String.join(", ", columns), "write a header such as outlet,leaning and one row per outlet");
            }
            OutletLabels t = new OutletLabels(name, labelColumns);
            Map<String, Long> lineOf = new HashMap<>();
            Map<String, Integer> familyCount = new HashMap<>();
            for (RawRecord r = src.next(); r != null; r = src.next()) {
                String outlet = r.fields().get(outletColumn);
                Map<String, String> values = new LinkedHashMap<>();
                for (String c : columns) {
                    if (c.equals(outletColumn)) continue;
                    String v = r.fields().get(c);
                    if (v != null && !v.isBlank()) values.put(c.strip(), v.strip());
                }
                if (outlet == null || outlet.isBlank()) {
                    if (values.isEmpty()) continue; // an empty row
                    throw new CorpusException(name, r.line(), outletColumn, "a row gives labels (" + values + ") but no outlet name",
                            "write the outlet's name in the " + outletColumn + " column, or delete the row");
                }
                outlet = outlet.strip();
                Long before = lineOf.putIfAbsent(OutletNameKeys.caseKey(outlet), r.line());
                if (before != null) {
                    throw new CorpusException(name, r.line(), outletColumn, "the outlet '" + outlet + "' is listed twice (first at line " + before
                            + "; case and spacing ignored)", "list every outlet once, with its labels");
                }
                t.exact.put(outlet, values);
                t.byCase.put(OutletNameKeys.caseKey(outlet), values);
                String fam = OutletNameKeys.family(outlet);
                familyCount.merge(fam, 1, Integer::sum);
                t.byFamily.put(fam, values);
                t.familyName.put(fam, outlet);
            }
            familyCount.forEach((fam, n) -> {
                if (n > 1) {
                    t.byFamily.remove(fam); // two outlets of the table share it: a match by family would be a guess
                    t.familyName.remove(fam);
                }
            });
            for (String o : t.exact.keySet()) { // named in the note when an outlet of the corpus is a variant of them all
                String fam = OutletNameKeys.family(o);
                if (familyCount.get(fam) > 1) t.sharedFamily.computeIfAbsent(fam, k -> new TreeSet<>()).add(o);
            }
            if (t.exact.isEmpty()) {
                throw new CorpusException(name, -1, outletColumn, "the table lists no outlet", "write one row per outlet with its labels");
            }
            return t;
        }
    }

    /** The label fields the table adds. */
    public List<String> fields() {
        return fields;
    }

    /** {@code a} with the labels of its outlet added; an error when the corpus already has one of the fields. */
    Article apply(Article a, String corpusFile) throws CorpusException {
        if (!checked) {
            checkNew(fieldsOf(a), corpusFile);
            checked = true;
        }
        return withLabels(a, count(a.outlet(), 1));
    }

    /** The fields an article has (its labels and metadata), which the table must not give again ({@link #checkNew}). */
    public static java.util.Set<String> fieldsOf(Article a) {
        java.util.LinkedHashSet<String> f = new java.util.LinkedHashSet<>(a.labels().keySet());
        f.addAll(a.metadata().keySet());
        return f;
    }

    /** An error when the corpus (whose first article has {@code corpusFields}) already has a field the table gives. */
    public void checkNew(Collection<String> corpusFields, String corpusFile) throws CorpusException {
        for (String f : fields) {
            if (corpusFields.contains(f)) {
                throw new CorpusException(corpusFile, -1, f, "the corpus already has a field '" + f + "', and the table of labels per outlet ("
                        + file + ") gives it too: the two would disagree without a word",
                        "rename the column in " + file + ", or leave that field out of the corpus mapping");
            }
        }
    }

    /**
     * Counts {@code n} articles of {@code outlet} (as given; spaces at the ends ignored) as joined: matched and how, not
     * found, without an outlet, or of a row with an empty cell. Returns the labels they get (empty for none).
     */
    public Map<String, String> count(String outlet, long n) {
        articles += n;
        outlet = outlet == null ? "" : outlet.strip();
        if (outlet.isEmpty()) {
            withoutOutlet += n;
            return NONE;
        }
        Map<String, String> values = memo.computeIfAbsent(outlet, this::lookup);
        if (values == NONE) {
            unmatched.merge(outlet, n, Long::sum);
            return NONE;
        }
        if (values.size() < fields.size()) emptyCells.merge(outlet, n, Long::sum); // listed, but a cell of its row is empty
        if (exact.containsKey(outlet)) exactMatches += n;
        else if (byCase.containsKey(OutletNameKeys.caseKey(outlet))) caseMatches += n;
        else familyMatches += n;
        return values;
    }

    /**
     * {@code a} with the labels of its outlet added, looked up as {@link #apply} looks it up, without counting it and
     * without changing this table (so one table serves many threads); see {@link #count} for the counts.
     */
    public Article join(Article a) {
        String outlet = a.outlet() == null ? "" : a.outlet().strip();
        return outlet.isEmpty() ? a : withLabels(a, find(outlet));
    }

    private static Article withLabels(Article a, Map<String, String> values) {
        if (values.isEmpty()) return a;
        Map<String, String> labels = new LinkedHashMap<>(a.labels());
        labels.putAll(values);
        return a.withLabels(labels);
    }

    private static final Map<String, String> NONE = Map.of();

    /** The labels of {@code outlet} (stripped, not empty), the name variants it matched recorded for the note. */
    private Map<String, String> lookup(String outlet) {
        Map<String, String> v = find(outlet);
        if (v != NONE && !exact.containsKey(outlet) && !byCase.containsKey(OutletNameKeys.caseKey(outlet))) {
            familyPairs.put(outlet, familyName.get(OutletNameKeys.family(outlet)));
        }
        return v;
    }

    /** The labels of {@code outlet}: as written, else ignoring case and spacing, else by its family when one outlet has it. */
    private Map<String, String> find(String outlet) {
        Map<String, String> v = exact.get(outlet);
        if (v == null) v = byCase.get(OutletNameKeys.caseKey(outlet));
        if (v == null) v = byFamily.get(OutletNameKeys.family(outlet));
        return v == null ? NONE : v;
    }

    /**
     * The counts of the articles joined so far.
     *
     * @param matched      articles whose outlet was found in the table
     * @param withoutValue articles left without a value for some field: outlet not found, no outlet, or an empty cell
     * @param notInTable   articles per outlet not found in the table
     * @param emptyCells   articles per outlet found, whose row leaves a cell empty
     */
    public record Counts(long articles, long matched, long withoutValue, long withoutOutlet, Map<String, Long> notInTable,
                         Map<String, Long> emptyCells) {
        public Counts {
            notInTable = java.util.Collections.unmodifiableMap(new TreeMap<>(notInTable));
            emptyCells = java.util.Collections.unmodifiableMap(new TreeMap<>(emptyCells));
        }
    }

    /** The counts the {@link #note} states. */
    public Counts counts() {
        long matched = exactMatches + caseMatches + familyMatches;
        long empty = emptyCells.values().stream().mapToLong(Long::longValue).sum();
        return new Counts(articles, matched, articles - matched + empty, withoutOutlet, unmatched, emptyCells);
    }

    /** The table's file name, as messages and the note name it. */
    public String file() {
        return file;
    }

    /** One note for the load summary: how many articles got their outlet's labels, how, and which outlets were not found. */
    public String note() {
        long matched = exactMatches + caseMatches + familyMatches;
        long empty = emptyCells.values().stream().mapToLong(Long::longValue).sum();
        long missing = articles - matched + empty; // found in the table, but its cell is empty: still no value
        StringBuilder b = new StringBuilder(String.format(Locale.ROOT, "Labels per outlet from %s (%s): %,d of %,d articles matched",
                file, String.join(", ", fields), matched, articles));
        List<String> how = new ArrayList<>();
        if (exactMatches > 0) how.add(String.format(Locale.ROOT, "%,d by the outlet as written", exactMatches));
        if (caseMatches > 0) how.add(String.format(Locale.ROOT, "%,d ignoring case and spacing", caseMatches));
        if (familyMatches > 0) {
            List<String> pairs = new ArrayList<>();
            familyPairs.entrySet().stream().limit(5).forEach(e -> pairs.add("'" + e.getKey() + "' as '" + e.getValue() + "'"));
            how.add(String.format(Locale.ROOT, "%,d as a name variant: %s%s", familyMatches, String.join(", ", pairs), familyPairs.size() > 5 ? ", ..." : ""));
        }
        if (!how.isEmpty()) b.append(" (").append(String.join("; ", how)).append(')');
        if (empty > 0) {
            b.append(String.format(Locale.ROOT, ", %,d of them of %s whose row in %s has an empty cell, so without a value for that field: %s",
                    empty, emptyCells.size() == 1 ? "an outlet" : "outlets", file, top(emptyCells)));
        }
        if (missing > 0) {
            b.append(String.format(Locale.ROOT, "; %,d article%s without a value for %s", missing, missing == 1 ? "" : "s", String.join(", ", fields)));
            if (withoutOutlet > 0) b.append(String.format(Locale.ROOT, " (%,d without an outlet)", withoutOutlet));
            if (!unmatched.isEmpty()) {
                b.append(String.format(Locale.ROOT, "; %d outlet%s not in the table: %s; add %s to %s", unmatched.size(), unmatched.size() == 1 ? "" : "s",
                        top(unmatched), unmatched.size() == 1 ? "it" : "them", file));
                List<String> guesses = new ArrayList<>(); // a variant of several outlets of the table: which one is not guessed
                for (String o : unmatched.keySet()) {
                    TreeSet<String> shared = sharedFamily.get(OutletNameKeys.family(o));
                    if (shared != null) guesses.add("'" + o + "' (" + String.join(" or ", shared.stream().map(x -> "'" + x + "'").toList()) + ")");
                }
                if (!guesses.isEmpty()) {
                    b.append(String.format(Locale.ROOT, " (%s a name variant of several outlets of the table, so not matched to one: %s%s)",
                            unmatched.size() == 1 ? "it is" : guesses.size() == 1 ? "one of them is" : guesses.size() + " of them are",
                            String.join(", ", guesses.subList(0, Math.min(5, guesses.size()))), guesses.size() > 5 ? ", ..." : ""));
                }
            }
        }
        return b.append('.').toString();
    }

    /** The outlets with the most articles first, at most 8, as {@code 'name' (n)}. */
    private static String top(Map<String, Long> counts) {
        List<String> names = new ArrayList<>();
        counts.entrySet().stream().sorted(Map.Entry.<String, Long>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()))
                .limit(8).forEach(e -> names.add(String.format(Locale.ROOT, "'%s' (%,d)", e.getKey(), e.getValue())));
        return String.join(", ", names) + (counts.size() > 8 ? ", ..." : "");
    }

    /** How many outlets the table lists. */
    public int outletCount() {
        return exact.size();
    }

    /** Outlets of the table in sorted order (for tests and messages). */
    List<String> outlets() {
        return new ArrayList<>(new TreeSet<>(exact.keySet()));
    }
}
