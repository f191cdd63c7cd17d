package org.framelab.report.tables;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.xssf.model.SharedStringsTable;
import org.apache.poi.xssf.streaming.SXSSFRow;
import org.apache.poi.xssf.streaming.SheetDataWriter;

import java.io.File;
import java.io.FileOutputStream;
import java.io.IOException;
import java.io.Writer;

/**
 * A streamed sheet's temporary XML, byte for byte what POI's {@link SheetDataWriter} writes, faster: text,
 * number and blank cells are written straight into an {@link XmlSink} (the cell reference from cached
 * column letters and the row's digits, a whole number below 10^7 without {@code Double.toString}, text
 * escaped in one pass); other cells (formulas, booleans, errors, shared strings) are POI's own. Subclasses
 * decorate the temporary file's streams (gzip) as POI's do. {@code SheetXmlWriterTest} compares the bytes
 * with POI's writer.
 */
class SheetXmlWriter extends SheetDataWriter {
    /** Column letters ({@code A}, {@code B}, ...) of every column a sheet can have (made once: writers of several sheets read them at a time). */
    private static final byte[][] COLUMNS = new byte[16_384][];

    static {
        for (int i = 0; i < COLUMNS.length; i++) COLUMNS[i] = ascii(CellReference.convertNumToColString(i));
    }

    private static final byte[] CELL = ascii("<c r=\"");
    private static final byte[] STYLE = ascii("\" s=\"");
    private static final byte[] NUMBER = ascii(" t=\"n\"><v>");
    private static final byte[] NUMBER_END = ascii("</v></c>");
    private static final byte[] TEXT = ascii(" t=\"inlineStr\"><is><t");
    private static final byte[] PRESERVE = ascii(" xml:space=\"preserve\"");
    private static final byte[] TEXT_END = ascii("</t></is></c>");

    /** POI's shared strings table is used (never by FrameLab's streamed sheets, whose text is inline): text cells are POI's. */
    private final boolean shared;
    /** The digits of the row being written (row number + 1). */
    private byte[] row = new byte[0];
    private int rowNumber = -1;

    /** {@code sharedStrings}: the workbook's {@code getSharedStringSource()} (null: inline text). */
    SheetXmlWriter(SharedStringsTable sharedStrings) throws IOException {
        super(sharedStrings);
        this.shared = sharedStrings != null;
    }

    /** POI's writer for {@link #decorateOutputStream} (called from POI's constructor: it must not read fields). */
    @Override
    @SuppressWarnings("deprecation")
    public Writer createWriter(File fd) throws IOException {
        FileOutputStream fos = new FileOutputStream(fd);
        try {
            return new XmlSink(decorateOutputStream(fos));
        } catch (IOException | RuntimeException e) {
            fos.close();
            throw e;
        }
    }

    @Override
    public void writeRow(int rownum, SXSSFRow r) throws IOException {
        if (rownum != rowNumber) {
            rowNumber = rownum;
            row = ascii(Integer.toString(rownum + 1));
        }
        super.writeRow(rownum, r);
    }

    @Override
    public void writeCell(int columnIndex, Cell cell) throws IOException {
        if (cell == null) return;
        CellType type = cell.getCellType();
        if (type != CellType.NUMERIC && type != CellType.BLANK && (type != CellType.STRING || shared)) {
            super.writeCell(columnIndex, cell);
            return;
        }
        XmlSink out = (XmlSink) _out;
        out.ascii(CELL);
        out.ascii(column(columnIndex));
        out.ascii(row);
        int style = cell.getCellStyle().getIndex() & 0xffff;
        if (style != 0) {
            out.ascii(STYLE);
            out.digits(style);
        }
        out.ascii('"');
        switch (type) {
            case BLANK -> out.ascii("></c>");
            case NUMERIC -> {
                out.ascii(NUMBER);
                number(out, cell.getNumericCellValue());
                out.ascii(NUMBER_END);
            }
            default -> {
                String s = cell.getStringCellValue();
                out.ascii(TEXT);
                if (!s.isEmpty() && (Character.isWhitespace(s.charAt(0)) || Character.isWhitespace(s.charAt(s.length() - 1)))) {
                    out.ascii(PRESERVE);
                }
                out.ascii('>');
                out.text(s);
                out.ascii(TEXT_END);
            }
        }
    }

    /** {@code Double.toString(v)}: a whole number below 10^7 (not -0.0) directly, others by Double.toString. */
    static void number(XmlSink out, double v) throws IOException {
        long l = (long) v;
        if (l == v && l > -10_000_000L && l < 10_000_000L && Double.doubleToRawLongBits(v) != Long.MIN_VALUE) {
            if (l < 0) {
                out.ascii('-');
                l = -l;
            }
            out.digits(l);
            out.ascii(".0");
        } else {
            out.ascii(Double.toString(v));
        }
    }

    private static byte[] column(int i) {
        return i < COLUMNS.length ? COLUMNS[i] : ascii(CellReference.convertNumToColString(i));
    }

    private static byte[] ascii(String s) {
        byte[] b = new byte[s.length()];
        for (int i = 0; i < b.length; i++) b[i] = (byte) s.charAt(i);
        return b;
    }
}
