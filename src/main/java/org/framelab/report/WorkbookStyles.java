package org.framelab.report;

import org.apache.poi.ss.usermodel.BorderStyle;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.IndexedColors;
import org.apache.poi.ss.usermodel.VerticalAlignment;
import org.apache.poi.xssf.usermodel.XSSFCellStyle;
import org.apache.poi.xssf.usermodel.XSSFColor;
import org.apache.poi.xssf.usermodel.XSSFFont;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.framelab.report.tables.StableXlsx;

import java.util.EnumMap;
import java.util.Map;

/**
 * The workbook's cell styles: Calibri 11, a shaded bold header, section titles, number formats
 * (integers with separators, three decimals, p-values, dates) and the yellow bold variants that
 * mark significant rows. The style sheet also gets the named style "Normal" (see {@link StableXlsx}).
 */
final class WorkbookStyles {
    /** What a cell holds; {@code SIG_*} are the highlighted variants. */
    enum Kind {
        TEXT, WRAP, INT, DEC, P, DATE, HEAD, SECTION, SIG_TEXT, SIG_INT, SIG_DEC, SIG_P;

        /** The highlighted variant (itself when there is none). */
        Kind sig() {
            return switch (this) {
                case TEXT, WRAP -> SIG_TEXT;
                case INT -> SIG_INT;
                case DEC -> SIG_DEC;
                case P -> SIG_P;
                default -> this;
            };
        }
    }

    private static final byte[] HEADER_FILL = {(byte) 0xDD, (byte) 0xE5, (byte) 0xF0};
    private static final byte[] YELLOW = {(byte) 0xFF, (byte) 0xF2, (byte) 0xCC};

    private final XSSFWorkbook wb;
    private final Map<Kind, XSSFCellStyle> styles = new EnumMap<>(Kind.class);

    WorkbookStyles(XSSFWorkbook wb) {
        this.wb = wb;
        StableXlsx.addNormalStyle(wb.getStylesSource());
        XSSFFont plain = font(false, 11);
        styles.put(Kind.HEAD, header());
        styles.put(Kind.TEXT, style(plain, null));
        XSSFCellStyle wrap = style(plain, null);
        wrap.setWrapText(true);
        styles.put(Kind.WRAP, wrap);
        styles.put(Kind.INT, style(plain, "#,##0"));
        styles.put(Kind.DEC, style(plain, "0.000"));
        styles.put(Kind.P, style(plain, "[<0.0001]0.00E+00;0.0000"));
        styles.put(Kind.DATE, style(plain, "yyyy-mm-dd"));
        for (Kind k : new Kind[]{Kind.TEXT, Kind.DEC, Kind.P, Kind.INT}) styles.put(k.sig(), highlight(styles.get(k)));
        XSSFCellStyle section = wb.createCellStyle();
        XSSFFont sec = font(true, 12);
        sec.setColor(IndexedColors.DARK_BLUE.getIndex());
        section.setFont(sec);
        styles.put(Kind.SECTION, section);
    }

    CellStyle get(Kind k) {
        return styles.get(k);
    }

    private XSSFFont font(boolean bold, int points) {
        XSSFFont f = wb.createFont();
        f.setBold(bold);
        f.setFontName("Calibri");
        f.setFontHeightInPoints((short) points);
        return f;
    }

    private XSSFCellStyle header() {
        XSSFCellStyle h = wb.createCellStyle();
        h.setFont(font(true, 11));
        h.setFillForegroundColor(new XSSFColor(HEADER_FILL, null));
        h.setFillPattern(FillPatternType.SOLID_FOREGROUND);
        h.setBorderBottom(BorderStyle.THIN);
        h.setVerticalAlignment(VerticalAlignment.CENTER);
        h.setWrapText(true);
        return h;
    }

    private XSSFCellStyle style(XSSFFont font, String format) {
        XSSFCellStyle s = wb.createCellStyle();
        s.setFont(font);
        if (format != null) s.setDataFormat(wb.createDataFormat().getFormat(format));
        s.setVerticalAlignment(VerticalAlignment.TOP);
        return s;
    }

    private XSSFCellStyle highlight(XSSFCellStyle base) {
        XSSFCellStyle s = wb.createCellStyle();
        s.cloneStyleFrom(base);
        s.setFillForegroundColor(new XSSFColor(YELLOW, null));
        s.setFillPattern(FillPatternType.SOLID_FOREGROUND);
        XSSFFont f = wb.createFont();
        f.setBold(true);
        f.setFontName("Calibri");
        s.setFont(f);
        return s;
    }
}
