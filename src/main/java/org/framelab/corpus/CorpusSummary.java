package org.framelab.corpus;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * Descriptive summary of a corpus, used by {@code corpus info} (text and {@code --json}) and the GUI.
 * Field names are stable (documented in docs/corpus.md). Maps are ordered: labels in mapping order,
 * values by descending count then name.
 *
 * @param documents      number of articles
 * @param files          input files / folders
 * @param reader         reader used
 * @param mapping        effective field mapping
 * @param labels         label field -> (value -> count), articles without the label counted under ""
 * @param distinctOutlets number of distinct non-empty outlets
 * @param topOutlets     the 10 most frequent outlets with counts
 * @param dates          date range and how many articles have a parsed date
 * @param chars          text length in characters (Unicode code points)
 * @param tokens         text length in whitespace-separated tokens
 * @param emptyTexts     articles whose text is blank
 * @param duplicateIds   ids occurring more than once in the corpus plus rows skipped as duplicate ids
 * @param duplicateTexts articles whose (stripped) text equals an earlier article's text
 * @param judgements     judgements per item (null when the corpus has no annotations)
 * @param rowsRead       raw rows read
 * @param rowsSkipped    rows skipped with --skip-bad
 * @param skipped        the first skipped rows with reasons
 * @param notes          what the reader did to values that a user should know ({@link Provenance#notes()})
 */
public record CorpusSummary(long documents, List<String> files, String reader, FieldMapping mapping,
                            Map<String, Map<String, Long>> labels, long distinctOutlets, List<Count> topOutlets,
                            DateRange dates, Distribution chars, Distribution tokens, long emptyTexts,
                            long duplicateIds, long duplicateTexts, JudgementStats judgements,
                            long rowsRead, long rowsSkipped, List<SkippedRow> skipped, List<String> notes) {

    public record Count(String value, long count) {}

    /** @param first earliest date (ISO) or null, @param last latest date or null */
    /** {@code unreadable}: the warning about date values that are not dates ({@link Dates#unreadable}); empty when none. */
    public record DateRange(String first, String last, long withDate, long withoutDate, String unreadable) {}

    /** Min, quartiles (nearest-rank), max and mean. All 0 for an empty corpus. */
    public record Distribution(long min, long q1, long median, long q3, long max, double mean, long total) {
        static Distribution of(long[] v) {
            if (v.length == 0) return new Distribution(0, 0, 0, 0, 0, 0, 0);
            long[] s = v.clone();
            Arrays.sort(s);
            long sum = 0;
            for (long x : s) sum += x;
            return new Distribution(s[0], rank(s, 0.25), rank(s, 0.5), rank(s, 0.75), s[s.length - 1],
                    Math.round(sum * 10.0 / s.length) / 10.0, sum);
        }

        private static long rank(long[] s, double p) {
            int k = (int) Math.ceil(p * s.length) - 1;
            return s[Math.max(0, Math.min(s.length - 1, k))];
        }
    }

    /**
     * @param items       articles with at least one annotation
     * @param judgements  total judgements (annotation rows: distinct annotator per item and field counted once per row)
     * @param annotators  distinct annotators
     * @param perItem     judgements (annotators) per item
     * @param fields      annotated fields
     */
    public record JudgementStats(long items, long judgements, long annotators, Distribution perItem, List<String> fields) {}

    public static CorpusSummary of(Corpus corpus) {
        List<Article> as = corpus.articles();
        Provenance p = corpus.provenance();
        Map<String, Map<String, Long>> labelCounts = labelCounts(as, p.mapping());
        Map<String, Long> outlets = new HashMap<>();
        for (Article a : as) if (!a.outlet().isBlank()) outlets.merge(a.outlet(), 1L, Long::sum);
        List<Count> top = new ArrayList<>();
        for (Map.Entry<String, Long> e : sorted(outlets).entrySet()) {
            if (top.size() >= 10) break;
            top.add(new Count(e.getKey(), e.getValue()));
        }
        long[] chars = new long[as.size()];
        long[] toks = new long[as.size()];
        long empty = 0;
        Set<String> texts = new HashSet<>();
        long dupTexts = 0;
        Map<String, Integer> ids = new HashMap<>();
        long dupIds = 0;
        // the lengths on all cores (each article's own slot), the duplicate counts in article order
        java.util.stream.IntStream.range(0, as.size()).parallel().forEach(i -> {
            String text = as.get(i).text();
            chars[i] = text.codePointCount(0, text.length());
            toks[i] = tokens(text);
        });
        for (int i = 0; i < as.size(); i++) {
            Article a = as.get(i);
            String t = a.text().strip();
            if (t.isEmpty()) empty++;
            else if (!texts.add(t)) dupTexts++;
            if (ids.merge(a.id(), 1, Integer::sum) > 1) dupIds++;
        }
        dupIds += p.duplicateIdsSkipped();
        return new CorpusSummary(as.size(), p.files(), p.reader(), p.mapping(), labelCounts, outlets.size(), top,
                dateRange(as), Distribution.of(chars), Distribution.of(toks), empty, dupIds, dupTexts, judgementStats(as),
                p.rowsRead(), p.rowsSkipped(), p.skippedSample(), p.notes());
    }

    /** Value counts (most frequent first) per label field: the mapped ones, then any others the articles carry. */
    private static Map<String, Map<String, Long>> labelCounts(List<Article> as, FieldMapping mapping) {
        Map<String, Map<String, Long>> labelCounts = new LinkedHashMap<>();
        List<String> labelFields = new ArrayList<>(mapping.labelFields());
        for (Article a : as) for (String k : a.labels().keySet()) if (!labelFields.contains(k)) labelFields.add(k);
        for (String lf : labelFields) {
            Map<String, Long> c = new HashMap<>();
            for (Article a : as) {
                String v = a.labels().get(lf);
                c.merge(v == null ? "" : v, 1L, Long::sum);
            }
            labelCounts.put(lf, sorted(c));
        }
        return labelCounts;
    }

    private static DateRange dateRange(List<Article> as) {
        java.time.LocalDate first = null, last = null;
        long withDate = 0;
        for (Article a : as) {
            if (a.date() != null) {
                withDate++;
                if (first == null || a.date().isBefore(first)) first = a.date();
                if (last == null || a.date().isAfter(last)) last = a.date();
            }
        }
        return new DateRange(first == null ? null : first.toString(), last == null ? null : last.toString(), withDate, as.size() - withDate,
                Dates.unreadable(as).describe());
    }

    /**
     * Annotation statistics, or null when no article has annotations. An item's judgements are its
     * annotation rows: the largest number of annotations it has for one field. Only document-level
     * annotations (coded variables) count: span annotations ({@link SpanAnnotations}) are not judgements of a variable.
     */
    private static JudgementStats judgementStats(List<Article> as) {
        long annItems = 0, annTotal = 0;
        Set<String> annotators = new TreeSet<>();
        Set<String> annFields = new TreeSet<>();
        List<Long> perItem = new ArrayList<>();
        for (Article a : as) {
            if (a.annotations().stream().noneMatch(Annotation::isDocumentLevel)) continue;
            annItems++;
            long rows = 0;
            Map<String, Integer> perField = new HashMap<>();
            for (Annotation an : a.annotations()) {
                if (!an.isDocumentLevel()) continue;
                annotators.add(an.annotator());
                annFields.add(an.field());
                perField.merge(an.field(), 1, Integer::sum);
            }
            for (int n : perField.values()) rows = Math.max(rows, n);
            annTotal += rows;
            perItem.add(rows);
        }
        if (annItems == 0) return null;
        return new JudgementStats(annItems, annTotal, annotators.size(),
                Distribution.of(perItem.stream().mapToLong(Long::longValue).toArray()), List.copyOf(annFields));
    }

    /** Whitespace-separated tokens. */
    static long tokens(String s) {
        long n = 0;
        boolean in = false;
        for (int i = 0; i < s.length(); i++) {
            boolean ws = Character.isWhitespace(s.charAt(i));
            if (!ws && !in) n++;
            in = !ws;
        }
        return n;
    }

    private static Map<String, Long> sorted(Map<String, Long> c) {
        List<Map.Entry<String, Long>> l = new ArrayList<>(c.entrySet());
        l.sort((x, y) -> y.getValue().equals(x.getValue()) ? x.getKey().compareTo(y.getKey()) : Long.compare(y.getValue(), x.getValue()));
        Map<String, Long> out = new LinkedHashMap<>();
        for (Map.Entry<String, Long> e : l) out.put(e.getKey(), e.getValue());
        return out;
    }

    /** Human-readable report for the terminal. */
    public String toText() {
        StringBuilder sb = new StringBuilder();
        sb.append("Corpus: ").append(String.join(", ", files)).append(" (reader ").append(reader).append(")\n");
        sb.append("Mapping: text=").append(mapping.textField()).append(", id=").append(orNone(mapping.idField()))
                .append(", title=").append(orNone(mapping.titleField())).append(", outlet=").append(orNone(mapping.outletField()))
                .append(", date=").append(orNone(mapping.dateField())).append(", labels=")
                .append(mapping.labelFields().isEmpty() ? "(none)" : String.join(",", mapping.labelFields()));
        if (mapping.isJudgementLevel()) sb.append(", item=").append(mapping.itemField()).append(", annotator=").append(mapping.annotatorField());
        if (mapping.dateFormat() != null) sb.append(", date format=").append(mapping.dateFormat());
        sb.append('\n');
        sb.append(String.format("Documents: %,d%n", documents));
        for (Map.Entry<String, Map<String, Long>> e : labels.entrySet()) {
            sb.append("Label '").append(e.getKey()).append("':\n");
            for (Map.Entry<String, Long> v : e.getValue().entrySet()) {
                sb.append(String.format("  %-40s %,8d  %5.1f%%%n", v.getKey().isEmpty() ? "(missing)" : v.getKey(), v.getValue(),
                        documents == 0 ? 0.0 : 100.0 * v.getValue() / documents));
            }
        }
        sb.append(String.format("Outlets: %,d distinct%n", distinctOutlets));
        for (Count c : topOutlets) sb.append(String.format("  %-32s %,8d%n", c.value(), c.count()));
        sb.append("Dates: ").append(dates.first() == null ? "(none parsed)" : dates.first() + " .. " + dates.last())
                .append(String.format(" (%,d with a date, %,d without)%n", dates.withDate(), dates.withoutDate()));
        if (!dates.unreadable().isEmpty()) sb.append("  ").append(dates.unreadable()).append('\n');
        sb.append(String.format("Text length, characters: min %,d  q1 %,d  median %,d  q3 %,d  max %,d  mean %,.1f%n",
                chars.min(), chars.q1(), chars.median(), chars.q3(), chars.max(), chars.mean()));
        sb.append(String.format("Text length, tokens:     min %,d  q1 %,d  median %,d  q3 %,d  max %,d  mean %,.1f%n",
                tokens.min(), tokens.q1(), tokens.median(), tokens.q3(), tokens.max(), tokens.mean()));
        sb.append(String.format("Empty texts: %,d   Duplicate ids: %,d   Duplicate texts: %,d%n", emptyTexts, duplicateIds, duplicateTexts));
        if (judgements != null) {
            sb.append(String.format("Judgements: %,d on %,d items by %,d annotators; per item min %d  median %d  max %d  mean %.1f%n",
                    judgements.judgements(), judgements.items(), judgements.annotators(), judgements.perItem().min(),
                    judgements.perItem().median(), judgements.perItem().max(), judgements.perItem().mean()));
        }
        sb.append(String.format("Rows read: %,d   Rows skipped: %,d%n", rowsRead, rowsSkipped));
        for (SkippedRow r : skipped) sb.append("  skipped ").append(r).append('\n');
        if (rowsSkipped > skipped.size()) sb.append(String.format("  ... and %,d more%n", rowsSkipped - skipped.size()));
        for (String n : notes) sb.append("Note: ").append(n).append('\n');
        return sb.toString();
    }

    private static String orNone(String s) {
        return s == null ? "(none)" : s;
    }
}
