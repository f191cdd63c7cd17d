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

    /** -o learned.txt wrote term,category rows that --lexicon my=learned.txt then read as a plain list of terms "slam,loaded". */
    @Test
    void learnRefusesAFileNameTheLoadersWouldNotReadBack() throws Exception {
        Path txt = dir.resolve("learned.txt");
        Run r = new Run("lexicon", "learn", tiny().toString(), "--holdout-outlets", "C", "--bootstrap", "0", "-o", txt.toString());
        assertThat(r.code).as(r.err()).isEqualTo(ExitCodes.BAD_USAGE);
        assertThat(r.err()).contains("Invalid --output: 'learned.txt'", "reads from a .csv file only: write it to learned.csv")
                .doesNotContain("Exception");
        assertThat(txt).doesNotExist();
        // a term,category file saved under .txt is refused where it is loaded, naming the line and the extension
        Files.writeString(txt, "# FrameLab learned lexicon\nterm,category\nslam,loaded\n");
        Run f = new Run("features", tiny().toString(), "--lexicon", "my=" + txt, "-o", dir.resolve("f.csv").toString(), "--no-terms");
        assertThat(f.code).as(f.err()).isEqualTo(ExitCodes.BAD_INPUT);
        assertThat(f.err()).contains(txt + ", line 2: 'term,category' looks like a term,category row", "rename the file to learned.csv");
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
        // an outlet the data does not have is known only after reading: bad input (exit 3), as for a field the data lacks
        Run r = new Run("lexicon", "learn", tiny().toString(), "--holdout-outlets", "Fox News", "-o", dir.resolve("x.csv").toString());
        assertThat(r.code).isEqualTo(ExitCodes.BAD_INPUT);
        assertThat(r.err()).contains("--holdout-outlets", "Fox News", "A (3)", "B (2)", "C (2)", "What to do: give outlets as the corpus names them")
                .doesNotContain("Exception");
        assertThat(dir.resolve("x.csv")).doesNotExist();
        Run v = new Run("validate", tiny().toString(), "--outlets", "Nowhere");
        assertThat(v.code).isEqualTo(ExitCodes.BAD_INPUT);
        assertThat(v.err()).contains("--outlets", "Nowhere", "A (3)", "What to do:");
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

    /** A small unlabelled corpus: loaded verbs and neutral verbs in their own frames. */
    Path unlabelled() throws Exception {
        StringBuilder sb = new StringBuilder("id,text\n");
        String[] loaded = {"slams", "blasts", "smears", "trashes", "bashes"}, neutral = {"says", "notes", "states", "adds", "reports"};
        String[] who = {"senator", "governor", "mayor", "critic", "official", "candidate", "judge", "writer"};
        int id = 0;
        for (String w : who) {
            for (String v : loaded) sb.append(++id).append(",The angry ").append(w).append(' ').append(v).append(" the outrageous plan and its disgraceful backers.\n");
            for (String v : neutral) sb.append(++id).append(",The ").append(w).append(' ').append(v).append(" that the meeting is on Tuesday afternoon.\n");
        }
        Path p = dir.resolve("unlabelled.csv");
        Files.writeString(p, sb.toString(), StandardCharsets.UTF_8);
        return p;
    }

    @Test
    void vectorsThenExpansion() throws Exception {
        Path vec = dir.resolve("v.vec.gz"), vec2 = dir.resolve("w.vec.gz");
        for (Path o : new Path[]{vec, vec2}) {
            Run r = new Run("lexicon", "vectors", unlabelled().toString(), "--dimensions", "4", "--window", "2", "-o", o.toString());
            assertThat(r.code).as(r.err()).isZero();
            assertThat(r.out()).contains("Read 80 texts", "4 dimensions");
        }
        assertThat(Files.readAllBytes(vec)).isEqualTo(Files.readAllBytes(vec2));
        // slams, trashes, smears, bashes are annotated in training, blasts never seen there: its neighbours carry it into the lexicon
        String csv = """
                id,text,outlet,label_bias,biased_words
                1,The senator slams and trashes the plan.,A,Biased,"['slams', 'trashes']"
                2,The senator says the meeting is on Tuesday.,A,Non-biased,[]
                3,The mayor smears and bashes the plan.,B,Biased,"['smears', 'bashes']"
                4,The mayor notes the meeting is on Tuesday.,B,Non-biased,[]
                5,The judge blasts the plan.,C,Biased,['blasts']
                6,The judge reports the meeting.,C,Non-biased,[]
                """;
        Path babe = dir.resolve("small.csv");
        Files.writeString(babe, csv, StandardCharsets.UTF_8);
        Path out = dir.resolve("learned.csv");
        Run r = new Run("lexicon", "learn", babe.toString(), "--holdout-outlets", "C", "--min-log-odds", "0", "--prior", "1", "--bootstrap", "0",
                "--expand-vectors", vec.toString(), "--expand-neighbours", "4", "--expand-min-score", "4", "--expand-max-seen", "0", "-o", out.toString(),
                "--json", dir.resolve("x.json").toString());
        assertThat(r.code).as(r.err()).isZero();
        String file = Files.readString(out);
        assertThat(file).contains("# expansion by word vectors", "v.vec.gz", "blasts,loaded", "# blasts: expanded by vectors")
                .doesNotContain("reports,loaded").doesNotContain("says,loaded").doesNotContain(dir.toString());
        assertThat(r.out()).contains("expansion by word vectors:");
        JsonNode x = new ObjectMapper().readTree(dir.resolve("x.json").toFile()).get("vector_expansion");
        assertThat(x.get("min_score").asDouble()).isEqualTo(4.0);
        assertThat(x.get("words_added").asInt()).isPositive();
        // the regression on the vectors (predicted enrichment) adds the unseen loaded verb too, and says so in the file and the JSON
        Path outR = dir.resolve("learned-r.csv");
        Run rr = new Run("lexicon", "learn", babe.toString(), "--holdout-outlets", "C", "--min-log-odds", "0", "--prior", "1", "--bootstrap", "0",
                "--expand-vectors", vec.toString(), "--expand-method", "regression", "--expand-min-score", "1.5", "--expand-max-seen", "0",
                "-o", outR.toString(), "--json", dir.resolve("r.json").toString());
        assertThat(rr.code).as(rr.err()).isZero();
        assertThat(Files.readString(outR)).contains("logistic regression on the vectors", "# blasts: expanded by vectors, predicted enrichment")
                .doesNotContain("neighbour score");
        assertThat(rr.out()).contains("with a predicted enrichment (regression) >= 1.50");
        JsonNode xr = new ObjectMapper().readTree(dir.resolve("r.json").toFile()).get("vector_expansion");
        assertThat(xr.get("method").asText()).isEqualTo("regression");
        assertThat(x.get("method").asText()).isEqualTo("neighbours");
        // tuned over both methods: the grid lists neighbour and regression points, and the file says which one was chosen
        Path outT = dir.resolve("learned-t.csv");
        Run rt = new Run("lexicon", "learn", babe.toString(), "--holdout-outlets", "C", "--prior", "1", "--bootstrap", "0", "--tune",
                "--expand-vectors", vec.toString(), "--expand-method", "both", "--expand-max-seen", "0", "-o", outT.toString(),
                "--json", dir.resolve("t.json").toString());
        assertThat(rt.code).as(rt.err()).isZero();
        assertThat(rt.out()).contains("   r 2.00 ", "   -1.00 ", "<- chosen");
        JsonNode xt = new ObjectMapper().readTree(dir.resolve("t.json").toFile()).get("vector_expansion");
        String chosenLine = rt.out().lines().filter(l -> l.endsWith("<- chosen")).findFirst().orElseThrow();
        // the nested check reports the jackknife standard error of each step; by default no margin is asked for
        JsonNode tt = new ObjectMapper().readTree(dir.resolve("t.json").toFile()).get("tuning");
        assertThat(tt.get("nested_check_margin_se").asDouble()).isZero();
        for (JsonNode step : tt.get("nested_check")) assertThat(step.has("enrichment_se")).isTrue();
        Run margin = new Run("lexicon", "learn", babe.toString(), "--holdout-outlets", "C", "--tune", "--goal-margin", "9",
                "-o", dir.resolve("bad.csv").toString());
        assertThat(margin.code).isEqualTo(ExitCodes.BAD_USAGE);
        assertThat(margin.err()).contains("0 to 5").doesNotContain("\tat ");
        if (chosenLine.contains(" r ")) assertThat(xt.get("method").asText()).isEqualTo("regression");
        else if (!chosenLine.contains(" none ")) assertThat(xt.get("method").asText()).isEqualTo("neighbours");
        assertThat(new Run("lexicon", "learn", babe.toString(), "--holdout-outlets", "C", "--expand-vectors", vec.toString(),
                "--expand-method", "kmeans", "-o", dir.resolve("bad.csv").toString()).code).isEqualTo(2);
        // an expansion setting without vectors is refused, not ignored
        Run noVectors = new Run("lexicon", "learn", babe.toString(), "--holdout-outlets", "C", "--expand-method", "regression",
                "-o", dir.resolve("bad.csv").toString());
        assertThat(noVectors.code).isEqualTo(2);
        assertThat(noVectors.err()).contains("--expand-vectors FILE").doesNotContain("\tat ");
        assertThat(dir.resolve("bad.csv")).doesNotExist();
        // bad input: a file that is not vectors is exit 3, a missing one too; a bad option is exit 2
        Path notVec = dir.resolve("not.vec");
        Files.writeString(notVec, "hello world\n", StandardCharsets.UTF_8);
        Run bad = new Run("lexicon", "learn", babe.toString(), "--holdout-outlets", "C", "--expand-vectors", notVec.toString(), "-o", out.toString());
        assertThat(bad.code).isEqualTo(ExitCodes.BAD_INPUT);
        assertThat(bad.err()).contains("not a vectors file", "lexicon vectors").doesNotContain("Exception");
        Run small = new Run("lexicon", "vectors", tiny().toString(), "-o", dir.resolve("x.vec").toString());
        assertThat(small.code).isEqualTo(ExitCodes.BAD_INPUT);
        assertThat(small.err()).contains("too little text");
        Run opt = new Run("lexicon", "vectors", unlabelled().toString(), "--window", "0", "-o", dir.resolve("x.vec").toString());
        assertThat(opt.code).isEqualTo(ExitCodes.BAD_USAGE);
        assertThat(opt.err()).contains("--window");
        Run dims = new Run("lexicon", "vectors", unlabelled().toString(), "--dimensions", "5000", "-o", dir.resolve("x.vec").toString());
        assertThat(dims.code).isEqualTo(ExitCodes.BAD_USAGE);
        assertThat(dims.err()).contains("--dimensions", "1000");
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

    /**
     * Split A with the expansion by word vectors learned from the AllSides articles' text (no labels), at the
     * thresholds the tuning chose on the training outlets (δ ≥ 1.5, neighbour score ≥ −1). Measured
     * (docs/lexicon-learning.md): the evidence 7.5x at a span recall of 0.543, before the expansion 6.7x at 0.444.
     */
    @Test
    @Tag("slow")
    void babeExpandedByAllSidesVectors() throws Exception {
        Path allsides = SharedData.require("datasets/allsides/articles.jsonl.gz");
        Path babe = SharedData.require("datasets/babe/final_labels_SG2.csv");
        Path vec = dir.resolve("allsides.vec.gz");
        Run v = new Run("lexicon", "vectors", allsides.toString(), "-o", vec.toString());
        assertThat(v.code).as(v.err()).isZero();
        assertThat(v.out()).contains("Read 36,254 texts", "vectors for 25,000 words");
        String head = new String(new java.util.zip.GZIPInputStream(Files.newInputStream(vec)).readNBytes(2000), StandardCharsets.UTF_8);
        assertThat(head).contains("# source: articles.jsonl.gz", "window 4", "dimensions 200").doesNotContain(dir.toString());
        Path out = dir.resolve("expanded.csv");
        String held = "Alternet,Fox News,USA Today";
        Run r = new Run("lexicon", "learn", babe.toString(), "--holdout-outlets", held, "--bootstrap", "0", "--min-log-odds", "1.5",
                "--expand-vectors", vec.toString(), "--expand-min-score=-1", "-o", out.toString());
        assertThat(r.code).as(r.err()).isZero();
        assertThat(Files.readString(out)).contains("# expansion by word vectors", "allsides.vec.gz (25000 words, 200 dimensions)",
                "expanded by vectors, neighbour score").doesNotContain(dir.toString());
        double[] evidence = row(r.out(), "loaded-language evidence (learned + built-in");
        assertThat(evidence[1]).as("evidence span recall").isGreaterThan(0.52);
        assertThat(evidence[0]).as("evidence enrichment").isGreaterThan(7.2);
        double[] learned = row(r.out(), "lexicon.learned.loaded");
        Run check = new Run("validate", babe.toString(), "--families", "subjective", "--lexicon", "learned=" + out, "--outlets", held, "--bootstrap", "0");
        assertThat(check.code).as(check.err()).isZero();
        assertThat(row(check.out(), "lexicon.learned.loaded")).containsExactly(learned);
        // the regression on the vectors at the point the tuning chose on split A's training outlets (docs/lexicon-learning.md):
        // evidence 7.7x at 0.576 held out; validate gives the lexicon's numbers again
        Path outR = dir.resolve("regression.csv");
        Run rr = new Run("lexicon", "learn", babe.toString(), "--holdout-outlets", held, "--bootstrap", "0", "--min-log-odds", "2",
                "--expand-vectors", vec.toString(), "--expand-method", "regression", "--expand-min-score", "3", "-o", outR.toString());
        assertThat(rr.code).as(rr.err()).isZero();
        double[] evidenceR = row(rr.out(), "loaded-language evidence (learned + built-in");
        assertThat(evidenceR[1]).as("evidence span recall, regression").isGreaterThan(0.56);
        assertThat(evidenceR[0]).as("evidence enrichment, regression").isGreaterThan(7.4);
        Run checkR = new Run("validate", babe.toString(), "--families", "subjective", "--lexicon", "learned=" + outR, "--outlets", held, "--bootstrap", "0");
        assertThat(checkR.code).as(checkR.err()).isZero();
        assertThat(row(checkR.out(), "lexicon.learned.loaded")).containsExactly(row(rr.out(), "lexicon.learned.loaded"));
    }

    /** Enrichment and span recall of a row of validate's table. */
    static double[] row(String out, String unit) {
        Matcher m = Pattern.compile("(?m)^\\s+" + Pattern.quote(unit) + "\\s+\\d+\\s+[\\d.]+%\\s+([\\d.]+)x\\s+([\\d.]+)").matcher(out);
        assertThat(m.find()).as(unit + " in\n" + out).isTrue();
        return new double[]{Double.parseDouble(m.group(1)), Double.parseDouble(m.group(2))};
    }
}
