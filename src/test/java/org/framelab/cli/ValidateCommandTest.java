package org.framelab.cli;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.framelab.SharedData;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.InputStream;
import java.io.StringReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** {@code framelab validate} on the demo span file and on BABE's biased_words, with its -o outputs. */
class ValidateCommandTest {
    static final String DEMO = "datasets/demo/articles.jsonl";
    static final String SPANS = "datasets/demo/spans.csv";

    @Test
    void demoSpansPrintTheTableAndWriteEveryOutputTheSameTwice(@TempDir Path dir) throws Exception {
        Path one = dir.resolve("one"), two = dir.resolve("two");
        Run r = new Run("validate", DEMO, "--spans", SPANS, "--bootstrap", "200", "-o", one.toString());
        assertThat(r.code).as(r.err()).isZero();
        String out = r.out();
        // counted by hand in SpanValidationTest: 6 annotated articles, 26 distinct spans, 57 of 889 words inside them (the dateline of demo-035 is blanked as page furniture)
        assertThat(out).contains("Spans: stand-off spans in spans.csv")
                .contains("6 annotated articles of 233; 26 spans; 57 of 889 word tokens inside spans (chance rate 6.4%)")
                .contains("All annotators (6 articles)").contains("Annotator a (6 articles)").contains("Annotator b (6 articles)");
        // evaluative verbs: 8 hits, all in spans, enrichment 889/57 = 15.6x; span recall 8/26 = 0.308
        assertThat(out).containsPattern("attribution\\.evaluative +8 +100\\.0% +15\\.6x \\(.*\\) +0\\.308 ");
        for (String f : List.of("validation.csv", "validation.xlsx", "validation.png", "validation.svg")) {
            assertThat(one.resolve(f)).isNotEmptyFile();
            assertThat(out).contains("Wrote " + one.resolve(f));
        }
        List<CSVRecord> rows = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get()
                .parse(new StringReader(Files.readString(one.resolve("validation.csv")))).getRecords();
        CSVRecord ev = rows.stream().filter(x -> x.get("annotator").equals("b") && x.get("feature").equals("attribution.evaluative"))
                .findFirst().orElseThrow();
        assertThat(ev.get("hits")).isEqualTo("8");
        assertThat(ev.get("hits_in_spans")).isEqualTo("5");     // b did not mark claimed (demo-001, demo-039) nor complained
        assertThat(ev.get("spans")).isEqualTo("21");
        try (InputStream in = Files.newInputStream(one.resolve("validation.xlsx")); XSSFWorkbook wb = new XSSFWorkbook(in)) {
            Sheet s = wb.getSheet("Validation");
            assertThat(s).isNotNull();
            assertThat(s.getRow(0).getCell(0).getStringCellValue()).isEqualTo("annotator");
            assertThat(s.getRow(0).getCell(10).getStringCellValue()).isEqualTo("enrichment (x chance)");
            assertThat(s.getLastRowNum()).isGreaterThan(rows.size());          // the rows, then the method
            StringBuilder all = new StringBuilder();
            for (int i = rows.size() + 1; i <= s.getLastRowNum(); i++) {
                if (s.getRow(i) != null && s.getRow(i).getCell(0) != null) all.append(s.getRow(i).getCell(0).getStringCellValue()).append('\n');
            }
            assertThat(all).contains("Spans: stand-off spans in spans.csv").contains("percentile bootstrap over articles (200 resamples, seed 42)");
        }
        Thread.sleep(2100);   // zip entry times have 2-second steps: a clock would show
        Run again = new Run("validate", DEMO, "--spans", SPANS, "--bootstrap", "200", "-o", two.toString());
        assertThat(again.code).as(again.err()).isZero();
        for (String f : List.of("validation.csv", "validation.xlsx", "validation.png", "validation.svg")) {
            assertThat(Files.readAllBytes(two.resolve(f))).as(f).isEqualTo(Files.readAllBytes(one.resolve(f)));
        }
    }

    @Test
    void badSpanFileIsExitThreeWithFileLineAndField(@TempDir Path dir) throws Exception {
        Path bad = dir.resolve("bad.csv");
        Files.writeString(bad, "id,begin,end,label\ndemo-001,zero,5,loaded\n");
        Run r = new Run("validate", DEMO, "--spans", bad.toString());
        assertThat(r.code).isEqualTo(3);
        assertThat(r.err()).contains("bad.csv, line 2, field 'begin': 'zero' is not a character offset");
        Run none = new Run("validate", DEMO);
        assertThat(none.code).isEqualTo(3);
        assertThat(none.err()).contains("no span annotations were given");
    }

    /** BABE (SG2): biased_words detected, every sentence annotated; the published words mostly found. */
    @Test
    @Tag("slow")
    void babeBiasedWords(@TempDir Path dir) throws Exception {
        Path babe = SharedData.require("datasets/babe/final_labels_SG2.csv");
        Run r = new Run("validate", babe.toString(), "--bootstrap", "100", "-o", dir.toString());
        assertThat(r.code).as(r.err()).isZero();
        assertThat(r.out()).contains("Spans: word lists in field 'biased_words'")
                .contains("3,674 annotated articles of 3,674; 4,074 spans")
                .contains("35 listed words not found in their text");
        // subjective and loaded words fall inside the annotated words far more often than chance (8.0x; 6.7x before the loaded category)
        assertThat(r.out()).containsPattern("\n  subjective +5984 +27\\.9% +8\\.0x");
        assertThat(dir.resolve("validation.xlsx")).isNotEmptyFile();
        assertThat(dir.resolve("validation.png")).isNotEmptyFile();
    }
}
