package org.framelab.features;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class PackedCountsTest {
    @Test
    void roundTripsKeysOfEverySizeAndLargeCounts() {
        long[] keys = {1, 2, 127, 128, NgramCounter.key(5, 0), NgramCounter.key(5, 7), NgramCounter.key(70_000, 1_900_000), Long.MAX_VALUE};
        int[] counts = {1, 300, 7, 16_384, 1, Integer.MAX_VALUE, 2, 1};
        PackedCounts p = PackedCounts.of(keys, counts);
        assertThat(p.size()).isEqualTo(keys.length);
        assertThat(p.keys()).isEqualTo(keys);
        assertThat(p.counts()).isEqualTo(counts);
        assertThat(PackedCounts.ofBytes(p.bytes(), p.size())).isEqualTo(p);
        assertThat(PackedCounts.of(new long[0], new int[0]).keys()).isEmpty();
        // typical: small gaps and counts of 1 take two bytes a key
        long[] dense = new long[1000];
        int[] ones = new int[1000];
        for (int i = 0; i < dense.length; i++) {
            dense[i] = NgramCounter.key(3, 1 + 2 * i);
            ones[i] = 1;
        }
        assertThat(PackedCounts.of(dense, ones).byteSize()).isLessThan(2100);
        assertThatThrownBy(() -> PackedCounts.of(new long[]{5, 5}, new int[]{1, 1})).isInstanceOf(IllegalArgumentException.class);
    }
}
