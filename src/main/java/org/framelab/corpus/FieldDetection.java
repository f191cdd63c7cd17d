package org.framelab.corpus;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Auto-detection of field roles from common names (case-insensitive; spaces and hyphens count as
 * underscores, so {@code Article ID} is {@code article_id}). Names are tried in the order listed; the
 * first present wins. Fields given explicitly are kept as they are. Besides the English names, the German
 * ones a coding sheet of a German-speaking team uses are known ({@code Inhalt}, {@code Überschrift},
 * {@code Medium}, {@code Datum}, ...): they come after the English names, so an English name present wins.
 */
final class FieldDetection {
    private FieldDetection() {}

    static final List<String> TEXT = List.of("text", "content", "body", "sentence", "article", "full_text",
            "fulltext", "article_text", "sentence_normalized", "maintext", "story", "document",
            "inhalt", "artikeltext", "volltext", "haupttext", "fließtext", "fliesstext");
    static final List<String> OUTLET = List.of("outlet", "source", "publisher", "media", "media_name", "news_outlet",
            "source_name", "site", "site_name", "domain", "source_domain",
            "medium", "zeitung", "quelle", "medienname", "medientitel", "zeitschrift", "sender", "publikation");
    static final List<String> TITLE = List.of("title", "headline", "heading",
            "titel", "überschrift", "ueberschrift", "schlagzeile");
    static final List<String> ID = List.of("id", "article_id", "doc_id", "document_id", "uuid", "primary_gid", "guid",
            "artikel_id", "artikelid", "dokument_id");
    static final List<String> DATE = List.of("date", "published", "publish_date", "published_date", "pub_date",
            "publication_date", "date_publish", "published_at", "publishedat", "date_published", "datepublished", "pubdate",
            "datetime", "timestamp",
            "datum", "erscheinungsdatum", "veröffentlichungsdatum", "veroeffentlichungsdatum", "publikationsdatum");
    /**
     * Label fields in priority order (the first found is the primary label). BABE: {@code label_bias}
     * is the sentence label, {@code label_opinion} a second label, {@code type} the outlet's leaning.
     * AllSides: {@code bias}; in the one-file-per-article jsons {@code bias_text} (left/center/right)
     * is used and the numeric {@code bias} (0/1/2) is left in the metadata.
     */
    static final List<String> LABELS = List.of("label_bias", "bias_text", "bias", "label", "labels", "leaning",
            "political_leaning", "lean", "stance", "frame", "frames", "tone", "label_opinion", "type", "class", "category",
            "sentiment", "polarity",
            "ausrichtung", "tendenz", "haltung", "rahmen", "tonalität", "tonalitaet", "tenor", "kategorie", "klasse");

    static FieldMapping detect(List<String> fields, FieldMapping given) {
        if (given == null) given = FieldMapping.auto();
        String item = given.itemField();
        String text = given.textField() != null ? given.textField()
                : (item != null && contains(fields, item) && find(fields, TEXT) == null ? item : find(fields, TEXT));
        if (text == null) text = findContaining(fields, List.of("text", "content", "sentence", "body"));
        String id = given.idField() != null ? given.idField() : find(fields, ID);
        String title = given.titleField() != null ? given.titleField() : find(fields, TITLE);
        String outlet = given.outletField() != null ? given.outletField() : find(fields, OUTLET);
        String date = given.dateField() != null ? given.dateField() : find(fields, DATE);
        List<String> labels = given.labelFields();
        if (labels.isEmpty()) {
            labels = new ArrayList<>();
            for (String cand : LABELS) {
                String f = actual(fields, cand);
                if (f == null) continue;
                if (cand.equals("bias") && actual(fields, "bias_text") != null) continue;
                if (f.equals(text) || f.equals(id) || f.equals(outlet) || f.equals(item) || f.equals(given.annotatorField())) continue;
                labels.add(f);
            }
        }
        return new FieldMapping(id, text, title, labels, outlet, date, item, given.annotatorField(), given.dateFormat());
    }

    private static boolean contains(List<String> fields, String f) {
        return fields.contains(f);
    }

    /**
     * The actual spelling in {@code fields} of {@code name} (case-insensitive), or null; else the one
     * field whose last dotted part is {@code name} (a nested JSON object's {@code meta.outlet}).
     */
    static String actual(List<String> fields, String name) {
        for (String f : fields) if (f.equals(name)) return f;
        for (String f : fields) if (f.equalsIgnoreCase(name)) return f;
        String n = spaced(name);
        for (String f : fields) if (spaced(f).equals(n)) return f;
        String found = null;
        for (String f : fields) {
            int dot = f.lastIndexOf('.');
            if (dot > 0 && f.substring(dot + 1).equalsIgnoreCase(name)) {
                if (found != null) return null; // two nested fields of that name: the user chooses
                found = f;
            }
        }
        return found;
    }

    /** A column name with spaces and hyphens as underscores, lower-cased: {@code Article ID} and {@code article-id} are {@code article_id}. */
    private static String spaced(String name) {
        return name.strip().toLowerCase(Locale.ROOT).replaceAll("[\\s\\-]+", "_");
    }

    private static String find(List<String> fields, List<String> names) {
        for (String n : names) {
            String f = actual(fields, n);
            if (f != null) return f;
        }
        return null;
    }

    private static String findContaining(List<String> fields, List<String> parts) {
        for (String p : parts)
            for (String f : fields)
                if (f.toLowerCase(Locale.ROOT).contains(p)) return f;
        return null;
    }

    /** Checks that every mapped field exists; a clear error otherwise. */
    static void validate(String file, List<String> fields, FieldMapping m) throws CorpusException {
        validate(file, fields, m, null);
    }

    /**
     * As {@link #validate(String, List, FieldMapping)}; {@code elsewhere} (or null) says where else the fields
     * may be, e.g. the other sheets of a workbook, and ends the hint of a missing field.
     */
    static void validate(String file, List<String> fields, FieldMapping m, String elsewhere) throws CorpusException {
        if (m.textField() == null) {
            String t = fields.isEmpty() ? "text" : fields.get(0);
            throw new CorpusException(file, -1, null,
                    "no text field found among the fields: " + String.join(", ", fields),
                    "name the field with the text, e.g. " + org.framelab.util.SettingHint.phrase("--text-field " + t, "corpus.mapping.text: " + t,
                            "'" + t + "' as 'Text'" + CorpusHints.DIALOG) + (elsewhere == null ? "" : "; " + elsewhere));
        }
        check(file, fields, m.textField(), "--text-field", "text", elsewhere);
        check(file, fields, m.idField(), "--id-field", "id", elsewhere);
        check(file, fields, m.titleField(), "--title-field", "title", elsewhere);
        check(file, fields, m.outletField(), "--outlet-field", "outlet", elsewhere);
        check(file, fields, m.dateField(), "--date-field", "date", elsewhere);
        check(file, fields, m.itemField(), "--item-field", "item", elsewhere);
        check(file, fields, m.annotatorField(), "--annotator-field", "annotator", elsewhere);
        for (String l : m.labelFields()) check(file, fields, l, "--label-field", "labels", elsewhere);
        if (m.itemField() != null && m.annotatorField() == null) {
            throw new CorpusException(file, -1, "--item-field", "--item-field (study file: corpus.mapping.item) needs --annotator-field"
                    + " (corpus.mapping.annotator) as well", "give both, e.g. --item-field text --annotator-field annotator_id"
                    + " (study file: item: text and annotator: annotator_id under corpus.mapping)");
        }
    }

    /**
     * A mapped field the file does not have: named by the command-line option and the study file's key
     * ({@code corpus.mapping.KEY}); the GUI's mapping dialog offers only the file's fields.
     */
    /** Names the field that matches a field matches {@code f} but for case and spaces (header names are read stripped). */
    private static String near(List<String> fields, String f) {
        String k = f.strip().toLowerCase(Locale.ROOT);
        for (String x : fields) {
            if (x.strip().toLowerCase(Locale.ROOT).equals(k)) {
                return "the file has '" + x + "' (column names are read without spaces at their ends, and case counts): "
                        + "give that name; otherwise ";
            }
        }
        return "";
    }

    private static void check(String file, List<String> fields, String f, String option, String key, String elsewhere)
            throws CorpusException {
        if (f != null && !fields.contains(f)) {
            throw new CorpusException(file, -1, f, "the field given with " + option + " (study file: corpus.mapping." + key
                    + ") does not exist; available fields: "
                    + String.join(", ", fields), near(fields, f) + "use one of the available field names (names are case-sensitive)"
                    + (elsewhere == null ? "" : "; " + elsewhere));
        }
    }
}
