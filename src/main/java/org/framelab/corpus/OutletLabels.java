package org.framelab.corpus;

import java.nio.file.Path;
import java.util.ArrayList;
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
 */
public final class OutletLabels {
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
            for (String f : fields) {
                if (a.labels().containsKey(f) || a.metadata().containsKey(f)) {
                    throw new CorpusException(corpusFile, -1, f, "the corpus already has a field '" + f + "', and the table of labels per outlet ("
                            + file + ") gives it too: the two would disagree without a word",
                            "rename the column in " + file + ", or leave that field out of the corpus mapping");
                }
            }
            checked = true;
        }
        articles++;
        String outlet = a.outlet() == null ? "" : a.outlet().strip();
        if (outlet.isEmpty()) {
            withoutOutlet++;
            return a;
        }
        Map<String, String> values = memo.computeIfAbsent(outlet, this::lookup);
        if (values == null || values == NONE) {
            unmatched.merge(outlet, 1L, Long::sum);
            return a;
        }
        if (values.size() < fields.size()) emptyCells.merge(outlet, 1L, Long::sum); // listed, but a cell of its row is empty
        if (exact.containsKey(outlet)) exactMatches++;
        else if (byCase.containsKey(OutletNameKeys.caseKey(outlet))) caseMatches++;
        else familyMatches++;
        Map<String, String> labels = new LinkedHashMap<>(a.labels());
        labels.putAll(values);
        return a.withLabels(labels);
    }

    private static final Map<String, String> NONE = Map.of();

    private Map<String, String> lookup(String outlet) {
        Map<String, String> v = exact.get(outlet);
        if (v == null) v = byCase.get(OutletNameKeys.caseKey(outlet));
        if (v == null) {
            String fam = OutletNameKeys.family(outlet);
            v = byFamily.get(fam);
            if (v != null) familyPairs.put(outlet, familyName.get(fam));
        }
        return v == null ? NONE : v;
    }

    /** One note for the load summary: how many articles got their outlet's labels, how, and which outlets were not found. */
    String note() {
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
