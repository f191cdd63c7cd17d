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
    void countingInSlotOrderGivesTheCountsOfOneIncrementPerKey() {
        Random r = new Random(11);
        DfCounts one = new DfCounts(16);
        DfCounts all = new DfCounts(16);
        Map<Long, Integer> want = new HashMap<>();
        // chunks of every size around the sorting threshold; the table grows while chunks are counted
        for (int chunk : new int[] {1, 4095, 4096, 5000, 70_000, 250_000, 3}) {
            long[] keys = new long[chunk];
            for (int i = 0; i < chunk; i++) {
                int a = r.nextInt(20) == 0 ? (1 << 21) + r.nextInt(1000) : 1 + r.nextInt(5000);
                int b = r.nextInt(3) == 0 ? 0 : r.nextInt(20) == 0 ? (1 << 21) - 1 + r.nextInt(3) : 1 + r.nextInt(3000);
                keys[i] = NgramCounter.key(a, b);
                one.increment(keys[i]);
                want.merge(keys[i], 1, Integer::sum);
            }
            all.incrementAll(keys.clone(), chunk);
        }
        assertThat(entries(all)).isEqualTo(want).isEqualTo(entries(one));
        assertThat(all.size()).isEqualTo(one.size());
    }

    @Test
    void keysRoutedToPartsAreCountedOncePerOccurrence() {
        Random r = new Random(12);
        int parts = 3;
        DfCounts[] df = new DfCounts[parts];
        for (int p = 0; p < parts; p++) df[p] = new DfCounts(16);
        Map<Long, Integer> want = new HashMap<>();
        java.util.List<PackedCounts> rows = new java.util.ArrayList<>();
        for (int row = 0; row < 2500; row++) {
            java.util.TreeSet<Long> keys = new java.util.TreeSet<>();
            int m = r.nextInt(40);
            for (int i = 0; i < m; i++) keys.add(NgramCounter.key(1 + r.nextInt(400), r.nextInt(2) == 0 ? 0 : 1 + r.nextInt(400)));
            long[] k = keys.stream().mapToLong(Long::longValue).toArray();
            int[] c = new int[k.length];
            java.util.Arrays.fill(c, 1);
            for (long key : k) want.merge(key, 1, Integer::sum);
            rows.add(PackedCounts.of(k, c));
        }
        FoldDf.countRows(df, rows.size(), rows::get);
        Map<Long, Integer> got = new HashMap<>();
        for (int p = 0; p < parts; p++) {
            int part = p;
            df[p].forEach((k, c) -> {
                assertThat(FoldNgrams.part(k, parts)).isEqualTo(part);
                assertThat(got.put(k, c)).isNull();
            });
        }
        assertThat(got).isEqualTo(want);
    }

    /** A counter of 16 slots with {@code key} counted {@code n} times. */
    private static DfCounts counted(long key, int n) {
        DfCounts d = new DfCounts(16);
        for (int i = 0; i < n; i++) d.increment(key);
        return d;
    }

    @Test
    void aCountPastTheSlotsTwentyTwoBitsStaysExact() {
        long key = NgramCounter.key(7, 9);
        int n = (1 << 22) + 5;
        DfCounts d = counted(key, n);
        d.increment(NgramCounter.key(7, 0));
        assertThat(entries(d)).containsEntry(key, n).containsEntry(NgramCounter.key(7, 0), 1).hasSize(2);
    }

    @Test
    void decrementsUndoIncrementsAndKeysBackAtZeroAreNotListed() {
        Random r = new Random(5);
        DfCounts d = new DfCounts(16);
        Map<Long, Integer> want = new HashMap<>();
        java.util.List<Long> counted = new java.util.ArrayList<>();
        for (int i = 0; i < 200_000; i++) {
            if (!counted.isEmpty() && r.nextInt(3) == 0) {
                long key = counted.remove(r.nextInt(counted.size()));
                d.decrement(key);
                if (want.merge(key, -1, Integer::sum) == 0) want.remove(key);
            } else {
                int a = r.nextInt(10) == 0 ? (1 << 21) + r.nextInt(100) : 1 + r.nextInt(500);
                long key = NgramCounter.key(a, r.nextInt(3) == 0 ? 0 : 1 + r.nextInt(50));
                d.increment(key);
                counted.add(key);
                want.merge(key, 1, Integer::sum);
            }
        }
        DfCounts before = d.copy();
        assertThat(entries(d)).isEqualTo(want);
        // a copy is independent of its original
        long any = counted.get(0);
        d.decrement(any);
        assertThat(entries(before)).isEqualTo(want);
        assertThat(entries(d).get(any)).isEqualTo(want.get(any) == 1 ? null : want.get(any) - 1);
    }

    @Test
    void decrementsOfASaturatedSlotAndOfAKeyNeverCountedAreExactOrRefused() {
        long key = NgramCounter.key(3, 4);
        int n = (1 << 22) + 2;
        DfCounts d = counted(key, n);
        for (int i = 0; i < 4; i++) d.decrement(key);
        assertThat(entries(d)).containsEntry(key, n - 4).hasSize(1);
        d.increment(key);
        assertThat(entries(d)).containsEntry(key, n - 3);
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> d.decrement(NgramCounter.key(3, 5)))
                .isInstanceOf(IllegalStateException.class);
    }
}
