package org.framelab.corpus;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Span-level human annotations read with a corpus and kept in its articles as span
 * {@link Annotation}s (field {@link #FIELD}, the label as the value, character offsets into
 * {@link Article#text()}; the title is not part of the text and cannot carry spans). Two sources:
 * <ul>
 *   <li><b>word lists</b> such as BABE's {@code biased_words} ({@code ['bizarre', 'characteristically']}):
 *       every whole-word occurrence of each listed word or phrase in the text, ignoring case and
 *       the kind of apostrophe, becomes a span labelled with the field name. With judgement-level data
 *       (one row per annotator) each annotator's list gives that annotator's spans. A listed word
 *       that is not in the text is counted ({@link Attached#wordsNotFound}) and the first few are
 *       listed, never dropped silently.</li>
 *   <li><b>stand-off files</b> ({@code --spans FILE}): CSV/TSV or JSON lines with the fields
 *       {@code id, begin, end, label} and optionally {@code annotator}; {@code begin} inclusive and
 *       {@code end} exclusive, in UTF-16 characters of the text as FrameLab reads it (after the
 *       reader's decoding; line breaks as in the file). A row whose begin and end are empty marks the
 *       article as annotated without any span.</li>
 * </ul>
 * An article counts as <em>annotated</em> when it has at least one span, was named in the span file,
 * or has the word-list field (an empty list {@code []} means "coded, nothing marked"); validation uses
 * annotated articles only.
 */
public final class SpanAnnotations {
    /** The annotation field of every span annotation. */
    public static final String FIELD = "span";
    /** The annotation field of a "coded, no span" marker (begin = end = 0, never counted as a span). */
    public static final String CODED = "span.coded";
    /** Word-list fields detected when the user names none. */
    public static final List<String> WORD_FIELDS = List.of("biased_words", "loaded_words", "bias_words");
    private static final int SAMPLE = 10;
    /** Whole values that mean "no words marked" (pandas writes nan for an empty cell). */
    private static final Set<String> MISSING = Set.of("", "nan", "na", "n/a", "none", "null", "[]");

    private SpanAnnotations() {}

    /** Where a corpus's spans come from: a word-list field of the corpus, a stand-off file, or both. */
    public record Source(String wordsField, Path file) {
        public static final Source NONE = new Source(null, null);

        public boolean isEmpty() {
            return wordsField == null && file == null;
        }

        /** This source, or when it is empty the word-list field the articles have ({@link #detectWordsField}), else {@link #NONE}. */
        public Source orDetected(List<Article> articles) {
            if (!isEmpty()) return this;
            String field = detectWordsField(articles, null);
            return field == null ? NONE : new Source(field, null);
        }
    }

    /**
     * The corpus with its spans and what happened on the way.
     *
     * @param corpus          the articles with span annotations added
     * @param source          a readable description of where the spans came from
     * @param spans           span annotations attached
     * @param annotated       articles that count as annotated
     * @param wordsNotFound   listed words without an occurrence in their text
     * @param unknownIds      rows of the span file whose id is not in the corpus
     * @param notes           the first few problems (word not found, unknown id) for the user
     */
    public record Attached(Corpus corpus, String source, long spans, long annotated, long wordsNotFound, long unknownIds,
                           List<String> notes) {
        public Attached {
            notes = List.copyOf(notes);
        }
    }

    /** The span annotations of an article (both sources), in text order. */
    public static List<Annotation> spans(Article a) {
        List<Annotation> out = new ArrayList<>();
        for (Annotation an : a.annotations()) if (FIELD.equals(an.field())) out.add(an);
        out.sort((x, y) -> x.begin() != y.begin() ? Integer.compare(x.begin(), y.begin()) : Integer.compare(x.end(), y.end()));
        return out;
    }

    /** Whether the article was coded for spans (it may have none). */
    public static boolean isAnnotated(Article a) {
        for (Annotation an : a.annotations()) if (FIELD.equals(an.field()) || CODED.equals(an.field())) return true;
        return false;
    }

    /** The annotators of the corpus's spans, in first-seen order ("" for spans without one). */
    public static List<String> annotators(List<Article> articles) {
        Set<String> out = new LinkedHashSet<>();
        for (Article a : articles) for (Annotation an : a.annotations()) if (FIELD.equals(an.field())) out.add(an.annotator());
        return List.copyOf(out);
    }

    /** The word-list field to use: {@code given}, else the first of {@link #WORD_FIELDS} the corpus has, else null. */
    public static String detectWordsField(List<Article> articles, String given) {
        if (given != null) return given;
        for (String f : WORD_FIELDS) {
            for (Article a : articles) {
                if (a.metadata().containsKey(f)) return f;
                for (Annotation an : a.annotations()) if (f.equals(an.field())) return f;
            }
        }
        return null;
    }

    /** Attaches the spans of {@code source} to the corpus's articles. */
    public static Attached attach(Corpus corpus, Source source) throws CorpusException {
        List<Article> in = corpus.articles();
        List<List<Annotation>> added = new ArrayList<>(in.size());
        for (int i = 0; i < in.size(); i++) added.add(new ArrayList<>());
        List<String> notes = new ArrayList<>();
        long[] notFound = {0};
        long unknown = 0;
        List<String> described = new ArrayList<>();
        String field = source.wordsField();
        if (field != null) {
            boolean any = false;
            for (int i = 0; i < in.size(); i++) {
                Article a = in.get(i);
                boolean perAnnotator = false;
                for (Annotation an : a.annotations()) {
                    if (field.equals(an.field()) && an.isDocumentLevel()) {
                        perAnnotator = true;
                        any = true;
                        added.get(i).add(new Annotation(an.annotator(), CODED, "", 0, 0));
                        wordSpans(a, an.annotator(), field, an.value(), added.get(i), notes, notFound);
                    }
                }
                String v = perAnnotator ? null : a.metadata().get(field);
                if (v != null && !v.isBlank()) {
                    any = true;
                    added.get(i).add(new Annotation("", CODED, "", 0, 0));
                    wordSpans(a, "", field, v, added.get(i), notes, notFound);
                }
            }
            if (!any) {
                String file = corpus.provenance().files().isEmpty() ? "corpus" : corpus.provenance().files().get(0);
                throw new CorpusException(file, -1, field, "no article has this word-list field",
                        "name the field that lists the annotated words (e.g. --span-words biased_words; study file: validation.span_words),"
                                + " or give a stand-off file with --spans (study file: validation.spans; GUI: Validate, Load span annotations…)");
            }
            described.add("word lists in field '" + field + "'");
        }
        if (source.file() != null) {
            Map<String, Integer> index = new HashMap<>();
            for (int i = 0; i < in.size(); i++) index.putIfAbsent(in.get(i).id(), i);
            unknown = readFile(source.file(), in, index, added, notes);
            described.add("stand-off spans in " + source.file().getFileName());
        }
        List<Article> out = new ArrayList<>(in.size());
        long spans = 0, annotated = 0;
        for (int i = 0; i < in.size(); i++) {
            Article a = in.get(i);
            List<Annotation> extra = added.get(i);
            if (!extra.isEmpty()) {
                List<Annotation> all = new ArrayList<>(a.annotations());
                all.addAll(extra);
                a = new Article(a.id(), a.title(), a.text(), a.outlet(), a.date(), a.url(), a.authors(), a.labels(),
                        a.metadata(), all);
            }
            for (Annotation an : extra) if (FIELD.equals(an.field())) spans++;
            if (isAnnotated(a)) annotated++;
            out.add(a);
        }
        return new Attached(new Corpus(out, corpus.provenance()), String.join(" and ", described), spans, annotated,
                notFound[0], unknown, notes);
    }

    /**
     * Parses a word list: a Python or JSON list ({@code ['a', "b"]}, {@code []}) or plain text
     * separated by commas or semicolons; a missing-value marker as the whole value ({@code nan, NA, None,
     * null}) is an empty list. Returns the words in order, without duplicates.
     */
    public static List<String> parseWords(String raw) {
        String s = raw == null ? "" : raw.strip();
        Set<String> out = new LinkedHashSet<>();
        if (MISSING.contains(s.toLowerCase(Locale.ROOT))) return List.of();
        if (s.startsWith("[") && s.endsWith("]")) {
            String body = s.substring(1, s.length() - 1);
            int i = 0;
            while (i < body.length()) {
                char c = body.charAt(i);
                if (c == '\'' || c == '"') {
                    StringBuilder w = new StringBuilder();
                    int j = i + 1;
                    while (j < body.length() && body.charAt(j) != c) {
                        if (body.charAt(j) == '\\' && j + 1 < body.length()) j++;
                        w.append(body.charAt(j));
                        j++;
                    }
                    addWord(out, w.toString());
                    i = j + 1;
                } else if (c == ',' || Character.isWhitespace(c)) {
                    i++;
                } else {
                    int j = body.indexOf(',', i);
                    if (j < 0) j = body.length();
                    addWord(out, body.substring(i, j));
                    i = j;
                }
            }
        } else {
            for (String w : s.split("[,;]")) addWord(out, w);
        }
        return List.copyOf(out);
    }

    private static void addWord(Set<String> out, String w) {
        String t = w.strip();
        if (!t.isEmpty()) out.add(t);
    }

    /** Whole-word occurrences of each listed word in the text, as spans. */
    static void wordSpans(Article a, String annotator, String field, String raw, List<Annotation> out, List<String> notes,
                          long[] notFound) {
        String text = a.text();
        String folded = fold(text);
        for (String w : parseWords(raw)) {
            String needle = fold(w);
            int from = 0;
            boolean found = false;
            while (true) {
                int at = folded.indexOf(needle, from);
                if (at < 0) break;
                int end = at + needle.length();
                if ((at == 0 || !isWordChar(folded.charAt(at - 1)) || !isWordChar(needle.charAt(0)))
                        && (end == folded.length() || !isWordChar(folded.charAt(end)) || !isWordChar(needle.charAt(needle.length() - 1)))) {
                    out.add(new Annotation(annotator, FIELD, field, at, end));
                    found = true;
                }
                from = at + 1;
            }
            if (!found) {
                notFound[0]++;
                if (notes.size() < SAMPLE) {
                    notes.add("article " + a.id() + ": listed word '" + w + "' is not in the text");
                }
            }
        }
    }

    /** Lower case with one kind of apostrophe and hyphen, same length as the input. */
    private static String fold(String s) {
        char[] c = s.toLowerCase(Locale.ROOT).toCharArray();
        if (c.length != s.length()) {
            // a few characters change length when lower-cased; fold char by char instead
            c = new char[s.length()];
            for (int i = 0; i < c.length; i++) c[i] = Character.toLowerCase(s.charAt(i));
        }
        for (int i = 0; i < c.length; i++) {
            char x = c[i];
            if (x == '\u2019' || x == '\u2018' || x == '`' || x == '\u00b4') c[i] = '\'';
            else if (x == '\u2010' || x == '\u2011' || x == '\u2013' || x == '\u2014') c[i] = '-';
            else if (x == '\u201c' || x == '\u201d') c[i] = '"';
            else if (Character.isWhitespace(x)) c[i] = ' ';
        }
        return new String(c);
    }

    private static boolean isWordChar(char c) {
        return Character.isLetterOrDigit(c);
    }

    /** Reads a stand-off span file; returns the number of rows whose id is not in the corpus. */
    private static long readFile(Path file, List<Article> articles, Map<String, Integer> index,
                                 List<List<Annotation>> added, List<String> notes) throws CorpusException {
        CorpusReader reader = ReaderRegistry.readerFor(file);
        String display = file.toString();
        long unknown = 0;
        try (RecordSource src = reader.open(file, ReadOptions.defaults())) {
            List<String> fields = src.fields();
            for (String need : List.of("id", "begin", "end", "label")) {
                if (!fields.isEmpty() && !fields.contains(need)) {
                    throw new CorpusException(display, 1, need, "the span file has no field '" + need + "' (fields: " + String.join(", ", fields) + ")",
                            "give the columns id, begin, end, label and optionally annotator (see docs/validate.md)");
                }
            }
            RawRecord r;
            while ((r = src.next()) != null) {
                Map<String, String> f = r.fields();
                String id = value(f, "id");
                if (id.isEmpty()) throw new CorpusException(display, r.line(), "id", "the id is empty", "give the id of the article the span belongs to");
                Integer at = index.get(id);
                if (at == null) {
                    unknown++;
                    if (notes.size() < SAMPLE) notes.add(display + ", line " + r.line() + ": no article with id '" + id + "' in the corpus");
                    continue;
                }
                String annotator = value(f, "annotator");
                String b = value(f, "begin"), e = value(f, "end");
                if (b.isEmpty() && e.isEmpty()) {
                    added.get(at).add(new Annotation(annotator, CODED, "", 0, 0));
                    continue;
                }
                int begin = offset(display, r.line(), "begin", b);
                int end = offset(display, r.line(), "end", e);
                int len = articles.get(at).text().length();
                if (end <= begin || end > len) {
                    throw new CorpusException(display, r.line(), end <= begin ? "end" : "end",
                            "the span " + begin + ".." + end + " is " + (end <= begin ? "empty or reversed" : "past the end of the text (" + len + " characters)"),
                            "offsets are 0-based UTF-16 characters of the text field, begin inclusive and end exclusive; the title is not part of the text");
                }
                String label = value(f, "label");
                if (label.isEmpty()) throw new CorpusException(display, r.line(), "label", "the label is empty", "give the span's label (e.g. loaded)");
                added.get(at).add(new Annotation(annotator, CODED, "", 0, 0));
                added.get(at).add(new Annotation(annotator, FIELD, label, begin, end));
            }
        }
        return unknown;
    }

    private static String value(Map<String, String> f, String key) {
        String v = f.get(key);
        return v == null ? "" : v.strip();
    }

    private static int offset(String file, long line, String field, String v) throws CorpusException {
        try {
            int x = Integer.parseInt(v);
            if (x < 0) throw new NumberFormatException();
            return x;
        } catch (NumberFormatException ex) {
            throw new CorpusException(file, line, field, "'" + v + "' is not a character offset",
                    "give a whole number >= 0 (0-based offset into the text field)");
        }
    }

    /** Span counts per label, for summaries. */
    public static Map<String, Long> labels(List<Article> articles) {
        Map<String, Long> out = new LinkedHashMap<>();
        for (Article a : articles) for (Annotation an : a.annotations()) if (FIELD.equals(an.field())) out.merge(an.value(), 1L, Long::sum);
        return out;
    }
}
