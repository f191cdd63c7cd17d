package org.framelab.spark;

import com.fasterxml.jackson.databind.cfg.PackageVersion;
import org.framelab.corpus.Corpora;
import org.framelab.corpus.Corpus;
import org.framelab.corpus.ReadOptions;
import org.framelab.study.Study;
import org.framelab.study.StudyFile;
import org.framelab.util.Progress;
import org.junit.jupiter.api.Test;

import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The decision behind the job's build: one Jackson per JVM, Spark's. Spark's Scala module accepts only its own
 * databind minor version, so the job puts the core on Spark's Jackson (spark/pom.xml imports that version's BOM) and
 * the job jar carries no Jackson. This checks that the versions agree and that the core's JSON and YAML reading,
 * which the job and the study runner use, work on it.
 */
class SparkJacksonTest {
    @Test
    void theCoreRunsOnSparksJackson() throws Exception {
        String databind = PackageVersion.VERSION.toString();
        String scalaModule = com.fasterxml.jackson.module.scala.JacksonModule.class.getPackage().getImplementationVersion();
        assertThat(databind).startsWith("2.18.");
        if (scalaModule != null) assertThat(scalaModule).startsWith("2.18.");
        // a session starts (Spark registers its Scala module with databind at start-up and refuses another minor version)
        assertThat(SparkTestSupport.spark().range(3).count()).isEqualTo(3);

        Corpus demo = Corpora.read(Path.of("datasets/demo/articles.jsonl"), ReadOptions.defaults(), Progress.NONE);
        assertThat(demo.size()).isEqualTo(233);
        assertThat(demo.articles().get(0).id()).isEqualTo("demo-001");
        Study s = StudyFile.read(Path.of("datasets/demo/study.yaml"));
        assertThat(s.name()).isEqualTo("demo");
        assertThat(s.corpus().labels()).contains("leaning", "topic");
    }
}
