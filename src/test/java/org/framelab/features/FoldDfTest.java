package org.framelab.features;

import org.junit.jupiter.api.Test;

import java.util.HashMap;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;

import static org.assertj.core.api.Assertions.assertThat;

/** Document frequencies counted from an earlier fold's equal those counted afresh, whatever the folds. */
class FoldDfTest {
    private static CorpusAnalysis.Entry entry(Random r) {
        TreeMap<Long, Integer> keys = new TreeMap<>();
        int n = 1 + r.nextInt(40);
        for (int i = 0; i < n; i++) keys.merge(NgramCounter.key(1 + r.nextInt(60), r.nextInt(4) == 0 ? 0 : 1 + r.nextInt(30)), 1, Integer::sum);
        long[] k = keys.keySet().stream().mapToLong(Long::longValue).toArray();
        int[] c = keys.values().stream().mapToInt(Integer::intValue).toArray();
        return new CorpusAnalysis.Entry(new int[0], null, PackedCounts.of(k, c), null);
    }

    private static Map<Long, Integer> fresh(int[] train, CorpusAnalysis.Entry[] byRow) {
        Map<Long, Integer> out = new HashMap<>();
        for (int r : train) byRow[r].ngrams().forEach((k, c) -> out.merge(k, 1, Integer::sum));
        return out;
    }

    private static Map<Long, Integer> listed(DfCounts[] parts) {
        Map<Long, Integer> out = new HashMap<>();
        for (DfCounts p : parts) p.forEach((k, c) -> assertThat(out.put(k, c)).as("key %d in two parts", k).isNull());
        return out;
    }

    @Test
    void foldsCountedFromTheirPredecessorEqualFreshCountsWithChangedEntriesAndRepeatedRows() {
        Random r = new Random(11);
        int size = 300;
        CorpusAnalysis.Entry[] first = new CorpusAnalysis.Entry[size];
        for (int i = 0; i < size; i++) first[i] = entry(r);
        FoldDf df = new FoldDf();
        for (int fold = 0; fold < 12; fold++) {
            // a training part of most rows (some twice, as a bootstrap draws them), some rows' entries
            // replaced as another fold's mask would
            CorpusAnalysis.Entry[] byRow = first.clone();
            for (int i = 0; i < size; i++) if (r.nextInt(20) == 0) byRow[i] = entry(r);
            java.util.List<Integer> rows = new java.util.ArrayList<>();
            for (int i = 0; i < size; i++) {
                if (r.nextInt(5) != fold % 5) rows.add(i);
                if (r.nextInt(30) == 0) rows.add(i);
            }
            int[] train = rows.stream().mapToInt(Integer::intValue).toArray();
            int[] position = new int[size];
            CorpusAnalysis.Entry[] entries = new CorpusAnalysis.Entry[size];
            for (int i = 0; i < size; i++) {
                position[i] = size - 1 - i;
                entries[size - 1 - i] = byRow[i];
            }
            int parts = 1 + fold % 3;
            assertThat(listed(df.count(size, train, position, entries, parts))).as("fold %d", fold).isEqualTo(fresh(train, byRow));
        }
    }
}
