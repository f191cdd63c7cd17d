package org.framelab.report;

import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.util.CellRangeAddress;
import org.framelab.features.FeatureColumn;
import org.framelab.features.FeatureTable;
import org.framelab.report.ReportData.NgramRow;
import org.framelab.report.SheetKit.Col;
import org.framelab.util.Progress;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

import static org.framelab.report.WorkbookStyles.Kind.DEC;
import static org.framelab.report.WorkbookStyles.Kind.TEXT;

/**
 * The per-article sheets, streamed (SXSSF) so tens of thousands of articles fit in memory:
 * Articles (id, outlet, date, labels and the framing feature columns; n-gram columns are left out)
 * and N-grams (one row per n-gram column: in how many articles it occurs, its IDF, total, mean and
 * maximum; see {@link NgramSummary}).
 */
final class ArticleSheets {
    /** N-grams printed (those in the most articles); the sheet holds them all. */
    static final int PRINTED_NGRAMS = 250;
    /** Characters of printed width per page across (landscape A4 at about 60%). */
    private static final int CHARS_PER_PAGE = 220;

    private ArticleSheets() {}

    /** Indices of the columns the Articles sheet shows: the non-n-gram ones, at most {@code max}. */
    static int[] framing(List<FeatureColumn> cols, int max) {
        int[] all = NgramSummary.framing(cols);
        return all.length <= max ? all : java.util.Arrays.copyOf(all, max);
    }

    static Set<String> labelKeys(FeatureTable t) {
        Set<String> keys = new LinkedHashSet<>();
        for (FeatureTable.Row r : t.rows()) keys.addAll(new TreeSet<>(r.labels().keySet()));
        return keys;
    }

    /** The Articles sheet's rows: header, one row per article and the notes below; returns the row after the last article. */
    static int articleRows(Sheet s, SheetKit kit, FeatureTable t, Progress progress) {
        List<String> labels = new ArrayList<>(labelKeys(t));
        int[] shown = framing(t.columns(), org.framelab.report.Workbook.MAX_FEATURE_COLUMNS);
        int first = 3 + labels.size();
        List<String> head = head(t, labels, shown);
        Row hr = s.createRow(0);
        hr.setHeightInPoints(30);
        for (int i = 0; i < head.size(); i++) SheetKit.cell(hr, i, head.get(i), kit.style(WorkbookStyles.Kind.HEAD));
        int[] position = new int[t.columns().size()];
        java.util.Arrays.fill(position, -1);
        for (int k = 0; k < shown.length; k++) position[shown[k]] = first + k;
        // counts show as whole numbers (1,118, not 1118.000); rates, shares and weights with decimals
        org.apache.poi.ss.usermodel.CellStyle[] styles = new org.apache.poi.ss.usermodel.CellStyle[shown.length];
        for (int k = 0; k < shown.length; k++) {
            styles[k] = kit.style("count".equals(t.columns().get(shown[k]).unit()) ? WorkbookStyles.Kind.INT : DEC);
        }
        int r = 1;
        for (FeatureTable.Row row : t.rows()) {
            if ((r & 1023) == 0) progress.checkCancelled();
            articleRow(kit, s.createRow(r++), row, labels, position, first, styles);
            progress.step(1);
        }
        int ngrams = t.columns().size() - NgramSummary.framing(t.columns()).length;
        int cut = t.columns().size() - ngrams - shown.length;
        if (ngrams > 0) kit.note(s, r, ngrams + " n-gram columns are not in this sheet: see N-grams.");
        if (cut > 0) kit.note(s, r + (ngrams > 0 ? 1 : 0), cut + " framing columns after the first " + shown.length
                + " are not in this sheet: see tables/articles.csv.");
        return r;
    }

    /** The Articles sheet's frozen panes, auto-filter, widths and print setup, once its rows (to {@code end}) are in. */
    static void articlesLayout(Sheet s, SheetKit kit, FeatureTable t, int end) {
        List<String> labels = new ArrayList<>(labelKeys(t));
        int[] shown = framing(t.columns(), org.framelab.report.Workbook.MAX_FEATURE_COLUMNS);
        List<String> head = head(t, labels, shown);
        s.createFreezePane(1, 1);
        s.setAutoFilter(new CellRangeAddress(0, Math.max(0, end - 1), 0, head.size() - 1));
        int chars = widths(s, t, labels, head, 3 + labels.size());
        SheetKit.printSetup(s, Math.max(1, (chars + CHARS_PER_PAGE - 1) / CHARS_PER_PAGE), true, true);
        s.setRepeatingColumns(new CellRangeAddress(-1, -1, 0, 0));
    }

    private static List<String> head(FeatureTable t, List<String> labels, int[] shown) {
        List<String> head = new ArrayList<>(List.of("id", "outlet", "date"));
        head.addAll(labels);
        for (int i : shown) head.add(t.columns().get(i).name());
        return head;
    }

    private static void articleRow(SheetKit kit, Row x, FeatureTable.Row row, List<String> labels, int[] position,
                                   int first, org.apache.poi.ss.usermodel.CellStyle[] styles) {
        int shown = styles.length;
        SheetKit.cell(x, 0, row.id(), kit.style(TEXT));
        SheetKit.cell(x, 1, row.outlet(), kit.style(TEXT));
        if (row.date() != null) {
            x.createCell(2).setCellValue(row.date());
            x.getCell(2).setCellStyle(kit.style(WorkbookStyles.Kind.DATE));
        }
        for (int i = 0; i < labels.size(); i++) SheetKit.cell(x, 3 + i, row.labels().get(labels.get(i)), kit.style(TEXT));
        double[] line = new double[shown];
        int[] idx = row.values().indices();
        double[] val = row.values().values();
        for (int k = 0; k < idx.length; k++) {
            if (position[idx[k]] >= 0) line[position[idx[k]] - first] = val[k];
        }
        for (int i = 0; i < shown; i++) SheetKit.num(x, first + i, line[i], styles[i]);
    }

    /** Sets the column widths; returns the sheet's width in characters. */
    private static int widths(Sheet s, FeatureTable t, List<String> labels, List<String> head, int first) {
        int[] w = new int[head.size()];
        w[0] = SheetKit.maxLen(t.rows().stream().map(FeatureTable.Row::id).toList(), 4) + 2;
        w[1] = SheetKit.maxLen(t.rows().stream().map(FeatureTable.Row::outlet).toList(), 6) + 2;
        w[2] = 13;
        for (int i = 0; i < labels.size(); i++) w[3 + i] = Math.max(12, labels.get(i).length() + 3);
        for (int i = first; i < head.size(); i++) w[i] = Math.max(10, Math.min(28, head.get(i).length() + 2));
        int total = 0;
        for (int i = 0; i < w.length; i++) {
            s.setColumnWidth(i, SheetKit.clampWidth(w[i]));
            total += Math.max(6, Math.min(80, w[i]));
        }
        return total;
    }

    static final List<Col<NgramRow>> NGRAMS = Col.list("n-gram:text*16<40|articles:int10|share of articles:dec12|IDF:dec8"
            + "|total:dec10|mean per article:dec12|max:dec10", NgramRow::term, NgramRow::articles, NgramRow::share, NgramRow::idf,
            NgramRow::total, NgramRow::mean, NgramRow::max);

    /** The N-grams sheet when the report has n-gram rows (most widespread first); false when it has none. */
    /** The N-grams sheet's rows (and the note below them); returns the row after the table. */
    static int ngramRows(Sheet s, SheetKit kit, List<NgramRow> rows) {
        int end = kit.rows(s, 0, NGRAMS, rows, g -> false);
        kit.note(s, end, "The same table: tables/ngrams.csv. Per-article n-gram values: framelab features --families ngrams.");
        return end;
    }

    /** The N-grams sheet's frozen header, auto-filter, widths, print setup and print area, once its rows are in. */
    static void ngramsLayout(Workbook wb, Sheet s, SheetKit kit, List<NgramRow> rows, int end) {
        kit.layout(s, NGRAMS, rows, end);
        SheetKit.printSetup(s, 1, true);
        if (rows.size() > PRINTED_NGRAMS) {
            wb.setPrintArea(wb.getSheetIndex(s), 0, NGRAMS.size() - 1, 0, PRINTED_NGRAMS);
            s.getHeader().setCenter("N-grams: the " + PRINTED_NGRAMS + " in the most articles, of " + rows.size()
                    + " (the sheet lists all)");
        }
    }
}
