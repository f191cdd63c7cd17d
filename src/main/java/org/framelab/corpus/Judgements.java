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

    static List<Article> fold(MappedArticleStream s, ReadOptions options) throws CorpusException {
        FieldMapping m = s.mapper.mapping;
        Map<String, List<RawRecord>> groups = groupByItem(s, options);
        Set<String> roles = new java.util.HashSet<>();
        for (String f : new String[]{m.itemField(), m.annotatorField(), m.textField(), m.idField(), m.titleField(),
                m.outletField(), m.dateField()}) if (f != null) roles.add(f);
        List<Article> out = new ArrayList<>(groups.size());
        long limit = options.limit();
        for (List<RawRecord> rows : groups.values()) {
            if (limit > 0 && out.size() >= limit) break;
            out.add(foldItem(s, rows, roles));
        }
        return out;
    }

    /** The judgement rows per item, in order of first appearance; a row without an item fails or (--skip-bad) is skipped. */
    private static Map<String, List<RawRecord>> groupByItem(MappedArticleStream s, ReadOptions options) throws CorpusException {
        FieldMapping m = s.mapper.mapping;
        Map<String, List<RawRecord>> groups = new LinkedHashMap<>();
        RawRecord r;
        while ((r = s.nextRecord()) != null) {
            String item = r.fields().getOrDefault(m.itemField(), "");
            if (item.isBlank()) {
                if (!options.skipBad()) {
                    throw new CorpusException(r.file(), r.line(), m.itemField(), "the item field is empty",
                            "every judgement row needs the item it judges; fix the row or use " + CorpusHints.SKIP_BAD);
                }
                s.skip(r.file(), r.line(), "field '" + m.itemField() + "': the item field is empty");
                continue;
            }
            groups.computeIfAbsent(item, k -> new ArrayList<>()).add(r);
        }
        return groups;
    }

    /**
     * One item's article: mapped from its first row, with every judgement of a non-role field as an
     * annotation, the majority labels, and the metadata that does not vary between judgements.
     */
    private static Article foldItem(MappedArticleStream s, List<RawRecord> rows, Set<String> roles) throws CorpusException {
        FieldMapping m = s.mapper.mapping;
        RawRecord first = rows.get(0);
        Article base = s.mapper.map(first);
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
        for (String lf : m.labelFields()) majorityLabel(rows, lf, labels, meta);
        meta.put("judgements", Integer.toString(rows.size()));
        String id = base.id();
        return new Article(id, base.title(), base.text(), base.outlet(), base.date(), base.url(), base.authors(),
                labels, meta, anns);
    }

    /**
     * Puts the majority non-blank value of {@code lf} over the rows into {@code labels} (ties: the
     * alphabetically first, marked {@code tie:<lf>} in {@code meta}); nothing when all are blank.
     */
    private static void majorityLabel(List<RawRecord> rows, String lf, Map<String, String> labels, Map<String, String> meta) {
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
        if (top.size() > 1) meta.put("tie:" + lf, "true");
    }
}
