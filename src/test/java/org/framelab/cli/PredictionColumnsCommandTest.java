package org.framelab.cli;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.framelab.corpus.Article;
import org.framelab.corpus.Corpora;
import org.framelab.corpus.ReadOptions;
import org.framelab.util.Progress;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The article fields next to each prediction (outlet, date, title) in every command that writes predictions:
 * {@code predict -o}, {@code evaluate --predictions-out}, {@code train --predictions-out}. The corpus has titles
 * with commas, quotes, line breaks and a leading '=', a missing and an unreadable date; every cell is read back
 * with an RFC 4180 parser and compared with the article as FrameLab reads it.
 */
class PredictionColumnsCommandTest {
    @TempDir
    static Path dir;
    static Path model;
    static Path corpus;
    static Map<String, Article> articles = new HashMap<>();

    @BeforeAll
    static void trainAndWriteCorpus() throws Exception {
        model = dir.resolve("demo.model");
        Run t = new Run("train", "datasets/demo/articles.jsonl", "--label", "leaning", "--features", "framing", "--cv", "2",
                "--bootstrap", "0", "--importance", "0", "-o", model.toString());
        assertThat(t.code).as(t.err()).isZero();
        corpus = dir.resolve("tricky.csv");
        Files.writeString(corpus, String.join("\r\n",
                "id,title,text,outlet,date,leaning",
                "a1,\"Cuts, cuts and more cuts\",The minister said the cuts were needed. Critics claimed otherwise.,Quayside Dispatch,2024-03-05,left",
                "a2,\"The \"\"reform\"\" nobody asked for\",Officials insisted the plan would work.,\"Lenn Wire, Service\",,center",
                "a3,\"Two lines\nof title\",The union warned of a strike on Monday.,The Ardel Record,2024-02-30,right",
                "a4,=SUM(1+1) headline,Residents said the bus route was cut.,,03/04/2024,left",
                "a5,,A plain article without a title.,Sarn Highland Courier,2023-12-31T23:59:00Z,center") + "\r\n");
        for (Article a : Corpora.read(corpus, ReadOptions.defaults(), Progress.NONE).articles()) articles.put(a.id(), a);
        assertThat(articles).hasSize(5);
    }

    static List<CSVRecord> read(Path f) throws Exception {
        try (Reader r = Files.newBufferedReader(f, StandardCharsets.UTF_8)) {
            return CSVFormat.RFC4180.builder().get().parse(r).getRecords();
        }
    }

    /** Checks every row's article fields against the article of its id, as FrameLab read it. */
    static void assertFields(List<CSVRecord> rows, boolean title) {
        List<String> header = rows.get(0).toList();
        int o = header.indexOf("outlet"), d = header.indexOf("date"), t = header.indexOf("title");
        assertThat(rows).hasSize(1 + articles.size());
        for (CSVRecord r : rows.subList(1, rows.size())) {
            Article a = articles.get(r.get(0));
            assertThat(r.get(o)).isEqualTo(a.outlet());
            assertThat(r.get(d)).isEqualTo(a.date() == null ? "" : a.date().toString());
            if (title) assertThat(r.get(t).replaceFirst("^'=", "=")).isEqualTo(a.title());
        }
    }

    @Test
    void predictWritesOutletAndDateByDefault() throws Exception {
        Path out = dir.resolve("p.csv");
        Run p = new Run("predict", model.toString(), corpus.toString(), "-o", out.toString());
        assertThat(p.code).as(p.err()).isZero();
        List<CSVRecord> rows = read(out);
        assertThat(rows.get(0).toList()).containsExactly("id", "predicted", "p_center", "p_left", "p_right", "outlet", "date");
        assertFields(rows, false);
        // the values, written out: a comma in an outlet quoted, no date and an impossible date empty, other forms as ISO days
        Map<String, List<String>> byId = new HashMap<>();
        for (CSVRecord r : rows.subList(1, rows.size())) byId.put(r.get(0), List.of(r.get(5), r.get(6)));
        assertThat(byId.get("a1")).containsExactly("Quayside Dispatch", "2024-03-05");
        assertThat(byId.get("a2")).containsExactly("Lenn Wire, Service", "");
        assertThat(byId.get("a3")).containsExactly("The Ardel Record", "");
        assertThat(byId.get("a4")).containsExactly("", "2024-03-04");
        assertThat(byId.get("a5")).containsExactly("Sarn Highland Courier", "2023-12-31");
        assertThat(Files.readString(out)).contains(",\"Lenn Wire, Service\",\r\n");
        // the same input gives the same bytes
        Path again = dir.resolve("p-again.csv");
        assertThat(new Run("predict", model.toString(), corpus.toString(), "-o", again.toString()).code).isZero();
        assertThat(Files.readAllBytes(again)).isEqualTo(Files.readAllBytes(out));
    }

    @Test
    void titlesWithCommasQuotesAndLineBreaksReadBackExactly() throws Exception {
        Path out = dir.resolve("pt.csv");
        Run p = new Run("predict", model.toString(), corpus.toString(), "-o", out.toString(), "--with", "title,outlet");
        assertThat(p.code).as(p.err()).isZero();
        List<CSVRecord> rows = read(out);
        // the order of the columns is fixed (outlet, date, title), whatever the order given
        assertThat(rows.get(0).toList()).containsExactly("id", "predicted", "p_center", "p_left", "p_right", "outlet", "title");
        Map<String, String> title = new HashMap<>();
        for (CSVRecord r : rows.subList(1, rows.size())) title.put(r.get(0), r.get(6));
        assertThat(title.get("a1")).isEqualTo("Cuts, cuts and more cuts");
        assertThat(title.get("a2")).isEqualTo("The \"reform\" nobody asked for");
        assertThat(title.get("a3")).isEqualTo("Two lines\nof title");
        assertThat(title.get("a4")).isEqualTo("'=SUM(1+1) headline"); // formula neutralised, as in every CSV FrameLab writes
        assertThat(title.get("a5")).isEmpty();
        Path raw = dir.resolve("pr.csv");
        assertThat(new Run("predict", model.toString(), corpus.toString(), "-o", raw.toString(), "--with", "title", "--raw-csv").code).isZero();
        assertThat(read(raw).stream().filter(r -> r.get(0).equals("a4")).findFirst().orElseThrow().get(5)).isEqualTo("=SUM(1+1) headline");
    }

    @Test
    void noneKeepsTheOldLayoutAndACorpusWithoutTheFieldsGetsNone() throws Exception {
        Path out = dir.resolve("pn.csv");
        assertThat(new Run("predict", model.toString(), corpus.toString(), "-o", out.toString(), "--with", "none").code).isZero();
        assertThat(read(out).get(0).toList()).containsExactly("id", "predicted", "p_center", "p_left", "p_right");
        Path plain = dir.resolve("plain.csv");
        Files.writeString(plain, "id,text\r\nb1,The minister said the cuts were needed.\r\n");
        Path po = dir.resolve("pp.csv");
        Run p = new Run("predict", model.toString(), plain.toString(), "-o", po.toString());
        assertThat(p.code).as(p.err()).isZero();
        assertThat(read(po).get(0).toList()).containsExactly("id", "predicted", "p_center", "p_left", "p_right");
    }

    @Test
    void aFieldThatCannotBeWrittenIsBadUsage() {
        Path out = dir.resolve("never.csv");
        Run p = new Run("predict", model.toString(), corpus.toString(), "-o", out.toString(), "--with", "outlet,tone");
        assertThat(p.code).isEqualTo(ExitCodes.BAD_USAGE);
        assertThat(p.err()).contains("Invalid --with: 'outlet,tone' ('tone' is not a field").contains("outlet, date, title, or none")
                .doesNotContain("\tat ");
        assertThat(out).doesNotExist();
        Run e = new Run("evaluate", model.toString(), corpus.toString(), "--predictions-out", out.toString(), "--with", "url");
        assertThat(e.code).isEqualTo(ExitCodes.BAD_USAGE);
    }

    @Test
    void evaluateAndTrainWriteTheSameFields() throws Exception {
        Path ev = dir.resolve("ev.csv");
        Run e = new Run("evaluate", model.toString(), corpus.toString(), "--label", "leaning", "--bootstrap", "0",
                "--predictions-out", ev.toString(), "--with", "outlet,date,title");
        assertThat(e.code).as(e.err()).isZero();
        List<CSVRecord> rows = read(ev);
        assertThat(rows.get(0).toList()).containsExactly("id", "gold", "predicted", "fold", "group", "p_center", "p_left", "p_right",
                "outlet", "date", "title");
        assertFields(rows, true);
        // train with a test corpus: the predictions are those of the test corpus, with its fields
        Path tr = dir.resolve("tr.csv");
        Run t = new Run("train", "datasets/demo/articles.jsonl", "--label", "leaning", "--features", "framing", "--test", corpus.toString(),
                "--bootstrap", "0", "--importance", "0", "--predictions-out", tr.toString());
        assertThat(t.code).as(t.err()).isZero();
        List<CSVRecord> trained = read(tr);
        assertThat(trained.get(0).toList()).endsWith("p_right", "outlet", "date");
        assertFields(trained, false);
        // and the evaluate rows equal predict's in the columns both have (the same model, the same articles)
        Path p = dir.resolve("pe.csv");
        assertThat(new Run("predict", model.toString(), corpus.toString(), "-o", p.toString(), "--with", "outlet,date,title").code).isZero();
        List<CSVRecord> pr = read(p);
        for (int i = 1; i < pr.size(); i++) {
            assertThat(pr.get(i).get(0)).isEqualTo(rows.get(i).get(0));
            assertThat(pr.get(i).toList().subList(1, pr.get(i).size()))
                    .isEqualTo(List.of(rows.get(i).get(2), rows.get(i).get(5), rows.get(i).get(6), rows.get(i).get(7),
                            rows.get(i).get(8), rows.get(i).get(9), rows.get(i).get(10)));
        }
    }
}
