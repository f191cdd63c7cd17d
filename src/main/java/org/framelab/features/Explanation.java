package org.framelab.features;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import org.framelab.corpus.Annotation;
import org.framelab.corpus.Article;
import org.framelab.corpus.SpanAnnotations;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Renders an article with the evidence behind its feature values: as terminal text (each hit
 * bracketed and numbered, then listed with family, category and speaker), as JSON, and as a
 * standalone HTML page with colour-coded highlights and a legend. Used by {@code explain}; the GUI
 * and the Excel evidence sheet read the same {@link Hit}s.
 */
public final class Explanation {
    private Explanation() {}

    /** Family colours (Okabe–Ito palette, distinguishable with colour-vision deficiencies) and a print style. */
    private static final Map<String, String[]> STYLE = new LinkedHashMap<>();
    static {
        STYLE.put("attribution", new String[]{"#E69F00", "background:#fde7b8;border-bottom:2px solid #E69F00"});
        STYLE.put("quotation", new String[]{"#56B4E9", "background:#d9eefa;border-bottom:2px dotted #0072B2"});
        STYLE.put("stance", new String[]{"#009E73", "border-bottom:3px double #009E73"});
        STYLE.put("subjective", new String[]{"#CC79A7", "background:#f6dcea;border-bottom:2px dashed #CC79A7"});
        STYLE.put("actors", new String[]{"#0072B2", "outline:1px solid #0072B2;font-weight:600"});
    }
    /** Human span annotations: a black box, unlike every evidence style (and visible in grey-scale print). */
    private static final String SPAN_STYLE = "outline:2px solid #000;background:#e8e8e8";
    /** Feature-level styles that must stand out within their family. */
    private static final Map<String, String> FEATURE_STYLE = Map.of(
            "quotation.scare", "background:#fff3a8;border:1px dashed #8a6d00",
            "quotation.title", "font-style:italic;background:#eeeeee",
            "quotation.mention", "font-style:italic;background:#eeeeee;border-bottom:1px dotted #555555",
            "quotation.distancing", "background:#fff3a8;border-bottom:2px solid #8a6d00",
            "attribution.evaluative", "background:#f9c784;border-bottom:3px solid #D55E00",
            "attribution.anonymous", "text-decoration:underline wavy #D55E00");

    // ------------------------------------------------------------------ text

    public static String text(Article a, List<Hit> hits) {
        StringBuilder sb = new StringBuilder();
        sb.append("Article ").append(a.id());
        if (!a.outlet().isEmpty()) sb.append("  outlet: ").append(a.outlet());
        if (a.date() != null) sb.append("  date: ").append(a.date());
        for (Map.Entry<String, String> l : a.labels().entrySet()) sb.append("  ").append(l.getKey()).append(": ").append(l.getValue());
        sb.append('\n');
        if (!a.title().isEmpty()) sb.append("Title: ").append(a.title()).append('\n');
        sb.append('\n');
        List<Hit> ordered = order(hits);
        String[] labels = labels(ordered);
        String marked = nest(a.text(), ordered, (i, h) -> labels[i] == null ? "" : "[",
                (i, h) -> labels[i] == null ? "" : "]" + labels[i]);
        sb.append(marked).append("\n\n");
        sb.append(hits.size()).append(hits.size() == 1 ? " hit" : " hits").append(":\n");
        for (int i = 0; i < ordered.size(); i++) {
            Hit h = ordered.get(i);
            sb.append(String.format("%4d  %-11s %-28s %-18s \"%s\"", i + 1, h.family(), h.feature(), h.category(), oneLine(h.text())));
            String speaker = h.attributes().get("speaker");
            if (speaker != null) sb.append("  speaker: ").append(speaker);
            sb.append('\n');
        }
        return sb.toString();
    }

    /**
     * The article's annotated spans (human span annotations, {@link SpanAnnotations}), one line each with
     * the hits that overlap it ("found by") or "missed"; empty when the article has none.
     */
    public static String spans(Article a, List<Hit> hits) {
        List<Annotation> spans = SpanAnnotations.spans(a);
        if (spans.isEmpty()) return SpanAnnotations.isAnnotated(a) ? "\nAnnotated spans: none (the article is coded, nothing marked)\n" : "";
        List<Hit> ordered = order(hits);
        StringBuilder sb = new StringBuilder();
        int found = 0;
        StringBuilder lines = new StringBuilder();
        for (int i = 0; i < spans.size(); i++) {
            Annotation an = spans.get(i);
            List<String> by = overlapping(an, ordered);
            if (!by.isEmpty()) found++;
            lines.append(String.format("%4d  %-30s label %s%s  %s%n", i + 1, "\"" + oneLine(a.text().substring(an.begin(), an.end())) + "\"",
                    an.value(), an.annotator().isEmpty() ? "" : "  annotator " + an.annotator(),
                    by.isEmpty() ? "missed" : "found by " + String.join(", ", by)));
        }
        sb.append("\nAnnotated spans (").append(spans.size()).append("; ").append(found).append(" overlap a hit):\n").append(lines);
        return sb.toString();
    }

    /** Hit numbers and features overlapping a span, e.g. {@code #3 subjective.negative}. */
    private static List<String> overlapping(Annotation an, List<Hit> ordered) {
        List<String> by = new ArrayList<>();
        for (int j = 0; j < ordered.size(); j++) {
            Hit h = ordered.get(j);
            if (h.span().begin() < an.end() && an.begin() < h.span().end()) by.add("#" + (j + 1) + " " + h.feature());
        }
        return by;
    }

    /**
     * The article's undefined (missing) values, one line each, e.g.
     * {@code attribution.said_ratio: undefined (the text has no reporting verb)}; empty when none.
     */
    public static String undefined(SparseVector values, List<FeatureColumn> columns) {
        StringBuilder sb = new StringBuilder();
        for (Map.Entry<String, String> e : undefinedReasons(values, columns).entrySet()) {
            if (sb.length() == 0) sb.append("\nUndefined values (missing, not 0; left out of means and tests):\n");
            sb.append("  ").append(e.getKey()).append(": ").append(e.getValue()).append('\n');
        }
        return sb.toString();
    }

    /** Column name to "undefined (reason)" for every missing value of {@code values}, in column order. */
    static Map<String, String> undefinedReasons(SparseVector values, List<FeatureColumn> columns) {
        Map<String, String> out = new LinkedHashMap<>();
        for (int k = 0; k < values.size(); k++) {
            if (!Double.isNaN(values.values()[k])) continue;
            FeatureColumn c = columns.get(values.indices()[k]);
            out.put(c.name(), c.ratio() == null ? "undefined" : c.ratio().undefined());
        }
        return out;
    }

    private static String oneLine(String s) {
        String t = s.replaceAll("\\s+", " ");
        return t.length() > 70 ? t.substring(0, 67) + "..." : t;
    }

    // ------------------------------------------------------------------ JSON

    public static String json(Article a, List<Hit> hits) {
        return json(a, hits, null, null);
    }

    /** The JSON with an {@code undefined} object (column: reason) for the article's missing values, when values are given. */
    public static String json(Article a, List<Hit> hits, SparseVector values, List<FeatureColumn> columns) {
        Map<String, Object> root = new LinkedHashMap<>();
        root.put("id", a.id());
        root.put("outlet", a.outlet());
        root.put("labels", a.labels());
        List<Map<String, Object>> list = new ArrayList<>();
        for (Hit h : order(hits)) {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("family", h.family());
            m.put("feature", h.feature());
            m.put("category", h.category());
            m.put("text", h.text());
            m.put("begin", h.span().begin());
            m.put("end", h.span().end());
            if (h.attributes().containsKey("speaker")) m.put("speaker", h.attributes().get("speaker"));
            if (!h.attributes().isEmpty()) m.put("attributes", new java.util.TreeMap<>(h.attributes()));
            list.add(m);
        }
        root.put("hits", list);
        if (SpanAnnotations.isAnnotated(a)) {
            List<Hit> ordered = order(hits);
            List<Map<String, Object>> spans = new ArrayList<>();
            for (Annotation an : SpanAnnotations.spans(a)) {
                Map<String, Object> m = new LinkedHashMap<>();
                m.put("begin", an.begin());
                m.put("end", an.end());
                m.put("text", a.text().substring(an.begin(), an.end()));
                m.put("label", an.value());
                m.put("annotator", an.annotator());
                List<Integer> by = new ArrayList<>();
                for (int j = 0; j < ordered.size(); j++) {
                    Hit h = ordered.get(j);
                    if (h.span().begin() < an.end() && an.begin() < h.span().end()) by.add(j + 1);
                }
                m.put("hits", by);
                spans.add(m);
            }
            root.put("spans", spans);
        }
        if (values != null) root.put("undefined", undefinedReasons(values, columns));
        try {
            return new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT).writeValueAsString(root) + "\n";
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    // ------------------------------------------------------------------ HTML

    /**
     * A standalone HTML page: the article with every hit highlighted (colour per family, with
     * borders and underlines that survive grey-scale printing; hover shows feature, category and
     * speaker), a legend, the list of hits and the article's non-zero feature values.
     */
    public static String html(Article a, ArticleFeatures features, List<FeatureColumn> columns) {
        List<Hit> hits = order(features.hits());
        StringBuilder sb = new StringBuilder(a.text().length() * 3 + 4096);
        sb.append("<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\">\n<title>FrameLab explain: ")
                .append(esc(a.id())).append("</title>\n<style>\n")
                .append("body{font-family:Georgia,'Times New Roman',serif;max-width:52rem;margin:2rem auto;padding:0 1rem;line-height:1.7;color:#111}\n")
                .append("h1{font-size:1.3rem} .meta{color:#444;font-family:sans-serif;font-size:.9rem}\n")
                .append(".text{white-space:pre-wrap;font-size:1.05rem} .h{border-radius:2px;padding:0 1px}\n")
                .append(".h sup{font-family:sans-serif;font-size:.6rem;color:#333}\n")
                .append("table{border-collapse:collapse;font-family:sans-serif;font-size:.85rem;margin:1rem 0}\n")
                .append("td,th{border:1px solid #bbb;padding:2px 6px;vertical-align:top;text-align:left} th{background:#eee}\n")
                .append(".legend span.h{margin-right:.8rem;display:inline-block;font-family:sans-serif;font-size:.85rem}\n")
                .append("td.n{text-align:right;font-variant-numeric:tabular-nums}\n");
        sb.append("</style></head><body>\n");
        sb.append("<h1>").append(esc(a.title().isEmpty() ? a.id() : a.title())).append("</h1>\n<p class=\"meta\">id ")
                .append(esc(a.id()));
        if (!a.outlet().isEmpty()) sb.append(" &middot; outlet ").append(esc(a.outlet()));
        if (a.date() != null) sb.append(" &middot; ").append(a.date());
        for (Map.Entry<String, String> l : a.labels().entrySet()) sb.append(" &middot; ").append(esc(l.getKey())).append(": ").append(esc(l.getValue()));
        sb.append(" &middot; ").append(hits.size()).append(" hits</p>\n");

        sb.append("<p class=\"legend\"><b style=\"font-family:sans-serif;font-size:.85rem\">Legend:</b> ");
        for (Map.Entry<String, String[]> e : STYLE.entrySet()) {
            sb.append("<span class=\"h\" style=\"").append(e.getValue()[1]).append("\">").append(e.getKey()).append("</span>");
        }
        for (String f : List.of("attribution.evaluative", "attribution.anonymous", "quotation.scare", "quotation.title", "quotation.mention", "quotation.distancing")) {
            sb.append("<span class=\"h\" style=\"").append(FEATURE_STYLE.get(f)).append("\">").append(f).append("</span>");
        }
        sb.append("</p>\n<div class=\"text\">");
        sb.append(nestHtml(a.text(), hits));
        sb.append("</div>\n");

        sb.append("<h2 style=\"font-size:1.1rem\">Hits</h2>\n<table><tr><th>#</th><th>family</th><th>feature</th><th>category</th><th>text</th><th>speaker / details</th></tr>\n");
        for (int i = 0; i < hits.size(); i++) {
            Hit h = hits.get(i);
            sb.append("<tr><td class=\"n\">").append(i + 1).append("</td><td>").append(esc(h.family())).append("</td><td>")
                    .append(esc(h.feature())).append("</td><td>").append(esc(h.category())).append("</td><td>")
                    .append(esc(h.text())).append("</td><td>").append(esc(details(h))).append("</td></tr>\n");
        }
        sb.append("</table>\n");
        List<Annotation> spans = SpanAnnotations.spans(a);
        if (!spans.isEmpty()) {
            // the human annotations as their own layer: the text again, with only the annotated spans marked
            List<Hit> layer = new ArrayList<>();
            for (Annotation an : spans) {
                layer.add(new Hit("annotation", "annotation", an.value(), new org.framelab.text.Span(an.begin(), an.end()),
                        a.text().substring(an.begin(), an.end()), an.annotator().isEmpty() ? Map.of() : Map.of("annotator", an.annotator())));
            }
            List<Hit> ordered = order(layer);
            String[] labels = labels(ordered);
            sb.append("<h2 style=\"font-size:1.1rem\">Annotated spans (human coders)</h2>\n<div class=\"text\">");
            sb.append(nest(a.text(), ordered, (i, h) -> "<span class=\"h\" style=\"" + SPAN_STYLE + "\" title=\""
                            + esc("label " + h.category() + (h.attributes().containsKey("annotator") ? " \u2013 annotator " + h.attributes().get("annotator") : ""))
                            + "\">",
                    (i, h) -> labels[i] == null ? "</span>" : "<sup>" + labels[i] + "</sup></span>", Explanation::esc));
            sb.append("</div>\n<table><tr><th>#</th><th>span</th><th>label</th><th>annotator</th><th>overlapping hits</th></tr>\n");
            for (int i = 0; i < ordered.size(); i++) {
                Hit h = ordered.get(i);
                Annotation an = new Annotation(h.attributes().getOrDefault("annotator", ""), SpanAnnotations.FIELD, h.category(), h.span().begin(), h.span().end());
                List<String> by = overlapping(an, hits);
                sb.append("<tr><td class=\"n\">").append(i + 1).append("</td><td>").append(esc(h.text())).append("</td><td>")
                        .append(esc(h.category())).append("</td><td>").append(esc(an.annotator())).append("</td><td>")
                        .append(by.isEmpty() ? "<i>missed</i>" : esc(String.join(", ", by))).append("</td></tr>\n");
            }
            sb.append("</table>\n");
        }
        sb.append("<h2 style=\"font-size:1.1rem\">Feature values (non-zero; undefined ratios are missing, not 0)</h2>\n<table><tr><th>column</th><th>value</th><th>unit</th><th>definition</th></tr>\n");
        SparseVector v = features.values();
        for (int k = 0; k < v.size(); k++) {
            FeatureColumn c = columns.get(v.indices()[k]);
            double val = v.values()[k];
            String shown = Double.isNaN(val) ? (c.ratio() == null ? "undefined" : c.ratio().undefined())
                    : val == Math.rint(val) ? Long.toString((long) val) : String.format(java.util.Locale.ROOT, "%.3f", val);
            sb.append("<tr><td>").append(esc(c.name())).append("</td><td class=\"n\">").append(shown).append("</td><td>")
                    .append(esc(c.unit())).append("</td><td>").append(esc(c.definition())).append("</td></tr>\n");
        }
        sb.append("</table>\n<p class=\"meta\">Made with FrameLab. Hover over a highlight for its feature, category and speaker.</p>\n</body></html>\n");
        return sb.toString();
    }

    private static String details(Hit h) {
        Map<String, String> a = h.attributes();
        StringBuilder sb = new StringBuilder();
        if (a.containsKey("speaker")) sb.append("speaker: ").append(a.get("speaker"));
        if (a.containsKey("source") && !a.get("source").equals(a.get("speaker"))) sb.append(sb.length() > 0 ? "; " : "").append("source: ").append(a.get("source"));
        if (a.containsKey("speaker_type")) sb.append(sb.length() > 0 ? "; " : "").append(a.get("speaker_type"));
        if (a.containsKey("lexicon")) sb.append(sb.length() > 0 ? "; " : "").append("lexicon ").append(a.get("lexicon"));
        if (a.containsKey("term") && !a.get("term").equalsIgnoreCase(h.text())) sb.append(sb.length() > 0 ? "; " : "").append("term ").append(a.get("term"));
        if (a.containsKey("actor")) sb.append(sb.length() > 0 ? "; " : "").append("actor ").append(a.get("actor"));
        return sb.toString();
    }

    /**
     * The number shown after each hit: hits on exactly the same span share one marker ("2,3"); the
     * later ones get null (no marker of their own).
     */
    static String[] labels(List<Hit> ordered) {
        String[] out = new String[ordered.size()];
        for (int i = 0; i < ordered.size(); i++) {
            if (i > 0 && ordered.get(i - 1).span().equals(ordered.get(i).span())) continue;
            StringBuilder sb = new StringBuilder().append(i + 1);
            for (int j = i + 1; j < ordered.size() && ordered.get(j).span().equals(ordered.get(i).span()); j++) sb.append(',').append(j + 1);
            out[i] = sb.toString();
        }
        return out;
    }

    private static String nestHtml(String text, List<Hit> hits) {
        String[] labels = labels(hits);
        return nest(text, hits, (i, h) -> {
            String style = FEATURE_STYLE.getOrDefault(h.feature(), STYLE.getOrDefault(h.family(), new String[]{"", "background:#eee"})[1]);
            StringBuilder title = new StringBuilder(h.feature()).append(" \u2013 ").append(h.category());
            String speaker = h.attributes().get("speaker");
            if (speaker != null) title.append(" \u2013 speaker: ").append(speaker);
            return "<span class=\"h\" style=\"" + style + "\" title=\"" + esc(title.toString()) + "\">";
        }, (i, h) -> labels[i] == null ? "</span>" : "<sup>" + labels[i] + "</sup></span>", Explanation::esc);
    }

    // ------------------------------------------------------------------ nesting

    @FunctionalInterface
    private interface Marker {
        String of(int index, Hit hit);
    }

    /** Hits by begin, longer first, then feature (the numbering used everywhere). */
    static List<Hit> order(List<Hit> hits) {
        List<Hit> out = new ArrayList<>(hits);
        out.sort(Comparator.<Hit>comparingInt(h -> h.span().begin()).thenComparing(h -> -h.span().end())
                .thenComparing(Hit::feature));
        return out;
    }

    private static String nest(String text, List<Hit> ordered, Marker open, Marker close) {
        return nest(text, ordered, open, close, s -> s);
    }

    /** Inserts open/close markers around every hit; crossing spans are closed and reopened so markup nests. */
    private static String nest(String text, List<Hit> ordered, Marker open, Marker close,
                               java.util.function.UnaryOperator<String> escape) {
        StringBuilder sb = new StringBuilder(text.length() + ordered.size() * 16);
        List<Integer> stack = new ArrayList<>();
        int next = 0;
        int pos = 0;
        int n = text.length();
        while (pos <= n) {
            // close spans ending here (innermost first); reopen any that were crossed
            boolean closed = true;
            while (closed) {
                closed = false;
                for (int s = stack.size() - 1; s >= 0; s--) {
                    int hi = stack.get(s);
                    if (ordered.get(hi).span().end() <= pos) {
                        List<Integer> above = new ArrayList<>(stack.subList(s + 1, stack.size()));
                        for (int k = stack.size() - 1; k > s; k--) sb.append(close.of(stack.get(k), ordered.get(stack.get(k))));
                        sb.append(close.of(hi, ordered.get(hi)));
                        stack.subList(s, stack.size()).clear();
                        for (int k : above) {
                            sb.append(open.of(k, ordered.get(k)));
                            stack.add(k);
                        }
                        closed = true;
                        break;
                    }
                }
            }
            while (next < ordered.size() && ordered.get(next).span().begin() == pos) {
                if (ordered.get(next).span().end() > pos) {
                    sb.append(open.of(next, ordered.get(next)));
                    stack.add(next);
                }
                next++;
            }
            if (pos == n) break;
            int stop = n;
            if (next < ordered.size()) stop = Math.min(stop, ordered.get(next).span().begin());
            for (int hi : stack) stop = Math.min(stop, ordered.get(hi).span().end());
            if (stop <= pos) stop = pos + 1;
            sb.append(escape.apply(text.substring(pos, Math.min(stop, n))));
            pos = Math.min(stop, n);
        }
        return sb.toString();
    }

    static String esc(String s) {
        StringBuilder sb = new StringBuilder(s.length() + 16);
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '<' -> sb.append("&lt;");
                case '>' -> sb.append("&gt;");
                case '&' -> sb.append("&amp;");
                case '"' -> sb.append("&quot;");
                default -> sb.append(c);
            }
        }
        return sb.toString();
    }
}
