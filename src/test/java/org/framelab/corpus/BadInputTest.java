package org.framelab.corpus;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.zip.GZIPOutputStream;

import static org.assertj.core.api.Assertions.assertThat;

/** Every bad input gives exit 3, a message naming file, line and field, and no stack trace. */
class BadInputTest {
    @TempDir
    Path tmp;

    private Path write(String name, String content) throws Exception {
        return Cli.write(tmp, name, content);
    }

    static Cli info(Path p, String... more) {
        String[] args = new String[3 + more.length];
        args[0] = "corpus";
        args[1] = "info";
        args[2] = p.toString();
        System.arraycopy(more, 0, args, 3, more.length);
        return new Cli(args);
    }

    static void assertBad(Cli r, String... parts) {
        assertThat(r.code).as(r.err).isEqualTo(3);
        assertThat(r.err).doesNotContain("Exception").doesNotContain("\tat ").contains("What to do");
        for (String p : parts) assertThat(r.err).contains(p);
    }

    @Test
    void sideCarRowForAMissingTxtFileIsNotLostSilently() throws Exception {
        Path folder = Files.createDirectories(tmp.resolve("txt"));
        Files.writeString(folder.resolve("a.txt"), "Officials said so.");
        Files.writeString(folder.resolve("b.txt"), "Critics claimed otherwise.");
        Files.writeString(folder.resolve("labels.csv"), "file,leaning\na.txt,left\nbb.txt,right\n");
        assertBad(info(folder), "labels.csv", "line 3", "names 'bb'", "no such .txt file");
        Cli skip = info(folder, "--skip-bad");
        assertThat(skip.code).as(skip.err).isZero();
        assertThat(skip.out).contains("Documents: 2").contains("Rows skipped: 1").contains("labels.csv, line 3");
        Files.writeString(folder.resolve("labels.csv"), "file,leaning\na.txt,left\nb.txt,right\na,center\n");
        assertBad(info(folder), "labels.csv", "line 4", "listed twice (first at line 2)");
    }

    @Test
    void brokenLinkInAJsonFolderIsReportedNotSkippedSilently() throws Exception {
        Path folder = Files.createDirectories(tmp.resolve("jsons"));
        Files.writeString(folder.resolve("a.json"), "{\"id\":\"1\",\"text\":\"Officials said so.\"}");
        Files.createSymbolicLink(folder.resolve("b.json"), tmp.resolve("missing-content"));
        assertBad(info(folder), "b.json", "the file is a broken link");
        Cli skip = info(folder, "--skip-bad");
        assertThat(skip.code).as(skip.err).isZero();
        assertThat(skip.out).contains("Documents: 1").contains("Rows skipped: 1").contains("b.json");
    }

    @Test
    void wrongColumnCountAndSkipBadListsLines() throws Exception {
        Path p = write("cols.csv", "id,text,label\n1,fine,a\n2,one,too,many\n3,ok,b\n4,short\n");
        assertBad(info(p), "cols.csv", "line 3", "wrong number of columns: 4 instead of 3", "--skip-bad");
        Cli skip = info(p, "--skip-bad");
        assertThat(skip.code).isZero();
        assertThat(skip.out).contains("Documents: 2").contains("Rows skipped: 2")
                .contains("cols.csv, line 3: wrong number of columns").contains("cols.csv, line 5: wrong number of columns");
    }

    @Test
    void invalidJsonOnOneLine() throws Exception {
        Path p = write("bad.jsonl", "{\"id\":\"1\",\"text\":\"a\"}\n{\"id\":\"2\",\"text\": oops}\n{\"id\":\"3\",\"text\":\"c\"}\n");
        assertBad(info(p), "bad.jsonl", "line 2", "invalid JSON");
        Cli skip = info(p, "--skip-bad");
        assertThat(skip.code).isZero();
        assertThat(skip.out).contains("Documents: 2").contains("Rows skipped: 1").contains("bad.jsonl, line 2: invalid JSON");
    }

    @Test
    void invalidJsonOnFirstLineIsSkippedToo() throws Exception {
        Path p = write("first.jsonl", "{oops\n{\"id\":\"2\",\"text\":\"b\"}\n");
        assertBad(info(p), "first.jsonl", "line 1", "invalid JSON");
        Cli skip = info(p, "--skip-bad");
        assertThat(skip.code).as(skip.err).isZero();
        assertThat(skip.out).contains("Documents: 1").contains("Rows skipped: 1").contains("first.jsonl, line 1: invalid JSON");
    }

    @Test
    void truncatedGzip() throws Exception {
        Path full = tmp.resolve("full.jsonl.gz");
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < 3000; i++) sb.append("{\"id\":\"").append(i).append("\",\"text\":\"text number ").append(i * 7919).append("\"}\n");
        try (OutputStream o = new GZIPOutputStream(Files.newOutputStream(full))) {
            o.write(sb.toString().getBytes(StandardCharsets.UTF_8));
        }
        byte[] b = Files.readAllBytes(full);
        Path cut = tmp.resolve("cut.jsonl.gz");
        Files.write(cut, Arrays.copyOf(b, b.length / 2));
        Cli r = info(cut);
        assertBad(r, "cut.jsonl.gz", "truncated", "download or copy", "ends unexpectedly after");
        assertThat(r.err).doesNotContain("line 1,").doesNotContain("line 1:");
        Path notGz = write("plain.jsonl.gz", "{\"text\":\"x\"}\n");
        assertBad(info(notGz), "plain.jsonl.gz", "not a valid gzip file");
    }

    @Test
    void nonUtf8WithoutEncoding() throws Exception {
        Path p = tmp.resolve("latin.csv");
        Files.write(p, "text,label\nfine,a\nalso fine,b\ncaf\u00e9 cr\u00e8me,c\n".getBytes("windows-1252"));
        assertBad(info(p), "latin.csv", "line 4", "not valid UTF-8", "--encoding windows-1252");
        Cli ok = info(p, "--encoding", "windows-1252");
        assertThat(ok.code).isZero();
        assertThat(ok.out).contains("Documents: 3");
    }

    @Test
    void xlsxThatIsNotAZip() throws Exception {
        Path p = write("fake.xlsx", "text,label\nthis is really a CSV,a\n");
        assertBad(info(p), "fake.xlsx", "not an Excel .xlsx workbook", "save it as .xlsx");
    }

    @Test
    void emptyFiles() throws Exception {
        assertBad(info(write("empty.csv", "")), "empty.csv", "empty");
        assertBad(info(write("empty.jsonl", "")), "empty.jsonl", "empty");
        assertBad(info(write("header.csv", "id,text\n")), "header.csv", "no data rows");
        assertBad(info(write("blank.jsonl", "\n\n")), "blank.jsonl", "no JSON records");
    }

    @Test
    void missingTextField() throws Exception {
        Path p = write("notext.csv", "id,headline_only,bias\n1,A headline,left\n");
        assertBad(info(p), "notext.csv", "no text field", "id, headline_only, bias", "--text-field");
        assertBad(info(p, "--text-field", "body"), "notext.csv", "field 'body'", "does not exist", "headline_only");
        assertThat(info(p, "--text-field", "headline_only").code).isZero();
    }

    @Test
    void duplicateIds() throws Exception {
        Path p = write("dup.jsonl", "{\"id\":\"x1\",\"text\":\"a\"}\n{\"id\":\"x2\",\"text\":\"b\"}\n{\"id\":\"x1\",\"text\":\"c\"}\n");
        StringBuilder many = new StringBuilder();
        for (int i = 0; i < 60; i++) many.append("{\"id\":\"").append(i % 10).append("\",\"text\":\"t").append(i).append("\"}\n");
        Cli manyDup = info(write("many.jsonl", many.toString()), "--skip-bad", "--json");
        assertThat(manyDup.out).contains("\"documents\" : 10").contains("\"duplicateIds\" : 50").contains("\"rowsSkipped\" : 50");
        assertBad(info(p), "dup.jsonl", "line 3", "field 'id'", "duplicate id 'x1'", "line 1");
        Cli skip = info(p, "--skip-bad", "--json");
        assertThat(skip.code).isZero();
        assertThat(skip.out).contains("\"documents\" : 2").contains("\"duplicateIds\" : 1").contains("\"rowsSkipped\" : 1");
    }

    @Test
    void folderWithNoReadableFiles() throws Exception {
        Path d = Files.createDirectory(tmp.resolve("nothing"));
        Files.writeString(d.resolve("notes.md"), "# not a corpus");
        assertBad(info(d), "nothing", "no readable files", ".json", ".txt");
    }

    @Test
    void pathThatDoesNotExist() {
        assertBad(info(tmp.resolve("missing.jsonl")), "missing.jsonl", "does not exist", "check the path");
    }

    @Test
    void badJsonFileInFolder() throws Exception {
        Path d = Files.createDirectory(tmp.resolve("js"));
        Files.writeString(d.resolve("a.json"), "{\"ID\":\"1\",\"content\":\"ok\"}");
        Files.writeString(d.resolve("b.json"), "{\"ID\":\"2\",\n\"content\": }");
        assertBad(info(d), "b.json", "line 2", "invalid JSON");
        Cli skip = info(d, "--skip-bad");
        assertThat(skip.code).isZero();
        assertThat(skip.out).contains("Documents: 1").contains("Rows skipped: 1");
    }

    @Test
    void judgementRowWithoutItem() throws Exception {
        Path p = write("j.csv", "text,annotator,label\nS1,a,x\n,b,y\nS1,b,x\n");
        assertBad(info(p, "--item-field", "text", "--annotator-field", "annotator"), "j.csv", "line 3", "field 'text'", "item field is empty");
    }
}
