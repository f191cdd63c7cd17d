package org.framelab.model;

import org.framelab.lexicon.LexiconLearner;
import org.framelab.text.TokenizedText;
import org.framelab.text.Tokenizer;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/** The "which word is biased" scoring and the word-level logistic regression. */
class BiasedWordTaskTest {
    static BiasedWordTask.Sentence sentence(String text, String biased) {
        TokenizedText t = Tokenizer.DEFAULT.tokenize(text);
        boolean[] b = new boolean[t.size()];
        for (int i = 0; i < t.size(); i++) b[i] = t.norm(i).equals(biased);
        return new BiasedWordTask.Sentence(t, b);
    }

    @Test
    void expectedHitWithTies() {
        boolean[] gold = {false, true, false, false};
        // clear winner
        assertThat(BiasedWordTask.expectedHit(new double[]{0, 5, 1, 1}, gold, 1)).isEqualTo(1.0);
        assertThat(BiasedWordTask.expectedHit(new double[]{5, 0, 1, 1}, gold, 1)).isEqualTo(0.0);
        // all tied: 1 gold of 4 -> top-1 1/4, top-3 = 1 - C(3,3)/C(4,3) = 3/4
        double[] flat = new double[4];
        assertThat(BiasedWordTask.expectedHit(flat, gold, 1)).isCloseTo(0.25, within(1e-12));
        assertThat(BiasedWordTask.expectedHit(flat, gold, 3)).isCloseTo(0.75, within(1e-12));
        // one ahead (not gold), then 3 tied with one gold: top-3 takes 2 of 3 -> 1 - C(2,2)/C(3,2) = 2/3
        assertThat(BiasedWordTask.expectedHit(new double[]{0, 0, 9, 0}, gold, 3)).isCloseTo(2.0 / 3, within(1e-12));
    }

    @Test
    void rankersOnATinyHeldOutSet() {
        List<BiasedWordTask.Sentence> test = List.of(sentence("Critics slam the plan", "slam"), sentence("The plan is absurd", "absurd"));
        LexiconLearner.Learned learned = LexiconLearner.learn(LexiconLearner.count(List.of(
                new LexiconLearner.Example(test.get(0).tokens(), test.get(0).biased())), false),
                new LexiconLearner.Options(1, 0, Double.NEGATIVE_INFINITY, 1, false, "loaded", false));
        BiasedWordTask.Accuracy lex = BiasedWordTask.evaluate("lexicon", test, BiasedWordTask.lexiconRanker(learned));
        assertThat(lex.sentences()).isEqualTo(2);
        // sentence 1: slam ranked first; sentence 2: every word tied (4 words, 1 gold) -> 1/4 at top-1, 3/4 at top-3
        assertThat(lex.top1()).isCloseTo((1 + 0.25) / 2, within(1e-12));
        assertThat(lex.top3()).isCloseTo((1 + 0.75) / 2, within(1e-12));
        BiasedWordTask.Accuracy random = BiasedWordTask.evaluate("random", test, BiasedWordTask.randomRanker());
        assertThat(random.top1()).isCloseTo(0.25, within(1e-12));
    }

    @Test
    void logisticRegressionSeparatesAndIsDeterministic() {
        double[][] x = new double[200][];
        boolean[] y = new boolean[200];
        for (int i = 0; i < 200; i++) {
            x[i] = new double[]{i % 10, (i * 7) % 3};
            y[i] = i % 10 >= 6 ^ (i % 17 == 0);
        }
        WordLogistic a = WordLogistic.fit(x, y, 1.0), b = WordLogistic.fit(x, y, 1.0);
        assertThat(a.weights()).containsExactly(b.weights());
        assertThat(a.weights()[0]).isPositive();
        assertThat(a.probability(new double[]{9, 0})).isGreaterThan(0.8);
        assertThat(a.probability(new double[]{0, 0})).isLessThan(0.2);
    }

    @Test
    void builtInLexiconFeatures() {
        BiasedWordTask.Sentence s = sentence("Critics slammed the outrageous plan", "slammed");
        LexiconLearner.Learned none = LexiconLearner.learn(LexiconLearner.count(List.of(), false), LexiconLearner.Options.defaults());
        double[][] f = BiasedWordTask.features(s, none, new BiasedWordTask.BuiltInLexicons());
        int subjective = BiasedWordTask.FEATURES.indexOf("subjective");
        assertThat(f[1][subjective]).isEqualTo(1.0);            // slammed
        assertThat(f[3][subjective]).isEqualTo(1.0);            // outrageous
        assertThat(f[4][subjective]).isEqualTo(0.0);            // plan
        assertThat(f[2][BiasedWordTask.FEATURES.indexOf("function word")]).isEqualTo(1.0); // the
    }
}
