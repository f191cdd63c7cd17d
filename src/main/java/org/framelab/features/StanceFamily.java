package org.framelab.features;

import org.framelab.lexicon.Inflector;
import org.framelab.lexicon.Lexicon;
import org.framelab.lexicon.Lexicons;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Epistemic stance: hedges, boosters, factive, assertive and implicative verbs (in every
 * inflection), modal verbs and negation, from FrameLab's {@code stance.csv}.
 */
public final class StanceFamily implements FeatureFamily {
    private static final long serialVersionUID = 1L;
    public static final String NAME = "stance";
    public static final String RESOURCE = "/org/framelab/lexicon/stance.csv";
    static final List<String> CATEGORIES = List.of("hedge", "booster", "factive", "assertive", "implicative", "modal", "negation");
    private static final Set<String> VERB_CATEGORIES = Set.of("factive", "assertive", "implicative");
    private static final String SOURCE = "FrameLab stance.csv (Hyland 2005; Hooper 1975; Kiparsky & Kiparsky 1970; Karttunen 1971; Biber et al. 1999)";
    private static final Map<String, String> WHAT = Map.of(
            "hedge", "hedges (perhaps, possibly, likely, seem, appear, approximately ...)",
            "booster", "boosters (clearly, certainly, in fact, undoubtedly, obviously ...)",
            "factive", "factive verbs presupposing their complement is true (know, realize, reveal, discover ... in any inflection)",
            "assertive", "assertive verbs (believe, think, claim, insist, argue ... in any inflection)",
            "implicative", "implicative verbs (manage, fail, refuse, neglect, decline ... in any inflection)",
            "modal", "modal verbs (can, could, may, might, must, should, would, have to ...)",
            "negation", "negations (not, n't, no, never, nothing, without ...)");

    private final LexiconCounts counts;
    private final List<FeatureColumn> columns;

    public StanceFamily() {
        Lexicon.Builder b = Lexicon.builder("stance");
        for (String c : CATEGORIES) b.category(c);
        Lexicons.resourceRows(RESOURCE, (term, cat) -> {
            if (VERB_CATEGORIES.contains(cat) && !term.startsWith("be ") && !term.contains(" aware")) {
                for (String f : Inflector.verbForms(term)) b.add(f, cat);
            } else {
                b.add(term, cat);
            }
        });
        this.counts = new LexiconCounts(b.build(), NAME, NAME, Map.of());
        List<FeatureColumn> c = new ArrayList<>();
        counts.addColumns(c, SOURCE, WHAT);
        this.columns = List.copyOf(c);
    }

    @Override public String name() { return NAME; }

    @Override public List<FeatureColumn> columns() { return columns; }

    /** One feature per lexicon category ({@code stance.hedge}, ...). */
    @Override public java.util.Set<String> hitFeatures() { return java.util.Set.copyOf(counts.features()); }

    @Override
    public void extract(TextAnalysis doc, FeatureSink sink) {
        counts.extract(doc, sink, 0);
    }

    /** The compiled stance lexicon. */
    public Lexicon lexicon() {
        return counts.lexicon;
    }
}
