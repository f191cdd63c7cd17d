package org.framelab.features;

import org.framelab.lexicon.Lexicon;
import org.framelab.lexicon.Lexicons;
import org.framelab.text.QuoteKind;
import org.framelab.text.Quotation;
import org.framelab.text.TokenizedText;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Quotation: direct quotes, the share of words inside them, scare quotes (with the list of
 * scare-quoted terms in the hits and the terms table), titles, mentions (the word "X", glosses) and
 * distancing markers (so-called, alleged, self-styled, reportedly ...).
 */
public final class QuotationFamily implements FeatureFamily {
    private static final long serialVersionUID = 1L;
    public static final String NAME = "quotation";
    public static final String DISTANCING_RESOURCE = "/org/framelab/lexicon/distancing.txt";
    private static final String QUOTE_SOURCE = "FrameLab quote finder (org.framelab.text.QuoteFinder)";
    private static final String DIST_SOURCE = "FrameLab distancing.txt (after Predelli 2003; Recasens et al. 2013)";

    private final Lexicon distancing;
    private final List<FeatureColumn> columns;

    public QuotationFamily() {
        this.distancing = Lexicons.resource("distancing", DISTANCING_RESOURCE);
        List<FeatureColumn> c = new ArrayList<>();
        Columns.countAndRate(c, "quotation.direct", NAME, "direct quotes (quoted statements attributed to a speaker, or quoted sentences)", QUOTE_SOURCE);
        c.add(new FeatureColumn("quotation.quoted_words.count", NAME, "Number of the text's word tokens that stand inside direct quotes.", "count", QUOTE_SOURCE));
        c.add(new FeatureColumn("quotation.quoted_words.share", NAME, "Share of the text's word tokens that stand inside direct quotes.", "ratio 0..1",
                QUOTE_SOURCE, new FeatureColumn.Ratio("quotation.quoted_words.count", List.of(FramingFeatures.TOKENS), 1, "the text has no word tokens")));
        Columns.countAndRate(c, "quotation.scare", NAME, "scare quotes (a short quoted term of 1-4 words in the writer's own sentence, not attributed as speech)", QUOTE_SOURCE);
        c.add(new FeatureColumn("quotation.title.count", NAME, "Number of quoted titles and names of works (title case, e.g. \"Orange Is the New Black\").", "count", QUOTE_SOURCE));
        c.add(new FeatureColumn("quotation.mention.count", NAME, "Number of quoted expressions mentioned rather than used (the word \"X\", a translation gloss, \"X\" meaning Y).", "count", QUOTE_SOURCE));
        Columns.countAndRate(c, "quotation.distancing", NAME, "distancing markers (so-called, alleged, self-styled, reportedly, purportedly ...)", DIST_SOURCE);
        this.columns = List.copyOf(c);
    }

    @Override public String name() { return NAME; }

    @Override public List<FeatureColumn> columns() { return columns; }

    /** One feature per kind of quotation, and the distancing terms. */
    @Override
    public java.util.Set<String> hitFeatures() {
        return java.util.Set.of("quotation.direct", "quotation.scare", "quotation.title", "quotation.mention", "quotation.distancing");
    }

    @Override
    public void extract(TextAnalysis doc, FeatureSink sink) {
        TokenizedText t = doc.tokens();
        String text = doc.text();
        boolean hits = sink.wantsHits();
        int direct = 0, scare = 0, title = 0, mention = 0;
        boolean[] quoted = null;
        List<Quotation> quotes = doc.quotes();
        for (int qi = 0; qi < quotes.size(); qi++) {
            Quotation q = quotes.get(qi);
            switch (q.kind()) {
                case DIRECT -> {
                    direct++;
                    if (quoted == null) quoted = new boolean[t.size()];
                    for (int k = q.firstToken(); k < q.endToken(); k++) quoted[k] = true;
                }
                case SCARE -> scare++;
                case TITLE -> title++;
                case MENTION -> mention++;
            }
            if (hits) sink.hit(hit(doc, q, qi));
        }
        int quotedWords = 0;
        if (quoted != null) for (int k = 0; k < quoted.length; k++) if (quoted[k] && t.isWord(k)) quotedWords++;
        int[] dist = {0};
        distancing.match(t, doc.wordIds(), (b, e, cats, term) -> {
            dist[0]++;
            if (hits) sink.hit(new Hit(NAME, "quotation.distancing", term, t.span(b, e), t.span(b, e).of(text), Map.of()));
        });
        sink.value(0, direct);
        sink.value(1, doc.rate(direct));
        sink.value(2, quotedWords);
        sink.value(3, t.wordCount() == 0 ? Double.NaN : (double) quotedWords / t.wordCount());
        sink.value(4, scare);
        sink.value(5, doc.rate(scare));
        sink.value(6, title);
        sink.value(7, mention);
        sink.value(8, dist[0]);
        sink.value(9, doc.rate(dist[0]));
    }

    /**
     * The evidence of one quotation: its kind; for a direct quote its resolved speaker ({@code speaker}
     * = the name, {@code speaker_role}, {@code source}, {@code speaker_resolution} = how it was found:
     * verb, pronoun, according, colon, sentence, source-line, carry-over);
     * the term of a scare quote, title or mention.
     */
    private static Hit hit(TextAnalysis doc, Quotation q, int index) {
        String text = doc.text();
        Map<String, String> attrs = new LinkedHashMap<>();
        if (q.kind() == QuoteKind.DIRECT) {
            QuoteAttribution s = doc.speakerOf(index);
            if (s != null && s.resolved()) {
                attrs.put("speaker", s.speaker());
                if (!s.role().isEmpty()) attrs.put("speaker_role", s.role());
                attrs.put("source", s.source());
                attrs.put("speaker_resolution", s.method().label());
            }
            if (!q.closed()) attrs.put("closed", "false");
        } else {
            attrs.put("term", normalizeTerm(q.inner().of(text)));
        }
        if (q.depth() > 0) attrs.put("depth", Integer.toString(q.depth()));
        String feature = switch (q.kind()) {
            case DIRECT -> "quotation.direct";
            case SCARE -> "quotation.scare";
            case TITLE -> "quotation.title";
            case MENTION -> "quotation.mention";
        };
        String category = switch (q.kind()) {
            case DIRECT -> "direct quote";
            case SCARE -> "scare quote";
            case TITLE -> "title";
            case MENTION -> "mention";
        };
        return new Hit(NAME, feature, category, q.span(), q.span().of(text), attrs);
    }

    /** A scare-quoted term as listed in the terms table: lower case, trailing punctuation removed. */
    public static String normalizeTerm(String inner) {
        String s = inner.strip().replace('\u2019', '\'').toLowerCase(java.util.Locale.ROOT);
        while (!s.isEmpty() && ",.;:!?".indexOf(s.charAt(s.length() - 1)) >= 0) s = s.substring(0, s.length() - 1);
        return collapseSpaces(s);
    }

    /** {@code s.replaceAll("\\s+", " ")} without a regular expression: each run of {@code [ \t\n\x0B\f\r]} or blanked characters ({@link RepeatedLines#BLANK}) becomes one space. */
    static String collapseSpaces(String s) {
        int n = s.length();
        StringBuilder sb = null;
        int copied = 0;   // characters of s already in sb
        int k = 0;
        while (k < n) {
            if (!isRegexSpace(s.charAt(k))) {
                k++;
                continue;
            }
            int e = k + 1;
            while (e < n && isRegexSpace(s.charAt(e))) e++;
            if (e - k > 1 || s.charAt(k) != ' ') {
                if (sb == null) sb = new StringBuilder(n);
                sb.append(s, copied, k).append(' ');
                copied = e;
            }
            k = e;
        }
        return sb == null ? s : sb.append(s, copied, n).toString();
    }

    /** The characters of the regular expression class {@code \\s}. */
    private static boolean isRegexSpace(char c) {
        return c == ' ' || c == '\t' || c == '\n' || c == '\u000B' || c == '\f' || c == '\r' || c == RepeatedLines.BLANK;
    }
}
