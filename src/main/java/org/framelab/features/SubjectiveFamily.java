package org.framelab.features;

import org.framelab.lexicon.Inflector;
import org.framelab.lexicon.Lexicon;
import org.framelab.lexicon.Lexicons;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Subjective and loaded language: FrameLab's default subjectivity/sentiment lexicon
 * ({@code subjective.csv}: subjective, positive, negative, intensifier, loaded) plus every user lexicon given
 * with {@code --lexicon NAME=FILE}, one count and one rate column per lexicon category
 * ({@code lexicon.NAME.CATEGORY.count}).
 */
public final class SubjectiveFamily implements FeatureFamily {
    private static final long serialVersionUID = 1L;
    public static final String NAME = "subjective";
    public static final String RESOURCE = "/org/framelab/lexicon/subjective.csv";
    private static final String SOURCE = "FrameLab subjective.csv (after Wiebe et al. 2004; Wilson et al. 2005; Quirk et al. 1985)";
    /** The category of loaded words, listed as lemmas and matched in every inflection. */
    public static final String LOADED = "loaded";
    private static final Map<String, String> WHAT = Map.of(
            "subjective", "subjective or loaded words (outrageous, disastrous, so-called, embattled, unprecedented ...)",
            "positive", "words with a positive prior polarity",
            "negative", "words with a negative prior polarity",
            "intensifier", "intensifiers (very, extremely, utterly, totally, deeply ...)",
            LOADED, "loaded words that frame by connotation: pejorative labels, dramatised verbs of attack, exaggeration "
                    + "(slammed, mob, cronies, lambaste, brazenly, colossal ...), in every inflection; see docs/lexicon-learning.md");


    private final LexiconCounts defaults;
    private final List<LexiconCounts> user;
    private final List<FeatureColumn> columns;

    /** @param userLexicons lexicon name to compiled lexicon, in column order */
    public SubjectiveFamily(Map<String, Lexicon> userLexicons) {
        this.defaults = new LexiconCounts(builtIn(), NAME, NAME, Map.of());
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

    /** FrameLab's default lexicon ({@code subjective.csv}) with its categories, the loaded lemmas inflected. */
    public static Lexicon builtIn() {
        Lexicon.Builder b = Lexicon.builder("subjective");
        for (String c : List.of("subjective", "positive", "negative", "intensifier", LOADED)) b.category(c);
        List<String> subjective = new ArrayList<>();
        Lexicons.resourceRows(RESOURCE, (term, cat) -> {
            if (cat.equals("subjective")) subjective.add(term.toLowerCase(Locale.ROOT));
        });
        Lexicons.resourceRows(RESOURCE, (term, cat) -> {
            if (!cat.equals(LOADED)) {
                b.add(term, cat);
                return;
            }
            Set<String> forms = term.contains("*") || term.contains(" ") ? Set.of(term) : Inflector.forms(term);
            for (String f : forms) if (!covered(f, subjective)) b.add(f, cat);
        });
        return b.build();
    }

    /** Whether a term of the subjective category (exact or a * prefix) already matches the word. */
    private static boolean covered(String word, List<String> terms) {
        for (String t : terms) {
            if (t.endsWith("*") ? word.startsWith(t.substring(0, t.length() - 1)) : t.equals(word)) return true;
        }
        return false;
    }

    public SubjectiveFamily() {
        this(Map.of());
    }

    @Override public String name() { return NAME; }

    @Override public List<FeatureColumn> columns() { return columns; }

    /** One feature per category of the default lexicon and of each user lexicon. */
    @Override
    public Set<String> hitFeatures() {
        Set<String> out = new java.util.HashSet<>(defaults.features());
        for (LexiconCounts lc : user) out.addAll(lc.features());
        return Set.copyOf(out);
    }

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
