package org.framelab.features;

import org.framelab.util.Progress;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

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
    private final boolean withTerms;

    private NgramFamily ngrams;            // fitted, or null when the spec has none
    private FoldNgrams fold;               // the n-gram fit shared by the feature sets of this fold, or null
    private NgramVocabulary.IdLookup lookup;
    private FramingFeatures fitted;
    private int[] framingColumn;           // analysis framing column -> spec column, or -1
    private int[] position;                // corpus row -> index into entries, or -1
    private CorpusAnalysis.Entry[] entries;
    private double seconds;

    CountedFit(CorpusAnalysis analysis, FramingSpec spec, int[] train, int[] test, boolean withTerms, Progress progress) {
        this.withTerms = withTerms;
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
        List<FeatureFamily> families = new ArrayList<>(dense);
        if (unfitted != null) {
            fold = analysis.foldNgrams(train, test, withTerms, progress);
            position = fold.position;
            entries = fold.entries;
            lookup = fold.lookup;
            ngrams = new NgramFamily(unfitted.options(), fold.vocabulary);
            families.add(ngrams);
        } else {
            position = new int[analysis.size()];
            int[] rows = FoldNgrams.rows(train, test, position);
            entries = analysis.ensure(rows, analysis.rangesOf(null, rows), new CorpusAnalysis.Wanted(false, withTerms), progress);
        }
        fitted = new FramingFeatures(families, spec.describe());
        framingColumn = framingColumns(dense);
        seconds = (System.nanoTime() - t0) / 1e9;
        return this;
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
    public TermCount[] terms(int row) {
        TermCount[] t = entry(row).terms();
        if (t == null) throw new IllegalStateException("fitted without the terms table");
        return t;
    }

    private CorpusAnalysis.Entry entry(int row) {
        int p = row >= 0 && row < position.length ? position[row] : -1;
        if (p < 0) throw new IllegalArgumentException("row " + row + " is neither a training nor a test row of this fit");
        return entries[p];
    }

    @Override
    public SparseVector framingVector(int row) {
        return select(entry(row).framing());
    }

    @Override
    public SparseVector vector(int row) {
        CorpusAnalysis.Entry e = entry(row);
        SparseVector dense = select(e.framing());
        if (ngrams == null) return dense;
        int base = fitted.columns().size() - ngrams.columns().size();
        return NgramFamily.combine(dense, fold.values(position[row], ngrams), base);
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
}
