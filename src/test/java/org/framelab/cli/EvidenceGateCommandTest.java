package org.framelab.cli;

import org.framelab.SharedData;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/**
 * The two-stage evidence of docs/lexicon-learning.md on BABE's split A (Alternet, Fox News and USA
 * Today held out), through the documented commands: the gate trained on the training outlets only,
 * the lexicon learned and its thresholds (and the gate's) tuned on the training outlets, then
 * validated on the held-out outlets with the gate. The goal (span recall 0.5 at 8x) is not
 * reached; the assertions guard the numbers the docs report (2026-12-05).
 */
class EvidenceGateCommandTest {
    static final String HELD = "Alternet,Fox News,USA Today";

    @TempDir
    Path dir;

    @Test
    @Tag("slow")
    void babeSplitAGatedEvidence() throws Exception {
        Path babe = SharedData.require("datasets/babe/final_labels_SG2.csv");
        Path model = dir.resolve("bias.model");
        Run t = new Run("train", babe.toString(), "--label", "label_bias", "--exclude-label", "No agreement", "--exclude-outlets", HELD,
                "--group-by", "outlet", "--cv", "3", "--bootstrap", "0", "--importance", "0", "-o", model.toString());
        assertThat(t.code).as(t.err()).isZero();
        assertThat(t.out()).contains("left out: Alternet, Fox News, USA Today (1,217 articles left out, 2,457 kept)");

        // tuning over lexicon thresholds x gate thresholds (cross-fitted gates): no gate wins on the training outlets
        Path lex = dir.resolve("learned.csv");
        Run l = new Run("lexicon", "learn", babe.toString(), "--holdout-outlets", HELD, "--tune", "--gate-model", model.toString(),
                "--gate-label", "Biased", "--bootstrap", "0", "-o", lex.toString());
        assertThat(l.code).as(l.err()).isZero();
        assertThat(l.out()).containsPattern("1\\s+1\\.0\\s+none\\s+\\d+\\s+[\\d.]+x\\s+[\\d.]+\\s+8\\.0x\\s+0\\.439  <- chosen");
        assertThat(l.out()).contains("not applied (the tuning chose no gate)");
        double[] evidence = LexiconCommandTest.row(l.out(), "loaded-language evidence (learned + built-in");
        assertThat(evidence[0]).isCloseTo(6.7, within(0.05));
        assertThat(evidence[1]).isCloseTo(0.444, within(0.002));

        // the best gated point of the tuning grid (log-odds >= 1.0, gate 0.3) measured on the held-out outlets
        Path lex1 = dir.resolve("learned-1.0.csv");
        Run g = new Run("lexicon", "learn", babe.toString(), "--holdout-outlets", HELD, "--min-log-odds", "1.0", "--gate-model", model.toString(),
                "--gate-label", "Biased", "--gate-threshold", "0.3", "--bootstrap", "0", "-o", lex1.toString());
        assertThat(g.code).as(g.err()).isZero();
        assertThat(g.out()).containsPattern("P\\(Biased\\) >= 0\\.30: 1,[01]\\d\\d of 1,217 texts").contains("macro-F1 0.7");
        double[] gated = LexiconCommandTest.row(g.out(), "loaded-language evidence (learned + built-in");
        // the gate is a classifier over every feature, so any change of a feature or of the classifier moves these a little
        // (7.1 / 0.433 when written; 7.0 / 0.443 since the blocks are fused, session 8)
        assertThat(gated[0]).isCloseTo(7.0, within(0.2));
        assertThat(gated[1]).isCloseTo(0.443, within(0.01));

        // validate gives the same gated numbers; the goal (recall >= 0.5 at >= 8x) is not reached
        Run v = new Run("validate", babe.toString(), "--families", "subjective", "--lexicon", "learned=" + lex1, "--outlets", HELD,
                "--gate-model", model.toString(), "--gate-label", "Biased", "--gate-threshold", "0.3", "--bootstrap", "0");
        assertThat(v.code).as(v.err()).isZero();
        double[] family = LexiconCommandTest.row(v.out(), "subjective");
        assertThat(family[0]).isCloseTo(7.3, within(0.2));
        assertThat(family[1]).isCloseTo(0.447, within(0.01));
        assertThat(family[1] >= 0.5 && family[0] >= 8).as("the issue's goal").isFalse();
        assertThat(Files.exists(lex1)).isTrue();
    }
}
