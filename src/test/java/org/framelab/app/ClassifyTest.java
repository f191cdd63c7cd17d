package org.framelab.app;

import org.framelab.cli.Main;
import org.framelab.corpus.Article;
import org.framelab.corpus.Corpora;
import org.framelab.corpus.ReadOptions;
import org.framelab.features.FeatureOptions;
import org.framelab.util.OptionException;
import org.framelab.util.Progress;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ClassifyTest {
    private static final Path DEMO = Path.of("datasets/demo/articles.jsonl");

    private static List<Article> demo() throws Exception {
        return Corpora.read(DEMO, ReadOptions.defaults(), Progress.NONE).articles();
    }

    /** The demo's first 30 texts again under new ids (whitespace changed), as a scraper might deliver them twice. */
    private static List<Article> copies(List<Article> in) {
        List<Article> out = new ArrayList<>();
        for (Article a : in.subList(0, 30)) {
            out.add(new Article("copy-" + a.id(), a.title(), "  " + a.text().replace(" ", "  ") + "\n", a.outlet(), a.date(), a.url(),
                    a.authors(), a.labels(), a.metadata(), a.annotations()));
        }
        return out;
    }

    @Test
    void textsSharedByTrainingAndTestAreReportedOnEveryProtocol() throws Exception {
        List<Article> train = demo();
        FeatureOptions framing = FeatureOptions.defaults();
        Classify.Result t = Classify.run(Classify.Request.of("leaning", framing,
                new Protocol.TestCorpus(copies(train), "demo", "copies"), 1), train, Progress.NONE);
        assertThat(t.warnings()).anySatisfy(w -> assertThat(w).startsWith("30 test articles duplicate a training article (30 exact, 0 near"));

        List<Article> withCopies = new ArrayList<>(train);
        for (Article a : copies(train)) {
            withCopies.add(new Article(a.id(), a.title(), a.text(), "Copy Desk", a.date(), a.url(), a.authors(), a.labels(), a.metadata(),
                    a.annotations()));
        }
        Classify.Result cv = Classify.run(Classify.Request.of("leaning", framing, new Protocol.CrossValidation(3, "outlet", false), 1),
                withCopies, Progress.NONE);
        assertThat(cv.warnings()).anySatisfy(w -> assertThat(w).contains("test articles duplicate a training article"));

        Classify.Result clean = Classify.run(Classify.Request.of("leaning", framing, new Protocol.CrossValidation(3, "outlet", false), 1),
                train, Progress.NONE);
        assertThat(clean.warnings()).noneSatisfy(w -> assertThat(w).contains("duplicate a training article"));
    }

    @Test
    void trainWithATestCorpusPrintsTheOverlap(@TempDir Path dir) throws Exception {
        List<String> lines = Files.readAllLines(DEMO).subList(0, 30);
        List<String> renamed = new ArrayList<>();
        for (String l : lines) renamed.add(l.replaceFirst("\"id\": \"demo-", "\"id\": \"copy-"));
        Path test = Files.write(dir.resolve("copies.jsonl"), renamed);
        StringWriter out = new StringWriter(), err = new StringWriter();
        int code = Main.run(new PrintWriter(out), new PrintWriter(err), "train", DEMO.toString(), "--label", "leaning", "--test", test.toString(),
                "--features", "framing", "--importance", "0", "--bootstrap", "0");
        assertThat(code).as(err.toString()).isZero();
        assertThat(out.toString()).contains("WARNING: 30 test articles duplicate a training article (30 exact, 0 near")
                .contains("Overlap with training: 30 test articles (30 exact, 0 near-duplicate, Jaccard >= 0.80)")
                .contains("e.g. copy-001 ~ demo-001 (exact), copy-002 ~ demo-002 (exact)");
    }

    @Test
    void unlabelledArticlesAreCountedAndAMissingLabelIsBadInput() throws Exception {
        List<Article> train = demo();
        assertThatThrownBy(() -> Classify.run(Classify.Request.of("nosuch", FeatureOptions.defaults(),
                new Protocol.CrossValidation(3, null, false), 1), train, Progress.NONE))
                .hasMessageContaining("no value for label field 'nosuch'");
        assertThatThrownBy(() -> new Protocol.CrossValidation(1, null, false)).isInstanceOf(OptionException.class)
                .hasMessageContaining("Invalid folds: '1'");
    }
}
