package org.framelab.features;

import org.junit.jupiter.api.Test;

import java.util.HashMap;
import java.util.Map;
import java.util.Random;

import static org.assertj.core.api.Assertions.assertThat;

class DfCountsTest {
    private static Map<Long, Integer> entries(DfCounts d) {
        Map<Long, Integer> out = new HashMap<>();
        d.forEach((k, c) -> assertThat(out.put(k, c)).as("key %d listed twice", k).isNull());
        return out;
    }

    @Test
    void countsEveryKeyExactlyAsAMapDoesSmallAndLargeWordIds() {
        Random r = new Random(3);
        DfCounts d = new DfCounts(16);
        Map<Long, Integer> want = new HashMap<>();
        for (int i = 0; i < 300_000; i++) {
            // mostly ids that pack into one long, some past 2^21 (kept beside it), unigrams and bigrams
            int a = r.nextInt(10) == 0 ? (1 << 21) + r.nextInt(1000) : 1 + r.nextInt(2000);
            int b = r.nextInt(3) == 0 ? 0 : r.nextInt(10) == 0 ? (1 << 21) - 1 + r.nextInt(3) : 1 + r.nextInt(300);
            long key = NgramCounter.key(a, b);
            d.increment(key);
            want.merge(key, 1, Integer::sum);
        }
        assertThat(entries(d)).isEqualTo(want);
        assertThat(d.size()).isEqualTo(want.size());
    }

    @Test
    void aCountPastTheSlotsTwentyTwoBitsStaysExact() {
        DfCounts d = new DfCounts(16);
        long key = NgramCounter.key(7, 9);
        int n = (1 << 22) + 5;
        for (int i = 0; i < n; i++) d.increment(key);
        d.increment(NgramCounter.key(7, 0));
        assertThat(entries(d)).containsEntry(key, n).containsEntry(NgramCounter.key(7, 0), 1).hasSize(2);
    }
}
