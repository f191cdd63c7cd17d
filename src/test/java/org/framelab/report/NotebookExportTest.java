package org.framelab.report;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class NotebookExportTest {
    @Test
    void notebookIsValidNbformat4AndReadsItsTables(@TempDir Path dir) throws Exception {
        Path nb = NotebookExport.write(ReportFixtures.sample(null, true), dir, List.of());
        assertThat(nb).isEqualTo(dir.resolve("sample.ipynb"));
        for (String f : List.of("articles.csv", "groups.csv", "tests.csv", "terms.csv", "monthly.csv", "model_confusion.csv",
                "ablation.csv", "agreement.csv", "columns.csv", "evidence.csv")) {
            assertThat(dir.resolve("sample").resolve(f)).exists();
        }
        JsonNode root = new ObjectMapper().readTree(nb.toFile());
        assertThat(root.get("nbformat").asInt()).isEqualTo(4);
        String all = root.get("cells").toString();
        assertThat(all).contains("read(\\\"groups.csv\\\")").contains("plt.show()").contains("markdown");

        String py = ExternalTools.python("nbformat");
        ExternalTools.Result v = ExternalTools.run(dir, 120, py, "-c",
                "import nbformat,sys; nb=nbformat.read(sys.argv[1], as_version=4); nbformat.validate(nb); print('VALID', len(nb.cells))",
                nb.toString());
        assertThat(v.code()).as(v.output()).isZero();
        assertThat(v.output()).contains("VALID");
    }

    @Test
    void notebookExecutesWithJupyter(@TempDir Path dir) throws Exception {
        Path nb = NotebookExport.write(ReportFixtures.sample(null, true), dir, List.of());
        ExternalTools.python("pandas", "matplotlib", "nbformat", "ipykernel");
        String jupyter = ExternalTools.tool("jupyter");
        ExternalTools.Result r = ExternalTools.run(dir, 600, jupyter, "nbconvert", "--to", "notebook", "--execute",
                "--ExecutePreprocessor.timeout=300", "--output", "executed.ipynb", nb.toString());
        assertThat(r.code()).as(r.output()).isZero();
        String executed = Files.readString(dir.resolve("executed.ipynb"));
        assertThat(executed).contains("image/png").doesNotContain("\"output_type\": \"error\"");
        assertThat(executed).contains("120 articles, 8 feature columns");
    }

    @Test
    void aSecondExportReplacesTheTablesOfTheFirst(@TempDir Path dir) throws Exception {
        // the tables folder holds the CSV files and the paper tables (tests.md, tests.tex ...): both may be replaced
        NotebookExport.write(ReportFixtures.sample(null, true), dir, List.of());
        assertThat(dir.resolve("sample/tests.tex")).exists();
        NotebookExport.write(ReportFixtures.sample(null, true), dir, List.of());
        assertThat(dir.resolve("sample/tests.md")).exists();
        java.nio.file.Files.writeString(dir.resolve("sample/notes.txt"), "mine");
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> NotebookExport.write(ReportFixtures.sample(null, true), dir, List.of()))
                .hasMessageContaining("will not replace this folder");
    }

    @Test
    void pythonStringsAreEscaped() {
        assertThat(NotebookExport.py("a\"b\\c")).isEqualTo("\"a\\\"b\\\\c\"");
        assertThat(NotebookExport.pyList(List.of("x", "y"))).isEqualTo("[\"x\", \"y\"]");
    }
}
