package org.framelab.corpus;

import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.OutputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.zip.GZIPOutputStream;

import static org.assertj.core.api.Assertions.assertThat;

class CorpusReadersTest {
    @TempDir
    Path tmp;

    static Corpus read(Path p) throws CorpusException {
        return Corpora.read(p, ReadOptions.defaults(), null);
    }

    /** Checks the corpus size and the first article's id and text, and gives that article. */
    static Article first(Corpus c, int size, String id, String text) {
        assertThat(c.size()).isEqualTo(size);
        Article a = c.articles().get(0);
        assertThat(a.id()).isEqualTo(id);
        assertThat(a.text()).isEqualTo(text);
        return a;
    }

    @Test
    void csvWithBomSemicolonsQuotedQuotesAndNewlines() throws Exception {
        Corpus c = read(Cli.resource("babe_like.csv"));
        Article a = first(c, 3, "babe_like:1", "\"Sky Is Green\" says the mayor of Norvale.");
        assertThat(a.outlet()).isEqualTo("Daily Ledger");
        assertThat(a.url()).isEqualTo("https://example.org/a");
        assertThat(a.labels()).containsExactly(Map.entry("label_bias", "Biased"),
                Map.entry("label_opinion", "Somewhat factual"), Map.entry("type", "left"));
        assertThat(a.metadata()).containsEntry("biased_words", "[sky]").containsEntry("topic", "weather");
        assertThat(c.articles().get(1).text()).isEqualTo("A council vote; delayed\nuntil spring.");
        assertThat(c.articles().get(2).id()).isEqualTo("babe_like:3");
        assertThat(c.articles().get(2).labels()).doesNotContainKey("type");
        assertThat(c.provenance().mapping().textField()).isEqualTo("text");
        assertThat(c.provenance().reader()).isEqualTo("csv");
    }

    @Test
    void fieldsAndPreviewGiveRawNamesAndRows() throws Exception {
        Path p = Cli.resource("babe_like.csv");
        assertThat(Corpora.fields(p, ReadOptions.defaults())).containsExactly("text", "news_link", "outlet", "topic",
                "type", "label_bias", "label_opinion", "biased_words");
        List<Map<String, String>> rows = Corpora.preview(p, ReadOptions.defaults(), 2);
        assertThat(rows).hasSize(2);
        assertThat(rows.get(1)).containsEntry("outlet", "The Courier").containsEntry("type", "right");
    }

    @Test
    void tsvWithTabInsideQuotesAndDates() throws Exception {
        Corpus c = read(Cli.resource("tabbed.tsv"));
        assertThat(c.size()).isEqualTo(2);
        assertThat(c.articles().get(0).id()).isEqualTo("t1");
        assertThat(c.articles().get(0).date()).isEqualTo(LocalDate.of(2020, 1, 31));
        assertThat(c.articles().get(0).metadata()).containsEntry("date", "2020/01/31");
        assertThat(c.articles().get(1).text()).isEqualTo("Quoted, with tab\tinside");
        assertThat(c.articles().get(1).date()).isEqualTo(LocalDate.of(2020, 2, 1));
        assertThat(c.articles().get(1).label("leaning")).isEqualTo("right");
    }

    @Test
    void delimiterOverride() throws Exception {
        Path p = tmp.resolve("x.csv");
        Files.writeString(p, "text|label\nhello, world|a\n");
        Corpus c = Corpora.read(p, new ReadOptions(FieldMapping.auto(), null, '|', null, false, 0), null);
        assertThat(c.articles().get(0).text()).isEqualTo("hello, world");
    }

    @Test
    void utf16ByBomAndWindows1252ByEncoding() throws Exception {
        Path u16 = tmp.resolve("u16.csv");
        Files.write(u16, ("\uFEFFtext,label\n\u201cquoted\u201d caf\u00e9,left\n").getBytes(StandardCharsets.UTF_16LE));
        assertThat(read(u16).articles().get(0).text()).isEqualTo("\u201cquoted\u201d caf\u00e9");
        Path w = tmp.resolve("w.csv");
        Files.write(w, "text,label\ncaf\u00e9 \u201cx\u201d,left\n".getBytes(Charset.forName("windows-1252")));
        Corpus c = Corpora.read(w, new ReadOptions(FieldMapping.auto(), Charset.forName("windows-1252"), null, null, false, 0), null);
        assertThat(c.articles().get(0).text()).isEqualTo("caf\u00e9 \u201cx\u201d");
    }

    /** A folder gathered from several sources: the UTF-8 files are read as UTF-8 under --encoding windows-1252, and a note says so. */
    @Test
    void aTxtFolderOfMixedEncodingsKeepsEveryLetter() throws Exception {
        Path folder = Files.createDirectories(tmp.resolve("mixed"));
        Charset w1252 = Charset.forName("windows-1252");
        Files.write(folder.resolve("a.txt"), "Die B\u00fcrger sagten \u201egut\u201c.".getBytes(w1252));
        Files.write(folder.resolve("u.txt"), "Die B\u00fcrger sagten \u201egut\u201c.".getBytes(StandardCharsets.UTF_8));
        Files.write(folder.resolve("v.txt"), ("\uFEFFPlain words.").getBytes(StandardCharsets.UTF_8));
        Files.writeString(folder.resolve("p.txt"), "Plain ASCII words.");
        Corpus c = Corpora.read(folder, new ReadOptions(FieldMapping.auto(), w1252, null, null, false, 0), null);
        assertThat(c.articles()).extracting(Article::text)
                .containsExactly("Die B\u00fcrger sagten \u201egut\u201c.", "Plain ASCII words.", "Die B\u00fcrger sagten \u201egut\u201c.", "Plain words.");
        assertThat(c.provenance().notes()).singleElement().asString()
                .startsWith("2 files were read as UTF-8, not windows-1252 as given (e.g. u.txt)");
        // all in the given encoding: no note
        Files.delete(folder.resolve("u.txt"));
        Files.delete(folder.resolve("v.txt"));
        assertThat(Corpora.read(folder, new ReadOptions(FieldMapping.auto(), w1252, null, null, false, 0), null).provenance().notes()).isEmpty();
    }

    /** UTF-8 read as windows-1252, or text garbled at the source: counted and noted, with what to do for each. */
    @Test
    void mojibakeIsNoted() throws Exception {
        assertThat(Mojibake.in("Die B\u00c3\u00bcrger")).isTrue();               // ü read as windows-1252
        assertThat(Mojibake.in("Obama\u00e2\u20ac\u2122s plan")).isTrue();     // ’ read as windows-1252
        assertThat(Mojibake.in("caf\u00c2\u00a0au lait")).isTrue();             // no-break space
        assertThat(Mojibake.in("N\u00c3O, \u00c2GE, caf\u00e9, \u201cquoted\u201d")).isFalse();
        assertThat(Mojibake.in("")).isFalse();
        assertThat(Mojibake.in(null)).isFalse();
        Path u8 = tmp.resolve("u8.csv");
        Files.write(u8, "text,label\n\"Die B\u00fcrger sagten \u201egut\u201c.\",left\nPlain.,right\n".getBytes(StandardCharsets.UTF_8));
        Corpus wrong = Corpora.read(u8, new ReadOptions(FieldMapping.auto(), Charset.forName("windows-1252"), null, null, false, 0), null);
        assertThat(wrong.provenance().notes()).singleElement().asString().startsWith("1 article contains character pairs such as")
                .contains("e.g. id u8:1").contains("read as windows-1252 (--encoding; study file: corpus.encoding; GUI: 'Encoding' in the corpus mapping dialog): it is probably UTF-8,"
                        + " so give no encoding and let FrameLab detect it");
        assertThat(read(u8).provenance().notes()).isEmpty();
        Path garbled = tmp.resolve("garbled.jsonl");
        Files.writeString(garbled, "{\"id\": \"a\", \"text\": \"Obama\u00e2\u20ac\u2122s plan.\"}\n{\"id\": \"b\", \"text\": \"Fine.\"}\n");
        assertThat(read(garbled).provenance().notes()).singleElement().asString().contains("e.g. id a")
                .contains("garbled before FrameLab read them");
    }

    @Test
    void jsonlPlainAndGzipWithNestedValues() throws Exception {
        Path plain = Cli.resource("articles.jsonl");
        Path gz = tmp.resolve("articles.jsonl.gz");
        try (OutputStream o = new GZIPOutputStream(Files.newOutputStream(gz))) {
            o.write(Files.readAllBytes(plain));
        }
        for (Path p : List.of(plain, gz)) {
            Corpus c = read(p);
            assertThat(c.size()).isEqualTo(3);
            Article a1 = c.articles().get(0);
            assertThat(a1.id()).isEqualTo("a1");
            assertThat(a1.title()).isEqualTo("Bridge opens");
            assertThat(a1.authors()).containsExactly("Ann Example", "Bo Sample");
            assertThat(a1.metadata()).containsEntry("tags", "[\"infra\",\"local\"]");
            assertThat(a1.label("bias")).isEqualTo("left");
            Article a2 = c.articles().get(1);
            assertThat(a2.date()).isEqualTo(LocalDate.of(2019, 3, 4));
            assertThat(a2.authors()).containsExactly("Cy Writer");
            assertThat(a2.metadata()).containsEntry("score", "3");
            assertThat(c.articles().get(2).text()).isEmpty();
            assertThat(c.articles().get(2).date()).isNull();
        }
    }

    @Test
    void nestedJsonObjectsGiveDottedFieldsNotJsonText() throws Exception {
        Path p = tmp.resolve("nested.jsonl");
        Files.writeString(p, "{\"id\":\"a0\",\"meta\":{\"outlet\":\"O1\",\"lean\":{\"label\":\"left\"}},\"body\":{\"text\":\"The minister said it works.\"},\"tags\":[\"x\"],\"extra\":{}}\n"
                + "{\"id\":\"a1\",\"meta\":{\"outlet\":\"O2\",\"lean\":{\"label\":\"right\"}},\"body\":{\"text\":\"Critics accused him.\"},\"tags\":[],\"extra\":{}}\n");
        Corpus c = read(p);
        Article a = c.articles().get(0);
        assertThat(c.provenance().mapping().textField()).isEqualTo("body.text");
        assertThat(a.text()).isEqualTo("The minister said it works."); // not {"text": ...}
        assertThat(a.outlet()).isEqualTo("O1"); // meta.outlet, the only nested 'outlet'
        assertThat(a.label("meta.lean.label")).isEqualTo("left");
        assertThat(a.metadata()).containsEntry("tags", "[\"x\"]").containsEntry("extra", "");
        // named explicitly, a nested field is found by its dotted name
        Corpus e = Corpora.read(p, new ReadOptions(new FieldMapping(null, "body.text", null, List.of("meta.lean.label"), "meta.outlet", null, null, null),
                null, null, null, false, 0), null);
        assertThat(e.articles().get(1).text()).isEqualTo("Critics accused him.");
        assertThat(e.articles().get(1).label("meta.lean.label")).isEqualTo("right");
    }

    @Test
    void singleJsonFileWithArrayOrPrettyPrintedObjects() throws Exception {
        Path arr = tmp.resolve("arr.json");
        Files.writeString(arr, "[\n {\"id\": \"1\", \"text\": \"one\", \"bias\": \"right\"},\n {\"id\": \"2\",\n  \"text\": \"two\", \"bias\": \"left\"}\n]\n");
        Corpus c = read(arr);
        assertThat(c.articles()).extracting(Article::text).containsExactly("one", "two");
        assertThat(c.articles().get(1).label("bias")).isEqualTo("left");
        assertThat(c.provenance().reader()).isEqualTo("json");
        Path pretty = tmp.resolve("pretty.json");
        Files.writeString(pretty, "{\n \"id\": \"a\", \"text\": \"pretty\"\n}\n{\"id\":\"b\",\"text\":\"x\"}\n");
        assertThat(read(pretty).articles()).extracting(Article::id).containsExactly("a", "b");
        Path bad = tmp.resolve("bad.json");
        Files.writeString(bad, "[{\"id\":\"1\",\"text\":\"a\"},\n{\"id\":\"2\",\"text\": }]");
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> read(bad)).isInstanceOf(CorpusException.class)
                .hasMessageContaining("bad.json, line 2").hasMessageContaining("invalid JSON");
    }

    @Test
    void streamingOpenHonoursLimit() throws Exception {
        try (ArticleStream s = Corpora.open(Cli.resource("articles.jsonl"), new ReadOptions(FieldMapping.auto(), null, null, null, false, 2))) {
            assertThat(s.nextArticle().id()).isEqualTo("a1");
            assertThat(s.nextArticle().id()).isEqualTo("a2");
            assertThat(s.hasNext()).isFalse();
            assertThat(s.provenance().rowsRead()).isEqualTo(2);
        }
    }

    @Test
    void folderOfJsonFilesUsesContentAndBiasText() throws Exception {
        Corpus c = read(Cli.resource("jsons"));
        Article a = first(c, 2, "j1", "Potholes ( ███ ) are back .");
        assertThat(a.labels()).containsExactly(Map.entry("bias_text", "left"));
        assertThat(a.metadata()).containsEntry("bias", "0").containsKey("content_original");
        assertThat(c.provenance().reader()).isEqualTo("json-folder");
    }

    @Test
    void folderOfTxtWithSubfolderLabels() throws Exception {
        Corpus c = read(Cli.resource("txt"));
        assertThat(c.articles()).extracting(Article::id).containsExactly("left/one", "right/three", "right/two");
        assertThat(c.articles()).extracting(x -> x.label("label")).containsExactly("left", "right", "right");
        assertThat(c.articles().get(0).text()).isEqualTo("The mayor of Norvale said the plan works.");
    }

    @Test
    void folderOfTxtWithSideCarCsv() throws Exception {
        Corpus c = read(Cli.resource("sidecar"));
        assertThat(c.size()).isEqualTo(2);
        assertThat(c.articles().get(0).id()).isEqualTo("s1");
        assertThat(c.articles().get(0).label("leaning")).isEqualTo("left");
        assertThat(c.articles().get(1).outlet()).isEqualTo("The Courier");
        assertThat(c.articles().get(1).label("leaning")).isEqualTo("right");
    }

    @Test
    void xlsxFormatsNumbersAndDatesAndChoosesSheet() throws Exception {
        Path x = TestWorkbooks.write(tmp.resolve("book.xlsx"), wb -> {
            TestWorkbooks.sheet(wb, "notes", new String[][]{{"nothing here"}});
            Sheet s = TestWorkbooks.sheet(wb, "data", new String[][]{{"id", "text", "score", "ratio", "date", "label"}});
            CellStyle ds = wb.createCellStyle();
            ds.setDataFormat(wb.getCreationHelper().createDataFormat().getFormat("m/d/yy"));
            Row r = s.createRow(1);
            r.createCell(0).setCellValue(17);
            r.createCell(1).setCellValue("Officials said the bridge is safe.");
            r.createCell(2).setCellValue(3.0);
            r.createCell(3).setCellValue(0.25);
            r.createCell(4).setCellValue(LocalDate.of(2021, 5, 6));
            r.getCell(4).setCellStyle(ds);
            r.createCell(5).setCellValue("left");
        });
        // the first sheet has no text field: the error lists its fields and suggests --text-field
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> read(x))
                .isInstanceOf(CorpusException.class).hasMessageContaining("nothing here").hasMessageContaining("--text-field");
        for (String sheet : List.of("data", "2")) {
            Corpus c = Corpora.read(x, new ReadOptions(FieldMapping.auto(), null, null, sheet, false, 0), null);
            Article a = c.articles().get(0);
            assertThat(a.id()).isEqualTo("17");
            assertThat(a.text()).isEqualTo("Officials said the bridge is safe.");
            assertThat(a.metadata()).containsEntry("score", "3").containsEntry("ratio", "0.25").containsEntry("date", "2021-05-06");
            assertThat(a.date()).isEqualTo(LocalDate.of(2021, 5, 6));
            assertThat(a.label("label")).isEqualTo("left");
        }
    }
}
