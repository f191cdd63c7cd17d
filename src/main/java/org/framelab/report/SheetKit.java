package org.framelab.report;

import org.framelab.util.OptionException;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.PrintSetup;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddress;
import org.framelab.report.WorkbookStyles.Kind;

import java.util.List;
import java.util.function.Function;
import java.util.function.Predicate;

/**
 * What every sheet writer shares: text and number cells, and tables described by their columns
 * ({@link Col}): a styled header row, one row per item, optional highlighting of whole rows,
 * column widths from the values, frozen header and auto-filter.
 */
final class SheetKit {
    /** Excel holds 32,767 characters in a cell; longer text is cut with an ellipsis. */
    static final int MAX_CELL = 32_000;

    /**
     * One column of a table.
     *
     * @param kind  the cell kind of an item's value (TEXT, DEC, ...)
     * @param value a String (text), a Number, or null (empty cell)
     * @param min   width in characters; with {@code auto} the widest value (up to {@code max}) when wider
     */
    record Col<T>(String header, Function<T, Kind> kind, Function<T, Object> value, int min, int max, boolean auto) {
        static <T> Col<T> of(String header, Kind kind, Function<T, Object> value, int width) {
            return new Col<>(header, t -> kind, value, width, width, false);
        }

        /**
         * Columns from a layout and one value function per column. The layout has one entry per column,
         * separated by {@code |}: {@code header:kind width}, kind one of text, wrap, int, dec, p; a {@code *}
         * before the width makes the column as wide as its values, up to 80 characters or {@code <max}:
         * {@code "term:text*12<50|count:int10"}.
         */
        @SafeVarargs
        static <T> List<Col<T>> list(String layout, Function<T, Object>... values) {
            String[] entries = layout.split("\\|");
            if (entries.length != values.length) {
                throw new IllegalArgumentException(entries.length + " columns in the layout but " + values.length + " values");
            }
            List<Col<T>> cols = new java.util.ArrayList<>();
            for (int i = 0; i < entries.length; i++) {
                java.util.regex.Matcher m = LAYOUT.matcher(entries[i]);
                if (!m.matches()) throw new OptionException("column layout", "" + entries[i]);
                Kind kind = Kind.valueOf(m.group(2).equals("p") ? "P" : m.group(2).toUpperCase(java.util.Locale.ROOT));
                int width = Integer.parseInt(m.group(4));
                int max = m.group(5) == null ? (m.group(3) == null ? width : 80) : Integer.parseInt(m.group(5));
                cols.add(new Col<>(m.group(1), t -> kind, values[i], width, max, m.group(3) != null));
            }
            return List.copyOf(cols);
        }
    }

    private static final java.util.regex.Pattern LAYOUT =
            java.util.regex.Pattern.compile("([^:|]+):(text|wrap|int|dec|p)(\\*)?(\\d+)(?:<(\\d+))?");

    private final WorkbookStyles styles;

    SheetKit(WorkbookStyles styles) {
        this.styles = styles;
    }

    CellStyle style(Kind k) {
        return styles.get(k);
    }

    /** A table from row 0: frozen header, auto-filter, widths from the values. */
    <T> int table(Sheet s, List<Col<T>> cols, List<T> items, Predicate<T> highlight) {
        int end = rows(s, 0, cols, items, highlight);
        layout(s, cols, items, end);
        return end;
    }

    /** The frozen header, auto-filter and widths of a table from row 0 whose rows end before {@code end}. */
    <T> void layout(Sheet s, List<Col<T>> cols, List<T> items, int end) {
        s.createFreezePane(0, 1);
        if (end > 1) s.setAutoFilter(new CellRangeAddress(0, end - 1, 0, cols.size() - 1));
        for (int i = 0; i < cols.size(); i++) s.setColumnWidth(i, clampWidth(width(cols.get(i), items)));
    }

    /** A header row at {@code top} and one row per item below it; returns the next free row. */
    <T> int rows(Sheet s, int top, List<Col<T>> cols, List<T> items, Predicate<T> highlight) {
        Row hr = s.createRow(top);
        if (top == 0) hr.setHeightInPoints(30); // a sheet's own header row: room for two lines
        for (int i = 0; i < cols.size(); i++) cell(hr, i, cols.get(i).header(), style(Kind.HEAD));
        int r = top + 1;
        int keep = keptRows(top, items.size(), org.framelab.report.tables.XlsxTableWriter.MAX_ROWS);
        for (T item : items.subList(0, keep)) {
            Row x = s.createRow(r++);
            boolean sig = highlight.test(item);
            for (int i = 0; i < cols.size(); i++) {
                Col<T> c = cols.get(i);
                Kind k = c.kind().apply(item);
                put(x, i, c.value().apply(item), style(sig ? k.sig() : k));
            }
        }
        if (keep < items.size()) {
            cell(s.createRow(r++), 0, String.format(java.util.Locale.ROOT, "... %,d more rows left out: an Excel sheet holds at most %,d rows; "
                    + "the whole table is in the report's CSV tables (tables/)", items.size() - keep,
                    org.framelab.report.tables.XlsxTableWriter.MAX_ROWS), style(Kind.SECTION));
        }
        return r;
    }

    /**
     * How many of {@code n} items fit below a header at row {@code top} of a sheet of {@code maxRows}
     * rows, keeping one row for the note that says how many were left out.
     */
    static int keptRows(int top, int n, int maxRows) {
        int room = maxRows - top - 1;
        return n <= room ? n : Math.max(0, room - 1);
    }

    /** Widens the sheet's columns to fit {@code items} in {@code cols} (never narrows a column another table needs wider). */
    <T> void widen(Sheet s, List<Col<T>> cols, List<T> items) {
        for (int i = 0; i < cols.size(); i++) s.setColumnWidth(i, Math.max(s.getColumnWidth(i), clampWidth(width(cols.get(i), items))));
    }

    /** A bold section title in column A; returns the next row. */
    int section(Sheet s, int r, String title) {
        cell(rowAt(s, r), 0, title, style(Kind.SECTION));
        return r + 1;
    }

    /** A line of text below a table (after one empty row). */
    void note(Sheet s, int r, String text) {
        cell(rowAt(s, r + 1), 0, text, style(Kind.TEXT));
    }

    /** Widest table (in characters of column width) that prints portrait at 75% scale or more; wider ones print landscape. */
    static final int PORTRAIT_MAX_CHARS = 135;

    /**
     * A4 with narrow margins: portrait when the sheet's columns fit it at a readable scale, else landscape;
     * {@code pagesWide} &gt; 0 scales to that many pages across; header rows repeat.
     */
    static void printSetup(Sheet s, int pagesWide, boolean repeatHeader) {
        printSetup(s, pagesWide, repeatHeader, pagesWide != 1 || widthChars(s) > PORTRAIT_MAX_CHARS);
    }

    /** The same with the orientation given (the Articles sheet is always landscape, however few its columns). */
    static void printSetup(Sheet s, int pagesWide, boolean repeatHeader, boolean landscape) {
        PrintSetup ps = s.getPrintSetup();
        ps.setLandscape(landscape);
        ps.setPaperSize(PrintSetup.A4_PAPERSIZE);
        if (pagesWide > 0) {
            s.setFitToPage(true);
            ps.setFitWidth((short) pagesWide);
            ps.setFitHeight((short) 0);
        }
        if (repeatHeader) s.setRepeatingRows(new CellRangeAddress(0, 0, -1, -1));
        for (short m : new short[]{Sheet.LeftMargin, Sheet.RightMargin, Sheet.TopMargin, Sheet.BottomMargin}) s.setMargin(m, 0.4);
        s.setMargin(Sheet.HeaderMargin, 0.2);
        s.setMargin(Sheet.FooterMargin, 0.2);
    }

    /**
     * The width of the sheet's columns in characters; the widest row among the first and last 50 decides
     * how many columns there are (a streamed sheet keeps only its last rows in memory).
     */
    static int widthChars(Sheet s) {
        int cols = 0;
        int last = s.getLastRowNum();
        for (int r = 0; r <= last; r = r == 50 ? Math.max(51, last - 50) : r + 1) {
            Row row = s.getRow(r);
            if (row != null) cols = Math.max(cols, row.getLastCellNum());
        }
        if (cols <= 0) return Integer.MAX_VALUE; // nothing to measure: landscape
        long w = 0;
        for (int c = 0; c < cols; c++) w += s.getColumnWidth(c);
        return (int) (w / 256);
    }

    /** Points per line of 11-point text (Excel's default row height). */
    static final float LINE_POINTS = 15f;
    /** Excel's highest row. */
    static final float MAX_ROW_POINTS = 409f;

    /**
     * Makes every row whose wrapped text needs more lines than its height holds tall enough for it
     * (never lower): LibreOffice, and Excel for rows it did not lay out itself, show a row of wrapped text at
     * the height the file gives, so without this the lines of a long definition print over the next rows.
     * The lines are counted by wrapping the text at the column's width in characters (one character of
     * the width for every character of text: a little more room than proportional type needs).
     */
    static void fitWrappedRows(Sheet s) {
        for (Row row : s) {
            int lines = 1;
            for (org.apache.poi.ss.usermodel.Cell c : row) {
                if (c.getCellType() != org.apache.poi.ss.usermodel.CellType.STRING || !c.getCellStyle().getWrapText()) continue;
                lines = Math.max(lines, lines(c.getStringCellValue(), s.getColumnWidth(c.getColumnIndex()) / 256));
            }
            float need = Math.min(MAX_ROW_POINTS, lines * LINE_POINTS);
            if (lines > 1 && need > row.getHeightInPoints()) row.setHeightInPoints(need);
        }
    }

    /** Lines {@code text} takes when wrapped at word boundaries in a column {@code width} characters wide. */
    static int lines(String text, int width) {
        int room = Math.max(1, width - 1);
        int lines = 0;
        for (String para : text.split("\n", -1)) {
            int used = 0;
            lines++;
            for (String word : para.split(" ", -1)) {
                int len = word.length();
                if (used > 0 && used + 1 + len > room) {
                    lines++;
                    used = 0;
                }
                while (len > room) { // a word wider than the column breaks inside
                    lines++;
                    len -= room;
                }
                used += (used > 0 ? 1 : 0) + len;
            }
        }
        return lines;
    }

    static Row rowAt(Sheet s, int r) {
        Row x = s.getRow(r);
        return x != null ? x : s.createRow(r);
    }

    static void put(Row row, int col, Object value, CellStyle style) {
        if (value instanceof Number n) num(row, col, n.doubleValue(), style);
        else cell(row, col, value == null ? null : value.toString(), style);
    }

    /** A text cell (never a formula: POI writes it as a string, whatever it starts with). */
    static void cell(Row row, int col, String value, CellStyle style) {
        Cell c = row.createCell(col);
        if (value != null) {
            String v = value.length() > MAX_CELL ? value.substring(0, MAX_CELL) + "\u2026" : value;
            c.setCellValue(sanitize(v));
        }
        c.setCellStyle(style);
    }

    /** A number cell; empty when NaN or infinite. */
    static void num(Row row, int col, double value, CellStyle style) {
        Cell c = row.createCell(col);
        if (Double.isFinite(value)) c.setCellValue(value);
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

    private static <T> int width(Col<T> c, List<T> items) {
        if (!c.auto()) return c.min();
        int m = c.min();
        int seen = 0;
        for (T item : items) {
            Object v = c.value().apply(item);
            if (v instanceof String str) m = Math.max(m, str.length() + 2);
            if (++seen > 5000) break;
        }
        return Math.min(m, c.max());
    }

    /** The longest of the first 5,000 values (at least {@code min}). */
    static int maxLen(List<String> values, int min) {
        int m = min;
        int seen = 0;
        for (String v : values) {
            if (v != null) m = Math.max(m, v.length());
            if (++seen > 5000) break;
        }
        return m;
    }

    /** Characters to POI width units, between 6 and 80 characters. */
    static int clampWidth(int chars) {
        return Math.max(6, Math.min(80, chars)) * 256;
    }
}
