package org.framelab.spark;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;
import static org.framelab.spark.SparkTestSupport.local;
import static org.framelab.spark.SparkTestSupport.spark;

/** A cluster study ends in the same publication outputs: Spark features, then report --from, equal a local report. */
class SparkReportFromTest {
    @TempDir
    Path tmp;

    @Test
    void sparkFeaturesThenReportFromGiveTheLocalReportsTables() throws Exception {
        String demo = "datasets/demo/articles.jsonl";
        SparkTestSupport.Run job = spark("features", demo, "-o", tmp.resolve("job").toString(), "--format", "csv", "--full-precision",
                "--label-field", "leaning", "--master", "local[2]");
        assertThat(job.code()).as(job.err()).isZero();
        assertThat(Files.readString(tmp.resolve("job/manifest.json"))).contains("\"precision\" : \"full\"");

        SparkTestSupport.Run from = local("report", "--from", tmp.resolve("job").toString(), "--group-by", "leaning",
                "-o", tmp.resolve("from").toString(), "--no-notebook", "--formats", "png");
        assertThat(from.code()).as(from.err()).isZero();
        SparkTestSupport.Run here = local("report", demo, "--label-field", "leaning", "--group-by", "leaning", "--classifier", "none",
                "-o", tmp.resolve("local").toString(), "--no-notebook", "--formats", "png");
        assertThat(here.code()).as(here.err()).isZero();
        for (String t : new String[]{"groups.csv", "tests.csv", "articles.csv", "design.csv", "icc.csv", "permutation.csv"}) {
            assertThat(Files.readString(tmp.resolve("from/tables/" + t))).as(t)
                    .isEqualTo(Files.readString(tmp.resolve("local/tables/" + t)));
        }
        assertThat(Files.readString(tmp.resolve("from/manifest.json"))).contains("Spark");

        // the train step's predictions in the same folder: the report scores them with the local metric code and
        // gives the job's own macro-F1 and interval
        SparkTestSupport.Run train = spark("train", demo, "--label", "leaning", "-o", tmp.resolve("job/train").toString(), "--master", "local[2]");
        assertThat(train.code()).as(train.err()).isZero();
        SparkTestSupport.Run withModel = local("report", "--from", tmp.resolve("job").toString(), "--group-by", "leaning",
                "-o", tmp.resolve("model").toString(), "--no-notebook", "--formats", "png");
        assertThat(withModel.code()).as(withModel.err()).isZero();
        var manifest = new com.fasterxml.jackson.databind.ObjectMapper().readTree(tmp.resolve("job/train/manifest.json").toFile());
        double jobF1 = manifest.at("/metrics/macroF1").asDouble();
        assertThat(jobF1).isGreaterThan(0.5);
        String metrics = Files.readString(tmp.resolve("model/tables/model_metrics.csv"));
        assertThat(metrics).contains("macro-F1," + jobF1 + ",");
        assertThat(Files.readString(tmp.resolve("model/tables/groups.csv"))).isEqualTo(Files.readString(tmp.resolve("local/tables/groups.csv")));
    }
}
