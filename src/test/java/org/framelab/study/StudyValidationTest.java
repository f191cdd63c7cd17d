package org.framelab.study;

import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.framelab.cli.Main;
import org.framelab.util.InputException;
import org.framelab.util.Progress;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.InputStream;
import java.io.PrintWriter;
import java.io.StringReader;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The study file's {@code validation:} section: the same rows as {@code framelab validate}, in the study's outputs. */
class StudyValidationTest {
    static final Path DEMO = Path.of("datasets/demo").toAbsolutePath();

    static Path study(Path dir) throws Exception {
        Path f = dir.resolve("study.yaml");
        Files.writeString(f, String.join("\n",
                "name: spans",
                "corpus:",
                "  path: " + DEMO.resolve("articles.jsonl"),
                "  mapping: {labels: [leaning]}",
                "features:",
                "  families: [framing]",
                "validation:",
                "  spans: " + DEMO.resolve("spans.csv"),
                "  bootstrap: 300",
                "charts: {types: [means], formats: [png]}",
                "outputs:",
                "  dir: " + dir.resolve("reports"),
                "  notebook: false",
                "  cache: false", ""));
        return f;
    }

    @Test
    void studyWritesTheSameValidationAsTheCommand(@TempDir Path dir) throws Exception {
        Path f = study(dir);
        StudyRunner.Result r = StudyRunner.run(StudyFile.read(f), f, Progress.NONE);
        Path rep = dir.resolve("reports/spans");
        assertThat(rep.resolve("tables/validation.csv")).isNotEmptyFile();
        assertThat(rep.resolve("charts/validation.png")).isNotEmptyFile();
        assertThat(r.data().validation()).isNotNull();
        assertThat(Files.readString(rep.resolve("manifest.json"))).contains("\"validation\"").contains("\"distinct_spans\" : 26")
                .contains("tables/validation.csv").contains("charts/validation.png");
        try (InputStream in = Files.newInputStream(rep.resolve("spans.xlsx")); XSSFWorkbook wb = new XSSFWorkbook(in)) {
            Sheet s = wb.getSheet("Validation");
            assertThat(s).isNotNull();
            assertThat(s.getRow(0).getCell(6).getStringCellValue()).isEqualTo("share of hits in spans");
        }
        // the command with the same spans, families, bootstrap and seed (42, the study's default)
        Path out = dir.resolve("cli");
        StringWriter o = new StringWriter(), e = new StringWriter();
        int code = Main.run(new PrintWriter(o, true), new PrintWriter(e, true), "validate", DEMO.resolve("articles.jsonl").toString(),
                "--spans", DEMO.resolve("spans.csv").toString(), "--bootstrap", "300", "-o", out.toString());
        assertThat(code).as(e.toString()).isZero();
        assertThat(Files.readString(rep.resolve("tables/validation.csv"))).isEqualTo(Files.readString(out.resolve("validation.csv")));
    }

    @Test
    void badValidationKeysNameTheKey() {
        assertThatThrownBy(() -> StudyFile.parse(new StringReader("corpus: {path: a.jsonl}\nvalidation:\n  span: s.csv\n"), "s.yaml", null, "s"))
                .isInstanceOf(InputException.class).hasMessageContaining("s.yaml, line 3: unknown key 'validation.span'")
                .hasMessageContaining("did you mean 'spans'");
        assertThatThrownBy(() -> StudyFile.parse(new StringReader("corpus: {path: a.jsonl}\nvalidation:\n  bootstrap: -1\n"), "s.yaml", null, "s"))
                .isInstanceOf(InputException.class).hasMessageContaining("'validation.bootstrap'");
    }

    @Test
    void validationTrueUsesTheWordListField() throws Exception {
        Study s = StudyFile.parse(new StringReader("corpus: {path: a.jsonl}\nvalidation: true\n"), "s.yaml", null, "s");
        assertThat(s.validation()).isNotNull();
        assertThat(s.validation().spans()).isNull();
        assertThat(s.validation().bootstrap()).isEqualTo(1000);
        assertThat(StudyFile.parse(new StringReader("corpus: {path: a.jsonl}\n"), "s.yaml", null, "s").validation()).isNull();
    }
}
