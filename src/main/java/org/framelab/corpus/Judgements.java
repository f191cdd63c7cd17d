package org.framelab.corpus;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * Folds judgement-level data (one row per annotator judgement) into one article per item
 * ({@code --item-field}). Every judgement is kept as an {@link Annotation} (annotator, field, value)
 * for each field other than the item, annotator, text, id, title, outlet and date fields. The
 * article's labels are the majority value per label field over the non-empty judgements; on a tie
 * the alphabetically first of the tied values is taken (documented in docs/corpus.md) and the
 * metadata gets {@code tie:<field> = true}.
 */
final class Judgements {
    private Judgements() {}

    /** The folded articles, in order of the items' first rows; {@code firstRows} gets each article's first judgement row. */
    static List<Article> fold(MappedArticleStream s, ReadOptions options, List<RawRecord> firstRows) throws CorpusException {
        FieldMapping m = s.mapper.mapping;
        Map<String, List<RawRecord>> groups = groupByItem(s, options);
        noteLookalikeItems(s, groups);
        noteLookalikeAnnotators(s, groups);
        noteVaryingRoles(s, groups);
        Set<String> roles = new java.util.HashSet<>();
        for (String f : new String[]{m.itemField(), m.annotatorField(), m.textField(), m.idField(), m.titleField(),
                m.outletField(), m.dateField()}) if (f != null) roles.add(f);
        List<Article> out = new ArrayList<>(groups.size());
        long limit = options.limit();
        Map<String, Ties> ties = new LinkedHashMap<>();
        for (String lf : m.labelFields()) ties.put(lf, new Ties());
        boolean itemIsId = m.itemField().equals(m.idField());
        Set<String> ids = new java.util.HashSet<>();
        for (Map.Entry<String, List<RawRecord>> e : groups.entrySet()) {
            if (limit > 0 && out.size() >= limit) break;
            Article a = foldItem(s, e.getValue(), roles, ties);
            if (itemIsId && !ids.add(a.id())) {
                // items are told apart as written ('1001' and '1001 ', noted above) but ids lose the spaces at the ends:
                // the later item keeps its value as written, so it is not taken for a duplicate id and dropped
                a = new Article(e.getKey(), a.title(), a.text(), a.outlet(), a.date(), a.url(), a.authors(), a.labels(),
                        a.metadata(), a.annotations());
                ids.add(a.id());
            }
            out.add(a);
            firstRows.add(e.getValue().get(0));
        }
        ties.forEach((lf, t) -> { if (t.count > 0) s.note(t.note(lf, out.size())); });
        return out;
    }

    /** The items of one label field whose majority was a tie: how many, and the first with its tied values. */
    private static final class Ties {
        long count;
        String example;

        void add(String item, List<String> top, int votes) {
            if (count++ == 0) {
                example = "item '" + shorten(item) + "': " + String.join(", ", top.stream().map(v -> "'" + shorten(v) + "'").toList())
                        + " " + votes + " each";
            }
        }

        String note(String field, int items) {
            return String.format(java.util.Locale.ROOT, "%,d of %,d items %s a tie for the majority of label field '%s' (e.g. %s): "
                            + "the alphabetically first tied value is taken as the article's label, which favours values early in the "
                            + "alphabet. Resolve the ties in the data (a further coder or an agreed label) if the article labels matter; "
                            + "agreement uses every judgement and is not affected.", count, items, count == 1 ? "has" : "have", field, example);
        }
    }

    /**
     * The judgement rows per item (the item value as written: values that differ only in spacing or
     * quote marks are noted, not merged, see {@link #noteLookalikeItems}), in order of first appearance; a row without an item or without an annotator fails or (--skip-bad) is skipped.
     */
    private static Map<String, List<RawRecord>> groupByItem(MappedArticleStream s, ReadOptions options) throws CorpusException {
        FieldMapping m = s.mapper.mapping;
        Map<String, List<RawRecord>> groups = new LinkedHashMap<>();
        RawRecord r;
        while ((r = s.nextRecord()) != null) {
            String item = r.fields().getOrDefault(m.itemField(), "");
            if (item == null || item.isBlank()) {
                bad(s, options, r, m.itemField(), "the item field is empty",
                        "every judgement row needs the item it judges; fix the row or use " + CorpusHints.SKIP_BAD);
                continue;
            }
            String annotator = r.fields().getOrDefault(m.annotatorField(), "");
            if (annotator == null || annotator.isBlank()) {
                bad(s, options, r, m.annotatorField(), "the annotator field is empty",
                        "every judgement row needs the annotator who made it (a row without one would count as a "
                                + "coder of its own in every agreement measure); fill in the coder or use " + CorpusHints.SKIP_BAD);
                continue;
            }
            groups.computeIfAbsent(item, k -> new ArrayList<>()).add(r);
        }
        return groups;
    }

    private static void bad(MappedArticleStream s, ReadOptions options, RawRecord r, String field, String problem, String hint)
            throws CorpusException {
        if (!options.skipBad()) throw new CorpusException(r.file(), r.line(), field, problem, hint);
        s.skip(r.file(), r.line(), "field '" + field + "': " + problem);
    }

    /**
     * Notes items whose values differ only in quote marks, dashes, spacing or case (e.g. the same sentence
     * typed with curly and with straight quotes by two coders): they stay separate items, each with fewer
     * judgements, so the user is told where to look.
     */
    private static void noteLookalikeItems(MappedArticleStream s, Map<String, List<RawRecord>> groups) {
        Map<String, String> firstByKey = new LinkedHashMap<>();
        int lookalikes = 0;
        String example = null;
        for (Map.Entry<String, List<RawRecord>> e : groups.entrySet()) {
            String prev = firstByKey.putIfAbsent(lookalikeKey(e.getKey()), e.getKey());
            if (prev == null) continue;
            lookalikes++;
            if (example == null) {
                example = "line " + groups.get(prev).get(0).line() + " '" + shorten(prev) + "' and line "
                        + e.getValue().get(0).line() + " '" + shorten(e.getKey()) + "', " + firstDifference(prev, e.getKey());
            }
        }
        if (lookalikes == 0) return;
        String f = s.mapper.mapping.itemField();
        s.note(lookalikes + (lookalikes == 1 ? " item value of field '" : " item values of field '") + f
                + (lookalikes == 1 ? "' differs" : "' differ") + " from another item only in quote marks, dashes, spacing (also at the ends) or case (e.g. " + example
                + "): they are read as different items, each with its own judgements; if they are the same item, "
                + "write the value the same way in every row.");
    }

    /**
     * Notes annotator names that differ from another only in case, spacing, quote marks or dashes ({@code ben} and
     * {@code Ben}): they stay different annotators (a person's name is not FrameLab's to change), so every agreement
     * measure counts a coder of their own with a handful of items, which the user should fix in the data. Spaces at
     * the ends are ignored when the names are read ({@code 'Ben '} is {@code Ben}) and give no note.
     */
    private static void noteLookalikeAnnotators(MappedArticleStream s, Map<String, List<RawRecord>> groups) {
        String f = s.mapper.mapping.annotatorField();
        Map<String, Long> firstLine = new LinkedHashMap<>();
        for (List<RawRecord> rows : groups.values()) {
            for (RawRecord r : rows) firstLine.putIfAbsent(r.fields().getOrDefault(f, "").strip(), r.line());
        }
        Map<String, String> firstByKey = new LinkedHashMap<>();
        int lookalikes = 0;
        String example = null;
        for (String name : firstLine.keySet()) {
            String prev = firstByKey.putIfAbsent(lookalikeKey(name), name);
            if (prev == null) continue;
            lookalikes++;
            if (example == null) {
                example = "line " + firstLine.get(prev) + " '" + shorten(prev) + "' and line " + firstLine.get(name) + " '" + shorten(name) + "'";
            }
        }
        if (lookalikes == 0) return;
        s.note(lookalikes + (lookalikes == 1 ? " annotator name of field '" : " annotator names of field '") + f
                + (lookalikes == 1 ? "' differs" : "' differ") + " from another only in case or spacing (e.g. " + example + "): they are read as different annotators, "
                + "each a coder of their own in every agreement measure; if they are the same person, write the name the same way in every row.");
    }

    /** Where two values first differ, e.g. {@code from character 18: '"' vs '\u201c'}. */
    static String firstDifference(String a, String b) {
        int i = 0;
        while (i < a.length() && i < b.length() && a.charAt(i) == b.charAt(i)) i++;
        return "from character " + (i + 1) + ": " + show(a, i) + " vs " + show(b, i);
    }

    private static String show(String v, int i) {
        if (i >= v.length()) return "(end)";
        String s = v.substring(i, Math.min(v.length(), i + 12));
        return "'" + s + "'" + (i + 12 < v.length() ? "..." : "");
    }

    static String lookalikeKey(String v) {
        StringBuilder b = new StringBuilder(v.length());
        for (int i = 0; i < v.length(); i++) {
            char c = v.charAt(i);
            switch (c) {
                case '\u2018', '\u2019', '\u201A', '\u201B', '\u2032', '\u00B4', '`' -> c = '\'';
                case '\u201C', '\u201D', '\u201E', '\u201F', '\u2033', '\u00AB', '\u00BB' -> c = '"';
                case '\u2010', '\u2011', '\u2012', '\u2013', '\u2014', '\u2015', '\u2212' -> c = '-';
                default -> { }
            }
            if (Character.isWhitespace(c) || Character.isSpaceChar(c)) {
                if (b.length() > 0 && b.charAt(b.length() - 1) != ' ') b.append(' ');
            } else {
                b.append(Character.toLowerCase(c));
            }
        }
        return b.toString().strip();
    }

    /**
     * Notes the text, title, outlet and date fields whose value differs between the judgements of one
     * item (spaces at the ends ignored): the article takes the item's first row, and a differing value
     * may mean two articles share an item id.
     */
    private static void noteVaryingRoles(MappedArticleStream s, Map<String, List<RawRecord>> groups) {
        FieldMapping m = s.mapper.mapping;
        for (String f : new String[]{m.textField(), m.titleField(), m.outletField(), m.dateField()}) {
            if (f == null || f.equals(m.itemField())) continue;
            int items = 0;
            String example = null;
            for (Map.Entry<String, List<RawRecord>> e : groups.entrySet()) {
                List<RawRecord> rows = e.getValue();
                String v0 = strip(rows.get(0).fields().get(f));
                for (RawRecord row : rows) {
                    String v = strip(row.fields().get(f));
                    if (v.equals(v0)) continue;
                    items++;
                    if (example == null) {
                        example = "item '" + shorten(e.getKey()) + "': line " + rows.get(0).line() + " '" + shorten(v0)
                                + "', line " + row.line() + " '" + shorten(v) + "'";
                    }
                    break;
                }
            }
            if (items == 0) continue;
            s.note(items + (items == 1 ? " item has" : " items have") + " judgement rows that differ in field '" + f
                    + "' (e.g. " + example + "): the item's first row gives the article's " + f
                    + "; if the rows are different articles, give them different values of '" + m.itemField() + "'.");
        }
    }

    private static String strip(String v) {
        return v == null ? "" : v.strip();
    }

    private static String shorten(String v) {
        return v.length() <= 60 ? v : v.substring(0, 57) + "...";
    }

    /**
     * One item's article: mapped from its first row, with every judgement of a non-role field as an
     * annotation, the majority labels, and the metadata that does not vary between judgements.
     */
    private static Article foldItem(MappedArticleStream s, List<RawRecord> rows, Set<String> roles, Map<String, Ties> ties)
            throws CorpusException {
        FieldMapping m = s.mapper.mapping;
        RawRecord first = rows.get(0);
        Article base = s.mapper.map(first);
        s.checkMojibake(base);
        List<Annotation> anns = new ArrayList<>();
        Map<String, Boolean> varies = new LinkedHashMap<>();
        for (RawRecord row : rows) {
            String annotator = row.fields().getOrDefault(m.annotatorField(), "").strip();
            for (Map.Entry<String, String> e : row.fields().entrySet()) {
                if (roles.contains(e.getKey())) continue;
                anns.add(Annotation.document(annotator, e.getKey(), e.getValue() == null ? "" : e.getValue().strip()));
                String v0 = first.fields().get(e.getKey());
                if (!java.util.Objects.equals(v0, e.getValue())) varies.put(e.getKey(), true);
            }
        }
        Map<String, String> labels = new LinkedHashMap<>();
        Map<String, String> meta = new LinkedHashMap<>();
        for (Map.Entry<String, String> e : base.metadata().entrySet()) {
            if (!varies.containsKey(e.getKey()) && !e.getKey().equals(m.annotatorField())) meta.put(e.getKey(), e.getValue());
        }
        String item = first.fields().getOrDefault(m.itemField(), "");
        for (String lf : m.labelFields()) majorityLabel(rows, lf, labels, meta, item, ties.get(lf));
        meta.put("judgements", Integer.toString(rows.size()));
        String id = base.id();
        return new Article(id, base.title(), base.text(), base.outlet(), base.date(), base.url(), base.authors(),
                labels, meta, anns);
    }

    /**
     * Puts the majority non-blank value of {@code lf} over the rows into {@code labels} (ties: the
     * alphabetically first, marked {@code tie:<lf>} in {@code meta}); nothing when all are blank.
     */
    private static void majorityLabel(List<RawRecord> rows, String lf, Map<String, String> labels, Map<String, String> meta,
                                      String item, Ties ties) {
        TreeMap<String, Integer> counts = new TreeMap<>();
        for (RawRecord row : rows) {
            String v = row.fields().get(lf);
            if (v != null && !v.isBlank()) counts.merge(v.strip(), 1, Integer::sum);
        }
        if (counts.isEmpty()) return;
        int best = counts.values().stream().mapToInt(Integer::intValue).max().orElse(0);
        List<String> top = new ArrayList<>();
        for (Map.Entry<String, Integer> e : counts.entrySet()) if (e.getValue() == best) top.add(e.getKey());
        labels.put(lf, top.get(0));
        if (top.size() > 1) {
            meta.put(Article.TIE_MARKER + lf, "true");
            if (ties != null) ties.add(item, top, best);
        }
    }
}
