package org.framelab.corpus;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.GZIPOutputStream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Input that is not plain text in an encoding FrameLab reads without help: a compression format it does not read
 * (a {@code .jsonl.bz2} was reported as "not valid UTF-8" with the advice {@code --encoding windows-1252}), and UTF-16
 * without a byte-order mark (read as UTF-8, its field names had a NUL between letters).
 */
class NotPlainTextTest {
    @TempDir
    Path tmp;

    private static final String JSONL = "{\"id\":\"1\",\"text\":\"Officials said so.\",\"leaning\":\"left\"}\n"
            + "{\"id\":\"2\",\"text\":\"Critics disagreed.\",\"leaning\":\"right\"}\n";

    @Test
    void bzip2SaysTheCompressionIsNotReadAndHowToDecompress() throws Exception {
        // the signature of a bzip2 stream (BZh, block size 9, the block magic) and some compressed bytes
        byte[] bz = new byte[64];
        byte[] sig = "BZh91AY&SY".getBytes(StandardCharsets.ISO_8859_1);
        System.arraycopy(sig, 0, bz, 0, sig.length);
        for (int i = sig.length; i < bz.length; i++) bz[i] = (byte) (0x80 + i);
        Path p = Files.write(tmp.resolve("articles.jsonl.bz2"), bz);
        Cli r = BadInputTest.info(p);
        BadInputTest.assertBad(r, "articles.jsonl.bz2: the file is compressed with bzip2, which FrameLab does not read",
                "What to do: decompress it first (bzip2 -d articles.jsonl.bz2), or compress it with gzip instead");
        assertThat(r.err).doesNotContain("UTF-8").doesNotContain("windows-1252");
        Path inGz = tmp.resolve("double.jsonl.gz");
        try (OutputStream o = new GZIPOutputStream(Files.newOutputStream(inGz))) {
            o.write(bz);
        }
        BadInputTest.assertBad(BadInputTest.info(inGz), "compressed with bzip2 (inside the gzip)");
    }

    @Test
    void otherArchivesAndGzipWithoutItsExtension() throws Exception {
        Path zip = tmp.resolve("data.csv.zip");
        try (ZipOutputStream z = new ZipOutputStream(Files.newOutputStream(zip))) {
            z.putNextEntry(new ZipEntry("data.csv"));
            z.write("id,text\n1,a\n".getBytes(StandardCharsets.UTF_8));
            z.closeEntry();
        }
        BadInputTest.assertBad(BadInputTest.info(zip), "data.csv.zip: the file is compressed with zip", "unzip data.csv.zip");
        Path xz = Files.write(tmp.resolve("data.csv.xz"), new byte[]{(byte) 0xFD, '7', 'z', 'X', 'Z', 0, 0, 4, (byte) 0xE6, (byte) 0xD6});
        BadInputTest.assertBad(BadInputTest.info(xz), "compressed with xz", "xz -d");
        Path gz = tmp.resolve("articles.jsonl");
        try (OutputStream o = new GZIPOutputStream(Files.newOutputStream(gz))) {
            o.write(JSONL.getBytes(StandardCharsets.UTF_8));
        }
        BadInputTest.assertBad(BadInputTest.info(gz), "compressed with gzip, but its name does not end in .gz", "articles.jsonl.gz");
    }

    @Test
    void utf16WithoutAByteOrderMarkNamesTheEncodingToGive() throws Exception {
        Path le = Files.write(tmp.resolve("le.csv"), "id,text,leaning\r\n1,Officials said so.,left\r\n".getBytes(StandardCharsets.UTF_16LE));
        Cli r = BadInputTest.info(le);
        BadInputTest.assertBad(r, "le.csv, line 1: the file looks like UTF-16LE text without a byte-order mark",
                "What to do: give its encoding: --encoding UTF-16LE");
        assertThat(r.err).doesNotContain("\0");
        Path be = Files.write(tmp.resolve("be.jsonl"), JSONL.getBytes(StandardCharsets.UTF_16BE));
        BadInputTest.assertBad(BadInputTest.info(be), "be.jsonl, line 1: the file looks like UTF-16BE text", "--encoding UTF-16BE");
        // with the encoding given, both are read
        Cli ok = BadInputTest.info(le, "--encoding", "UTF-16LE");
        assertThat(ok.code).as(ok.err).isZero();
        assertThat(ok.out).contains("Documents: 1");
        Cli okBe = BadInputTest.info(be, "--encoding", "UTF-16BE");
        assertThat(okBe.code).as(okBe.err).isZero();
        assertThat(okBe.out).contains("Documents: 2");
    }

    @Test
    void plainTextIsReadAsBefore() throws Exception {
        // short files, and text whose first letters are not every other byte zero
        Path tiny = Files.writeString(tmp.resolve("t.csv"), "id,text\n1,a\n");
        assertThat(Corpora.read(tiny, ReadOptions.defaults(), null).size()).isEqualTo(1);
        Path bz = Files.writeString(tmp.resolve("bz.csv"), "BZh,text\n1,Bzhang said so.\n");
        assertThat(Corpora.read(bz, ReadOptions.defaults(), null).size()).isEqualTo(1);
        Path bom = Files.write(tmp.resolve("bom.csv"), ("\uFEFFid,text\n1,a\n").getBytes(StandardCharsets.UTF_16LE));
        assertThat(Corpora.read(bom, ReadOptions.defaults(), null).size()).isEqualTo(1);
    }
}
