package org.framelab.corpus;

import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddress;
import org.framelab.util.Progress;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** A coding team's sheet with title rows above the header: the header is found and the user is told. */
class XlsxTitleRowsTest {
    static Path workbook(Path dir, String[][] cells, String merge) throws Exception {
        return TestWorkbooks.write(dir.resolve("coding.xlsx"), wb -> {
            Sheet s = TestWorkbooks.sheet(wb, "Coding", cells);
            if (merge != null) s.addMergedRegion(CellRangeAddress.valueOf(merge));
        });
    }

    @Test
    void titleRowsAboveTheHeaderAreNotTheHeader(@TempDir Path dir) throws Exception {
        Path f = workbook(dir, new String[][]{
                {"Framing study 2024 - coding sheet"},
                {"Coder instructions: see codebook"},
                null,
                {"article_id", "outlet", "text", "frame"},
                {"A1", "FAZ", "The minister said the plan works.", "conflict"},
                {"A2", "taz", "Critics accused the minister.", "economic"},
        }, "A1:D1");
        Corpus c = Corpora.read(f, ReadOptions.defaults(), Progress.NONE);
        assertThat(c.articles()).extracting(Article::id).containsExactly("A1", "A2");
        assertThat(c.articles()).extracting(Article::outlet).containsExactly("FAZ", "taz");
        assertThat(c.provenance().rowsRead()).isEqualTo(2);
        assertThat(c.articles().get(0).label("frame")).isEqualTo("conflict");
        assertThat(c.provenance().notes()).singleElement().asString()
                .startsWith("rows 1-2 of sheet 'Coding' hold a single cell each ('Framing study 2024 - coding sheet', "
                        + "'Coder instructions: see codebook') above row 4")
                .contains("row 4 is the header");
    }

    @Test
    void aOneColumnSheetKeepsItsFirstRowAsHeader(@TempDir Path dir) throws Exception {
        Path f = workbook(dir, new String[][]{{"text"}, {"One article."}, {"Another article."}}, null);
        Corpus c = Corpora.read(f, ReadOptions.defaults(), Progress.NONE);
        assertThat(c.articles()).extracting(Article::text).containsExactly("One article.", "Another article.");
        assertThat(c.provenance().notes()).isEmpty();
    }

    @Test
    void moreThanFiveSingleCellRowsAreData(@TempDir Path dir) throws Exception {
        List<List<String>> rows = new java.util.ArrayList<>();
        List<Long> nums = new java.util.ArrayList<>();
        for (int i = 0; i < 6; i++) { rows.add(new java.util.ArrayList<>(List.of("t" + i))); nums.add(i + 1L); }
        rows.add(new java.util.ArrayList<>(List.of("a", "b")));
        nums.add(7L);
        assertThat(XlsxReader.dropTitleRows(rows, nums, "S")).isNull();
        assertThat(rows).hasSize(7);
    }

    @Test
    void aCodebookFirstSheetNamesTheOtherSheets(@TempDir Path dir) throws Exception {
        Path f = TestWorkbooks.write(dir.resolve("study.xlsx"), wb -> {
            TestWorkbooks.sheet(wb, "Codebook", new String[][]{{"Variable", "Description"}, {"frame", "1=conflict"}});
            TestWorkbooks.sheet(wb, "Coding", new String[][]{{"text"}, {"An article."}});
        });
        assertThatThrownBy(() -> Corpora.read(f, ReadOptions.defaults(), Progress.NONE))
                .isInstanceOf(CorpusException.class)
                .hasMessageContaining("no text field found among the fields: Variable, Description")
                .hasMessageContaining("this is sheet 'Codebook'; the workbook also has sheet 'Coding': choose the sheet with the data with --sheet");
        ReadOptions text = new ReadOptions(new FieldMapping(null, "text", null, List.of(), null, null, null, null), null, null, null, false, 0);
        assertThatThrownBy(() -> Corpora.read(f, text, Progress.NONE))
                .hasMessageContaining("does not exist; available fields: Variable, Description")
                .hasMessageContaining("the workbook also has sheet 'Coding'");
        ReadOptions coding = new ReadOptions(ReadOptions.defaults().mapping(), null, null, "Coding", false, 0);
        assertThat(Corpora.read(f, coding, Progress.NONE).size()).isEqualTo(1);
    }

    @Test
    void aFieldNameWithASpaceAtTheEndNamesTheColumnAsRead(@TempDir Path dir) throws Exception {
        Path f = dir.resolve("export.csv");
        Files.writeString(f, "Quelle;Text \nFAZ;Ein Artikel.\n");
        ReadOptions o = new ReadOptions(new FieldMapping(null, "Text ", null, List.of(), null, null, null, null), null, null, null, false, 0);
        assertThatThrownBy(() -> Corpora.read(f, o, Progress.NONE))
                .hasMessageContaining("field 'Text '")
                .hasMessageContaining("the file has 'Text' (column names are read without spaces at their ends, and case counts): give that name");
    }
}
