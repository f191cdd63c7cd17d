package org.framelab.report.tables;

import org.framelab.util.OptionException;

import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.DataFormat;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.HorizontalAlignment;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.VerticalAlignment;
import org.apache.poi.xssf.streaming.SXSSFSheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.framelab.features.FeatureColumn;
import org.framelab.features.FeatureTable;
import org.framelab.features.SparseVector;
import org.framelab.features.TermCount;

import java.io.IOException;
import java.io.OutputStream;
import java.time.Instant;
import java.util.List;

/**
 * Excel workbook via POI's streaming SXSSF (only a window of rows in memory): sheet "features"
 * (header row frozen, counts as integers, rates and ratios with three decimals, fixed column widths
 * wide enough for every value), sheet "columns" documenting every column (name, family, definition,
 * unit, source) and, when given, sheet "terms". Byte-identical for the same rows (see {@link StableXlsx}).
 */
public final class XlsxTableWriter implements TableSink {
    /** Excel's limits. */
    public static final int MAX_COLUMNS = 16_384;
    public static final int MAX_ROWS = 1_048_576;

    private final OutputStream out;
    private final List<FeatureColumn> columns;
    private final List<String> labels;
    private final SXSSFWorkbook wb;
    private final SXSSFSheet sheet;
    private final CellStyle countStyle;
    private final CellStyle decimalStyle;
    private final CellStyle wrapStyle;
    private final CellStyle headerStyle;
    private final boolean[] isCount;
    private final Instant date;
    private int rowNum = 1;
    private List<TermCount> terms;

    /** Dated {@code SOURCE_DATE_EPOCH} when set, else {@link StableXlsx#DEFAULT_DATE}. */
    public XlsxTableWriter(OutputStream out, List<FeatureColumn> columns, List<String> labelFields) {
        this(out, columns, labelFields, StableXlsx.documentDate());
    }

    public XlsxTableWriter(OutputStream out, List<FeatureColumn> columns, List<String> labelFields, Instant date) {
        int width = 3 + labelFields.size() + columns.size();
        if (width > MAX_COLUMNS) {
            throw new OptionException("output", "an .xlsx sheet holds at most 16,384 columns but this table has "
                    + width + "; write .csv or .arff instead, or lower --max-features");
        }
        this.out = out;
        this.columns = List.copyOf(columns);
        this.labels = List.copyOf(labelFields);
        this.date = date;
        this.wb = new StreamingWorkbook(200);
        StableXlsx.addNormalStyle(wb.getXSSFWorkbook().getStylesSource());
        DataFormat fmt = wb.createDataFormat();
        Font bold = wb.createFont();
        bold.setBold(true);
        headerStyle = wb.createCellStyle();
        headerStyle.setFont(bold);
        headerStyle.setWrapText(true);
        headerStyle.setVerticalAlignment(VerticalAlignment.TOP);
        countStyle = wb.createCellStyle();
        countStyle.setDataFormat(fmt.getFormat("0"));
        decimalStyle = wb.createCellStyle();
        decimalStyle.setDataFormat(fmt.getFormat("0.000"));
        wrapStyle = wb.createCellStyle();
        wrapStyle.setWrapText(true);
        wrapStyle.setVerticalAlignment(VerticalAlignment.TOP);
        wrapStyle.setAlignment(HorizontalAlignment.LEFT);
        isCount = new boolean[columns.size()];
        for (int i = 0; i < isCount.length; i++) isCount[i] = "count".equals(columns.get(i).unit());

        sheet = wb.createSheet("features");
        Row h = sheet.createRow(0);
        h.setHeightInPoints(48);
        int c = 0;
        c = header(h, c, "id", 20);
        c = header(h, c, "outlet", 24);
        c = header(h, c, "date", 12);
        for (String l : labels) c = header(h, c, Cells.labelHeader(l, columns), Math.max(10, Math.min(24, l.length() + 2)));
        for (FeatureColumn col : columns) c = header(h, c, col.name(), 16);
        sheet.createFreezePane(1, 1);
    }

    private int header(Row h, int c, String name, int chars) {
        var cell = h.createCell(c);
        cell.setCellValue(name);
        cell.setCellStyle(headerStyle);
        sheet.setColumnWidth(c, Math.min(255, chars) * 256);
        return c + 1;
    }

    @Override
    public void accept(FeatureTable.Row row) throws IOException {
        if (rowNum >= MAX_ROWS) {
            throw new IOException("an .xlsx sheet holds at most 1,048,575 data rows; write .csv or .arff for this corpus");
        }
        Row r = sheet.createRow(rowNum++);
        int c = 0;
        r.createCell(c++).setCellValue(row.id());
        r.createCell(c++).setCellValue(row.outlet());
        r.createCell(c++).setCellValue(row.date() == null ? "" : row.date().toString());
        for (String l : labels) r.createCell(c++).setCellValue(row.labels().getOrDefault(l, ""));
        SparseVector v = row.values();
        int k = 0;
        int[] idx = v.indices();
        for (int col = 0; col < columns.size(); col++) {
            double value = 0;
            if (k < idx.length && idx[k] == col) value = v.values()[k++];
            var cell = r.createCell(c + col);
            if (!Double.isNaN(value)) cell.setCellValue(value); // missing (an undefined ratio): a blank cell, not 0 or NaN
            cell.setCellStyle(isCount[col] ? countStyle : decimalStyle);
        }
    }

    @Override
    public void terms(List<TermCount> t) {
        this.terms = List.copyOf(t);
    }

    @Override
    public void finish() throws IOException {
        SXSSFSheet doc = headed("columns", new String[]{"column", "label", "family", "definition", "unit", "source", "computed as", "missing when"},
                new int[]{34, 34, 14, 70, 20, 60, 40, 30});
        int r = 1;
        for (String[] fixed : new String[][]{
                {"id", "Article id", "", "Article id as read (or FILE:ROW when the data has none).", "text", ""},
                {"outlet", "Outlet", "", "Outlet / source of the article.", "text", ""},
                {"date", "Publication date", "", "Publication date (yyyy-mm-dd), empty when unknown.", "text", ""}}) {
            Row row = doc.createRow(r++);
            for (int i = 0; i < fixed.length; i++) row.createCell(i).setCellValue(fixed[i]);
        }
        for (String l : labels) {
            Row row = doc.createRow(r++);
            row.createCell(0).setCellValue(l);
            row.createCell(1).setCellValue("Label: " + l);
            row.createCell(3).setCellValue("Label field '" + l + "' as read.");
            row.createCell(4).setCellValue("text");
        }
        for (FeatureColumn col : columns) {
            Row row = doc.createRow(r++);
            FeatureColumn.Ratio q = col.ratio();
            String[] vals = {col.name(), org.framelab.features.ColumnLabels.label(col), col.family(), col.definition(), col.unit(), col.source(),
                    q == null ? "" : q.formula(), q == null ? "" : q.undefinedWhen()};
            for (int i = 0; i < vals.length; i++) {
                var cell = row.createCell(i);
                cell.setCellValue(vals[i]);
                if (i == 3 || i == 5) cell.setCellStyle(wrapStyle);
            }
        }
        if (terms != null) writeTerms();
        StableXlsx.setProperties(wb.getXSSFWorkbook().getProperties(), date);
        StableXlsx.write(wb::write, out);
        out.flush();
    }

    private void writeTerms() {
        SXSSFSheet ts = headed("terms", new String[]{"term", "family", "category", "outlet", "count"}, new int[]{30, 14, 22, 30, 10});
        int tr = 1;
        for (TermCount t : terms) {
            if (tr >= MAX_ROWS) break;
            Row row = ts.createRow(tr++);
            row.createCell(0).setCellValue(t.term());
            row.createCell(1).setCellValue(t.family());
            row.createCell(2).setCellValue(t.category());
            row.createCell(3).setCellValue(t.outlet());
            var cell = row.createCell(4);
            cell.setCellValue(t.count());
            cell.setCellStyle(countStyle);
        }
    }

    /** A new sheet with a bold header row (frozen) and the given column widths in characters. */
    private SXSSFSheet headed(String name, String[] head, int[] widths) {
        SXSSFSheet s = wb.createSheet(name);
        Row h = s.createRow(0);
        for (int i = 0; i < head.length; i++) {
            var cell = h.createCell(i);
            cell.setCellValue(head[i]);
            cell.setCellStyle(headerStyle);
            s.setColumnWidth(i, widths[i] * 256);
        }
        s.createFreezePane(0, 1);
        return s;
    }

    @Override
    public void cleanup() {
        try {
            wb.close();
        } catch (IOException ignored) {
            // nothing left to do
        }
        wb.dispose();
    }
}
