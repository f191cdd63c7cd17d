package org.framelab.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.framelab.SharedData;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class FeaturesCommandTest {
    @TempDir
    Path dir;


    @Test
    void babeCsvToCsvWithTermsTable() throws Exception {
        Path out = dir.resolve("babe.csv");
        Run r = new Run("features", SharedData.require("datasets/babe/final_labels_SG2.csv").toString(), "-o", out.toString(), "--threads", "2");
        assertThat(r.code).as(r.err()).isZero();
        List<String> lines = Files.readAllLines(out);
        assertThat(lines).hasSize(3675);
        assertThat(lines.get(0)).startsWith("id,outlet,date,label_bias,label_opinion,type,text.tokens,")
                .contains("attribution.evaluative.rate", "quotation.scare.count", "stance.hedge.rate", "subjective.negative.count");
        assertThat(lines.get(1)).startsWith("final_labels_SG2:1,Fox News,,Non-biased,");
        List<String> terms = Files.readAllLines(dir.resolve("babe.terms.csv"));
        assertThat(terms.get(0)).isEqualTo("term,family,category,outlet,count");
        assertThat(terms).anyMatch(l -> l.startsWith("say,attribution,neutral,Reuters,"));
        assertThat(terms).anyMatch(l -> l.contains(",quotation,scare,"));
        assertThat(r.out()).contains("articles:  3,674");
    }

    @Test
    void babeXlsxToArff() throws Exception {
        Path out = dir.resolve("babe.arff");
        Run r = new Run("features", SharedData.require("datasets/babe/final_labels_SG2.xlsx").toString(), "-o", out.toString(),
                "--families", "attribution+quotation", "--no-terms");
        assertThat(r.code).as(r.err()).isZero();
        String arff = Files.readString(out);
        assertThat(arff).contains("@attribute 'label:label_bias' {'Biased','No agreement','Non-biased'}")
                .contains("@attribute 'quotation.scare.count' numeric").doesNotContain("stance.");
        assertThat(arff.lines().filter(l -> l.startsWith("{"))).hasSize(3674);
        assertThat(dir.resolve("babe.terms.csv")).doesNotExist();
    }

    @Test
    void allSidesJsonFolderToXlsxWithLexiconAndActors() throws Exception {
        Path out = dir.resolve("sample.xlsx");
        Path lex = SharedData.require("lexicons/recasens2013/hedges_hyland2005.txt");
        Run r = new Run("features", SharedData.require("datasets/allsides/jsons-sample").toString(), "-o", out.toString(),
                "--lexicon", "hedges=" + lex, "--actors", "Trump=Trump|President Trump,Democrats");
        assertThat(r.code).as(r.err()).isZero();
        byte[] head = new byte[2];
        try (var in = Files.newInputStream(out)) {
            assertThat(in.read(head)).isEqualTo(2);
        }
        assertThat(new String(head)).isEqualTo("PK");
        assertThat(r.out()).contains("articles:  300");
        assertThat(Files.readString(dir.resolve("sample.terms.csv"))).contains(",actors,Trump,");
    }

    @Test
    void newsMtscJsonlWithNgrams() throws Exception {
        Path out = dir.resolve("mtsc.csv");
        Run r = new Run("features", SharedData.require("datasets/newsmtsc/devtest_rw.jsonl").toString(), "-o", out.toString(),
                "--families", "quotation+ngrams", "--ngram-range", "1-1", "--min-df", "20", "--tfidf");
        assertThat(r.code).as(r.err()).isZero();
        String header = Files.readAllLines(out).get(0);
        assertThat(header).contains("quotation.direct.count", "ngram:the", "ngram:said").doesNotContain("attribution.");
        // some NewsMTSC ids contain line breaks: count CSV records, not lines
        try (var parser = org.apache.commons.csv.CSVFormat.DEFAULT.parse(Files.newBufferedReader(out))) {
            assertThat(parser.getRecords()).hasSize(1068);
        }
        assertThat(r.err()).contains("n-gram vocabulary fitted on all 1067 articles");
    }

    @Tag("slow")
    @Test
    void allSidesJsonlGzStreams() throws Exception {
        Path out = dir.resolve("allsides.csv");
        Run r = new Run("features", SharedData.require("datasets/allsides/articles.jsonl.gz").toString(), "-o", out.toString(),
                "--limit", "1500");
        assertThat(r.code).as(r.err()).isZero();
        List<String> lines = Files.readAllLines(out);
        assertThat(lines).hasSize(1501);
        assertThat(lines.get(0)).startsWith("id,outlet,date,bias,");
        assertThat(lines.get(1)).startsWith("004Gt3gcsotuiYmz,");
        // with n-grams the corpus's outlet boilerplate is learned and left out, and the summary says so
        Path ng = dir.resolve("allsides-ngrams.csv");
        Run n = new Run("features", SharedData.require("datasets/allsides/articles.jsonl.gz").toString(), "-o", ng.toString(),
                "--limit", "1500", "--families", "ngrams", "--max-features", "2000", "--no-terms");
        assertThat(n.code).as(n.err()).isZero();
        assertThat(n.out()).containsPattern("boilerplate: [0-9,]+ lines repeated in 5\\+ articles left out");
        // and so are the names of outlets with 20+ articles ("told Fox News"); "ngram:politico" would be a column otherwise
        assertThat(n.out()).containsPattern("outlet names: [0-9]+ names of outlets with 20\\+ articles left out");
        assertThat(Files.readAllLines(ng).get(0)).doesNotContain("ngram:politico,").doesNotContain("ngram:npr,");
        // "Copyright © 2019 The Washington Times, LLC. Click here for reprint permission." is among them (with --repeated-lines 0, "ngram:click" is a column)
        assertThat(Files.readAllLines(ng).get(0)).doesNotContain("ngram:click,").doesNotContain("ngram:advertisement,");
    }

    @Test
    void listFeaturesDocumentsEveryColumn() {
        Run r = new Run("features", "--list-features", "--families", "all", "--actors", "Russia,United States");
        assertThat(r.code).as(r.err()).isZero();
        String s = r.out();
        assertThat(s).contains("attribution.said_ratio | Share of reporting verbs that are 'say' | attribution | ratio 0..1 | Share of all reporting verbs")
                .contains("actor.united_states.mentions.count").contains("ngram:<n-gram> | N-gram \u201c<n-gram>\u201d | ngrams")
                .contains("quotation.scare.rate | Scare quotes per 1,000 tokens | quotation | per 1,000 tokens");
        for (String line : s.lines().skip(1).toList()) assertThat(line.split(" \\| ").length).as(line).isGreaterThanOrEqualTo(5);
        // every ratio and rate states how it is computed and when it is missing (never "0 when the text has none")
        assertThat(s).doesNotContain("0 when the text has none")
                .contains("attribution.said_ratio | Share of reporting verbs that are 'say' | attribution | ratio 0..1 | Share of all reporting verbs (neutral and evaluative) that are forms of 'say': "
                        + "attribution.said.count / (attribution.neutral.count + attribution.evaluative.count); missing (empty) when the text has no reporting verb.")
                .contains("quotation.quoted_words.share | Share of words inside direct quotes | quotation | ratio 0..1 | Share of the text's word tokens that stand inside direct quotes: "
                        + "quotation.quoted_words.count / text.tokens; missing (empty) when the text has no word tokens.");
        for (String line : s.lines().skip(1).toList()) {
            if (line.contains("| per 1,000 tokens |")) {
                assertThat(line).as(line).contains("1000 \u00d7 ").contains(" / text.tokens; missing (empty) when the text has no word tokens.");
            }
        }
    }

    @Test
    void badLexiconIsBadInputWithFileAndLine() throws Exception {
        Path lex = dir.resolve("bad.csv");
        Files.writeString(lex, "term,category\nok,a\nbroken\n");
        Path out = dir.resolve("x.csv");
        Run r = new Run("features", SharedData.require("datasets/babe/final_labels_SG2.csv").toString(), "-o", out.toString(),
                "--lexicon", "mine=" + lex);
        assertThat(r.code).isEqualTo(ExitCodes.BAD_INPUT);
        assertThat(r.err()).contains("bad.csv, line 3").doesNotContain("Exception").doesNotContain("\tat ");
        assertThat(out).doesNotExist();
    }

    @Test
    void usageErrors() throws Exception {
        Path data = SharedData.require("datasets/babe/final_labels_SG2.csv");
        assertThat(new Run("features", data.toString()).code).isEqualTo(ExitCodes.BAD_USAGE);
        Run ext = new Run("features", data.toString(), "-o", dir.resolve("x.txt").toString());
        assertThat(ext.code).isEqualTo(ExitCodes.BAD_USAGE);
        assertThat(ext.err()).contains(".csv, .arff or .xlsx");
        Run fam = new Run("features", data.toString(), "-o", dir.resolve("x.csv").toString(), "--families", "framing+nonsense");
        assertThat(fam.code).isEqualTo(ExitCodes.BAD_USAGE);
        assertThat(fam.err()).contains("nonsense");
        Run missing = new Run("features", dir.resolve("nope.csv").toString(), "-o", dir.resolve("x.csv").toString());
        assertThat(missing.code).isEqualTo(ExitCodes.BAD_INPUT);
        assertThat(dir.resolve("x.csv")).doesNotExist();
    }

    @Test
    void explainBabeSentenceAsTextJsonAndHtml() throws Exception {
        Path data = SharedData.require("datasets/babe/final_labels_SG2.csv");
        Run text = new Run("explain", data.toString(), "--id", "final_labels_SG2:2");
        assertThat(text.code).as(text.err()).isZero();
        assertThat(text.out()).contains("Article final_labels_SG2:2").contains("[said]").contains("hits:")
                .contains("quotation.direct").contains("speaker: Trump");
        Path html = dir.resolve("x.html");
        Run json = new Run("explain", data.toString(), "--id", "final_labels_SG2:2", "--json", "--html", html.toString());
        assertThat(json.code).as(json.err()).isZero();
        JsonNode root = new ObjectMapper().readTree(json.out());
        assertThat(root.get("hits").size()).isGreaterThan(2);
        JsonNode first = root.get("hits").get(0);
        for (String f : List.of("family", "feature", "category", "text", "begin", "end")) assertThat(first.has(f)).as(f).isTrue();
        assertThat(Files.readString(html)).startsWith("<!DOCTYPE html>").contains("Legend:").contains("</html>");
    }

    @Test
    void explainAllSidesJsonlGzAndJsonFolderAndNewsMtsc() {
        Run a = new Run("explain", SharedData.require("datasets/allsides/articles.jsonl.gz").toString(), "--id", "004Gt3gcsotuiYmz");
        assertThat(a.code).as(a.err()).isZero();
        assertThat(a.out()).contains("Bomb Suspect").contains("attribution.neutral");
        Run b = new Run("explain", SharedData.require("datasets/allsides/jsons-sample").toString(), "--id", "01UWVhvNXz41OxEc",
                "--actors", "Trump");
        assertThat(b.code).as(b.err()).isZero();
        assertThat(b.out()).contains("outlet: Reuters");
        Run c = new Run("explain", SharedData.require("datasets/newsmtsc/devtest_rw.jsonl").toString(), "--id",
                "allsides_703_283_55_Mr. Trump_124_133");
        assertThat(c.code).as(c.err()).isZero();
        assertThat(c.out()).contains("hits:");
    }

    @Test
    void explainUnknownIdIsBadInput() {
        Run r = new Run("explain", SharedData.require("datasets/babe/final_labels_SG2.csv").toString(), "--id", "nope");
        assertThat(r.code).isEqualTo(ExitCodes.BAD_INPUT);
        assertThat(r.err()).contains("no article with id 'nope'").contains("final_labels_SG2:1");
    }

    @Test
    void benchFeaturesPrintsSpeedAndHeap() {
        Run r = new Run("bench", "features", SharedData.require("datasets/allsides/jsons-sample").toString(), "--rounds", "1");
        assertThat(r.code).as(r.err()).isZero();
        assertThat(r.out()).contains("1 thread:").contains("MB/s").contains("peak heap").contains("streamed:");
    }
}
