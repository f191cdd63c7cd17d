package org.framelab.lexicon;

import org.framelab.text.TokenizedText;
import org.framelab.text.Tokenizer;
import org.framelab.util.OptionException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

/** The learning of a loaded-words lexicon on a corpus small enough to count by hand. */
class LexiconLearnerTest {
    @TempDir
    Path dir;

    /** A text and its annotated words (every whole-word occurrence is a span, as for BABE's biased_words). */
    static LexiconLearner.Example example(String text, String... words) {
        TokenizedText t = Tokenizer.DEFAULT.tokenize(text);
        List<int[]> spans = new ArrayList<>();
        for (String w : words) {
            for (int i = 0; i < t.size(); i++) if (t.norm(i).equals(w)) spans.add(new int[]{t.begin(i), t.end(i)});
        }
        return new LexiconLearner.Example(t, LexiconLearner.mask(t, spans));
    }

    /**
     * Word tokens: 5 + 4 + 6 = 15, of which 2 annotated (slammed, slam). Function words (the, about)
     * count in the totals but never as terms.
     */
    static List<LexiconLearner.Example> corpus() {
        return List.of(
                example("The senator slammed the bill.", "slammed"),
                example("Critics slam the senator.", "slam"),
                example("The senator spoke about the bill."));
    }

    static LexiconLearner.Options options(int minAnnotated, double minLogOdds) {
        return new LexiconLearner.Options(minAnnotated, minLogOdds, Double.NEGATIVE_INFINITY, 1.0, false, "loaded", false);
    }

    @Test
    void countsInsideAndOutsideSpans() {
        LexiconLearner.Counts c = LexiconLearner.count(corpus(), false);
        assertThat(c.annotatedTokens()).isEqualTo(2);
        assertThat(c.unannotatedTokens()).isEqualTo(13);
        assertThat(c.annotated("slammed")).isEqualTo(1);
        assertThat(c.annotated("slam")).isEqualTo(1);
        assertThat(c.unannotated("senator")).isEqualTo(3);
        assertThat(c.unannotated("bill")).isEqualTo(2);
        assertThat(c.forms()).doesNotContainKeys("the", "about");
    }

    @Test
    void logOddsWithInformativePriorByHand() {
        // slam + slammed merged: a = 2, u = 0; A = 2, U = 13, alpha0 = 1, alpha_w = 1 * 2 / 15
        // delta = ln((2 + 2/15) / (2 + 1 - 2 - 2/15)) - ln((0 + 2/15) / (13 + 1 - 0 - 2/15)) = 5.545177...
        // sigma^2 = 1 / (2 + 2/15) + 1 / (2/15) = 7.96875, z = delta / sqrt(sigma^2) = 1.964357...
        LexiconLearner.Learned l = LexiconLearner.learn(LexiconLearner.count(corpus(), false), options(1, 0));
        assertThat(l.terms()).extracting(LexiconLearner.Term::lemma).containsExactly("slam");
        LexiconLearner.Term slam = l.terms().get(0);
        assertThat(slam.annotated()).isEqualTo(2);
        assertThat(slam.unannotated()).isZero();
        assertThat(slam.logOdds()).isCloseTo(5.545177444479562, within(1e-12));
        assertThat(slam.z()).isCloseTo(1.9643566751169144, within(1e-12));
        // senator: a = 0, u = 3, alpha_w = 3/15: ln((0.2) / (2.8)) - ln((3.2) / (13.8)) = -1.42266...
        assertThat(l.scored().get("senator").logOdds()).isCloseTo(-1.4226620052907653, within(1e-12));
    }

    @Test
    void inflectionsAreMergedAndWritten() {
        LexiconLearner.Learned l = LexiconLearner.learn(LexiconLearner.count(corpus(), false), options(1, 0));
        assertThat(l.forms()).contains("slam", "slams", "slammed", "slamming");
        Lexicon lex = l.lexicon("learned");
        assertThat(lex.matches(Tokenizer.DEFAULT.tokenize("She slams them, slamming doors."))).hasSize(2);
    }

    @Test
    void onlySeenFormStillBringsItsBase() {
        LexiconLearner.Learned l = LexiconLearner.learn(LexiconLearner.count(List.of(example("They slammed it.", "slammed")), false),
                options(1, 0));
        assertThat(l.terms().get(0).lemma()).isEqualTo("slammed");
        assertThat(l.forms()).contains("slam", "slams", "slamming");
    }

    @Test
    void lyPartnersWhenAsked() {
        LexiconLearner.Options o = new LexiconLearner.Options(1, 0, Double.NEGATIVE_INFINITY, 1.0, false, "loaded", true);
        LexiconLearner.Learned l = LexiconLearner.learn(LexiconLearner.count(List.of(
                example("A bizarre claim, dramatically told.", "bizarre", "dramatically")), false), o);
        assertThat(l.forms()).contains("bizarre", "bizarrely", "dramatically", "dramatic");
    }

    @Test
    void thresholdsKeepOnlyStrongWords() {
        List<LexiconLearner.Example> ex = new ArrayList<>(corpus());
        ex.add(example("The bill is radical.", "radical"));
        ex.add(example("A radical idea, a radical plan and radical people.", "radical"));
        LexiconLearner.Learned two = LexiconLearner.learn(LexiconLearner.count(ex, false), options(2, 0));
        assertThat(two.terms()).extracting(LexiconLearner.Term::lemma).containsExactly("radical", "slam");
        LexiconLearner.Learned three = LexiconLearner.learn(LexiconLearner.count(ex, false), options(3, 0));
        assertThat(three.terms()).extracting(LexiconLearner.Term::lemma).containsExactly("radical");
        LexiconLearner.Learned strict = LexiconLearner.learn(LexiconLearner.count(ex, false), options(1, 100));
        assertThat(strict.terms()).isEmpty();
    }

    @Test
    void stopwordsNeverEnter() {
        LexiconLearner.Learned l = LexiconLearner.learn(LexiconLearner.count(List.of(example("It is the very thing.", "the", "very")), false),
                options(1, -100));
        assertThat(l.terms()).extracting(LexiconLearner.Term::lemma).doesNotContain("the", "very");
    }

    @Test
    void wildcardCharactersNeverEnter() {
        LexiconLearner.Counts c = LexiconLearner.count(List.of(example("What the f*ck is this.", "f*ck")), false);
        assertThat(c.forms().keySet()).noneMatch(w -> w.contains("*"));
    }

    @Test
    void bigramsWhenBothWordsAreInside() {
        LexiconLearner.Counts c = LexiconLearner.count(List.of(example("The radical left won.", "radical", "left")), true);
        assertThat(c.annotated("radical left")).isEqualTo(1);
        assertThat(c.unannotated("left won")).isEqualTo(1);
    }

    @Test
    void lemmaCandidates() {
        assertThat(Inflector.lemmaCandidates("slammed")).contains("slam");
        assertThat(Inflector.lemmaCandidates("bullies")).contains("bully");
        assertThat(Inflector.lemmaCandidates("said")).contains("say");
        assertThat(Inflector.lemmaCandidates("smearing")).contains("smear");
        assertThat(Inflector.lemmaCandidates("king")).containsExactly("king");
        assertThat(Inflector.lyPartners("angrily")).contains("angry");
        assertThat(Inflector.lyPartners("terrible")).containsExactly("terribly");
    }

    @Test
    void badOptions() {
        assertThatThrownBy(() -> options(0, 1)).isInstanceOf(OptionException.class).hasMessageContaining("min_annotated");
        assertThatThrownBy(() -> new LexiconLearner.Options(1, 1, 0, 0, false, "loaded", true)).isInstanceOf(OptionException.class)
                .hasMessageContaining("prior");
    }

    static LearnedLexiconFile.Provenance provenance() {
        return new LearnedLexiconFile.Provenance("tiny.csv", "ab12", "word lists in field 'biased_words'", "by outlets; held out: C",
                List.of("A", "B"), 3, "1.2.3", LocalDate.of(2026, 1, 2));
    }

    @Test
    void fileHasProvenanceAndLoadsAsLexicon() throws Exception {
        LexiconLearner.Learned l = LexiconLearner.learn(LexiconLearner.count(corpus(), false), options(1, 0));
        String text = LearnedLexiconFile.text(l, provenance());
        assertThat(text.lines().toList()).contains(
                "# source: tiny.csv", "# source sha256: ab12", "# spans: word lists in field 'biased_words'",
                "# split: by outlets; held out: C", "# training outlets: A, B",
                "# training: 3 annotated articles; 2 word tokens inside spans, 13 outside",
                "# thresholds: annotated occurrences >= 1, log-odds >= 0", "# framelab version: 1.2.3", "# date: 2026-01-02",
                "term,category", "slam,loaded", "slammed,loaded", "slams,loaded");
        assertThat(text).contains("Monroe, Colaresi & Quinn 2008").contains("# slam: annotated 2, unannotated 0, log-odds 5.545, z 1.964");
        Path f = dir.resolve("learned.csv");
        Files.writeString(f, text, StandardCharsets.UTF_8);
        Lexicon lex = Lexicons.load("learned", f);
        assertThat(lex.categories()).containsExactly("loaded");
        assertThat(lex.matches(Tokenizer.DEFAULT.tokenize("He was slamming it."))).hasSize(1);
    }

    @Test
    void sameInputSameBytes() {
        LexiconLearner.Learned a = LexiconLearner.learn(LexiconLearner.count(corpus(), false), options(1, 0));
        List<LexiconLearner.Example> reversed = new ArrayList<>(corpus());
        java.util.Collections.reverse(reversed);
        LexiconLearner.Learned b = LexiconLearner.learn(LexiconLearner.count(reversed, false), options(1, 0));
        assertThat(LearnedLexiconFile.text(b, provenance())).isEqualTo(LearnedLexiconFile.text(a, provenance()));
    }
}
