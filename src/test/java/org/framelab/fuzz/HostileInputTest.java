package org.framelab.fuzz;

import org.framelab.cli.Run;
import org.framelab.corpus.Corpora;
import org.framelab.corpus.Corpus;
import org.framelab.corpus.ReadOptions;
import org.framelab.lexicon.Lexicons;
import org.framelab.model.SplitFile;
import org.framelab.study.StudyFile;
import org.framelab.util.InputException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

import java.io.OutputStream;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.zip.GZIPOutputStream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Hostile inputs: each ends with exit 3 and a message (or is read correctly), quickly and without
 * exhausting the heap. A foreign serialised object in a model file is covered by ModelFileTest.
 */
class HostileInputTest {
    @TempDir
    Path tmp;

    static Run cli(String... args) {
        return new Run(args);
    }

    static void assertBad(Run r, String... parts) {
        assertThat(r.code()).as(r.err()).isEqualTo(3);
        assertThat(r.err()).doesNotContain("Exception").doesNotContain("\tat ").contains("What to do");
        for (String p : parts) assertThat(r.err()).contains(p);
    }

    /** 128 MB of text without a line break (twice the record limit), compressed to about 130 KB. */
    private Path bomb(String name, String head) throws Exception {
        Path p = tmp.resolve(name);
        byte[] block = new byte[1 << 20];
        Arrays.fill(block, (byte) 'a');
        try (OutputStream o = new GZIPOutputStream(Files.newOutputStream(p), 1 << 16)) {
            o.write(head.getBytes(StandardCharsets.UTF_8));
            for (int i = 0; i < 128; i++) o.write(block);
        }
        return p;
    }

    @Test
    @Timeout(120)
    void gzipBombStopsAtTheRecordLimit() throws Exception {
        Path jsonl = bomb("bomb.jsonl.gz", "{\"text\":\"");
        assertThat(Files.size(jsonl)).isLessThan(1 << 20);
        assertBad(cli("corpus", "info", jsonl.toString()), "bomb.jsonl.gz, line 1", "line 1 is longer than 64 M characters",
                "expands without end");
        Path csv = bomb("bomb.csv.gz", "id,text\n1,");
        assertBad(cli("corpus", "info", csv.toString()), "bomb.csv.gz, line 2", "a field on line 2 is longer than 64 M characters");
        // --skip-bad skips bad rows, not the rest of a file that cannot be read on: the same error
        assertBad(cli("corpus", "info", csv.toString(), "--skip-bad"), "bomb.csv.gz, line 2", "a field on line 2 is longer than 64 M characters");
    }

    @Test
    void deepJsonNestingIsAnInputError() throws Exception {
        String deep = "[".repeat(100_000) + "]".repeat(100_000);
        Path jsonl = tmp.resolve("deep.jsonl");
        Files.writeString(jsonl, "{\"id\":\"1\",\"text\":\"ok\"}\n{\"id\":\"2\",\"text\":\"x\",\"n\":" + deep + "}\n");
        assertBad(cli("corpus", "info", jsonl.toString()), "deep.jsonl, line 2", "invalid JSON", "nesting depth");
        assertThat(cli("corpus", "info", jsonl.toString(), "--skip-bad").out()).contains("Documents: 1").contains("Rows skipped: 1");
        Path json = tmp.resolve("deep.json");
        Files.writeString(json, "[{\"id\":\"1\",\"text\":" + deep + "}]");
        assertBad(cli("corpus", "info", json.toString()), "deep.json", "invalid JSON", "nesting depth");
    }

    @Test
    @Timeout(20)
    void yamlAliasBombIsNotExpanded() throws Exception {
        StringBuilder y = new StringBuilder("a0: &a0 [\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\"]\n");
        for (int i = 1; i < 12; i++) {
            y.append('a').append(i).append(": &a").append(i).append(" [");
            for (int k = 0; k < 9; k++) y.append(k == 0 ? "" : ",").append("*a").append(i - 1);
            y.append("]\n");
        }
        Path f = tmp.resolve("bomb.yaml");
        Files.writeString(f, y.toString());
        assertThatThrownBy(() -> StudyFile.read(f)).isInstanceOf(InputException.class)
                .hasMessageContaining("bomb.yaml").hasMessageContaining("What to do");
        Files.writeString(f, "corpus: &c {path: x.jsonl}\nfeatures: *c\n");
        assertThatThrownBy(() -> StudyFile.read(f)).isInstanceOf(InputException.class).hasMessageContaining("bomb.yaml");
    }

    @Test
    void invalidBytesInEveryTextInput() throws Exception {
        byte[] bad = {'a', 'b', (byte) 0xC3, '(', '\n'};
        Path study = tmp.resolve("study.yaml");
        Files.write(study, bad);
        assertThatThrownBy(() -> StudyFile.read(study)).isInstanceOf(InputException.class).hasMessageContaining("study.yaml");
        Path split = tmp.resolve("split.csv");
        Files.write(split, bad);
        assertThatThrownBy(() -> SplitFile.read(split)).isInstanceOf(InputException.class).hasMessageContaining("split.csv");
        Path folder = Files.createDirectories(tmp.resolve("txt"));
        Files.writeString(folder.resolve("a.txt"), "Officials said so.");
        Files.write(folder.resolve("b.txt"), bad);
        assertBad(cli("corpus", "info", folder.toString()), "b.txt, line 1", "not valid UTF-8");
        Path jsonl = tmp.resolve("bad.jsonl");
        Files.write(jsonl, "{\"text\":\"ok\"}\n{\"text\":\"caf\u00e9\"}\n".getBytes("windows-1252"));
        assertBad(cli("corpus", "info", jsonl.toString()), "bad.jsonl, line 2", "not valid UTF-8", "--encoding");
        // lexicons saved by old Windows programs are read as Windows-1252
        Path lex = tmp.resolve("words.txt");
        Files.write(lex, "caf\u00e9\n".getBytes("windows-1252"));
        assertThat(Lexicons.load(lex).size()).isEqualTo(1);
    }

    @Test
    void symlinkLoopsInFolderCorpora() throws Exception {
        Path folder = Files.createDirectories(tmp.resolve("txt/left"));
        Files.writeString(folder.resolve("a.txt"), "Officials said so.");
        Files.createSymbolicLink(folder.resolve("loop"), folder.getParent());
        Files.createSymbolicLink(folder.resolve("self.txt"), folder.resolve("self.txt"));
        Path txt = tmp.resolve("txt");
        assertBad(cli("corpus", "info", txt.toString()), "self.txt", "a symbolic link that leads back to itself");
        assertThat(cli("corpus", "info", txt.toString(), "--skip-bad").out()).contains("Documents: 1").contains("Rows skipped: 1");
        Path jsons = Files.createDirectories(tmp.resolve("jsons"));
        Files.writeString(jsons.resolve("a.json"), "{\"id\":\"1\",\"text\":\"ok\"}");
        Files.createSymbolicLink(jsons.resolve("loop.json"), jsons.resolve("loop.json"));
        Files.createSymbolicLink(jsons.resolve("sub"), jsons);
        assertBad(cli("corpus", "info", jsons.toString()), "loop.json", "a symbolic link that leads back to itself");
    }

    /** A 60 MB text in one record is read whole, in JSON lines, CSV, a JSON file and a .txt folder. */
    @Test
    @Timeout(120)
    void sixtyMegabyteRecordIsRead() throws Exception {
        int n = 60 << 20;
        String big = "x".repeat(n);
        Path jsonl = tmp.resolve("big.jsonl");
        write(jsonl, "{\"id\":\"1\",\"text\":\"", big, "\"}\n{\"id\":\"2\",\"text\":\"small\"}\n");
        Path csv = tmp.resolve("big.csv");
        write(csv, "id,text\n1,\"", big, "\"\n2,small\n");
        Path json = tmp.resolve("big.json");
        write(json, "[{\"id\":\"1\",\"text\":\"", big, "\"},{\"id\":\"2\",\"text\":\"small\"}]");
        Path folder = Files.createDirectories(tmp.resolve("txt"));
        write(folder.resolve("1.txt"), "", big, "");
        Files.writeString(folder.resolve("2.txt"), "small");
        for (Path p : new Path[]{jsonl, csv, json, folder}) {
            Corpus c = Corpora.read(p, ReadOptions.defaults(), null);
            assertThat(c.articles().get(0).text()).as(p.toString()).hasSize(n);
            assertThat(c.articles().get(1).text()).as(p.toString()).isEqualTo("small");
        }
    }

    private static void write(Path p, String head, String body, String tail) throws Exception {
        try (Writer w = Files.newBufferedWriter(p)) {
            w.write(head);
            w.write(body);
            w.write(tail);
        }
    }

    @Test
    void duplicateHeaders() throws Exception {
        // a CSV column name given twice is an error (DuplicateColumnsTest); an empty one is named by its position
        Path csv = tmp.resolve("dup.csv");
        Files.writeString(csv, "id,text,,column_3,label\n1,first,x,y,left\n");
        assertThat(Corpora.fields(csv, ReadOptions.defaults())).containsExactly("id", "text", "column_3_2", "column_3", "label");
        Path jsonl = tmp.resolve("dup.jsonl");
        Files.writeString(jsonl, "{\"id\":\"1\",\"text\":\"first\",\"text\":\"second\"}\n");
        assertThat(Corpora.fields(jsonl, ReadOptions.defaults())).containsExactly("id", "text", "text_2");
        assertThat(Corpora.read(jsonl, ReadOptions.defaults(), null).articles().get(0).metadata()).containsEntry("text_2", "second");
    }
}
