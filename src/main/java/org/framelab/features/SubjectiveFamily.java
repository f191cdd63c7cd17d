package org.framelab.features;

import org.framelab.lexicon.Lexicon;
import org.framelab.lexicon.Lexicons;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Subjective and loaded language: FrameLab's default subjectivity/sentiment lexicon
 * ({@code subjective.csv}: subjective, positive, negative, intensifier) plus every user lexicon given
 * with {@code --lexicon NAME=FILE}, one count and one rate column per lexicon category
 * ({@code lexicon.NAME.CATEGORY.count}).
 */
public final class SubjectiveFamily implements FeatureFamily {
    private static final long serialVersionUID = 1L;
    public static final String NAME = "subjective";
    public static final String RESOURCE = "/org/framelab/lexicon/subjective.csv";
    private static final String SOURCE = "FrameLab subjective.csv (after Wiebe et al. 2004; Wilson et al. 2005; Quirk et al. 1985)";
    private static final Map<String, String> WHAT = Map.of(
            "subjective", "subjective or loaded words (outrageous, disastrous, so-called, embattled, unprecedented ...)",
            "positive", "words with a positive prior polarity",
            "negative", "words with a negative prior polarity",
            "intensifier", "intensifiers (very, extremely, utterly, totally, deeply ...)");

    private final LexiconCounts defaults;
    private final List<LexiconCounts> user;
    private final List<FeatureColumn> columns;

    /** @param userLexicons lexicon name to compiled lexicon, in column order */
    public SubjectiveFamily(Map<String, Lexicon> userLexicons) {
        Lexicon.Builder b = Lexicon.builder("subjective");
        for (String c : List.of("subjective", "positive", "negative", "intensifier")) b.category(c);
        Lexicons.resourceRows(RESOURCE, b::add);
        this.defaults = new LexiconCounts(b.build(), NAME, NAME, Map.of());
        List<LexiconCounts> u = new ArrayList<>();
        List<FeatureColumn> c = new ArrayList<>();
        defaults.addColumns(c, SOURCE, WHAT);
        for (Map.Entry<String, Lexicon> e : new LinkedHashMap<>(userLexicons).entrySet()) {
            LexiconCounts lc = new LexiconCounts(e.getValue(), NAME, "lexicon." + Columns.slug(e.getKey()),
                    Map.of("lexicon", e.getKey()));
            lc.addColumns(c, "user lexicon '" + e.getKey() + "' (" + e.getValue().size() + " terms, sha256 "
                    + e.getValue().contentHash().substring(0, 12) + ")", Map.of());
            u.add(lc);
        }
        this.user = List.copyOf(u);
        this.columns = List.copyOf(c);
    }

    public SubjectiveFamily() {
        this(Map.of());
    }

    @Override public String name() { return NAME; }

    @Override public List<FeatureColumn> columns() { return columns; }

    @Override
    public void extract(TextAnalysis doc, FeatureSink sink) {
        defaults.extract(doc, sink, 0);
        int off = defaults.width();
        for (LexiconCounts lc : user) {
            lc.extract(doc, sink, off);
            off += lc.width();
        }
    }
}
