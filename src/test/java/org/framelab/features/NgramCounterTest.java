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
    void gramsUpToTrigramsWithinSentencesKeepingCaseWhenAsked() {
        NgramCounter c = new NgramCounter(new NgramOptions(2, 3, 1, 100, false, false));
        List<String> out = new ArrayList<>();
        c.grams(Tokenizer.DEFAULT.tokenize("The army\u2019s tanks rolled. Peace talks began."), out::add);
        assertThat(out).containsExactly("The army's", "army's tanks", "The army's tanks", "tanks rolled", "army's tanks rolled",
                "Peace talks", "talks began", "Peace talks began");
    }
}
