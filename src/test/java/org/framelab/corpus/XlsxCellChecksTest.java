package org.framelab.corpus;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.FormulaError;
import org.apache.poi.ss.usermodel.Sheet;
import org.framelab.util.Progress;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** Excel error cells are missing values, never categories; formula cells without a stored result are counted, not read as blank silently. */
class XlsxCellChecksTest {
    /**
     * Three coders of two articles, coded in sheet 'Coding': the tone of article 1 is {@code #N/A} for two of them (one
     * stored error, one {@code =NA()} with its result), so the error would be the majority; article 2's tone has a
     * {@code =1/0}; C7 copies the frame by a formula saved without its result (as openpyxl writes it).
     */
    static Path workbook(Path dir) throws Exception {
        return TestWorkbooks.write(dir.resolve("coding.xlsx"), wb -> {
            Sheet s = TestWorkbooks.sheet(wb, "Coding", new String[][]{
                    {"article_id", "coder", "frame", "tone", "text"},
                    {"1", "Anna", "conflict", null, "The minister said the plan works."},
                    {"1", "Ben", "conflict", null, "The minister said the plan works."},
                    {"1", "Chris", "economic", "negative", "The minister said the plan works."},
                    {"2", "Anna", "morality", "neutral", "Critics accused the minister."},
                    {"2", "Ben", "morality", null, "Critics accused the minister."},
                    {"2", "Chris", null, "neutral", "Critics accused the minister."},
            });
            s.getRow(1).createCell(3).setCellErrorValue(FormulaError.NA.getCode());   // D2: a stored #N/A
            Cell na = s.getRow(2).createCell(3);                                       // D3: =NA() with its result
            na.setCellFormula("NA()");
            Cell div = s.getRow(5).createCell(3);                                      // D6: =1/0 with its result
            div.setCellFormula("1/0");
            wb.getCreationHelper().createFormulaEvaluator().evaluateFormulaCell(na);
            wb.getCreationHelper().createFormulaEvaluator().evaluateFormulaCell(div);
            s.getRow(6).createCell(2).setCellFormula("C6");                           // C7: no stored result
        });
    }

    static ReadOptions coding() {
        return new ReadOptions(new FieldMapping(null, null, null, List.of("frame", "tone"), null, null, "article_id", "coder"),
                null, null, null, false, 0);
    }

    @Test
    void errorCellsAreMissingValuesCountedInANoteNamingSheetAndCells(@TempDir Path dir) throws Exception {
        Corpus c = Corpora.read(workbook(dir), coding(), Progress.NONE);
        assertThat(c.articles()).extracting(a -> a.label("tone")).containsExactly("negative", "neutral");
        for (Article a : c.articles()) {
            assertThat(a.annotations()).noneMatch(an -> an.value().contains("ERROR") || an.value().startsWith("#"));
        }
        assertThat(c.articles().get(0).annotations()).filteredOn(an -> an.field().equals("tone")).extracting(Annotation::value)
                .containsExactly("", "", "negative");
        assertThat(c.provenance().notes()).anySatisfy(n -> assertThat(n)
                .startsWith("3 cells of sheet 'Coding' hold an Excel error (#N/A 2, #DIV/0! 1; e.g. D2 #N/A, D3 #N/A, D6 #DIV/0!): read as missing values")
                .contains("VLOOKUP"));
        CorpusSummary sum = CorpusSummary.of(c);
        assertThat(sum.toText()).doesNotContain("ERROR:").contains("Note: 3 cells of sheet 'Coding' hold an Excel error");
    }

    @Test
    void formulaCellsWithoutAStoredResultAreCountedWithTheirCellsAndAdvice(@TempDir Path dir) throws Exception {
        Corpus c = Corpora.read(workbook(dir), coding(), Progress.NONE);
        assertThat(c.articles().get(1).annotations()).filteredOn(an -> an.field().equals("frame")).extracting(Annotation::value)
                .containsExactly("morality", "morality", "");
        assertThat(c.provenance().notes()).anySatisfy(n -> assertThat(n)
                .startsWith("1 formula cell of sheet 'Coding' has no stored result (column C: 1, first C7)")
                .contains("Open the workbook in Excel or LibreOffice and save it"));
        // the formulas with a stored result (even an error) are not counted as without one
        assertThat(c.provenance().notes()).noneMatch(n -> n.startsWith("3 formula") || n.startsWith("2 formula"));
    }

    @Test
    void aWorkbookWithValuesOnlyHasNeitherNote(@TempDir Path dir) throws Exception {
        Path f = TestWorkbooks.write(dir.resolve("plain.xlsx"), wb -> {
            Sheet s = TestWorkbooks.sheet(wb, "S", new String[][]{{"text"}, {"ERROR:#N/A is just text here"}});
            Cell formula = s.createRow(2).createCell(0);
            formula.setCellFormula("\"\"&A2");
            wb.getCreationHelper().createFormulaEvaluator().evaluateFormulaCell(formula);
        });
        Corpus c = Corpora.read(f, ReadOptions.defaults(), Progress.NONE);
        assertThat(c.articles()).extracting(Article::text).containsExactly("ERROR:#N/A is just text here", "ERROR:#N/A is just text here");
        assertThat(c.provenance().notes()).isEmpty();
    }
}
