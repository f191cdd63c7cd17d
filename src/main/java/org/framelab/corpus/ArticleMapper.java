package org.framelab.corpus;

import com.fasterxml.jackson.databind.JsonNode;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Turns raw records into {@link Article}s with one effective {@link FieldMapping}. */
final class ArticleMapper {
    final FieldMapping mapping;
    final String stem;
    private final String urlField;
    private final String authorsField;
    /** The date field's reader (its evidence of the date order spans the records of this read). */
    final DateReader dates;

    ArticleMapper(FieldMapping mapping, List<String> fields, String stem) {
        this.mapping = mapping;
        this.stem = stem;
        String u = FieldDetection.actual(fields, "url");
        if (u == null) u = FieldDetection.actual(fields, "news_link");
        if (u == null) u = FieldDetection.actual(fields, "link");
        this.urlField = u;
        String a = FieldDetection.actual(fields, "authors");
        if (a == null) a = FieldDetection.actual(fields, "author");
        if (a == null) a = FieldDetection.actual(fields, "autoren");
        if (a == null) a = FieldDetection.actual(fields, "autor");
        this.authorsField = a;
        this.dates = new DateReader(mapping.dateOrder(), mapping.dateField());
    }

    /** File name without directories and without the (possibly double) extension. */
    static String stem(String fileName) {
        String n = java.nio.file.Path.of(fileName).getFileName().toString();
        if (n.toLowerCase().endsWith(".gz")) n = n.substring(0, n.length() - 3);
        int dot = n.lastIndexOf('.');
        return dot > 0 ? n.substring(0, dot) : n;
    }

    String id(RawRecord r) {
        String v = mapping.idField() == null ? null : r.fields().get(mapping.idField());
        if (v == null || v.isBlank()) return stem + ":" + r.row();
        return v.strip();
    }

    /**
     * The record as an article.
     *
     * @throws CorpusException the date field's value contradicts the date order (given, or shown by the input; {@link DateReader})
     */
    Article map(RawRecord r) throws CorpusException {
        String rawDate = mapping.dateField() == null ? null : r.fields().get(mapping.dateField());
        return map(r, dates.read(rawDate, r));
    }

    /**
     * The record as an article, the date read under the mapping's date format without the checks of the order
     * across records (a value contradicting it has no date): for a job that maps records one at a time.
     */
    Article mapAlone(RawRecord r) {
        String rawDate = mapping.dateField() == null ? null : r.fields().get(mapping.dateField());
        return map(r, mapping.dateOrder().read(rawDate).date());
    }

    private Article map(RawRecord r, LocalDate date) {
        Map<String, String> f = r.fields();
        String text = f.getOrDefault(mapping.textField(), "");
        String title = mapping.titleField() == null ? "" : f.getOrDefault(mapping.titleField(), "");
        String outlet = mapping.outletField() == null ? "" : f.getOrDefault(mapping.outletField(), "").strip();
        String url = urlField == null ? "" : f.getOrDefault(urlField, "").strip();
        List<String> authors = authorsField == null ? List.of() : authors(f.get(authorsField));
        Map<String, String> labels = new LinkedHashMap<>();
        for (String l : mapping.labelFields()) {
            String v = f.get(l);
            if (v != null && !v.isBlank()) labels.put(l, v.strip());
        }
        Map<String, String> meta = new LinkedHashMap<>();
        for (Map.Entry<String, String> e : f.entrySet()) {
            String k = e.getKey();
            if (k.equals(mapping.textField()) || k.equals(mapping.idField()) || k.equals(mapping.titleField())
                    || k.equals(mapping.outletField()) || mapping.labelFields().contains(k)) continue;
            if (k.equals(mapping.dateField())) {
                if (e.getValue() != null && !e.getValue().isBlank()) meta.put("date", e.getValue());
                continue;
            }
            meta.put(k, e.getValue());
        }
        return new Article(id(r), title, text, outlet, date, url, authors, labels, meta, List.of());
    }

    /** {@code s.split("[;,]")}, compiled once. */
    private static final java.util.regex.Pattern AUTHOR_SEPARATOR = java.util.regex.Pattern.compile("[;,]");

    static List<String> authors(String v) {
        if (v == null || v.isBlank()) return List.of();
        String s = v.strip();
        List<String> out = new ArrayList<>();
        if (s.startsWith("[")) {
            try {
                JsonNode n = Json.MAPPER.readTree(s);
                for (JsonNode x : n) if (!x.asText().isBlank()) out.add(x.asText().strip());
                return out;
            } catch (java.io.IOException ignored) {
                // not JSON: split as text below
            }
        }
        for (String p : AUTHOR_SEPARATOR.split(s)) if (!p.isBlank()) out.add(p.strip());
        return out;
    }
}
