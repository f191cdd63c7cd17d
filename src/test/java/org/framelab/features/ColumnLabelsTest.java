package org.framelab.features;

import org.framelab.app.FeatureStep;
import org.framelab.util.Progress;
import org.junit.jupiter.api.Test;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/** Every column a user sees has a readable label; ids stay the column names. */
class ColumnLabelsTest {
    @Test
    void builtInColumnsHaveHandWrittenLabelsWithTheirUnit() {
        assertThat(ColumnLabels.label("attribution.evaluative.rate")).isEqualTo("Evaluative reporting verbs per 1,000 tokens");
        assertThat(ColumnLabels.label("attribution.evaluative.count")).isEqualTo("Evaluative reporting verbs");
        assertThat(ColumnLabels.label("attribution.said_ratio")).isEqualTo("Share of reporting verbs that are 'say'");
        assertThat(ColumnLabels.label("quotation.quoted_words.share")).isEqualTo("Share of words inside direct quotes");
        assertThat(ColumnLabels.label("subjective.subjective.count")).isEqualTo("Subjective words");
        assertThat(ColumnLabels.label("stance.booster.rate")).isEqualTo("Boosters per 1,000 tokens");
        assertThat(ColumnLabels.label("attribution.said_ratio.missing")).isEqualTo("Share of reporting verbs that are 'say' (undefined)");
        assertThat(ColumnLabels.label("ngram:\"so-called\"")).isEqualTo("N-gram \u201cso-called\u201d");
        assertThat(ColumnLabels.label("ngram:TERM")).isEqualTo("N-grams (one column each)");
        assertThat(ColumnLabels.label("something.else")).isEqualTo("something.else");
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
