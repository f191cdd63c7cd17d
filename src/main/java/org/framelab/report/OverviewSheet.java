package org.framelab.report;

import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.framelab.report.WorkbookStyles.Kind;

import java.util.ArrayList;
import java.util.List;

/** The Overview sheet: the study's key facts by section (as the caller gives them), then what each sheet holds. */
final class OverviewSheet {
    /** Characters of an Overview value per printed line (column B is 100 characters wide; proportional fonts fit fewer). */
    private static final int LINE_CHARS = 90;

    private static final String[][] SHEETS = {
            {"Articles", "One row per article: id, outlet, date, labels and the framing feature values (see Columns)."},
            {"N-grams", "The n-gram vocabulary: per n-gram, in how many articles it occurs, its IDF, total, mean and maximum (also tables/ngrams.csv)."},
            {"Groups", "Per feature and group: n, mean, SD, median, quartiles, 95% CI of the mean."},
            {"Tests", "Group comparisons: test, statistic, p, Holm and Benjamini-Hochberg corrected p, effect size; significant rows highlighted."},
            {"Terms", "Scare-quoted terms, attribution verbs and other counted terms per group."},
            {"Evidence", "Sample text spans where each feature fired, with the article id."},
            {"Model", "Classifier evaluation: metrics with 95% CI, per-class scores, confusion matrix, per-group scores, ablations."},
            {"Features", "Feature importance / weights from the classifier."},
            {"Agreement", "Inter-annotator agreement (only when the corpus has annotator judgements)."},
            {"Columns", "Definition, unit and source of every feature column."},
            {"Charts", "Editable Excel charts and the figures (PNG; SVG/PDF files are in the charts folder)."}};

    private OverviewSheet() {}

    /** {@code withNgrams}: whether the workbook has an N-grams sheet (listed only then). */
    static void write(Workbook wb, SheetKit kit, ReportData d, boolean withNgrams) {
        Sheet s = wb.createSheet("Overview");
        SheetKit.cell(s.createRow(0), 0, "FrameLab study: " + d.study(), kit.style(Kind.SECTION));
        int r = 2;
        String section = null;
        for (ReportData.OverviewEntry e : d.overview()) {
            if (!e.section().equals(section)) {
                if (section != null) r++;
                section = e.section();
                r = kit.section(s, r, section);
            }
            Row row = s.createRow(r++);
            SheetKit.cell(row, 0, e.key(), kit.style(Kind.TEXT));
            SheetKit.cell(row, 1, e.value(), kit.style(Kind.WRAP));
            // a long value wraps: give its row the height of its lines (not every viewer fits rows on opening)
            int lines = e.value() == null ? 1 : (e.value().length() + LINE_CHARS - 1) / LINE_CHARS;
            if (lines > 1) row.setHeightInPoints(Math.min(lines, 12) * s.getDefaultRowHeightInPoints());
        }
        r = kit.section(s, r + 1, "Sheets");
        List<String[]> sheets = new ArrayList<>(List.of(SHEETS));
        if (!withNgrams) sheets.remove(1);
        for (String[] sh : sheets) {
            Row row = s.createRow(r++);
            SheetKit.cell(row, 0, sh[0], kit.style(Kind.TEXT));
            SheetKit.cell(row, 1, sh[1], kit.style(Kind.WRAP));
        }
        s.setColumnWidth(0, 30 * 256);
        s.setColumnWidth(1, 100 * 256);
    }
}
