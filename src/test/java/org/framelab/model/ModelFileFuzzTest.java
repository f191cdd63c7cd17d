package org.framelab.model;

import org.framelab.fuzz.FuzzHarness;
import org.framelab.fuzz.Mutations;
import org.framelab.util.Progress;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.GZIPInputStream;
import java.util.zip.GZIPOutputStream;

/**
 * Model files on random mutations: the raw file (header, checksum), and — past the checksum — the
 * serialised model itself, re-compressed under a correct header and checksum so that only the
 * deserialisation filter and the model's own checks stand between the bytes and the heap.
 */
@Tag("fuzz")
class ModelFileFuzzTest {
    static FuzzHarness h;
    static byte[] file;
    static String header;
    static byte[] serialised;

    @BeforeAll
    static void setUp() throws Exception {
        h = new FuzzHarness("model");
        TrainedModel m = Trainer.train(TestFeatures.corpus(4, 8, 0.3, 3),
                TrainConfig.of("bias", new TestFeatures.BagOfWords(1), ClassifierSpec.defaults(), 1), Progress.NONE);
        Path dir = h.newDir();
        Path f = dir.resolve("m.model");
        ModelFile.save(m, f);
        file = Files.readAllBytes(f);
        int nl1 = indexOf(file, 0), nl2 = indexOf(file, nl1 + 1);
        header = new String(file, 0, nl2 + 1, StandardCharsets.UTF_8);
        try (GZIPInputStream in = new GZIPInputStream(new java.io.ByteArrayInputStream(file, nl2 + 1, file.length - nl2 - 1))) {
            serialised = in.readAllBytes();
        }
        h.clean(dir);
    }

    @AfterAll
    static void tearDown() {
        h.close();
    }

    private static int indexOf(byte[] b, int from) {
        for (int i = from; i < b.length; i++) if (b[i] == '\n') return i;
        return -1;
    }

    private static void load(byte[] bytes) throws Exception {
        Path dir = h.newDir();
        try {
            Path f = dir.resolve("m.model");
            Files.write(f, bytes);
            ModelFile.load(f);
        } finally {
            h.clean(dir);
        }
    }

    @Test
    void modelFileBytes() {
        h.check("model file", 17, 4, (ms, r) -> load(Mutations.apply(file, ms)));
    }

    @Test
    void serialisedModelBehindAValidChecksum() {
        h.check("serialised model", 256, 4, (ms, r) -> load(withValidChecksum(Mutations.apply(serialised, ms))));
    }

    static byte[] withValidChecksum(byte[] serialisedModel) throws IOException {
        ByteArrayOutputStream gz = new ByteArrayOutputStream();
        try (GZIPOutputStream out = new GZIPOutputStream(gz)) {
            out.write(serialisedModel);
        }
        byte[] payload = gz.toByteArray();
        String head = header.replaceFirst("\"payloadBytes\":\\d+", "\"payloadBytes\":" + payload.length)
                .replaceFirst("\"sha256\":\"[0-9a-f]+\"", "\"sha256\":\"" + ModelFile.sha256(payload) + "\"");
        ByteArrayOutputStream all = new ByteArrayOutputStream();
        all.write(head.getBytes(StandardCharsets.UTF_8));
        all.write(payload);
        return all.toByteArray();
    }
}
