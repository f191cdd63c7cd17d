package org.framelab.corpus;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * One document of a corpus: an article, a sentence or any other coded unit. Immutable.
 *
 * @param id          unique within the corpus (assigned deterministically from file and row when the data has none)
 * @param title       may be empty, never null
 * @param text        the body text as read (never null; may be empty)
 * @param outlet      the publishing outlet / source, empty when unknown
 * @param date        publication date, null when absent or unparseable (the raw value stays in {@code metadata["date"]})
 * @param url         empty when unknown
 * @param authors     possibly empty
 * @param labels      label field name to value (several label fields allowed), insertion-ordered
 * @param metadata    every other field of the input, as strings, insertion-ordered
 * @param annotations annotator judgements (document-level or span-level); empty for plain corpora
 */
public record Article(String id, String title, String text, String outlet, LocalDate date, String url,
                      List<String> authors, Map<String, String> labels, Map<String, String> metadata,
                      List<Annotation> annotations) implements java.io.Serializable {

    public Article {
        Objects.requireNonNull(id, "id");
        title = title == null ? "" : title;
        text = text == null ? "" : text;
        outlet = outlet == null ? "" : outlet;
        url = url == null ? "" : url;
        authors = authors == null ? List.of() : List.copyOf(authors);
        labels = labels == null ? Map.of() : Collections2.orderedCopy(labels);
        metadata = metadata == null ? Map.of() : Collections2.orderedCopy(metadata);
        annotations = annotations == null ? List.of() : List.copyOf(annotations);
    }

    /** Convenience for tests and simple callers. */
    public static Article of(String id, String text) {
        return new Article(id, "", text, "", null, "", List.of(), Map.of(), Map.of(), List.of());
    }

    /** The value of a label field, or null when this article has none. */
    public String label(String field) {
        return labels.get(field);
    }

    /**
     * Value of any named field: the built-in ones ({@code id, title, text, outlet, date, url}),
     * then labels, then metadata. Used for grouping ({@code --group-by source}) and filters.
     */
    public String field(String name) {
        switch (name) {
            case "id": return id;
            case "title": return title;
            case "text": return text;
            case "outlet": return outlet;
            case "date": return date == null ? metadata.get("date") : date.toString();
            case "url": return url;
            default:
                String v = labels.get(name);
                return v != null ? v : metadata.get(name);
        }
    }

    /** The prefix of the metadata key that marks a majority label chosen among tied values ({@code tie:frame}, judgement-level data). */
    public static final String TIE_MARKER = "tie:";

    /**
     * The names of this article's label and metadata fields, for the lists of fields found in messages: without
     * FrameLab's own markers ({@link #TIE_MARKER}), which are no field of the input.
     */
    public List<String> fieldNames() {
        List<String> out = new java.util.ArrayList<>(labels.keySet());
        for (String k : metadata.keySet()) if (!k.startsWith(TIE_MARKER) && !labels.containsKey(k)) out.add(k);
        return out;
    }

    public Article withLabels(Map<String, String> newLabels) {
        return new Article(id, title, text, outlet, date, url, authors, newLabels, metadata, annotations);
    }

    /** The same article with another text (e.g. with boilerplate lines blanked out). */
    public Article withText(String newText) {
        return new Article(id, title, newText, outlet, date, url, authors, labels, metadata, annotations);
    }
}
