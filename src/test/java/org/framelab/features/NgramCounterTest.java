package org.framelab.features;

import org.framelab.text.Tokenizer;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

class NgramCounterTest {
    @Test
    void idRunMarksSentenceStartsAndKeysDoNotCrossThem() {
        NgramCounter c = new NgramCounter(new NgramOptions(1, 2, 1, 100, false, true));
        Map<String, Integer> ids = new HashMap<>();
        int[] run = c.idRun(Tokenizer.DEFAULT.tokenize("The rebels, the rebels. Peace!"), w -> ids.computeIfAbsent(w, k -> ids.size() + 1));
        // the = 1, rebels = 2, peace = 3; a 0 before each sentence; punctuation skipped
        assertThat(run).containsExactly(0, 1, 2, 1, 2, 0, 3);
        assertThat(c.keys(run)).containsExactly(NgramCounter.key(1, 0), NgramCounter.key(2, 0), NgramCounter.key(1, 2),
                NgramCounter.key(1, 0), NgramCounter.key(2, 1), NgramCounter.key(2, 0), NgramCounter.key(1, 2), NgramCounter.key(3, 0));
        NgramCounter.Counts d = NgramCounter.distinct(c.keys(run));
        assertThat(d.keys()).containsExactly(NgramCounter.key(1, 0), NgramCounter.key(1, 2), NgramCounter.key(2, 0),
                NgramCounter.key(2, 1), NgramCounter.key(3, 0));
        assertThat(d.counts()).containsExactly(2, 2, 2, 1, 1);
        // bigrams only; an id 0 (a word outside a vocabulary) breaks the chain like a sentence start
        NgramCounter bi = new NgramCounter(new NgramOptions(2, 2, 1, 100, false, true));
        assertThat(bi.keys(new int[]{0, 4, 5, 0, 6, 7})).containsExactly(NgramCounter.key(4, 5), NgramCounter.key(6, 7));
    }

    @Test
    void findRunGivesTheIdsOfTheWordStringsWithoutRegisteringAny() {
        NgramCounter c = new NgramCounter(new NgramOptions(1, 2, 1, 100, false, true));
        WordTable table = new WordTable();
        Map<String, Integer> ids = new HashMap<>();
        for (String w : List.of("the", "army's", "tanks", "über", "peace", "\u00e9lys\u00e9e")) ids.put(w, table.id(w));
        var text = Tokenizer.DEFAULT.tokenize("The ARMY\u2019s tanks rolled \u00fcber the \u00c9lys\u00e9e. Peace talks, peace!");
        int[] byString = c.idRun(text, w -> ids.getOrDefault(w, 0));
        assertThat(c.findRun(text, table)).containsExactly(byString);
        // rolled, talks: outside the table, 0 in the run; nothing was added
        assertThat(byString).contains(ids.get("army's"), ids.get("\u00e9lys\u00e9e"), ids.get("\u00fcber"));
        assertThat(table.size()).isEqualTo(7);
    }

    @Test
    void gramsUpToTrigramsWithinSentencesKeepingCaseWhenAsked() {
        NgramCounter c = new NgramCounter(new NgramOptions(2, 3, 1, 100, false, false));
        List<String> out = new ArrayList<>();
        c.grams(Tokenizer.DEFAULT.tokenize("The army\u2019s tanks rolled. Peace talks began."), out::add);
        assertThat(out).containsExactly("The army's", "army's tanks", "The army's tanks", "tanks rolled", "army's tanks rolled",
                "Peace talks", "talks began", "Peace talks began");
    }

    @Test
    void wordIdsFromTokensAreThoseOfTheirNormalisedStrings() {
        NgramCounter c = new NgramCounter(new NgramOptions(1, 2, 1, 100, false, true));
        String text = "The Army\u2019s tanks rolled; the army's TANKS rolled on. Tanks, again: 1,200 tanks.";
        org.framelab.text.TokenizedText t = Tokenizer.DEFAULT.tokenize(text);
        WordTable byToken = new WordTable();
        WordTable byString = new WordTable();
        assertThat(c.idRun(t, byToken)).containsExactly(c.idRun(t, byString::id));
        assertThat(byToken.words).isEqualTo(byString.words);
        assertThat(byToken.find("tanks")).isEqualTo(byString.find("tanks")).isPositive();
        assertThat(byToken.find("army's")).isPositive();
        assertThat(byToken.find("missing")).isZero();
        // thousands of words: the table grows and every id is found again
        WordTable big = new WordTable();
        for (int i = 0; i < 5000; i++) assertThat(big.id("w" + i)).isEqualTo(i + 1);
        for (int i = 0; i < 5000; i++) assertThat(big.find("w" + i)).isEqualTo(i + 1);
        // keeping case: the strings as written
        NgramCounter cased = new NgramCounter(new NgramOptions(1, 2, 1, 100, false, false));
        WordTable kept = new WordTable();
        cased.idRun(t, kept);
        assertThat(kept.find("Army's")).isPositive();
        assertThat(kept.find("TANKS")).isPositive();
    }

    @Test
    void countedKeysAreTheDistinctCountsInFirstOccurrenceOrderAndTheScratchForgetsEachText() {
        NgramCounter.Scratch scratch = new NgramCounter.Scratch();
        java.util.Random r = new java.util.Random(7);
        for (int text = 0; text < 200; text++) {
            long[] keys = new long[r.nextInt(3000)];
            for (int i = 0; i < keys.length; i++) keys[i] = NgramCounter.key(1 + r.nextInt(300), r.nextInt(4) == 0 ? 0 : 1 + r.nextInt(50));
            NgramCounter.Counts got = NgramCounter.counted(keys.clone(), scratch);
            java.util.LinkedHashMap<Long, Integer> want = new java.util.LinkedHashMap<>();
            for (long k : keys) want.merge(k, 1, Integer::sum);
            assertThat(got.keys()).containsExactly(want.keySet().stream().mapToLong(Long::longValue).toArray());
            assertThat(got.counts()).containsExactly(want.values().stream().mapToInt(Integer::intValue).toArray());
        }
    }

    @Test
    void pairsSortTheSameWhetherPackedIntoOneLongOrNot() {
        java.util.Random r = new java.util.Random(11);
        for (int round = 0; round < 300; round++) {
            int n = 1 + r.nextInt(2000);
            // small ids (packed sort) and, every third round, ids too large to pack with the counts
            int idRange = round % 3 == 0 ? Integer.MAX_VALUE - 1 : 1 + r.nextInt(1 << 20);
            java.util.TreeMap<Long, Integer> want = new java.util.TreeMap<>();
            while (want.size() < n) {
                want.put(NgramCounter.key(1 + r.nextInt(idRange), r.nextBoolean() ? 0 : 1 + r.nextInt(idRange)), 1 + r.nextInt(round % 2 == 0 ? 5 : 100000));
            }
            List<Long> shuffled = new ArrayList<>(want.keySet());
            java.util.Collections.shuffle(shuffled, r);
            long[] keys = shuffled.stream().mapToLong(Long::longValue).toArray();
            int[] counts = shuffled.stream().mapToInt(want::get).toArray();
            KeyPairs.sortPairs(keys, counts);
            assertThat(keys).containsExactly(want.keySet().stream().mapToLong(Long::longValue).toArray());
            assertThat(counts).containsExactly(want.values().stream().mapToInt(Integer::intValue).toArray());
        }
    }

    @Test
    void columnsSortedByRadixAsByAComparisonSortOfAnySizeAndWidth() {
        java.util.Random r = new java.util.Random(9);
        for (int round = 0; round < 400; round++) {
            int m = round < 60 ? round : r.nextInt(4000);
            int bound = round % 4 == 0 ? Integer.MAX_VALUE : round % 4 == 1 ? 1 << 17 : round % 4 == 2 ? 300 : 1 << 25;
            java.util.LinkedHashSet<Integer> distinct = new java.util.LinkedHashSet<>();
            while (distinct.size() < Math.min(m, bound)) distinct.add(r.nextInt(bound));
            int n = distinct.size();
            int[] col = distinct.stream().mapToInt(Integer::intValue).toArray();
            int[] cnt = new int[n];
            long[] want = new long[n];
            for (int i = 0; i < n; i++) {
                cnt[i] = 1 + r.nextInt(50);
                want[i] = ((long) col[i] << 32) | cnt[i];
            }
            java.util.Arrays.sort(want);
            int[] cols = new int[n];
            double[] vals = new double[n];
            KeyPairs.sortByColumn(col, cnt, n, cols, vals);
            for (int i = 0; i < n; i++) {
                assertThat(cols[i]).as("round %d, %d", round, i).isEqualTo((int) (want[i] >>> 32));
                assertThat(vals[i]).isEqualTo((double) (int) want[i]);
            }
        }
    }

    @Test
    void noBigramJoinsTheWordsAroundABlankedOutletName() {
        String text = "The Associated Press contributed to this fund, said Lena Park of Harbour News on Monday.";
        int a = text.indexOf("Associated Press"), h = text.indexOf("Harbour News");
        String blanked = RepeatedLines.blank(text, new int[]{a, a + "Associated Press".length(), h, h + "Harbour News".length()});
        assertThat(blanked).hasSameSizeAs(text);
        NgramCounter c = new NgramCounter(new NgramOptions(1, 2, 1, 100, false, true));
        List<String> out = new ArrayList<>();
        c.grams(Tokenizer.DEFAULT.tokenize(blanked), out::add);
        assertThat(out).contains("the", "contributed", "contributed to", "park of", "on monday")
                .doesNotContain("the contributed", "of on", "associated", "press", "harbour");
        // the id runs (the corpus analysis' path) break there too; ordinary spaces and punctuation do not
        Map<String, Integer> ids = new HashMap<>();
        int[] run = c.idRun(Tokenizer.DEFAULT.tokenize(blanked), w -> ids.computeIfAbsent(w, k -> ids.size() + 1));
        assertThat(run).containsExactly(0, 1, 0, 2, 3, 4, 5, 6, 7, 8, 9, 0, 10, 11);
        assertThat(c.idRun(Tokenizer.DEFAULT.tokenize("The  press,  contributed"), w -> ids.computeIfAbsent(w, k -> ids.size() + 1)))
                .containsExactly(0, 1, 12, 2);
    }
}
