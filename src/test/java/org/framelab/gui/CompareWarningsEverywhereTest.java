package org.framelab.gui;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.framelab.cli.Main;
import org.framelab.corpus.Corpora;
import org.framelab.corpus.Corpus;
import org.framelab.corpus.ReadOptions;
import org.framelab.util.Progress;
import org.framelab.SharedData;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The AllSides sample grouped by its 73 outlets: the grouping is the cluster, so the design is not clustered, and the
 * comparison's warning that "which groups differ" is not computed for so many groups was only in a study's manifest;
 * {@code compare} printed no warning and the GUI's Compare view showed none. Now the CLI, the GUI and the study say it.
 */
class CompareWarningsEverywhereTest {
    static final String SAID = "Which groups differ: not computed for 73 groups";

    @Test
    void aWarningOfAnUnclusteredComparisonIsGivenOnEveryPath(@TempDir Path dir) throws Exception {
        Path sample = SharedData.require("datasets/allsides/jsons-sample"); // CI=true: fails when missing
        StringWriter o = new StringWriter(), e = new StringWriter();
        int code = Main.run(new PrintWriter(o), new PrintWriter(e), "compare", sample.toString(), "--group-by", "outlet",
                "--families", "attribution");
        assertThat(code).as(e.toString()).isZero();
        assertThat(o.toString()).as("compare's console").contains("WARNING: " + SAID);

        Corpus c = Corpora.read(sample, ReadOptions.defaults(), Progress.NONE);
        Pipelines.Spec spec = new Pipelines.Spec(List.of("attribution"), Map.of(), List.of());
        Analyses.Comparison gui = Analyses.compare(Pipelines.table(spec, c, Progress.NONE).table(), c, "outlet", List.of(), 42, Progress.NONE);
        assertThat(gui.clustered()).isFalse();
        assertThat(gui.warning()).as("the Compare view's warning").contains(SAID);

        String yaml = "name: s\nseed: 42\ncorpus:\n  path: " + sample.toAbsolutePath() + "\nfeatures:\n  families: [attribution]\n"
                + "analysis:\n  group_by: [outlet]\ncharts:\n  types: [means]\n  formats: [png]\n"
                + "outputs:\n  dir: " + dir.toAbsolutePath() + "\n  workbook: false\n  notebook: false\n";
        Path study = Files.writeString(dir.resolve("s.yaml"), yaml);
        o = new StringWriter();
        e = new StringWriter();
        assertThat(Main.run(new PrintWriter(o), new PrintWriter(e), "run", study.toString())).as("%s %s", o, e).isZero();
        assertThat(new ObjectMapper().readTree(dir.resolve("s/manifest.json").toFile()).get("warnings").toString()).contains(SAID);
    }
}
