package org.framelab.report.tables;

import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.framelab.features.FeatureColumn;
import org.framelab.features.FeatureTable;
import org.framelab.features.SparseVector;
import org.framelab.features.TermCount;
import org.framelab.util.InputException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class FeatureTableFilesTest {
    @TempDir
    Path dir;

    static final List<FeatureColumn> COLS = List.of(
            new FeatureColumn("text.tokens", "text", "Tokens.", "count", ""),
            new FeatureColumn("attribution.neutral.rate", "attribution", "Neutral verbs per 1,000 tokens.", "per 1,000 tokens", "lexicon"),
            new FeatureColumn("ngram:so-called", "ngrams", "Occurrences.", "count", ""));

    static FeatureTable table() {
        return new FeatureTable(COLS, List.of(
                new FeatureTable.Row("a1", "Fox, News", LocalDate.of(2020, 5, 1), Map.of("bias", "right"),
                        new SparseVector(new int[]{0, 1}, new double[]{120, 8.333333333})),
                new FeatureTable.Row("a'2", "", null, Map.of("bias", "left"),
                        new SparseVector(new int[]{0, 2}, new double[]{3, 1}))));
    }

    @Test
    void csv() throws Exception {
        Path out = dir.resolve("f.csv");
        FeatureTableFiles.write(out, table(), null);
        assertThat(Files.readAllLines(out)).containsExactly(
                "id,outlet,date,bias,text.tokens,attribution.neutral.rate,ngram:so-called",
                "a1,\"Fox, News\",2020-05-01,right,120,8.333333,0",
                "a'2,,,left,3,0,1");
    }

    @Test
    void arffHasNominalLabelsAndSparseRows() throws Exception {
        Path out = dir.resolve("f.arff");
        FeatureTableFiles.write(out, table(), null);
        String s = Files.readString(out);
        assertThat(s).contains("@attribute 'label:bias' {'left','right'}")
                .contains("@attribute 'ngram:so-called' numeric")
                .contains("{0 'a1',1 'Fox, News',2 '2020-05-01',3 'right',4 120,5 8.333333}")
                .contains("{0 'a\\'2',1 ?,2 ?,3 'left',4 3,6 1}");
        try (Stream<Path> files = Files.list(dir)) {
            assertThat(files.map(p -> p.getFileName().toString())).containsExactly("f.arff");
        }
    }

    @Test
    void xlsxHasFeaturesColumnsAndTermsSheets() throws Exception {
        Path out = dir.resolve("f.xlsx");
        FeatureTableFiles.write(out, table(), List.of(new TermCount("claim", "attribution", "evaluative", "Fox", 3)));
        try (InputStream in = Files.newInputStream(out); XSSFWorkbook wb = new XSSFWorkbook(in)) {
            Sheet f = wb.getSheet("features");
            assertThat(f.getRow(0).getCell(3).getStringCellValue()).isEqualTo("bias");
            assertThat(f.getRow(1).getCell(4).getNumericCellValue()).isEqualTo(120.0);
            assertThat(f.getRow(1).getCell(5).getCellStyle().getDataFormatString()).isEqualTo("0.000");
            assertThat(f.getRow(2).getCell(6).getNumericCellValue()).isEqualTo(1.0);
            Sheet c = wb.getSheet("columns");
            assertThat(c.getRow(5).getCell(0).getStringCellValue()).isEqualTo("text.tokens");
            assertThat(wb.getSheet("terms").getRow(1).getCell(4).getNumericCellValue()).isEqualTo(3.0);
        }
    }

    @Test
    void failedProducerLeavesNoFile() {
        Path out = dir.resolve("f.csv");
        assertThatThrownBy(() -> FeatureTableFiles.write(out, COLS, List.of(), sink -> {
            sink.accept(table().rows().get(0));
            throw new InputException("data.csv, line 3: broken");
        })).isInstanceOf(InputException.class).hasMessageContaining("line 3");
        assertThat(out).doesNotExist();
        Path arff = dir.resolve("f.arff");
        assertThatThrownBy(() -> FeatureTableFiles.write(arff, COLS, List.of("bias"), sink -> {
            throw new IOException("disk full");
        })).isInstanceOf(IOException.class);
        assertThat(dir).isEmptyDirectory();
    }

    @Test
    void termsCsvAndPaths() throws Exception {
        Path out = dir.resolve("features.csv");
        assertThat(FeatureTableFiles.termsPathFor(out).getFileName().toString()).isEqualTo("features.terms.csv");
        FeatureTableFiles.writeTerms(FeatureTableFiles.termsPathFor(out),
                List.of(new TermCount("civil war", "quotation", "scare", "The \"Post\"", 2)));
        assertThat(Files.readAllLines(dir.resolve("features.terms.csv"))).containsExactly(
                "term,family,category,outlet,count", "civil war,quotation,scare,\"The \"\"Post\"\"\",2");
        assertThatThrownBy(() -> FeatureTableFiles.formatOf(Path.of("x.txt"))).hasMessageContaining(".csv, .arff or .xlsx");
    }

    @Test
    void tooManyColumnsForXlsx() {
        List<FeatureColumn> many = new java.util.ArrayList<>();
        for (int i = 0; i < 16_400; i++) many.add(new FeatureColumn("c" + i, "ngrams", "d", "count", ""));
        assertThatThrownBy(() -> FeatureTableFiles.write(dir.resolve("x.xlsx"), many, List.of(), sink -> {}))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("16,384");
        assertThat(dir.resolve("x.xlsx")).doesNotExist();
    }
}
