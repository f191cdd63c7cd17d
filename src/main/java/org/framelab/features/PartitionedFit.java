package org.framelab.features;

import org.framelab.corpus.Article;
import org.framelab.text.Tokenizer;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The n-gram fit of a {@link FeatureSpec} in parts, for a job that counts over partitions of the
 * training articles and merges the counts (the Spark job): the same steps and rules as the local fit
 * ({@link NgramCounting#countStrings}), each step a per-article function or a rule over merged counts.
 *
 * <ol>
 *   <li>the boilerplate mask: the distinct line hashes of each training article ({@link #lineHashes}),
 *       those in at least {@code repeatedLines} articles kept; the training articles per outlet and the
 *       {@link OutletNames#COMMON_WORD_SAMPLE} texts with the smallest {@link #textHash} give the outlet
 *       names ({@link #mask});</li>
 *   <li>under that mask, each training article's distinct n-grams and repeated lines ({@link Mask#terms},
 *       {@link Mask#repeatedLines}); their document frequencies merged;</li>
 *   <li>the vocabulary chosen from those frequencies by the local rules ({@link VocabularySelection}),
 *       and the fitted pipeline ({@link #fitted}), identical to {@code spec.fit(training)}.</li>
 * </ol>
 */
public final class PartitionedFit {
    private PartitionedFit() {}

    /** Texts kept for the outlet names' common-word test: those with the smallest {@link #textHash}. */
    public static final int NAME_SAMPLE = OutletNames.COMMON_WORD_SAMPLE;

    /** The n-gram options of a spec, or null when it has no n-gram family to fit. */
    public static NgramOptions ngramOptions(FeatureSpec spec) {
        if (!(spec instanceof FramingSpec fs)) return null;
        for (FeatureFamily f : fs.families()) if (f instanceof NgramFamily n && n.needsFit()) return n.options();
        return null;
    }

    /** The distinct hashes of the lines of an article's text, as the repeated-line filter counts them (none for fewer than two lines). */
    public static long[] lineHashes(Article a) {
        String t = a.text();
        int[] l = RepeatedLines.lines(t);
        long[] h = new long[l.length / 2];
        for (int i = 0; i < l.length; i += 2) h[i / 2] = RepeatedLines.hash(t, l[i], l[i + 1]);
        return Arrays.stream(h).distinct().toArray();
    }

    /** The hash of an article's whole text, the order of the common-word sample (smallest first; ties by text). */
    public static long textHash(Article a) {
        String t = a.text();
        return RepeatedLines.hash(t, 0, t.length());
    }

    /** The key an outlet is counted under for the outlet names (the outlet value stripped; empty = none). */
    public static String outletKey(Article a) {
        return a.outlet().strip();
    }

    /**
     * The boilerplate mask learned from merged counts of the training articles.
     *
     * @param repeatedHashes the line hashes found in at least {@code options.repeatedLines()} training articles
     * @param perOutlet      training articles per {@link #outletKey} (empty keys left out)
     * @param sample         the texts of the (at most {@link #NAME_SAMPLE}) training articles with the smallest {@link #textHash}
     */
    public static Mask mask(NgramOptions options, long[] repeatedHashes, Map<String, Integer> perOutlet, List<String> sample) {
        OutletNames names = options.maskOutletNames() ? OutletNames.fromCounts(new java.util.TreeMap<>(perOutlet), sample) : OutletNames.NONE;
        return new Mask(options, options.repeatedLines() > 0 ? repeatedHashes.clone() : null, names.names().toArray(new String[0]));
    }

    /** A learned boilerplate mask, serialisable (a job ships it to its workers). */
    public static final class Mask implements Serializable {
        private static final long serialVersionUID = 1L;
        private final NgramOptions options;
        private final long[] repeated;
        private final String[] names;
        private transient volatile BoilerplateMask mask;

        private Mask(NgramOptions options, long[] repeated, String[] names) {
            this.options = options;
            this.repeated = repeated;
            this.names = names;
        }

        private BoilerplateMask mask() {
            BoilerplateMask m = mask;
            if (m == null) {
                m = BoilerplateMask.of(repeated, names.length == 0 ? OutletNames.NONE : new OutletNames(names));
                mask = m;
            }
            return m;
        }

        /** The outlet names it leaves out, sorted. */
        public List<String> outletNames() {
            return List.of(names);
        }

        /** How many repeated lines (by hash) it leaves out. */
        public int repeatedLineCount() {
            return repeated == null ? 0 : repeated.length;
        }

        /** The distinct n-grams of the article with the boilerplate blanked out, as the local fit counts them. */
        public String[] terms(Article a) {
            Set<String> seen = new LinkedHashSet<>();
            new NgramCounter(options).grams(Tokenizer.DEFAULT.tokenize(mask().blank(a.text(), new HashMap<>())), seen::add);
            return seen.toArray(new String[0]);
        }

        /** The repeated lines of the article (hash to text), which the fitted vocabulary keeps to blank them at transform time. */
        public Map<Long, String> repeatedLines(Article a) {
            Map<Long, String> lines = new LinkedHashMap<>();
            mask().collectLines(a.text(), lines);
            return lines;
        }
    }

    /**
     * The pipeline of {@code spec} fitted from merged counts: the vocabulary chosen from the document
     * frequencies {@code df} of {@code documents} training articles (terms below min-df may be left
     * out before), with the repeated lines met ({@code lineTexts}) and the outlet names of {@code mask}.
     */
    public static FramingFeatures fitted(FeatureSpec spec, Mask mask, int documents, Map<String, Integer> df, java.util.Collection<String> lineTexts) {
        FramingSpec fs = (FramingSpec) spec;
        NgramOptions options = ngramOptions(spec);
        if (options == null) throw new IllegalArgumentException("no n-gram family to fit in " + spec.describe());
        Map<String, int[]> counts = new HashMap<>(df.size() * 2);
        df.forEach((t, n) -> counts.put(t, new int[]{n}));
        OutletNames names = mask.names.length == 0 ? OutletNames.NONE : new OutletNames(mask.names);
        NgramVocabulary v = new VocabularySelection(options, documents, lineTexts.toArray(new String[0]), names).fromTerms(counts);
        List<FeatureFamily> families = new ArrayList<>();
        for (FeatureFamily f : fs.families()) {
            if (f instanceof NgramFamily n && n.needsFit()) families.add(new NgramFamily(options, v));
            else if (f.needsFit()) throw new IllegalArgumentException(f.name() + " cannot be fitted in parts");
            else families.add(f);
        }
        return new FramingFeatures(families, spec.describe());
    }

    /** The pipeline of a spec with nothing to fit (no n-grams). */
    public static FramingFeatures unfitted(FeatureSpec spec) {
        FramingSpec fs = (FramingSpec) spec;
        if (fs.needsFit()) throw new IllegalArgumentException(spec.describe() + " needs a fit");
        return fs.fit(List.of());
    }
}
