package org.framelab.model;

import org.framelab.corpus.Article;
import org.framelab.util.InputException;
import org.framelab.util.Progress;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayOutputStream;
import java.io.ObjectOutputStream;
import java.io.Serializable;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.GZIPOutputStream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ModelFileTest {
    static List<Article> corpus;
    static TrainedModel model;

    @TempDir
    Path dir;

    @BeforeAll
    static void train() throws Exception {
        corpus = TestFeatures.corpus(6, 20, 0.3, 3);
        model = Trainer.train(corpus, TrainConfig.of("bias", new TestFeatures.BagOfWords(1), ClassifierSpec.defaults(), 1), Progress.NONE);
    }

    @Test
    void roundTripGivesIdenticalPredictions() throws Exception {
        Path f = dir.resolve("m.model");
        ModelFile.save(model, f);
        TrainedModel back = ModelFile.load(f);
        assertThat(back.info()).isEqualTo(model.info());
        List<Prediction> a = model.predict(corpus, "bias", null, 0, Progress.NONE), b = back.predict(corpus, "bias", null, 0, Progress.NONE);
        for (int i = 0; i < a.size(); i++) {
            assertThat(b.get(i).predicted()).isEqualTo(a.get(i).predicted());
            assertThat(b.get(i).probabilities()).isEqualTo(a.get(i).probabilities());
        }
        assertThat(ModelFile.headerOf(f)).contains("\"sha256\"").contains("\"labels\":[\"center\",\"left\",\"right\"]");
    }

    @Test
    void everyClassifierAliasSurvivesTheFilter() throws Exception {
        for (String alias : List.of("nbm", "j48", "rf", "logistic", "smo", "sgd", "liblinear", "svm")) {
            TrainedModel m = Trainer.train(corpus, TrainConfig.of("bias", new TestFeatures.BagOfWords(2), new ClassifierSpec(alias, ""), 1), Progress.NONE);
            Path f = dir.resolve(alias + ".model");
            ModelFile.save(m, f);
            assertThat(ModelFile.load(f).labels()).as(alias).containsExactly("center", "left", "right");
        }
    }

    @Test
    void aTamperedByteIsRefused() throws Exception {
        Path f = dir.resolve("m.model");
        ModelFile.save(model, f);
        byte[] b = Files.readAllBytes(f);
        b[b.length - 100] ^= 0x01;
        Files.write(f, b);
        assertThatThrownBy(() -> ModelFile.load(f)).isInstanceOf(InputException.class).hasMessageContaining("checksum");
    }

    @Test
    void aForeignSerialisedObjectWithAValidChecksumIsRefused() throws Exception {
        Path f = writeCrafted(dir.resolve("url.model"), new java.net.URL("http://example.org/"));
        assertThatThrownBy(() -> ModelFile.load(f)).isInstanceOf(InputException.class).hasMessageContaining("refused")
                .hasMessageContaining("class");
        // a foreign class hidden inside an allowed collection
        ArrayList<Object> list = new ArrayList<>(List.of("ok", new javax.swing.DefaultBoundedRangeModel()));
        Path g = writeCrafted(dir.resolve("swing.model"), list);
        assertThatThrownBy(() -> ModelFile.load(g)).isInstanceOf(InputException.class).hasMessageContaining("refused");
    }

    @Test
    void notAModelAndOtherVersionsAreRefused() throws Exception {
        Path f = dir.resolve("x.model");
        Files.writeString(f, "id,text\n1,hello\n");
        assertThatThrownBy(() -> ModelFile.load(f)).isInstanceOf(InputException.class).hasMessageContaining("not a FrameLab model file");
        Path g = dir.resolve("m.model");
        ModelFile.save(model, g);
        String s = new String(Files.readAllBytes(g), StandardCharsets.ISO_8859_1);
        Files.write(g, s.replaceFirst("\"weka\":\"[^\"]+\"", "\"weka\":\"3.9.6\"").getBytes(StandardCharsets.ISO_8859_1));
        assertThatThrownBy(() -> ModelFile.load(g)).isInstanceOf(InputException.class).hasMessageContaining("Weka 3.9.6");
        ModelFile.save(model, g);
        Files.write(g, new String(Files.readAllBytes(g), StandardCharsets.ISO_8859_1).replaceFirst("FRAMELAB-MODEL " + ModelFile.FORMAT, "FRAMELAB-MODEL 7").getBytes(StandardCharsets.ISO_8859_1));
        assertThatThrownBy(() -> ModelFile.load(g)).isInstanceOf(InputException.class).hasMessageContaining("format 7");
    }

    /** A file with a correct header and checksum whose payload is {@code payload}: only the filter can stop it. */
    static Path writeCrafted(Path f, Serializable payload) throws Exception {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ObjectOutputStream out = new ObjectOutputStream(new GZIPOutputStream(bytes))) {
            out.writeObject(payload);
        }
        byte[] p = bytes.toByteArray();
        String header = "FRAMELAB-MODEL " + ModelFile.FORMAT + "\n{\"format\":" + ModelFile.FORMAT + ",\"framelab\":\"" + org.framelab.util.Runtime2.version() + "\",\"weka\":\""
                + weka.core.Version.VERSION + "\",\"payloadBytes\":" + p.length + ",\"sha256\":\"" + ModelFile.sha256(p) + "\"}\n";
        ByteArrayOutputStream all = new ByteArrayOutputStream();
        all.write(header.getBytes(StandardCharsets.UTF_8));
        all.write(p);
        Files.write(f, all.toByteArray());
        return f;
    }
}
