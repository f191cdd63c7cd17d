package org.framelab.spark;

import org.apache.spark.util.AccumulatorV2;
import org.framelab.features.TermCount;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The terms table counted while the features are written (one pass over the articles instead of keeping their rows
 * for a second job). Updated only inside the write job's result tasks, whose accumulator updates Spark applies once
 * per partition (a retried or speculative copy of a finished task adds nothing); the job checks the row count it
 * counts the same way against the census.
 */
final class TermsAccumulator extends AccumulatorV2<TermCount, List<TermCount>> {
    private static final long serialVersionUID = 1L;

    private HashMap<List<String>, long[]> counts = new HashMap<>();

    @Override
    public boolean isZero() {
        return counts.isEmpty();
    }

    @Override
    public AccumulatorV2<TermCount, List<TermCount>> copy() {
        TermsAccumulator c = new TermsAccumulator();
        for (Map.Entry<List<String>, long[]> e : counts.entrySet()) c.counts.put(e.getKey(), e.getValue().clone());
        return c;
    }

    @Override
    public void reset() {
        counts = new HashMap<>();
    }

    @Override
    public void add(TermCount t) {
        counts.computeIfAbsent(List.of(t.term(), t.family(), t.category(), t.outlet()), k -> new long[1])[0] += t.count();
    }

    @Override
    public void merge(AccumulatorV2<TermCount, List<TermCount>> other) {
        for (Map.Entry<List<String>, long[]> e : ((TermsAccumulator) other).counts.entrySet()) {
            counts.computeIfAbsent(e.getKey(), k -> new long[1])[0] += e.getValue()[0];
        }
    }

    /** The counts, unordered ({@code FeatureExtraction.mergeTerms} sorts them as the terms table is written). */
    @Override
    public List<TermCount> value() {
        List<TermCount> out = new ArrayList<>(counts.size());
        for (Map.Entry<List<String>, long[]> e : counts.entrySet()) {
            List<String> k = e.getKey();
            out.add(new TermCount(k.get(0), k.get(1), k.get(2), k.get(3), e.getValue()[0]));
        }
        return out;
    }
}
