package org.framelab.report;

import org.apache.poi.ss.usermodel.BorderStyle;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.ClientAnchor;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.IndexedColors;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.VerticalAlignment;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.xddf.usermodel.PresetLineDash;
import org.apache.poi.xddf.usermodel.XDDFColor;
import org.apache.poi.xddf.usermodel.XDDFLineProperties;
import org.apache.poi.xddf.usermodel.XDDFPresetLineDash;
import org.apache.poi.xddf.usermodel.XDDFShapeProperties;
import org.apache.poi.xddf.usermodel.XDDFSolidFillProperties;
import org.apache.poi.xddf.usermodel.chart.AxisCrosses;
import org.apache.poi.xddf.usermodel.chart.AxisPosition;
import org.apache.poi.xddf.usermodel.chart.BarDirection;
import org.apache.poi.xddf.usermodel.chart.ChartTypes;
import org.apache.poi.xddf.usermodel.chart.LegendPosition;
import org.apache.poi.xddf.usermodel.chart.MarkerStyle;
import org.apache.poi.xddf.usermodel.chart.XDDFBarChartData;
import org.apache.poi.xddf.usermodel.chart.XDDFCategoryAxis;
import org.apache.poi.xddf.usermodel.chart.XDDFChartData;
import org.apache.poi.xddf.usermodel.chart.XDDFChartLegend;
import org.apache.poi.xddf.usermodel.chart.XDDFDataSource;
import org.apache.poi.xddf.usermodel.chart.XDDFDataSourcesFactory;
import org.apache.poi.xddf.usermodel.chart.XDDFLineChartData;
import org.apache.poi.xddf.usermodel.chart.XDDFNumericalDataSource;
import org.apache.poi.xddf.usermodel.chart.XDDFValueAxis;
import org.apache.poi.xssf.streaming.SXSSFSheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.apache.poi.xssf.usermodel.XSSFCellStyle;
import org.apache.poi.xssf.usermodel.XSSFChart;
import org.apache.poi.xssf.usermodel.XSSFClientAnchor;
import org.apache.poi.xssf.usermodel.XSSFColor;
import org.apache.poi.xssf.usermodel.XSSFDrawing;
import org.apache.poi.xssf.usermodel.XSSFFont;
import org.apache.poi.xssf.usermodel.XSSFPicture;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.framelab.features.FeatureColumn;
import org.framelab.features.FeatureTable;
import org.framelab.report.ReportData.AgreementRow;
import org.framelab.report.ReportData.EvidenceRow;
import org.framelab.report.ReportData.GroupRow;
import org.framelab.report.ReportData.ModelReport;
import org.framelab.report.ReportData.NativeChart;
import org.framelab.report.ReportData.TermRow;
import org.framelab.report.ReportData.TestRow;
import org.framelab.util.AtomicFiles;
import org.framelab.util.Progress;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Writes the study workbook (.xlsx) with Apache POI: Overview, Articles (streamed with SXSSF so a
 * corpus of tens of thousands of articles fits in memory), Groups, Tests, Terms, Evidence, Model,
 * Features, Agreement, Columns and Charts (native Excel bar/line charts plus the PNG figures).
 * Every sheet has a styled, frozen header row, explicit column widths and number formats.
 */
public final class Workbook {
    /** Excel allows 16,384 columns; the Articles sheet keeps the first this many feature columns (the CSV has all). */
    public static final int MAX_FEATURE_COLUMNS = 2000;
    static final int MAX_CELL = 32_000;

    private final XSSFWorkbook wb = new XSSFWorkbook();
    private final XSSFCellStyle header, text, wrap, integer, decimal, pvalue, percent, sigText, sigDecimal, sigP, sigInt,
            sectionStyle, date;

    private Workbook() {
        XSSFFont bold = wb.createFont();
        bold.setBold(true);
        bold.setFontName("Calibri");
        bold.setFontHeightInPoints((short) 11);
        XSSFFont plain = wb.createFont();
        plain.setFontName("Calibri");
        plain.setFontHeightInPoints((short) 11);
        header = wb.createCellStyle();
        header.setFont(bold);
        header.setFillForegroundColor(new XSSFColor(new byte[]{(byte) 0xDD, (byte) 0xE5, (byte) 0xF0}, null));
        header.setFillPattern(FillPatternType.SOLID_FOREGROUND);
        header.setBorderBottom(BorderStyle.THIN);
        header.setVerticalAlignment(VerticalAlignment.CENTER);
        header.setWrapText(true);
        text = style(plain, null);
        wrap = style(plain, null);
        wrap.setWrapText(true);
        wrap.setVerticalAlignment(VerticalAlignment.TOP);
        integer = style(plain, "#,##0");
        decimal = style(plain, "0.000");
        pvalue = style(plain, "[<0.0001]0.00E+00;0.0000");
        percent = style(plain, "0.0%");
        date = style(plain, "yyyy-mm-dd");
        byte[] yellow = {(byte) 0xFF, (byte) 0xF2, (byte) 0xCC};
        sigText = highlight(text, yellow);
        sigDecimal = highlight(decimal, yellow);
        sigP = highlight(pvalue, yellow);
        sigInt = highlight(integer, yellow);
        sectionStyle = wb.createCellStyle();
        XSSFFont sec = wb.createFont();
        sec.setBold(true);
        sec.setFontHeightInPoints((short) 12);
        sec.setColor(IndexedColors.DARK_BLUE.getIndex());
        sectionStyle.setFont(sec);
    }

    private XSSFCellStyle style(Font font, String format) {
        XSSFCellStyle s = wb.createCellStyle();
        s.setFont(font);
        if (format != null) s.setDataFormat(wb.createDataFormat().getFormat(format));
        s.setVerticalAlignment(VerticalAlignment.TOP);
        return s;
    }

    private XSSFCellStyle highlight(XSSFCellStyle base, byte[] rgb) {
        XSSFCellStyle s = wb.createCellStyle();
        s.cloneStyleFrom(base);
        s.setFillForegroundColor(new XSSFColor(rgb, null));
        s.setFillPattern(FillPatternType.SOLID_FOREGROUND);
        XSSFFont f = wb.createFont();
        f.setBold(true);
        f.setFontName("Calibri");
        s.setFont(f);
        return s;
    }

    /** Writes the workbook atomically to {@code out}. */
    public static void write(ReportData data, Path out, Progress progress) throws IOException {
        new Workbook().build(data, out, progress == null ? Progress.NONE : progress);
    }

    private void build(ReportData d, Path out, Progress progress) throws IOException {
        progress.start("Writing workbook", d.table().rows().size(), "articles");
        overview(d);
        groups(d.groups());
        tests(d.tests());
        evidence(d.evidence());
        model(d.model());
        importance(d.model());
        if (!d.agreement().isEmpty()) agreement(d.agreement());
        columns(d.columns());
        charts(d);
        for (int i = 0; i < wb.getNumberOfSheets(); i++) printSetup(wb.getSheetAt(i), true);
        wb.setActiveSheet(0);
        try (SXSSFWorkbook sx = new SXSSFWorkbook(wb, 200)) {
            sx.setCompressTempFiles(true);
            articles(sx, d, progress);
            printSetup(sx.getSheet("Articles"), false);
            sx.setSheetOrder("Articles", 1);
            terms(sx, d.terms());
            printSetup(sx.getSheet("Terms"), true);
            sx.setSheetOrder("Terms", 4);
            sx.setActiveSheet(0);
            sx.setSelectedTab(0);
            AtomicFiles.write(out, sx::write);
        } finally {
            wb.close();
            progress.done();
        }
    }

    // ---------------------------------------------------------------- sheets

    /** Characters of an Overview value per printed line (column B is 100 characters wide; proportional fonts fit fewer). */
    private static final int OVERVIEW_LINE_CHARS = 90;

    private void overview(ReportData d) {
        XSSFSheet s = wb.createSheet("Overview");
        Row r0 = s.createRow(0);
        cell(r0, 0, "FrameLab study: " + d.study(), sectionStyle);
        int r = 2;
        String section = null;
        for (ReportData.OverviewEntry e : d.overview()) {
            if (!e.section().equals(section)) {
                if (section != null) r++;
                section = e.section();
                cell(s.createRow(r++), 0, section, sectionStyle);
            }
            Row row = s.createRow(r++);
            cell(row, 0, e.key(), text);
            cell(row, 1, e.value(), wrap);
            // a long value wraps: give its row the height of its lines (not every viewer fits rows on opening)
            int lines = e.value() == null ? 1 : (e.value().length() + OVERVIEW_LINE_CHARS - 1) / OVERVIEW_LINE_CHARS;
            if (lines > 1) row.setHeightInPoints(Math.min(lines, 12) * s.getDefaultRowHeightInPoints());
        }
        r++;
        cell(s.createRow(r++), 0, "Sheets", sectionStyle);
        String[][] sheets = {
                {"Articles", "One row per article: id, outlet, date, labels and every feature value (see Columns)."},
                {"Groups", "Per feature and group: n, mean, SD, median, quartiles, 95% CI of the mean."},
                {"Tests", "Group comparisons: test, statistic, p, Holm and Benjamini-Hochberg corrected p, effect size; significant rows highlighted."},
                {"Terms", "Scare-quoted terms, attribution verbs and other counted terms per group."},
                {"Evidence", "Sample text spans where each feature fired, with the article id."},
                {"Model", "Classifier evaluation: metrics with 95% CI, per-class scores, confusion matrix, per-group scores, ablations."},
                {"Features", "Feature importance / weights from the classifier."},
                {"Agreement", "Inter-annotator agreement (only when the corpus has annotator judgements)."},
                {"Columns", "Definition, unit and source of every feature column."},
                {"Charts", "Editable Excel charts and the figures (PNG; SVG/PDF files are in the charts folder)."}};
        for (String[] sh : sheets) {
            Row row = s.createRow(r++);
            cell(row, 0, sh[0], text);
            cell(row, 1, sh[1], wrap);
        }
        s.setColumnWidth(0, 30 * 256);
        s.setColumnWidth(1, 100 * 256);
    }

    private void articles(SXSSFWorkbook sx, ReportData d, Progress progress) {
        SXSSFSheet s = sx.createSheet("Articles");
        FeatureTable t = d.table();
        List<String> labelKeys = new ArrayList<>(labelKeys(t));
        int nf = Math.min(t.columns().size(), MAX_FEATURE_COLUMNS);
        List<String> head = new ArrayList<>(List.of("id", "outlet", "date"));
        head.addAll(labelKeys);
        int first = head.size();
        for (int i = 0; i < nf; i++) head.add(t.columns().get(i).name());
        Row hr = s.createRow(0);
        hr.setHeightInPoints(30);
        for (int i = 0; i < head.size(); i++) cell(hr, i, head.get(i), header);
        int r = 1;
        for (FeatureTable.Row row : t.rows()) {
            if ((r & 1023) == 0) progress.checkCancelled();
            Row x = s.createRow(r++);
            cell(x, 0, row.id(), text);
            cell(x, 1, row.outlet(), text);
            if (row.date() != null) {
                Cell c = x.createCell(2);
                c.setCellValue(row.date());
                c.setCellStyle(date);
            }
            for (int i = 0; i < labelKeys.size(); i++) cell(x, 3 + i, row.labels().get(labelKeys.get(i)), text);
            int[] idx = row.values().indices();
            double[] val = row.values().values();
            for (int i = 0; i < nf; i++) num(x, first + i, 0.0, decimal);
            for (int k = 0; k < idx.length && idx[k] < nf; k++) num(x, first + idx[k], val[k], decimal);
            progress.step(1);
        }
        s.createFreezePane(1, 1);
        s.setAutoFilter(new CellRangeAddress(0, Math.max(0, r - 1), 0, head.size() - 1));
        s.setColumnWidth(0, clampWidth(maxLen(t.rows().stream().map(FeatureTable.Row::id).toList(), 4) + 2));
        s.setColumnWidth(1, clampWidth(maxLen(t.rows().stream().map(FeatureTable.Row::outlet).toList(), 6) + 2));
        s.setColumnWidth(2, 13 * 256);
        for (int i = 0; i < labelKeys.size(); i++) s.setColumnWidth(3 + i, clampWidth(Math.max(12, labelKeys.get(i).length() + 3)));
        for (int i = 0; i < nf; i++) s.setColumnWidth(first + i, clampWidth(Math.max(10, Math.min(28, head.get(first + i).length() + 2))));
        if (t.columns().size() > nf) {
            Row note = s.createRow(r + 1);
            cell(note, 0, "Only the first " + nf + " of " + t.columns().size()
                    + " feature columns fit in this sheet; articles.csv has all of them.", text);
        }
    }

    private static Set<String> labelKeys(FeatureTable t) {
        Set<String> keys = new LinkedHashSet<>();
        for (FeatureTable.Row r : t.rows()) keys.addAll(new java.util.TreeSet<>(r.labels().keySet()));
        return keys;
    }

    private void groups(List<GroupRow> rows) {
        XSSFSheet s = table("Groups", List.of("feature", "grouped by", "group", "n", "mean", "SD", "median", "Q1", "Q3",
                "95% CI low", "95% CI high"));
        int r = 1;
        for (GroupRow g : rows) {
            Row x = s.createRow(r++);
            cell(x, 0, g.feature(), text);
            cell(x, 1, g.groupField(), text);
            cell(x, 2, g.group(), text);
            num(x, 3, g.n(), integer);
            double[] v = {g.mean(), g.sd(), g.median(), g.q1(), g.q3(), g.ciLow(), g.ciHigh()};
            for (int i = 0; i < v.length; i++) num(x, 4 + i, v[i], decimal);
        }
        finishTable(s, r, 11, new int[]{widthOf(rows.stream().map(GroupRow::feature).toList(), 12), 12,
                widthOf(rows.stream().map(GroupRow::group).toList(), 10), 9, 11, 11, 11, 11, 11, 12, 12});
    }

    private void tests(List<TestRow> rows) {
        XSSFSheet s = table("Tests", List.of("feature", "grouped by", "test", "groups", "statistic", "df", "p",
                "p (Holm)", "p (BH)", "effect size", "effect", "significant"));
        int r = 1;
        for (TestRow t : rows) {
            Row x = s.createRow(r++);
            boolean sig = t.significant();
            cell(x, 0, t.feature(), sig ? sigText : text);
            cell(x, 1, t.groupField(), sig ? sigText : text);
            cell(x, 2, t.test(), sig ? sigText : text);
            num(x, 3, t.groups(), sig ? sigInt : integer);
            num(x, 4, t.statistic(), sig ? sigDecimal : decimal);
            num(x, 5, t.df(), sig ? sigDecimal : decimal);
            num(x, 6, t.p(), sig ? sigP : pvalue);
            num(x, 7, t.pHolm(), sig ? sigP : pvalue);
            num(x, 8, t.pBh(), sig ? sigP : pvalue);
            cell(x, 9, t.effectName(), sig ? sigText : text);
            num(x, 10, t.effect(), sig ? sigDecimal : decimal);
            cell(x, 11, sig ? "yes" : "no", sig ? sigText : text);
        }
        finishTable(s, r, 12, new int[]{widthOf(rows.stream().map(TestRow::feature).toList(), 12), 12,
                widthOf(rows.stream().map(TestRow::test).toList(), 8) + 1, 8, 11, 9, 12, 12, 12,
                widthOf(rows.stream().map(TestRow::effectName).toList(), 12) + 2, 10, 12});
        noteBelow(s, r, "Highlighted rows are significant after correction for multiple testing (see Overview: settings).");
    }

    /** Streamed too: a large corpus has tens of thousands of distinct quoted terms. */
    private void terms(SXSSFWorkbook sx, List<TermRow> rows) {
        SXSSFSheet s = sx.createSheet("Terms");
        List<String> head = List.of("family", "term", "category", "group", "count", "articles in group", "per 100 articles");
        Row hr = s.createRow(0);
        hr.setHeightInPoints(30);
        for (int i = 0; i < head.size(); i++) cell(hr, i, head.get(i), header);
        s.createFreezePane(0, 1);
        int r = 1;
        for (TermRow t : rows) {
            Row x = s.createRow(r++);
            cell(x, 0, t.family(), text);
            cell(x, 1, t.term(), text);
            cell(x, 2, t.category(), text);
            cell(x, 3, t.group(), text);
            num(x, 4, t.count(), integer);
            num(x, 5, t.groupArticles(), integer);
            num(x, 6, t.per100(), decimal);
        }
        if (r > 1) s.setAutoFilter(new CellRangeAddress(0, r - 1, 0, head.size() - 1));
        int[] widths = {widthOf(rows.stream().map(TermRow::family).toList(), 10),
                Math.min(50, widthOf(rows.stream().map(TermRow::term).toList(), 12)),
                widthOf(rows.stream().map(TermRow::category).toList(), 10),
                Math.min(40, widthOf(rows.stream().map(TermRow::group).toList(), 10)), 10, 12, 12};
        for (int i = 0; i < widths.length; i++) s.setColumnWidth(i, clampWidth(widths[i]));
    }

    private void evidence(List<EvidenceRow> rows) {
        XSSFSheet s = table("Evidence", List.of("feature", "category", "article id", "group", "begin", "end", "matched text",
                "context"));
        int r = 1;
        for (EvidenceRow e : rows) {
            Row x = s.createRow(r++);
            cell(x, 0, e.feature(), text);
            cell(x, 1, e.category(), text);
            cell(x, 2, e.articleId(), text);
            cell(x, 3, e.group(), text);
            num(x, 4, e.begin(), integer);
            num(x, 5, e.end(), integer);
            cell(x, 6, e.text(), wrap);
            cell(x, 7, e.context(), wrap);
        }
        finishTable(s, r, 8, new int[]{widthOf(rows.stream().map(EvidenceRow::feature).toList(), 12),
                widthOf(rows.stream().map(EvidenceRow::category).toList(), 10),
                widthOf(rows.stream().map(EvidenceRow::articleId).toList(), 10),
                widthOf(rows.stream().map(EvidenceRow::group).toList(), 8), 8, 8, 24, 80});
    }

    private void model(ModelReport m) {
        XSSFSheet s = wb.createSheet("Model");
        s.setColumnWidth(0, 48 * 256);
        for (int c = 1; c < 12; c++) s.setColumnWidth(c, 13 * 256);
        if (m == null) {
            cell(s.createRow(0), 0, "No classifier was evaluated in this study (add a 'classifier' section to the study file).", text);
            return;
        }
        int r = 0;
        cell(s.createRow(r++), 0, "Classifier evaluation", sectionStyle);
        r = kv(s, r, "classifier", m.classifier());
        r = kv(s, r, "protocol", m.protocol());
        r = kv(s, r, "label", m.labelField());
        r++;
        r = headerRow(s, r, List.of("metric", "value", "95% CI low", "95% CI high"));
        for (ReportData.Metric mt : m.metrics()) {
            Row x = s.createRow(r++);
            cell(x, 0, mt.name(), text);
            boolean whole = mt.value() == Math.rint(mt.value()) && mt.name().startsWith("articles");
            num(x, 1, mt.value(), whole ? integer : decimal);
            num(x, 2, mt.ciLow(), decimal);
            num(x, 3, mt.ciHigh(), decimal);
        }
        r++;
        cell(s.createRow(r++), 0, "Per class", sectionStyle);
        r = headerRow(s, r, List.of("class", "precision", "recall", "F1", "support"));
        for (ReportData.PerClass pc : m.perClass()) {
            Row x = s.createRow(r++);
            cell(x, 0, pc.label(), text);
            num(x, 1, pc.precision(), decimal);
            num(x, 2, pc.recall(), decimal);
            num(x, 3, pc.f1(), decimal);
            num(x, 4, pc.support(), integer);
        }
        r++;
        cell(s.createRow(r++), 0, "Confusion matrix (rows: true label, columns: predicted)", sectionStyle);
        List<String> h = new ArrayList<>(List.of("true \\ predicted"));
        h.addAll(m.labels());
        r = headerRow(s, r, h);
        for (int i = 0; i < m.labels().size(); i++) {
            Row x = s.createRow(r++);
            cell(x, 0, m.labels().get(i), header);
            for (int j = 0; j < m.labels().size(); j++) num(x, 1 + j, m.confusion()[i][j], i == j ? sigInt : integer);
        }
        if (!m.perGroup().isEmpty()) {
            r++;
            cell(s.createRow(r++), 0, "Per group (e.g. per outlet)", sectionStyle);
            r = headerRow(s, r, List.of("group", "n", "accuracy", "macro-F1"));
            for (ReportData.PerGroup g : m.perGroup()) {
                Row x = s.createRow(r++);
                cell(x, 0, g.group(), text);
                num(x, 1, g.n(), integer);
                num(x, 2, g.accuracy(), decimal);
                num(x, 3, g.macroF1(), decimal);
            }
        }
        if (!m.ablation().isEmpty()) {
            r++;
            cell(s.createRow(r++), 0, "Ablation (feature sets)", sectionStyle);
            r = headerRow(s, r, List.of("feature set", "macro-F1", "95% CI low", "95% CI high", "accuracy"));
            for (ReportData.Ablation a : m.ablation()) {
                Row x = s.createRow(r++);
                cell(x, 0, a.name(), text);
                num(x, 1, a.macroF1(), decimal);
                num(x, 2, a.ciLow(), decimal);
                num(x, 3, a.ciHigh(), decimal);
                num(x, 4, a.accuracy(), decimal);
            }
        }
    }

    private void importance(ModelReport m) {
        XSSFSheet s = table("Features", List.of("class", "feature", "importance"));
        int r = 1;
        List<ReportData.Importance> rows = m == null ? List.of() : m.importance();
        for (ReportData.Importance i : rows) {
            Row x = s.createRow(r++);
            cell(x, 0, i.classLabel(), text);
            cell(x, 1, i.feature(), text);
            num(x, 2, i.value(), decimal);
        }
        finishTable(s, r, 3, new int[]{widthOf(rows.stream().map(ReportData.Importance::classLabel).toList(), 10),
                widthOf(rows.stream().map(ReportData.Importance::feature).toList(), 14), 12});
        if (rows.isEmpty()) noteBelow(s, r, "No classifier was evaluated in this study.");
    }

    private void agreement(List<AgreementRow> rows) {
        XSSFSheet s = table("Agreement", List.of("variable", "measure", "level", "value", "95% CI low", "95% CI high",
                "items", "annotators", "judgements"));
        int r = 1;
        for (AgreementRow a : rows) {
            Row x = s.createRow(r++);
            cell(x, 0, a.variable(), text);
            cell(x, 1, a.measure(), text);
            cell(x, 2, a.level(), text);
            num(x, 3, a.value(), decimal);
            num(x, 4, a.ciLow(), decimal);
            num(x, 5, a.ciHigh(), decimal);
            num(x, 6, a.items(), integer);
            num(x, 7, a.annotators(), integer);
            num(x, 8, a.judgements(), integer);
        }
        finishTable(s, r, 9, new int[]{widthOf(rows.stream().map(AgreementRow::variable).toList(), 12),
                widthOf(rows.stream().map(AgreementRow::measure).toList(), 12), 10, 10, 12, 12, 10, 12, 12});
    }

    private void columns(List<FeatureColumn> cols) {
        XSSFSheet s = table("Columns", List.of("column", "family", "definition", "unit", "source"));
        int r = 1;
        for (FeatureColumn c : cols) {
            Row x = s.createRow(r++);
            cell(x, 0, c.name(), text);
            cell(x, 1, c.family(), text);
            cell(x, 2, c.definition(), wrap);
            cell(x, 3, c.unit(), text);
            cell(x, 4, c.source(), wrap);
        }
        finishTable(s, r, 5, new int[]{widthOf(cols.stream().map(FeatureColumn::name).toList(), 14),
                widthOf(cols.stream().map(FeatureColumn::family).toList(), 10), 60,
                widthOf(cols.stream().map(FeatureColumn::unit).toList(), 10), 50});
    }

    private void charts(ReportData d) throws IOException {
        XSSFSheet s = wb.createSheet("Charts");
        XSSFDrawing drawing = s.createDrawingPatriarch();
        int r = 0;
        cell(s.createRow(r++), 0, "Charts (the editable Excel charts read the data tables to their right)", sectionStyle);
        r++;
        int dataCol = 12;
        for (NativeChart nc : d.nativeCharts()) {
            int top = r;
            // data table at column M onward
            Row hr = rowAt(s, r);
            cell(hr, dataCol, nc.categoryTitle(), header);
            for (int j = 0; j < nc.series().size(); j++) cell(hr, dataCol + 1 + j, nc.series().get(j), header);
            for (int i = 0; i < nc.categories().size(); i++) {
                Row x = rowAt(s, r + 1 + i);
                cell(x, dataCol, nc.categories().get(i), text);
                for (int j = 0; j < nc.series().size(); j++) {
                    double v = j < nc.values()[i].length ? nc.values()[i][j] : Double.NaN;
                    num(x, dataCol + 1 + j, v, decimal);
                }
            }
            nativeChart(s, drawing, nc, top, dataCol);
            r = Math.max(top + 24, r + nc.categories().size() + 3);
        }
        for (ReportData.ChartImage img : d.charts()) {
            if (!Files.exists(img.png())) continue;
            cell(rowAt(s, r), 0, img.title(), sectionStyle);
            int pic = wb.addPicture(Files.readAllBytes(img.png()), org.apache.poi.ss.usermodel.Workbook.PICTURE_TYPE_PNG);
            XSSFClientAnchor anchor = drawing.createAnchor(0, 0, 0, 0, 0, r + 1, 1, r + 2);
            anchor.setAnchorType(ClientAnchor.AnchorType.MOVE_DONT_RESIZE);
            XSSFPicture p = drawing.createPicture(anchor, pic);
            p.resize();
            int rowsUsed = p.getClientAnchor().getRow2() - (r + 1);
            r += rowsUsed + 4;
        }
        s.setColumnWidth(dataCol, 30 * 256);
        for (int j = 1; j <= 10; j++) s.setColumnWidth(dataCol + j, 12 * 256);
    }

    private void nativeChart(XSSFSheet s, XSSFDrawing drawing, NativeChart nc, int top, int dataCol) {
        XSSFClientAnchor anchor = drawing.createAnchor(0, 0, 0, 0, 0, top, 11, top + 22);
        XSSFChart chart = drawing.createChart(anchor);
        chart.setTitleText(nc.title());
        chart.setTitleOverlay(false);
        XDDFChartLegend legend = chart.getOrAddLegend();
        legend.setPosition(LegendPosition.BOTTOM);
        XDDFCategoryAxis x = chart.createCategoryAxis(AxisPosition.BOTTOM);
        x.setTitle(nc.categoryTitle());
        XDDFValueAxis y = chart.createValueAxis(AxisPosition.LEFT);
        y.setTitle(nc.valueTitle());
        y.setCrosses(AxisCrosses.AUTO_ZERO);
        int n = nc.categories().size();
        XDDFDataSource<String> cats = XDDFDataSourcesFactory.fromStringCellRange(s,
                new CellRangeAddress(top + 1, top + n, dataCol, dataCol));
        XDDFChartData data = chart.createData(nc.kind().equals("bar") ? ChartTypes.BAR : ChartTypes.LINE, x, y);
        data.setVaryColors(false);
        for (int j = 0; j < nc.series().size(); j++) {
            XDDFNumericalDataSource<Double> vals = XDDFDataSourcesFactory.fromNumericCellRange(s,
                    new CellRangeAddress(top + 1, top + n, dataCol + 1 + j, dataCol + 1 + j));
            XDDFChartData.Series ser = data.addSeries(cats, vals);
            ser.setTitle(nc.series().get(j), new CellReference(s.getSheetName(), top, dataCol + 1 + j, true, true));
            byte[] rgb = OKABE_ITO[j % OKABE_ITO.length];
            XDDFSolidFillProperties fill = new XDDFSolidFillProperties(XDDFColor.from(rgb));
            XDDFShapeProperties props = new XDDFShapeProperties();
            if (data instanceof XDDFLineChartData) {
                XDDFLineProperties line = new XDDFLineProperties(fill);
                line.setWidth(2.0);
                line.setPresetDash(new XDDFPresetLineDash(DASHES[j % DASHES.length]));
                props.setLineProperties(line);
                ((XDDFLineChartData.Series) ser).setSmooth(false);
                ((XDDFLineChartData.Series) ser).setMarkerStyle(MARKERS[j % MARKERS.length]);
            } else {
                props.setFillProperties(fill);
            }
            ser.setShapeProperties(props);
        }
        if (data instanceof XDDFBarChartData bar) {
            bar.setBarDirection(BarDirection.COL);
            bar.setGapWidth(80);
        }
        chart.plot(data);
        // missing values are gaps, not zeros
        var ct = chart.getCTChart();
        if (ct.isSetDispBlanksAs()) ct.getDispBlanksAs().setVal(org.openxmlformats.schemas.drawingml.x2006.chart.STDispBlanksAs.GAP);
        else ct.addNewDispBlanksAs().setVal(org.openxmlformats.schemas.drawingml.x2006.chart.STDispBlanksAs.GAP);
    }

    private static final byte[][] OKABE_ITO = {
            {(byte) 0x00, (byte) 0x72, (byte) 0xB2}, {(byte) 0xE6, (byte) 0x9F, (byte) 0x00},
            {(byte) 0x00, (byte) 0x9E, (byte) 0x73}, {(byte) 0xCC, (byte) 0x79, (byte) 0xA7},
            {(byte) 0x56, (byte) 0xB4, (byte) 0xE9}, {(byte) 0xD5, (byte) 0x5E, (byte) 0x00},
            {(byte) 0x00, (byte) 0x00, (byte) 0x00}};
    private static final PresetLineDash[] DASHES = {PresetLineDash.SOLID, PresetLineDash.DASH, PresetLineDash.SYSTEM_DOT,
            PresetLineDash.DASH_DOT, PresetLineDash.LARGE_DASH, PresetLineDash.LARGE_DASH_DOT_DOT};
    private static final MarkerStyle[] MARKERS = {MarkerStyle.CIRCLE, MarkerStyle.SQUARE, MarkerStyle.TRIANGLE,
            MarkerStyle.DIAMOND, MarkerStyle.X, MarkerStyle.PLUS};

    // ---------------------------------------------------------------- helpers

    /** Landscape; small sheets fit one page wide when printed or converted to PDF; header rows repeat. */
    private static void printSetup(Sheet s, boolean fitWidth) {
        s.getPrintSetup().setLandscape(true);
        s.getPrintSetup().setPaperSize(org.apache.poi.ss.usermodel.PrintSetup.A4_PAPERSIZE);
        if (fitWidth) {
            s.setFitToPage(true);
            s.getPrintSetup().setFitWidth((short) 1);
            s.getPrintSetup().setFitHeight((short) 0);
        }
        if (!s.getSheetName().equals("Overview") && !s.getSheetName().equals("Model") && !s.getSheetName().equals("Charts")) {
            s.setRepeatingRows(new CellRangeAddress(0, 0, -1, -1));
        }
        s.setMargin(Sheet.LeftMargin, 0.4);
        s.setMargin(Sheet.RightMargin, 0.4);
    }

    private XSSFSheet table(String name, List<String> head) {
        XSSFSheet s = wb.createSheet(name);
        Row hr = s.createRow(0);
        hr.setHeightInPoints(30);
        for (int i = 0; i < head.size(); i++) cell(hr, i, head.get(i), header);
        s.createFreezePane(0, 1);
        return s;
    }

    private void finishTable(XSSFSheet s, int rows, int cols, int[] widths) {
        if (rows > 1) s.setAutoFilter(new CellRangeAddress(0, rows - 1, 0, cols - 1));
        for (int i = 0; i < widths.length; i++) s.setColumnWidth(i, clampWidth(widths[i]));
    }

    private void noteBelow(XSSFSheet s, int r, String note) {
        cell(s.createRow(r + 1), 0, note, text);
    }

    private int headerRow(XSSFSheet s, int r, List<String> head) {
        Row hr = s.createRow(r);
        for (int i = 0; i < head.size(); i++) cell(hr, i, head.get(i), header);
        return r + 1;
    }

    private int kv(XSSFSheet s, int r, String k, String v) {
        Row x = s.createRow(r);
        cell(x, 0, k, text);
        cell(x, 1, v, text);
        return r + 1;
    }

    private static Row rowAt(Sheet s, int r) {
        Row x = s.getRow(r);
        return x != null ? x : s.createRow(r);
    }

    private static void cell(Row row, int col, String value, CellStyle style) {
        Cell c = row.createCell(col);
        if (value != null) {
            String v = value.length() > MAX_CELL ? value.substring(0, MAX_CELL) + "\u2026" : value;
            c.setCellValue(sanitize(v));
        }
        c.setCellStyle(style);
    }

    /** Removes control characters that XML 1.0 (and so .xlsx) cannot hold. */
    static String sanitize(String s) {
        StringBuilder b = null;
        for (int i = 0; i < s.length(); i++) {
            char ch = s.charAt(i);
            boolean bad = ch < 0x20 && ch != '\t' && ch != '\n' && ch != '\r' || ch == 0xFFFE || ch == 0xFFFF;
            if (bad) {
                if (b == null) b = new StringBuilder(s.substring(0, i));
                b.append(' ');
            } else if (b != null) {
                b.append(ch);
            }
        }
        return b == null ? s : b.toString();
    }

    private static void num(Row row, int col, double value, CellStyle style) {
        Cell c = row.createCell(col);
        if (Double.isFinite(value)) c.setCellValue(value);
        c.setCellStyle(style);
    }

    private static int widthOf(List<String> values, int min) {
        return maxLen(values, min) + 2;
    }

    private static int maxLen(List<String> values, int min) {
        int m = min;
        int seen = 0;
        for (String v : values) {
            if (v != null) m = Math.max(m, v.length());
            if (++seen > 5000) break;
        }
        return m;
    }

    private static int clampWidth(int chars) {
        return Math.max(6, Math.min(80, chars)) * 256;
    }
}
