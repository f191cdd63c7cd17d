package org.framelab.corpus;

import org.apache.poi.openxml4j.exceptions.InvalidFormatException;
import org.apache.poi.openxml4j.exceptions.NotOfficeXmlFileException;
import org.apache.poi.openxml4j.exceptions.OpenXML4JException;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.opc.PackageAccess;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.util.XMLHelper;
import org.apache.poi.xssf.eventusermodel.ReadOnlySharedStringsTable;
import org.apache.poi.xssf.eventusermodel.XSSFReader;
import org.apache.poi.xssf.eventusermodel.XSSFSheetXMLHandler;
import org.apache.poi.xssf.model.StylesTable;
import org.apache.poi.xssf.usermodel.XSSFComment;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;
import org.xml.sax.XMLReader;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Excel {@code .xlsx} (Office Open XML) via POI's streaming SAX reader: the first sheet, or the one
 * named/numbered by {@code --sheet}; the first non-empty row is the header, after title rows with a
 * single filled cell (see {@link #dropTitleRows}). Cells are formatted as
 * Excel shows them (integers without ".0"), dates as ISO {@code yyyy-MM-dd} (or {@code yyyy-MM-ddTHH:mm}).
 */
public final class XlsxReader implements CorpusReader {
    @Override public String name() { return "xlsx"; }

    @Override public List<String> extensions() { return List.of("xlsx", "xlsm"); }

    @Override
    public RecordSource open(Path path, ReadOptions options) throws CorpusException {
        String file = path.toString();
        if (!Files.exists(path)) throw new CorpusException(file, -1, null, "the file does not exist", "check the path");
        try {
            if (Files.size(path) == 0) throw new CorpusException(file, -1, null, "the file is empty", "give a saved .xlsx workbook");
        } catch (IOException e) {
            throw new CorpusException(file, -1, null, "cannot read the file: " + e.getMessage(), "check the file");
        }
        List<List<String>> rows = new ArrayList<>();
        List<Long> rowNums = new ArrayList<>();
        List<MergedCells.Region> merged = new ArrayList<>();
        List<String> sheets = new ArrayList<>();
        SheetCellChecks checks = new SheetCellChecks();
        String sheetName = readSheet(path, options, rows, rowNums, merged, sheets, checks);
        if (rows.isEmpty()) {
            throw new CorpusException(file + " [" + sheetName + "]", -1, null, "the sheet is empty",
                    "choose the sheet with the data with " + CorpusHints.SHEET);
        }
        String titleNote = dropTitleRows(rows, rowNums, sheetName);
        Source src = new Source(file, sheetName, rows, rowNums, Files.isRegularFile(path) ? sizeOf(path) : -1);
        if (titleNote != null) src.notes.add(titleNote);
        src.notes.addAll(checks.notes(sheetName));
        List<String> others = new ArrayList<>(sheets);
        others.remove(sheetName);
        if (!others.isEmpty()) {
            src.elsewhere = "this is sheet '" + sheetName + "'; the workbook also has " + (others.size() == 1 ? "sheet " : "sheets ")
                    + String.join(", ", others.stream().map(n -> "'" + n + "'").toList()) + ": choose the sheet with the data with "
                    + CorpusHints.SHEET;
        }
        src.notes.addAll(MergedCells.fill(rows, rowNums, src.header.size(), merged, sheetName));
        return src;
    }

    /**
     * Removes the title rows above the header that coding sheets often have ("Framing study 2024", "Coder
     * instructions: see codebook"): up to {@value TitleLines#MAX} leading non-empty rows with a single
     * filled cell, followed by a row with two or more filled cells, which is the header. Returns the note
     * saying so, or null when the first non-empty row is the header. A one-column sheet is never changed:
     * its header and data rows all have one cell.
     */
    static String dropTitleRows(List<List<String>> rows, List<Long> rowNums, String sheet) {
        int k = 0;
        while (k < rows.size() && k <= TitleLines.MAX && TitleLines.filled(rows.get(k)) == 1) k++;
        if (k == 0 || k > TitleLines.MAX || k >= rows.size() || TitleLines.filled(rows.get(k)) < 2) return null;
        String note = TitleLines.note("row", " of sheet '" + sheet + "'", "a single cell each", rows.subList(0, k),
                rowNums.get(0).toString(), rowNums.get(k - 1).toString(), rowNums.get(k));
        rows.subList(0, k).clear();
        rowNums.subList(0, k).clear();
        return note;
    }

    /**
     * Parses the chosen sheet's rows (and their 1-based row numbers) into {@code rows} and
     * {@code rowNums}; returns the sheet's name. POI's many ways of failing become {@link CorpusException}s.
     */
    private static String readSheet(Path path, ReadOptions options, List<List<String>> rows, List<Long> rowNums,
                                    List<MergedCells.Region> merged, List<String> sheets, SheetCellChecks checks) throws CorpusException {
        String file = path.toString();
        try (OPCPackage pkg = OPCPackage.open(path.toFile(), PackageAccess.READ)) {
            XSSFReader reader = new XSSFReader(pkg);
            ReadOnlySharedStringsTable sst = new ReadOnlySharedStringsTable(pkg, false);
            StylesTable styles = reader.getStylesTable();
            ChosenSheet chosen = chooseSheet((XSSFReader.SheetIterator) reader.getSheetsData(), options, file);
            try (InputStream in = chosen.in()) {
                XMLReader parser = XMLHelper.newXMLReader();
                parser.setContentHandler(new MergeAwareHandler(styles, sst, new Collector(rows, rowNums, checks), merged, checks));
                parser.parse(new InputSource(in));
            }
            sheets.addAll(chosen.all());
            return chosen.name();
        } catch (NotOfficeXmlFileException | InvalidFormatException | org.apache.poi.openxml4j.exceptions.InvalidOperationException e) {
            throw new CorpusException(file, -1, null, "not an Excel .xlsx workbook (the file is not a valid zip/Office Open XML package)",
                    "open it in Excel or LibreOffice and save it as .xlsx (or export CSV); old .xls files must be re-saved as .xlsx");
        } catch (org.apache.poi.UnsupportedFileFormatException e) {
            throw new CorpusException(file, -1, null, "unsupported spreadsheet format: " + e.getMessage(),
                    "save the workbook as .xlsx or export it as CSV");
        } catch (OpenXML4JException | SAXException | org.apache.poi.ooxml.POIXMLException | javax.xml.parsers.ParserConfigurationException e) {
            throw new CorpusException(file, -1, null, "the workbook is damaged: " + e.getMessage(),
                    "open and re-save it in Excel or LibreOffice, or export it as CSV");
        } catch (IOException e) {
            throw new CorpusException(file, -1, null, "cannot read the workbook: " + e.getMessage(),
                    "check that the file is a complete .xlsx workbook");
        } catch (RuntimeException e) {
            // POI reports many kinds of damage inside the parts (a missing shared string, a bad cell
            // reference, a malformed number) with unchecked exceptions
            throw new CorpusException(file, -1, null, "the workbook is damaged: " + e.getMessage(),
                    "open and re-save it in Excel or LibreOffice, or export it as CSV", e);
        }
    }

    /**
     * POI's sheet handler, noting the merged regions ({@code <mergeCell ref="A2:A5"/>} in {@code <mergeCells>}, after
     * {@code <sheetData>}) as it passes: the rows and the regions come from one pass over the sheet. Error cells and
     * formula cells without a stored result are told to {@link SheetCellChecks} on the same pass.
     */
    private static final class MergeAwareHandler extends XSSFSheetXMLHandler {
        private final List<MergedCells.Region> merged;
        private final SheetCellChecks checks;

        MergeAwareHandler(StylesTable styles, ReadOnlySharedStringsTable sst, SheetContentsHandler rows, List<MergedCells.Region> merged,
                          SheetCellChecks checks) {
            super(styles, null, sst, rows, new IsoFormatter(), false);
            this.merged = merged;
            this.checks = checks;
        }

        @Override
        public void characters(char[] ch, int start, int length) throws SAXException {
            checks.characters(ch, start, length);
            super.characters(ch, start, length);
        }

        @Override
        public void endElement(String uri, String localName, String qName) throws SAXException {
            super.endElement(uri, localName, qName);
            checks.end(localName);
        }

        @Override
        public void startElement(String uri, String localName, String qName, org.xml.sax.Attributes attributes) throws SAXException {
            if ("mergeCell".equals(localName) && attributes.getValue("ref") != null) {
                String ref = attributes.getValue("ref");
                CellRangeAddress a = CellRangeAddress.valueOf(ref);
                merged.add(new MergedCells.Region(a.getFirstRow() + 1L, a.getLastRow() + 1L, a.getFirstColumn(), a.getLastColumn(), ref));
            }
            checks.start(localName, attributes);
            super.startElement(uri, localName, qName, attributes);
        }
    }

    /** The sheet to read and its name. */
    private record ChosenSheet(InputStream in, String name, List<String> all) {}

    /**
     * The first sheet, or the one {@code --sheet} names or numbers (1-based); the other sheets'
     * streams are closed. No such sheet is a {@link CorpusException} listing the sheets.
     */
    private static ChosenSheet chooseSheet(XSSFReader.SheetIterator it, ReadOptions options, String file) throws IOException, CorpusException {
        List<String> names = new ArrayList<>();
        InputStream chosen = null;
        String chosenName = null;
        int idx = 0;
        while (it.hasNext()) {
            InputStream in = it.next();
            idx++;
            String name = it.getSheetName();
            names.add(name);
            boolean match = options.sheet() == null ? idx == 1
                    : options.sheet().equals(name) || options.sheet().equals(Integer.toString(idx));
            if (match && chosen == null) {
                chosen = in;
                chosenName = name;
            } else {
                in.close();
            }
        }
        if (chosen == null) {
            throw new CorpusException(file, -1, null, names.isEmpty() ? "the workbook has no sheets"
                    : "no sheet '" + options.sheet() + "'; sheets: " + String.join(", ", names),
                    "give " + CorpusHints.SHEET + " with a sheet name or its 1-based number");
        }
        return new ChosenSheet(chosen, chosenName, names);
    }

    private static long sizeOf(Path p) {
        try { return Files.size(p); } catch (IOException e) { return -1; }
    }

    /** Formats cells like Excel, but dates as ISO. */
    static final class IsoFormatter extends DataFormatter {
        IsoFormatter() { super(Locale.ROOT); }

        @Override
        public String formatRawCellContents(double value, int formatIndex, String formatString, boolean use1904Windowing) {
            if (DateUtil.isADateFormat(formatIndex, formatString) && DateUtil.isValidExcelDate(value)) {
                LocalDateTime t = DateUtil.getLocalDateTime(value, use1904Windowing);
                if (t.toLocalTime().equals(java.time.LocalTime.MIDNIGHT)) return t.toLocalDate().toString();
                if (value < 1) return t.toLocalTime().toString();
                return t.toString();
            }
            return super.formatRawCellContents(value, formatIndex, formatString, use1904Windowing);
        }
    }

    /** Excel's last column (XFD), 0-based. */
    private static final int MAX_COLUMN = 16383;

    private static final class Collector implements XSSFSheetXMLHandler.SheetContentsHandler {
        private final List<List<String>> rows;
        private final List<Long> rowNums;
        private final SheetCellChecks checks;
        private List<String> cur;

        Collector(List<List<String>> rows, List<Long> rowNums, SheetCellChecks checks) {
            this.rows = rows;
            this.rowNums = rowNums;
            this.checks = checks;
        }

        @Override public void startRow(int rowNum) { cur = new ArrayList<>(); }

        @Override public void endRow(int rowNum) {
            boolean empty = true;
            for (String s : cur) if (s != null && !s.isBlank()) { empty = false; break; }
            if (!empty) {
                rows.add(cur);
                rowNums.add((long) rowNum + 1);
            }
        }

        @Override public void cell(String ref, String value, XSSFComment comment) {
            if (ref == null) return;
            if (checks.isError()) value = ""; // POI's "ERROR:#N/A": a missing value, counted by the checks
            int col = new CellReference(ref).getCol();
            if (col < 0 || col > MAX_COLUMN) {
                throw new IllegalArgumentException("cell reference " + ref + " lies beyond Excel's last column XFD");
            }
            while (cur.size() < col) cur.add("");
            if (cur.size() == col) cur.add(value == null ? "" : value);
            else cur.set(col, value == null ? "" : value);
        }
    }

    static final class Source implements RecordSource {
        private final String display;
        private final List<List<String>> rows;
        private final List<Long> rowNums;
        final List<String> header;
        /** What the reader did to the values (cells filled from merged regions). */
        final List<String> notes = new ArrayList<>();
        /** The workbook's other sheets, for the error of a missing field (null: none). */
        String elsewhere;
        private final long size;
        private int i = 1;

        Source(String file, String sheet, List<List<String>> rows, List<Long> rowNums, long size) throws CorpusException {
            this.display = file;
            this.rows = rows;
            this.rowNums = rowNums;
            this.size = size;
            List<String> h = rows.get(0);
            java.util.Map<String, Integer> given = new LinkedHashMap<>();
            for (int k = 0; k < h.size(); k++) {
                String n = h.get(k) == null ? "" : h.get(k).strip();
                if (n.isEmpty()) continue;
                Integer first = given.putIfAbsent(n, k + 1);
                if (first != null) {
                    // a name given twice: the second column would be read under another name, never as the field meant
                    throw CsvReader.duplicateColumn(file + " [" + sheet + "]", rowNums.get(0), n, first, k + 1,
                            new String[]{CellReference.convertNumToColString(first - 1), CellReference.convertNumToColString(k)});
                }
            }
            List<String> out = new ArrayList<>();
            Set<String> seen = new LinkedHashSet<>(given.keySet());
            for (int k = 0; k < h.size(); k++) {
                String n = h.get(k) == null ? "" : h.get(k).strip();
                if (n.isEmpty()) {
                    String u = "column_" + (k + 1);
                    for (int j = 2; !seen.add(u); j++) u = "column_" + (k + 1) + "_" + j;
                    n = u;
                }
                out.add(n);
            }
            this.header = List.copyOf(out);
        }

        @Override public List<String> fields() { return header; }

        @Override public RawRecord next() throws CorpusException {
            if (i >= rows.size()) {
                if (rows.size() == 1) throw new CorpusException(display, -1, null, "the sheet has a header row but no data rows",
                        "add rows below the header, or choose another sheet with " + CorpusHints.SHEET);
                return null;
            }
            List<String> r = rows.get(i);
            long rowNum = rowNums.get(i);
            long dataRow = i;
            i++;
            if (r.size() > header.size()) {
                boolean extra = false;
                for (int k = header.size(); k < r.size(); k++) if (!r.get(k).isBlank()) extra = true;
                if (extra) {
                    throw new BadRecordException(display, rowNum, null, "row " + rowNum + " has values in " + r.size()
                            + " columns but the header names only " + header.size(),
                            "give the extra columns a header, or use " + CorpusHints.SKIP_BAD, true);
                }
            }
            Map<String, String> m = new LinkedHashMap<>();
            for (int k = 0; k < header.size(); k++) m.put(header.get(k), k < r.size() ? r.get(k) : "");
            return new RawRecord(display, rowNum, dataRow, m);
        }

        @Override public List<String> files() { return List.of(display); }
        @Override public List<String> notes() { return List.copyOf(notes); }
        @Override public String elsewhere() { return elsewhere; }
        @Override public long bytesRead() { return i >= rows.size() ? size : (size * i) / Math.max(1, rows.size()); }
        @Override public long totalBytes() { return size; }
        @Override public void close() { }
    }
}
