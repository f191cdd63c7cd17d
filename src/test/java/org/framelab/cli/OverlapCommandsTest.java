package org.framelab.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import static org.assertj.core.api.Assertions.assertThat;

/** Train/test overlap through the commands: train --test --dedupe, evaluate --dedupe, report --dedupe, corpus info. */
class OverlapCommandsTest {
    private static final Path DEMO = Path.of("datasets/demo/articles.jsonl");
    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path dir;

    /**
     * The demo's articles 201..233 plus copies of its first five under new ids: three with one word of
     * the text replaced (near), two in upper case with other punctuation (exact).
     */
    private Path testCorpus(boolean withOthers) throws Exception {
        List<String> lines = Files.readAllLines(DEMO);
        List<String> out = new ArrayList<>();
        if (withOthers) out.addAll(lines.subList(200, lines.size()));
        for (int i = 0; i < 5; i++) {
            ObjectNode a = (ObjectNode) JSON.readTree(lines.get(i));
            String text = a.get("text").asText();
            if (i < 3) {
                String[] t = text.split(" ");
                int k = t.length / 2;
                while (!t[k].matches("[A-Za-z]+")) k++;
                t[k] = "zebra";
                a.put("id", "near-" + (i + 1)).put("text", String.join(" ", t));
            } else {
                a.put("id", "exact-" + (i + 1)).put("text", text.toUpperCase(Locale.ROOT).replace(". ", " !  "));
            }
            out.add(JSON.writeValueAsString(a));
        }
        return Files.write(dir.resolve(withOthers ? "test.jsonl" : "copies.jsonl"), out);
    }

    @Test
    void trainAndEvaluateReportTheOverlapAndDropItWithDedupe() throws Exception {
        Path test = testCorpus(true), metrics = dir.resolve("m.json"), model = dir.resolve("m.model");
        Path train = Files.write(dir.resolve("train.jsonl"), Files.readAllLines(DEMO).subList(0, 200));
        Run t = new Run("train", train.toString(), "--label", "leaning", "--test", test.toString(), "--features", "framing", "--importance", "0",
                "--bootstrap", "0", "--dedupe", "--metrics-json", metrics.toString(), "-o", model.toString());
        assertThat(t.code).as(t.err()).isZero();
        assertThat(t.out()).contains("Overlap with training: 5 test articles (2 exact, 3 near-duplicate, Jaccard >= 0.80); "
                + "5 dropped from the test side (--dedupe)").contains("e.g. near-1 ~ demo-001 (0.9").contains("exact-4 ~ demo-004 (exact)")
                .contains("; 5 test articles duplicating training dropped, 33 predictions");
        JsonNode m = JSON.readTree(metrics.toFile());
        assertThat(m.path("n").asInt()).isEqualTo(33);
        JsonNode o = m.path("overlap");
        assertThat(o.path("exact").asInt()).isEqualTo(2);
        assertThat(o.path("near").asInt()).isEqualTo(3);
        assertThat(o.path("dropped").asInt()).isEqualTo(5);
        assertThat(o.path("pairs")).hasSize(5);
        assertThat(o.path("pairs").get(0).path("testId").asText()).isEqualTo("near-1");
        assertThat(o.path("pairs").get(0).path("trainId").asText()).isEqualTo("demo-001");
        assertThat(o.path("pairs").get(0).path("kind").asText()).isEqualTo("near");
        assertThat(m.path("warnings").toString()).contains("5 were dropped from the test side (--dedupe)");

        Path em = dir.resolve("e.json");
        Run e = new Run("evaluate", model.toString(), test.toString(), "--label", "leaning", "--bootstrap", "0", "--metrics-json", em.toString());
        assertThat(e.code).as(e.err()).isZero();
        assertThat(e.out()).contains("Overlap with training: 5 test articles (2 exact, 3 near-duplicate").contains("Use --dedupe");
        assertThat(JSON.readTree(em.toFile()).path("overlap").path("pairs")).hasSize(5);
        Run d = new Run("evaluate", model.toString(), test.toString(), "--label", "leaning", "--bootstrap", "0", "--dedupe");
        assertThat(d.code).as(d.err()).isZero();
        assertThat(d.out()).contains("33 predictions").contains("5 dropped from the test side");

        Run all = new Run("evaluate", model.toString(), testCorpus(false).toString(), "--label", "leaning", "--dedupe");
        assertThat(all.code).isEqualTo(3);
        assertThat(all.err()).contains("Every article duplicates a training text of the model").contains("What to do").doesNotContain("at org.");
    }

    /** The demo corpus followed by the test corpus of copies, as one file. */
    private Path demoWithCopies() throws Exception {
        Path both = dir.resolve("both.jsonl");
        List<String> lines = new ArrayList<>(Files.readAllLines(DEMO));
        lines.addAll(Files.readAllLines(testCorpus(false)));
        Files.write(both, lines);
        return both;
    }

    @Test
    void corpusInfoReportsNearDuplicateClusters() throws Exception {
        Path both = demoWithCopies();
        Run r = new Run("corpus", "info", both.toString());
        assertThat(r.code).as(r.err()).isZero();
        assertThat(r.out()).contains("Exact duplicates (same words, ignoring case and punctuation): 2 groups, 4 articles (2 copies)")
                .contains("Near-duplicate clusters (Jaccard >= 0.80 of word shingles, exact included): 5 clusters, 10 articles; 3 near pairs")
                .contains("  2 articles: demo-001, near-1").contains("  2 articles (exact): demo-004, exact-4");
        Run j = new Run("corpus", "info", both.toString(), "--json");
        JsonNode c = j.json().path("duplicateClusters");
        assertThat(c.path("clusters").asInt()).isEqualTo(5);
        assertThat(c.path("largest").get(0).path("ids").toString()).isEqualTo("[\"demo-001\",\"near-1\"]");
        Run demo = new Run("corpus", "info", DEMO.toString());
        assertThat(demo.out()).contains("0 clusters, 0 articles; 0 near pairs");
    }

    @Test
    void reportWithDedupeWritesTheOverlapIntoTheWorkbook() throws Exception {
        Path both = demoWithCopies();
        Path out = dir.resolve("rep");
        Run r = new Run("report", both.toString(), "--label", "leaning", "--group-by", "leaning", "-o", out.toString(), "--no-notebook",
                "--formats", "png", "--protocol", "stratified", "--dedupe", "--no-cache");
        assertThat(r.code).as(r.err()).isZero();
        assertThat(r.out()).containsPattern("Overlap with training: \\d+ test articles .*dropped from the test side \\(--dedupe\\); e\\.g\\. ");
        try (var wb = new org.apache.poi.xssf.usermodel.XSSFWorkbook(Files.newInputStream(out.resolve("rep.xlsx")))) {
            var s = wb.getSheet("Model");
            boolean block = false, pair = false;
            for (var row : s) {
                for (var cell : row) {
                    String v = cell.toString();
                    block |= v.startsWith("Overlap between training and test");
                    pair |= v.equals("near-1") || v.equals("demo-001");
                }
            }
            assertThat(block).isTrue();
            assertThat(pair).isTrue();
        }
    }
}
