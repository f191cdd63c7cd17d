package org.framelab.features;

import org.framelab.corpus.Article;
import org.framelab.util.Progress;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * One fit of a spec from the cached counts of a {@link CorpusAnalysis}: the boilerplate mask, the
 * document frequencies and the vocabulary are learned from the training rows only, exactly as
 * {@link FramingSpec#fit} learns them from the training articles' texts; the rows' vectors are then
 * built from their counts under that mask.
 */
final class CountedFit implements CountedFeatures {
    private final CorpusAnalysis analysis;
    private final FramingSpec spec;
    private final int[] train;
    private final int[] test;
    private final Progress progress;

    private NgramFamily ngrams;            // fitted, or null when the spec has none
    private NgramVocabulary.IdLookup lookup;
    private FramingFeatures fitted;
    private int[] framingColumn;           // analysis framing column -> spec column, or -1
    private int[] position;                // corpus row -> index into entries, or -1
    private CorpusAnalysis.Entry[] entries;
    private double seconds;

    CountedFit(CorpusAnalysis analysis, FramingSpec spec, int[] train, int[] test, Progress progress) {
        this.analysis = analysis;
        this.spec = spec;
        this.train = train.clone();
        this.test = test.clone();
        this.progress = progress;
    }

    CountedFit fit() {
        long t0 = System.nanoTime();
        NgramFamily unfitted = null;
        List<FeatureFamily> dense = new ArrayList<>();
        for (FeatureFamily f : spec.families()) {
            if (f instanceof NgramFamily n) unfitted = n;
            else dense.add(f);
        }
        int[] rows = rows();
        BoilerplateMask mask = unfitted == null ? null : analysis.learnMask(train);
        entries = analysis.ensure(rows, analysis.rangesOf(mask, rows), unfitted != null, progress);
        List<FeatureFamily> families = new ArrayList<>(dense);
        if (unfitted != null) {
            ngrams = new NgramFamily(unfitted.options(), vocabulary(mask));
            lookup = lookup(ngrams.vocabulary());
            families.add(ngrams);
        }
        fitted = new FramingFeatures(families, spec.describe());
        framingColumn = framingColumns(dense);
        seconds = (System.nanoTime() - t0) / 1e9;
        return this;
    }

    /** The training rows, then the test rows not among them; fills {@link #position}. */
    private int[] rows() {
        position = new int[analysis.size()];
        Arrays.fill(position, -1);
        int[] rows = new int[train.length + test.length];
        int n = 0;
        for (int[] part : new int[][]{train, test}) {
            for (int r : part) {
                if (position[r] >= 0) continue;
                position[r] = n;
                rows[n++] = r;
            }
        }
        return Arrays.copyOf(rows, n);
    }

    /** The vocabulary chosen from the training rows' document frequencies (the first {@code train.length} entries). */
    private NgramVocabulary vocabulary(BoilerplateMask mask) {
        LongIntMap df = new LongIntMap(1 << 20);
        Map<Long, String> lineTexts = new LinkedHashMap<>();
        for (int r : train) {
            CorpusAnalysis.Entry e = entries[position[r]];
            for (long k : e.keys()) df.add(k, 1);
            if (e.ranges().length > 0) mask.collectLines(analysis.articles().get(r).text(), lineTexts);
        }
        return new VocabularySelection(analysis.ngrams(), train.length, lineTexts.values().toArray(new String[0]), mask.names())
                .fromKeys(df, analysis.words());
    }

    /** Column + 1 of each n-gram key of corpus word ids (0 = not in the vocabulary). */
    private NgramVocabulary.IdLookup lookup(NgramVocabulary v) {
        LongIntMap cols = new LongIntMap(Math.max(16, v.size()));
        int[] uni = new int[analysis.wordCount()];
        for (int i = 0; i < v.size(); i++) {
            String t = v.term(i);
            int sp = t.indexOf(' ');
            int a = analysis.idOf(sp < 0 ? t : t.substring(0, sp));
            int b = sp < 0 ? 0 : analysis.idOf(t.substring(sp + 1));
            if (a == 0 || (sp >= 0 && b == 0)) throw new IllegalStateException("vocabulary term not counted: " + t);
            cols.put(NgramCounter.key(a, b), i + 1);
            if (b == 0) uni[a] = i + 1;
        }
        return new NgramVocabulary.IdLookup(null, cols, uni);
    }

    /** Analysis framing column -> this spec's column (the two text columns, then the spec's families in order). */
    private int[] framingColumns(List<FeatureFamily> dense) {
        FramingFeatures all = analysis.framing();
        int[] map = new int[all.columns().size()];
        Arrays.fill(map, -1);
        map[0] = 0;
        map[1] = 1;
        int mine = 2;
        for (FeatureFamily f : dense) {
            int from = offsetOf(all, f.name());
            for (int c = 0; c < f.columns().size(); c++) map[from + c] = mine + c;
            mine += f.columns().size();
        }
        return map;
    }

    private static int offsetOf(FramingFeatures all, String family) {
        int col = 2;
        for (FeatureFamily f : all.families()) {
            if (f.name().equals(family)) return col;
            col += f.columns().size();
        }
        throw new IllegalStateException("family not cached: " + family);
    }

    @Override
    public FittedFeatures fitted() {
        return fitted;
    }

    @Override
    public double fitSeconds() {
        return seconds;
    }

    @Override
    public SparseVector vector(int row) {
        int p = row >= 0 && row < position.length ? position[row] : -1;
        if (p < 0) throw new IllegalArgumentException("row " + row + " is neither a training nor a test row of this fit");
        CorpusAnalysis.Entry e = entries[p];
        SparseVector dense = select(e.framing());
        if (ngrams == null) return dense;
        int base = fitted.columns().size() - ngrams.columns().size();
        return NgramFamily.combine(dense, ngrams.values(e.keys(), e.counts(), lookup), base);
    }

    /** The framing values of this spec's columns (ascending: the column map keeps the order). */
    private SparseVector select(SparseVector v) {
        int[] idx = v.indices();
        double[] val = v.values();
        int[] ni = new int[idx.length];
        double[] nv = new double[idx.length];
        int m = 0;
        for (int i = 0; i < idx.length; i++) {
            int c = framingColumn[idx[i]];
            if (c < 0) continue;
            ni[m] = c;
            nv[m++] = val[i];
        }
        return m == idx.length && Arrays.equals(ni, idx) ? v : new SparseVector(Arrays.copyOf(ni, m), Arrays.copyOf(nv, m));
    }

    List<Article> trainingArticles() {
        return analysis.pick(train);
    }
}
