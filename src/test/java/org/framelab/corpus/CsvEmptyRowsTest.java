package org.framelab.corpus;

import org.framelab.util.Progress;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.charset.Charset;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * An empty row of a coding sheet saved as CSV by Excel is a line of delimiters ({@code ;;;}): it is passed over as the
 * Excel reader passes over the empty row of the sheet itself, so the workbook and its CSV export give the same articles
 * (no empty article, no stop of a judgement read for an "empty item"), and a note says how many such rows and where.
 */
class CsvEmptyRowsTest {
    static final String TEXT = "The minister said the plan works.";

    @Test
    void aSheetAndItsCsvExportGiveTheSameArticles(@TempDir Path dir) throws Exception {
        Path csv = dir.resolve("coding.csv");
        Files.writeString(csv, "id;outlet;text\r\n1;Vox;" + TEXT + "\r\n;;\r\n2;Reuters;Critics said so.\r\n;;\r\n",
                Charset.forName("windows-1252"));
        Path xlsx = XlsxTitleRowsTest.workbook(dir, new String[][]{
                {"id", "outlet", "text"}, {"1", "Vox", TEXT}, null, {"2", "Reuters", "Critics said so."}}, null);
        Corpus fromCsv = Corpora.read(csv, ReadOptions.defaults(), Progress.NONE);
        Corpus fromXlsx = Corpora.read(xlsx, ReadOptions.defaults(), Progress.NONE);
        assertThat(fromCsv.articles()).extracting(Article::id).containsExactly("1", "2");
        assertThat(fromCsv.articles()).extracting(Article::id)
                .containsExactlyElementsOf(fromXlsx.articles().stream().map(Article::id).toList());
        assertThat(fromCsv.provenance().rowsRead()).isEqualTo(fromXlsx.provenance().rowsRead());
        assertThat(fromCsv.provenance().notes()).singleElement().asString()
                .isEqualTo("2 rows with every cell empty (first line 3) passed over, as blank lines are");
    }

    @Test
    void anEmptyRowInJudgementsIsNotAnEmptyItem(@TempDir Path dir) throws Exception {
        Path csv = dir.resolve("coding.csv");
        Files.writeString(csv, "article_id;coder;frame;text\n1;Anna;conflict;" + TEXT + "\n1;Ben;conflict;" + TEXT + "\n"
                + ";;;\n2;Anna;economic;Critics said so.\n2;Ben;morality;Critics said so.\n");
        Corpus c = Corpora.read(csv, CodingSheetJudgementsTest.coding(), Progress.NONE);
        assertThat(c.articles()).extracting(Article::id).containsExactly("1", "2");
        assertThat(c.articles().get(1).annotations()).extracting(Annotation::annotator).containsExactly("Anna", "Ben");
        assertThat(c.provenance().rowsSkipped()).isZero();
        assertThat(c.provenance().notes()).anySatisfy(n -> assertThat(n).startsWith("1 row with every cell empty (line 4)"));
    }

    @Test
    void aRowWithOneFilledCellIsStillARow(@TempDir Path dir) throws Exception {
        Path csv = dir.resolve("a.csv");
        Files.writeString(csv, "id,outlet,text\n1,Vox," + TEXT + "\n,,Only text.\n");
        Corpus c = Corpora.read(csv, ReadOptions.defaults(), Progress.NONE);
        assertThat(c.articles()).extracting(Article::text).containsExactly(TEXT, "Only text.");
        assertThat(c.provenance().notes()).isEmpty();
    }
}
