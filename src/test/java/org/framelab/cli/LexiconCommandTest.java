package org.framelab.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.framelab.SharedData;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/** {@code framelab lexicon learn} and {@code validate --outlets}: end to end. */
class LexiconCommandTest {
    @TempDir
    Path dir;

    /** Three outlets; A and B mark slam/slammed/absurd, C (held out) uses slams and absurd. */
    Path tiny() throws Exception {
        String csv = """
                id,text,outlet,label_bias,biased_words
                1,The senator slammed the bill.,A,Biased,['slammed']
                2,Critics slam the senator.,A,Biased,['slam']
                3,The senator spoke about the bill.,A,Non-biased,[]
                4,An absurd plan from the senator.,B,Biased,['absurd']
                5,The committee met on Tuesday.,B,Non-biased,[]
                6,The governor slams an absurd rule.,C,Biased,"['slams', 'absurd']"
                7,The governor spoke on Monday.,C,Non-biased,[]
                """;
        Path p = dir.resolve("tiny.csv");
        Files.writeString(p, csv, StandardCharsets.UTF_8);
        return p;
    }

    @Test
    void learnsWritesAndMeasuresOnHeldOutOutlets() throws Exception {
        Path out = dir.resolve("learned.csv");
        Run r = new Run("lexicon", "learn", tiny().toString(), "--holdout-outlets", "c", "--min-log-odds", "0", "--prior", "1",
                "--bootstrap", "0", "-o", out.toString(), "--json", dir.resolve("learned.json").toString());
        assertThat(r.code).as(r.err()).isZero();
        String file = Files.readString(out);
        assertThat(file).contains("# source: tiny.csv", "# source sha256: ", "# training outlets: A, B", "# split: by outlets; held out: C",
                "slam,loaded", "slams,loaded", "absurd,loaded");
        assertThat(r.out()).contains("Held out: C", "lexicon.learned.loaded", "Which word is biased", "34.35%");
        // the held-out sentence's two spans are both found by the learned lexicon
        JsonNode j = new ObjectMapper().readTree(dir.resolve("learned.json").toFile());
        JsonNode row = null;
        for (JsonNode n : j.get("heldout_validation")) if (n.get("unit").asText().equals("lexicon.learned.loaded")) row = n;
        assertThat(row).isNotNull();
        assertThat(row.get("span_recall").get("value").asDouble()).isEqualTo(1.0);
        assertThat(j.get("heldout_validation").toString()).contains("loaded-language evidence");
        // the file loads with --lexicon and validate --outlets gives the same row
        Run v = new Run("validate", tiny().toString(), "--families", "subjective", "--lexicon", "learned=" + out, "--outlets", "C",
                "--bootstrap", "0", "--all-features");
        assertThat(v.code).as(v.err()).isZero();
        assertThat(v.out()).contains("Outlets: only C", "2 annotated articles of 2")
                .containsPattern("lexicon.learned.loaded\\s+2\\s+100.0%");
    }

    @Test
    void validateLeavesOutOutlets() throws Exception {
        Run v = new Run("validate", tiny().toString(), "--exclude-outlets", "a, B", "--bootstrap", "0");
        assertThat(v.code).as(v.err()).isZero();
        assertThat(v.out()).contains("left out: a, B", "2 annotated articles of 2");
    }

    @Test
    void sameInputSameBytesButTheDate() throws Exception {
        Path a = dir.resolve("a.csv"), b = dir.resolve("b.csv");
        for (Path o : new Path[]{a, b}) {
            Run r = new Run("lexicon", "learn", tiny().toString(), "--holdout-outlets", "C", "--bootstrap", "0", "--min-log-odds", "0", "-o", o.toString());
            assertThat(r.code).as(r.err()).isZero();
        }
        String x = Files.readString(a).replaceAll("(?m)^# date: .*$", ""), y = Files.readString(b).replaceAll("(?m)^# date: .*$", "");
        assertThat(x).isEqualTo(y);
        assertThat(Files.readString(a).lines().filter(l -> l.startsWith("# date: "))).hasSize(1);
    }

    @Test
    void unknownOutletNamesTheOutletsFound() throws Exception {
        Run r = new Run("lexicon", "learn", tiny().toString(), "--holdout-outlets", "Fox News", "-o", dir.resolve("x.csv").toString());
        assertThat(r.code).isEqualTo(ExitCodes.BAD_USAGE);
        assertThat(r.err()).contains("--holdout-outlets", "Fox News", "A (3)", "B (2)", "C (2)").doesNotContain("Exception");
        Run v = new Run("validate", tiny().toString(), "--outlets", "Nowhere");
        assertThat(v.code).isEqualTo(ExitCodes.BAD_USAGE);
        assertThat(v.err()).contains("--outlets", "Nowhere", "A (3)");
    }

    @Test
    void noAnnotationsIsBadInput() throws Exception {
        Path p = dir.resolve("plain.csv");
        Files.writeString(p, "id,text,outlet,biased_words\n1,Nothing marked here.,A,[]\n2,Nor here.,B,[]\n", StandardCharsets.UTF_8);
        Run r = new Run("lexicon", "learn", p.toString(), "-o", dir.resolve("x.csv").toString());
        assertThat(r.code).isEqualTo(ExitCodes.BAD_INPUT);
        assertThat(r.err()).contains("no annotated word").doesNotContain("Exception");
        Path none = dir.resolve("none.csv");
        Files.writeString(none, "id,text,outlet\n1,Nothing marked here.,A\n", StandardCharsets.UTF_8);
        Run n = new Run("lexicon", "learn", none.toString(), "-o", dir.resolve("y.csv").toString());
        assertThat(n.code).isEqualTo(ExitCodes.BAD_INPUT);
        assertThat(n.err()).contains("--span-words");
    }

    @Test
    void trainAndHoldoutTogetherIsBadUsage() throws Exception {
        Run r = new Run("lexicon", "learn", tiny().toString(), "--holdout-outlets", "C", "--train-outlets", "A", "-o", dir.resolve("x.csv").toString());
        assertThat(r.code).isEqualTo(ExitCodes.BAD_USAGE);
        assertThat(r.err()).contains("--train-outlets or --holdout-outlets");
    }

    /**
     * BABE with Alternet, Fox News and USA Today held out (left, right and center; 1,217 of 3,674
     * sentences): learned on the other eight outlets, the learned file loaded with --lexicon on the
     * held-out outlets. Measured (docs/lexicon-learning.md): learned lexicon span recall 0.361 at 7.5x,
     * the loaded-language evidence 0.433 at 7.7x, the built-in family alone 0.285 (before: 0.180).
     * The goal (recall 0.5 at 8x) is not reached; these bounds guard what is.
     */
    @Test
    @Tag("slow")
    void babeHeldOutOutlets() throws Exception {
        Path babe = SharedData.require("datasets/babe/final_labels_SG2.csv");
        Path out = dir.resolve("babe-learned.csv");
        String held = "Alternet,Fox News,USA Today";
        Run r = new Run("lexicon", "learn", babe.toString(), "--holdout-outlets", held, "--bootstrap", "0", "-o", out.toString());
        assertThat(r.code).as(r.err()).isZero();
        assertThat(Files.readString(out)).contains("# training outlets: Breitbart, Daily Beast, Daily Stormer, Federalist, HuffPost, MSNBC, New York Times, Reuters");
        Run v = new Run("validate", babe.toString(), "--families", "subjective", "--lexicon", "learned=" + out, "--outlets", held, "--bootstrap", "0");
        assertThat(v.code).as(v.err()).isZero();
        assertThat(v.out()).contains("1,217 annotated articles of 1,217");
        double[] learned = row(v.out(), "lexicon.learned.loaded");
        assertThat(learned[0]).as("enrichment").isGreaterThan(6.5);
        assertThat(learned[1]).as("span recall").isGreaterThan(0.33);
        double[] family = row(v.out(), "subjective");
        assertThat(family[1]).as("family span recall").isGreaterThan(0.42);
        // the same numbers as lexicon learn reports
        assertThat(r.out()).contains(String.format(java.util.Locale.ROOT, "%.3f", learned[1]));
        double[] evidence = row(r.out(), "loaded-language evidence (learned + built-in");
        assertThat(evidence[1]).isGreaterThan(0.41);
        assertThat(r.out()).containsPattern("word-level logistic regression\\s+\\d+\\s+[5-9]\\d\\.\\d%");
    }

    /** Enrichment and span recall of a row of validate's table. */
    static double[] row(String out, String unit) {
        Matcher m = Pattern.compile("(?m)^\\s+" + Pattern.quote(unit) + "\\s+\\d+\\s+[\\d.]+%\\s+([\\d.]+)x\\s+([\\d.]+)").matcher(out);
        assertThat(m.find()).as(unit + " in\n" + out).isTrue();
        return new double[]{Double.parseDouble(m.group(1)), Double.parseDouble(m.group(2))};
    }
}
