package org.framelab.features;

import org.framelab.text.Span;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

import static org.assertj.core.api.Assertions.assertThat;

/** Orders that reach outputs do not depend on the JVM run or on the number of cores. */
class OrderedOutputsTest {
    @Test
    void aHitListsItsAttributesByKeyWhateverOrderTheyWereGivenIn() {
        Map<String, String> given = new LinkedHashMap<>();
        given.put("speaker", "she");
        given.put("lemma", "say");
        given.put("source", "Maria Zakharova");
        given.put("annotator", "b");
        Hit h = new Hit("attribution", "attribution.said", "neutral", new Span(0, 4), "said", given);
        assertThat(new ArrayList<>(h.attributes().keySet())).containsExactly("annotator", "lemma", "source", "speaker");
        assertThat(h.attributes()).containsEntry("source", "Maria Zakharova");
        assertThat(new Hit("a", "b", "c", new Span(0, 1), "x", null).attributes()).isEmpty();
    }

    @Test
    void sortPairsKeepsEachCountWithItsKey() {
        Random r = new Random(7);
        for (int n : new int[]{0, 1, 2, 17, 1000}) {
            long[] keys = new long[n];
            int[] counts = new int[n];
            Map<Long, Integer> expected = new java.util.TreeMap<>();
            for (int i = 0; i < n; i++) {
                long k;
                do {
                    k = NgramCounter.key(1 + r.nextInt(5000), r.nextInt(3) == 0 ? 0 : 1 + r.nextInt(5000));
                } while (expected.containsKey(k));
                keys[i] = k;
                counts[i] = 1 + r.nextInt(50);
                expected.put(k, counts[i]);
            }
            KeyPairs.sortPairs(keys, counts);
            List<Long> sortedKeys = new ArrayList<>(expected.keySet());
            for (int i = 0; i < n; i++) {
                assertThat(keys[i]).isEqualTo(sortedKeys.get(i));
                assertThat(counts[i]).isEqualTo(expected.get(keys[i]));
            }
        }
    }
}
