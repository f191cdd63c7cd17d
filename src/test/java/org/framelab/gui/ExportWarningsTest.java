package org.framelab.gui;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.framelab.cli.Main;
import org.framelab.corpus.Corpora;
import org.framelab.corpus.Corpus;
import org.framelab.corpus.FieldMapping;
import org.framelab.corpus.ReadOptions;
import org.framelab.features.FeatureSets;
import org.framelab.util.Progress;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The desktop application's export warns about the corpus as a study run of the same analysis does: date values that
 * are not dates and empty texts were in a study's manifest but missing from the GUI's (which had only the reader's
 * notes); a warning two steps give (an empty text: the tests and the classifier) is written once on both paths.
 * Headless: the GUI path calls what its views and its export call.
 */
class ExportWarningsTest {

    @Test
    void theGuiExportGivesTheStudysWarningsAboutTheCorpus(@TempDir Path dir) throws Exception {
        Path corpus = dir.resolve("dated.jsonl");
        List<String> lines = new ArrayList<>();
        String[] outlets = {"Harbour Post", "Valley Times", "Ridge Herald", "Coast Daily"};
        for (int i = 0; i < 40; i++) {
            String outlet = outlets[i % 4];
            String leaning = i % 4 < 2 ? "left" : "right";
            // every fifth date is a season, not a date FrameLab reads
            String date = i % 5 == 0 ? "spring 2024" : "2024-0" + (1 + i % 9) + "-1" + (i % 10);
            String text = i == 7 ? "" : "The minister said on Monday that the plan would " + (i % 3 == 0 ? "allegedly " : "")
                    + "cut costs, critics claimed. Officials reportedly denied it. Article " + i + " by " + outlet + ".";
            lines.add(String.format("{\"id\":\"a%d\",\"outlet\":\"%s\",\"date\":\"%s\",\"leaning\":\"%s\",\"text\":\"%s\"}",
                    i, outlet, date, leaning, text));
        }
        Files.write(corpus, lines);

        Path studyOut = dir.resolve("study");
        String yaml = "name: r\nseed: 42\ncorpus:\n  path: " + corpus.toAbsolutePath() + "\n  mapping:\n    labels: [leaning]\n"
                + "features:\n  families: [framing]\nanalysis:\n  group_by: [leaning]\n"
                + "classifier:\n  label: leaning\n  protocol: grouped\n  group_field: outlet\n  folds: 2\n  ablation: false\n"
                + "charts:\n  formats: [png]\noutputs:\n  dir: " + studyOut.toAbsolutePath() + "\n  notebook: false\n";
        Path file = dir.resolve("study.yaml");
        Files.writeString(file, yaml);
        StringWriter o = new StringWriter(), e = new StringWriter();
        assertThat(Main.run(new PrintWriter(o), new PrintWriter(e), "run", file.toString())).as("run: %s %s", o, e).isZero();
        List<String> study = warnings(studyOut.resolve("r/manifest.json"));

        ReadOptions ro = new ReadOptions(new FieldMapping(null, null, null, List.of("leaning"), null, null, null, null), null, null, null, false, 0);
        Corpus c = Corpora.read(corpus, ro, Progress.NONE);
        Pipelines.Spec spec = new Pipelines.Spec(FeatureSets.FRAMING, Map.of(), List.of());
        Analyses.Features f = Pipelines.table(spec, c, Progress.NONE);
        Analyses.Comparison cmp = Analyses.compare(f.table(), c, "leaning", List.of(), 42, Progress.NONE);
        Analyses.Classification k = Analyses.classify(c, new Analyses.ClassifyRequest("leaning", "framing", spec, "linear", "outlet", 2, 42),
                Progress.NONE);
        Path gui = Reports.writeAll(new Analyses.Snapshot(corpus, ro, c, spec, f, cmp, k, null, "leaning"), dir.resolve("gui"), null,
                Progress.NONE).dir();
        List<String> exported = warnings(gui.resolve("manifest.json"));

        assertThat(study).anyMatch(w -> w.contains("a date value that is not a date FrameLab reads"))
                .anyMatch(w -> w.contains("no text (e.g. a7)"));
        assertThat(study).doesNotHaveDuplicates();
        assertThat(exported).as("the GUI export's warnings").containsExactlyElementsOf(study);
    }

    private static List<String> warnings(Path manifest) throws Exception {
        JsonNode m = new ObjectMapper().readTree(manifest.toFile());
        List<String> out = new ArrayList<>();
        m.get("warnings").forEach(w -> out.add(w.asText()));
        return out;
    }
}
