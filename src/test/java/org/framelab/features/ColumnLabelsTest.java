package org.framelab.features;

import org.framelab.app.FeatureStep;
import org.framelab.util.Progress;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/** Every column a user sees has a readable label; ids stay the column names. */
class ColumnLabelsTest {
    static Stream<Arguments> builtInColumnsHaveHandWrittenLabelsWithTheirUnit() {
        return Stream.of(
                Arguments.of("attribution.evaluative.rate", "Evaluative reporting verbs per 1,000 tokens"),
                Arguments.of("attribution.evaluative.count", "Evaluative reporting verbs"),
                Arguments.of("attribution.said_ratio", "Share of reporting verbs that are 'say'"),
                Arguments.of("quotation.quoted_words.share", "Share of words inside direct quotes"),
                Arguments.of("subjective.subjective.count", "Subjective words"),
                Arguments.of("stance.booster.rate", "Boosters per 1,000 tokens"),
                Arguments.of("attribution.said_ratio.missing", "Share of reporting verbs that are 'say' (undefined)"),
                Arguments.of("ngram:\"so-called\"", "N-gram \u201cso-called\u201d"),
                Arguments.of("ngram:TERM", "N-grams (one column each)"),
                Arguments.of("something.else", "something.else"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource
    void builtInColumnsHaveHandWrittenLabelsWithTheirUnit(String id, String label) {
        assertThat(ColumnLabels.label(id)).as(id).isEqualTo(label);
    }

    @Test
    void everyColumnOfEveryFamilyLexiconAndActorGetsALabelThatIsNotItsId(@org.junit.jupiter.api.io.TempDir Path dir) throws Exception {
        Path lex = dir.resolve("lex.csv");
        Files.writeString(lex, "term,category\nslam,attack words\nsmear,attack words\n");
        FeatureOptions o = FeatureOptions.defaults().withFamilies(List.of("framing"))
                .withLexicons(Map.of("my_attacks", lex)).withActors(List.of(Actor.parse("United States=US|America")));
        List<FeatureColumn> cols = FeatureStep.fit(List.of(), o, Progress.NONE).features().columns();
        Set<String> seen = new HashSet<>();
        for (FeatureColumn c : cols) {
            String l = ColumnLabels.label(c);
            assertThat(l).as(c.name()).isNotEqualTo(c.name()).doesNotContain(".count").doesNotContain(".rate");
            assertThat(seen.add(l)).as("label of " + c.name() + " is unique: " + l).isTrue();
            if (c.name().endsWith(".rate")) assertThat(l).endsWith("per 1,000 tokens");
        }
        assertThat(ColumnLabels.label(col(cols, "lexicon.my_attacks.attack_words.count"))).isEqualTo("Lexicon my_attacks: attack words");
        assertThat(ColumnLabels.label(col(cols, "actor.united_states.evaluative.count"))).isEqualTo("United States: evaluative reporting verbs as speaker");
        assertThat(ColumnLabels.label(col(cols, "actor.united_states.mentions.rate"))).isEqualTo("United States: mentions per 1,000 tokens");
        Files.delete(lex);
    }

    @Test
    void unknownColumnsAreLabelledFromTheirDefinition() {
        assertThat(ColumnLabels.fromDefinition("Number of mentions of a word as a word (the term \"X\").")).isEqualTo("Mentions of a word as a word");
        assertThat(ColumnLabels.label("quotation.gloss.rate", "Number of quoted words mentioned as words per 1,000 word tokens"))
                .isEqualTo("Quoted words mentioned as words per 1,000 tokens");
    }

    private static FeatureColumn col(List<FeatureColumn> cols, String name) {
        return cols.stream().filter(c -> c.name().equals(name)).findFirst().orElseThrow(() -> new AssertionError(name + " in " + cols));
    }
}
