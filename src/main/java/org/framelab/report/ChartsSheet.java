package org.framelab.report;

import org.apache.poi.ss.usermodel.ClientAnchor;
import org.apache.poi.ss.usermodel.Row;
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
import org.apache.poi.xddf.usermodel.chart.XDDFDataSource;
import org.apache.poi.xddf.usermodel.chart.XDDFDataSourcesFactory;
import org.apache.poi.xddf.usermodel.chart.XDDFLineChartData;
import org.apache.poi.xddf.usermodel.chart.XDDFNumericalDataSource;
import org.apache.poi.xddf.usermodel.chart.XDDFValueAxis;
import org.apache.poi.xssf.usermodel.XSSFChart;
import org.apache.poi.xssf.usermodel.XSSFClientAnchor;
import org.apache.poi.xssf.usermodel.XSSFDrawing;
import org.apache.poi.xssf.usermodel.XSSFPicture;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.framelab.report.ReportData.NativeChart;
import org.framelab.report.WorkbookStyles.Kind;
import org.openxmlformats.schemas.drawingml.x2006.chart.STDispBlanksAs;

import java.io.IOException;
import java.nio.file.Files;

/**
 * The Charts sheet: native (editable) Excel bar and line charts, each reading a small data table
 * at column M, then the PNG figures. Colours: Okabe-Ito; lines also differ by dash and marker.
 */
final class ChartsSheet {
    private static final int DATA_COL = 12;
    private static final byte[][] OKABE_ITO = {
            {(byte) 0x00, (byte) 0x72, (byte) 0xB2}, {(byte) 0xE6, (byte) 0x9F, (byte) 0x00},
            {(byte) 0x00, (byte) 0x9E, (byte) 0x73}, {(byte) 0xCC, (byte) 0x79, (byte) 0xA7},
            {(byte) 0x56, (byte) 0xB4, (byte) 0xE9}, {(byte) 0xD5, (byte) 0x5E, (byte) 0x00},
            {(byte) 0x00, (byte) 0x00, (byte) 0x00}};
    private static final PresetLineDash[] DASHES = {PresetLineDash.SOLID, PresetLineDash.DASH, PresetLineDash.SYSTEM_DOT,
            PresetLineDash.DASH_DOT, PresetLineDash.LARGE_DASH, PresetLineDash.LARGE_DASH_DOT_DOT};
    private static final MarkerStyle[] MARKERS = {MarkerStyle.CIRCLE, MarkerStyle.SQUARE, MarkerStyle.TRIANGLE,
            MarkerStyle.DIAMOND, MarkerStyle.X, MarkerStyle.PLUS};

    private ChartsSheet() {}

    static void write(XSSFWorkbook wb, SheetKit kit, ReportData d) throws IOException {
        XSSFSheet s = wb.createSheet("Charts");
        XSSFDrawing drawing = s.createDrawingPatriarch();
        int r = kit.section(s, 0, "Charts (the editable Excel charts read the data tables to their right)") + 1;
        int widest = 0;
        for (NativeChart nc : d.nativeCharts()) {
            dataTable(s, kit, nc, r);
            nativeChart(s, drawing, nc, r);
            int rows = 22;
            if (nc.picture() != null) rows = Math.max(rows, picture(wb, s, drawing, kit, nc, r));
            widest = Math.max(widest, nc.series().size());
            r = Math.max(r + rows + 2, r + nc.categories().size() + 3);
        }
        for (ReportData.ChartImage img : d.charts()) {
            if (!Files.exists(img.png())) continue;
            kit.section(s, r, img.title());
            byte[] png = Files.readAllBytes(img.png());
            int pic = wb.addPicture(png, org.apache.poi.ss.usermodel.Workbook.PICTURE_TYPE_PNG);
            XSSFClientAnchor anchor = drawing.createAnchor(0, 0, 0, 0, 0, r + 1, 1, r + 2);
            anchor.setAnchorType(ClientAnchor.AnchorType.MOVE_DONT_RESIZE);
            XSSFPicture p = drawing.createPicture(anchor, pic);
            resize(p, png);
            r += p.getClientAnchor().getRow2() - (r + 1) + 4;
        }
        s.setColumnWidth(DATA_COL, 30 * 256);
        for (int j = 1; j <= Math.max(10, widest + 1); j++) s.setColumnWidth(DATA_COL + j, 12 * 256);
    }

    /** The chart's picture to the right of its data table; returns the rows it spans. */
    private static int picture(XSSFWorkbook wb, XSSFSheet s, XSSFDrawing drawing, SheetKit kit, NativeChart nc, int top) {
        int col = DATA_COL + nc.series().size() + 2;
        SheetKit.cell(SheetKit.rowAt(s, top), col, "The same chart as a picture (for viewers without Excel charts)", kit.style(Kind.TEXT));
        int pic = wb.addPicture(nc.picture(), org.apache.poi.ss.usermodel.Workbook.PICTURE_TYPE_PNG);
        XSSFClientAnchor anchor = drawing.createAnchor(0, 0, 0, 0, col, top + 1, col + 1, top + 2);
        anchor.setAnchorType(ClientAnchor.AnchorType.MOVE_DONT_RESIZE);
        XSSFPicture p = drawing.createPicture(anchor, pic);
        resize(p, nc.picture());
        return p.getClientAnchor().getRow2() - top + 1;
    }

    /**
     * What POI's {@link XSSFPicture#resize()} does (the picture at its own size from its top-left cell:
     * the anchor's end cell and offset, the shape's extent), with the image's size read from the PNG's
     * header and metadata instead of decoding its pixels as POI's {@code ImageUtils.getImageDimension}
     * does (a second of the workbook's time for a report's charts). The same arithmetic as POI 5's
     * {@code ImageUtils.setPreferredSize} and {@code scaleCell}; {@code ChartsSheetTest} compares the two.
     */
    static void resize(XSSFPicture p, byte[] png) {
        java.awt.Dimension px = pixels(png);
        if (px == null) {
            p.resize();
            return;
        }
        XSSFClientAnchor anchor = p.getClientAnchor();
        org.apache.poi.ss.usermodel.Sheet sheet = p.getSheet();
        double w = px.getWidth(), h = px.getHeight();
        scaleCell(w, anchor.getCol1(), anchor.getDx1(), anchor::setCol2, anchor::setDx2, c -> (double) sheet.getColumnWidthInPixels(c));
        scaleCell(h, anchor.getRow1(), anchor.getDy1(), anchor::setRow2, anchor::setDy2,
                r -> org.apache.poi.ss.util.ImageUtils.getRowHeightInPixels(sheet, r));
        var ext = p.getCTPicture().getSpPr().getXfrm().getExt();
        ext.setCx((int) Math.round(w * org.apache.poi.util.Units.EMU_PER_PIXEL));
        ext.setCy((int) Math.round(h * org.apache.poi.util.Units.EMU_PER_PIXEL));
    }

    /** The image's size in pixels at 96 dpi as POI computes it (its resolution from the metadata), or null when ImageIO cannot read it. */
    static java.awt.Dimension pixels(byte[] png) {
        try (javax.imageio.stream.ImageInputStream in = javax.imageio.ImageIO.createImageInputStream(new java.io.ByteArrayInputStream(png))) {
            java.util.Iterator<javax.imageio.ImageReader> readers = javax.imageio.ImageIO.getImageReaders(in);
            if (!readers.hasNext()) return null;
            javax.imageio.ImageReader r = readers.next();
            try {
                r.setInput(in);
                int[] dpi = org.apache.poi.ss.util.ImageUtils.getResolution(r);
                if (dpi[0] == 0) dpi[0] = org.apache.poi.util.Units.PIXEL_DPI;
                if (dpi[1] == 0) dpi[1] = org.apache.poi.util.Units.PIXEL_DPI;
                return new java.awt.Dimension(r.getWidth(0) * org.apache.poi.util.Units.PIXEL_DPI / dpi[0],
                        r.getHeight(0) * org.apache.poi.util.Units.PIXEL_DPI / dpi[1]);
            } finally {
                r.dispose();
            }
        } catch (IOException | RuntimeException e) {
            return null;
        }
    }

    /** POI's {@code ImageUtils.scaleCell} for an .xlsx anchor: the end cell and offset (EMU) that {@code target} pixels reach. */
    private static void scaleCell(double target, int startCell, int startD, java.util.function.IntConsumer endCell,
                                  java.util.function.IntConsumer endD, java.util.function.IntToDoubleFunction size) {
        int emu = org.apache.poi.util.Units.EMU_PER_PIXEL;
        int cell = startCell;
        double dim, delta;
        for (double total = 0, rem; ; cell++, total += rem) {
            dim = size.applyAsDouble(cell);
            rem = dim;
            if (cell == startCell) rem -= startD / (double) emu;
            delta = target - total;
            if (delta < rem) break;
        }
        double end = delta * emu;
        if (cell == startCell) end += startD;
        endCell.accept(cell);
        endD.accept((int) Math.rint(end));
    }

    /** The chart's numbers at column M: categories down, one column per series. */
    private static void dataTable(XSSFSheet s, SheetKit kit, NativeChart nc, int top) {
        Row hr = SheetKit.rowAt(s, top);
        SheetKit.cell(hr, DATA_COL, nc.categoryTitle(), kit.style(Kind.HEAD));
        for (int j = 0; j < nc.series().size(); j++) SheetKit.cell(hr, DATA_COL + 1 + j, nc.series().get(j), kit.style(Kind.HEAD));
        for (int i = 0; i < nc.categories().size(); i++) {
            Row x = SheetKit.rowAt(s, top + 1 + i);
            SheetKit.cell(x, DATA_COL, nc.categories().get(i), kit.style(Kind.TEXT));
            for (int j = 0; j < nc.series().size(); j++) {
                double v = j < nc.values()[i].length ? nc.values()[i][j] : Double.NaN;
                SheetKit.num(x, DATA_COL + 1 + j, v, kit.style(Kind.DEC));
            }
        }
    }

    private static void nativeChart(XSSFSheet s, XSSFDrawing drawing, NativeChart nc, int top) {
        XSSFChart chart = drawing.createChart(drawing.createAnchor(0, 0, 0, 0, 0, top, 11, top + 22));
        chart.setTitleText(nc.title());
        chart.setTitleOverlay(false);
        chart.getOrAddLegend().setPosition(LegendPosition.BOTTOM);
        XDDFCategoryAxis x = chart.createCategoryAxis(AxisPosition.BOTTOM);
        x.setTitle(nc.categoryTitle());
        XDDFValueAxis y = chart.createValueAxis(AxisPosition.LEFT);
        y.setTitle(nc.valueTitle());
        y.setCrosses(AxisCrosses.AUTO_ZERO);
        y.setNumberFormat("General");   // not the data cells' three decimals
        int n = nc.categories().size();
        XDDFDataSource<String> cats = XDDFDataSourcesFactory.fromStringCellRange(s,
                new CellRangeAddress(top + 1, top + n, DATA_COL, DATA_COL));
        XDDFChartData data = chart.createData(nc.kind().equals("bar") ? ChartTypes.BAR : ChartTypes.LINE, x, y);
        data.setVaryColors(false);
        for (int j = 0; j < nc.series().size(); j++) {
            int col = DATA_COL + 1 + j;
            XDDFNumericalDataSource<Double> vals = XDDFDataSourcesFactory.fromNumericCellRange(s,
                    new CellRangeAddress(top + 1, top + n, col, col));
            XDDFChartData.Series ser = data.addSeries(cats, vals);
            ser.setTitle(nc.series().get(j), new CellReference(s.getSheetName(), top, col, true, true));
            style(data, ser, j);
        }
        if (data instanceof XDDFBarChartData bar) {
            bar.setBarDirection(BarDirection.COL);
            bar.setGapWidth(80);
        }
        chart.plot(data);
        // missing values are gaps, not zeros
        var ct = chart.getCTChart();
        if (ct.isSetDispBlanksAs()) ct.getDispBlanksAs().setVal(STDispBlanksAs.GAP);
        else ct.addNewDispBlanksAs().setVal(STDispBlanksAs.GAP);
    }

    /** Series {@code j}: Okabe-Ito colour; lines also get a dash pattern and a marker. */
    private static void style(XDDFChartData data, XDDFChartData.Series ser, int j) {
        XDDFSolidFillProperties fill = new XDDFSolidFillProperties(XDDFColor.from(OKABE_ITO[j % OKABE_ITO.length]));
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
}
