package org.framelab.corpus;

import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddress;
import org.framelab.util.Progress;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** Merged cells of a coding team's sheet: the top-left value applies to every row of the region, and the user is told. */
class MergedCellsTest {
    /**
     * The header in row 1 with "text" merged over D1:E1; the outlet merged over B2:B4 and the date over C2:C3, a text per
     * row; an outlet merged over B6:B7 whose B7 holds a value of its own.
     */
    static Path workbook(Path dir) throws Exception {
        return TestWorkbooks.write(dir.resolve("coded.xlsx"), wb -> {
            Sheet s = TestWorkbooks.sheet(wb, "Coding", new String[][]{
                    {"id", "outlet", "date", "text", ""},
                    {"a1", "Der Spiegel", "2024-03-05", "The minister said the plan works.", "x"},
                    {"a2", null, null, "Critics accused the minister.", ""},
                    {"a3", null, "2024-03-07", "The government announced measures.", ""},
                    {"a4", "Die Zeit", "2024-03-08", "Officials claimed the reform helps.", ""},
                    {"a5", "taz", "2024-03-09", "Experts warned the plan may fail.", ""},
                    {"a6", "hidden value", "2024-03-10", "The opposition disagreed.", ""},
            });
            s.getRow(0).getCell(3).setCellValue("text");
            s.addMergedRegion(CellRangeAddress.valueOf("D1:E1")); // a heading over two columns stays a heading
            s.addMergedRegion(CellRangeAddress.valueOf("B2:B4"));
            s.addMergedRegion(CellRangeAddress.valueOf("C2:C3"));
            s.addMergedRegion(CellRangeAddress.valueOf("B6:B7")); // B7 holds a value of its own: kept
        });
    }

    @Test
    void everyRowOfAMergedRegionGetsItsValueAndTheLoadSummarySaysHowMany(@TempDir Path dir) throws Exception {
        Corpus c = Corpora.read(workbook(dir), ReadOptions.defaults(), Progress.NONE);
        assertThat(c.articles()).extracting(Article::outlet)
                .containsExactly("Der Spiegel", "Der Spiegel", "Der Spiegel", "Die Zeit", "taz", "hidden value");
        assertThat(c.articles()).extracting(Article::date).containsExactly(LocalDate.of(2024, 3, 5), LocalDate.of(2024, 3, 5),
                LocalDate.of(2024, 3, 7), LocalDate.of(2024, 3, 8), LocalDate.of(2024, 3, 9), LocalDate.of(2024, 3, 10));
        assertThat(c.provenance().notes()).singleElement().asString()
                .startsWith("3 blank cells of sheet 'Coding' in 2 merged regions (e.g. B2:B4 = 'Der Spiegel') took the value");
        assertThat(c.articles().get(0).metadata()).containsEntry("column_5", "x");
        assertThat(c.articles().get(1).metadata()).containsEntry("column_5", "");
        CorpusSummary sum = CorpusSummary.of(c);
        assertThat(sum.notes()).hasSize(1);
        assertThat(sum.toText()).contains("Note: 3 blank cells of sheet 'Coding'");
        assertThat(sum.topOutlets().get(0)).isEqualTo(new CorpusSummary.Count("Der Spiegel", 3));
    }

    @Test
    void theCliSummaryShowsTheNote(@TempDir Path dir) throws Exception {
        Cli r = new Cli("corpus", "info", workbook(dir).toString(), "--json");
        assertThat(r.code).as(r.err).isZero();
        assertThat(r.out).contains("\"notes\" : [ \"3 blank cells of sheet 'Coding' in 2 merged regions");
        Cli text = new Cli("corpus", "info", workbook(dir).toString());
        assertThat(text.out).contains("Der Spiegel").contains("Note: 3 blank cells");
    }

    @Test
    void aSheetWithoutMergedCellsHasNoNote(@TempDir Path dir) throws Exception {
        Path f = TestWorkbooks.write(dir.resolve("plain.xlsx"), wb -> TestWorkbooks.sheet(wb, "S", new String[][]{{"text"}, {"one"}, {"two"}}));
        assertThat(Corpora.read(f, ReadOptions.defaults(), Progress.NONE).provenance().notes()).isEmpty();
    }

    @Test
    void regionsTouchingTheHeaderOrEmptyRowsOrExtraColumnsAreNotSpread() {
        List<List<String>> rows = new java.util.ArrayList<>(List.of(
                new java.util.ArrayList<>(List.of("id", "outlet")),
                new java.util.ArrayList<>(List.of("a1", "O1")),
                new java.util.ArrayList<>(List.of("a2", "")),
                new java.util.ArrayList<>(List.of("a3"))));
        List<Long> nums = List.of(3L, 4L, 6L, 7L); // sheet rows 5 and 8+ are empty, the header is on row 3
        List<MergedCells.Region> regions = List.of(
                new MergedCells.Region(1, 3, 0, 1, "A1:B3"), // reaches the header: left alone
                new MergedCells.Region(4, 1_048_576, 1, 16_383, "B4:XFD1048576")); // the whole rest, clipped to the header's columns
        List<String> note = MergedCells.fill(rows, nums, 2, regions, "S");
        assertThat(rows.get(0)).containsExactly("id", "outlet");
        assertThat(rows.get(2)).containsExactly("a2", "O1");
        assertThat(rows.get(3)).containsExactly("a3", "O1");
        assertThat(note).singleElement().asString().startsWith("2 blank cells of sheet 'S' in 1 merged region (e.g. B4:XFD1048576 = 'O1')");
    }
}
