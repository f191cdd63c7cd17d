package org.framelab.report;

import org.apache.poi.xssf.usermodel.XSSFClientAnchor;
import org.apache.poi.xssf.usermodel.XSSFDrawing;
import org.apache.poi.xssf.usermodel.XSSFPicture;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

import java.awt.image.BufferedImage;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

/** The Charts sheet sizes its pictures from the PNG's header: the same anchors and extents as POI's own resize(), which decodes the pixels. */
class ChartsSheetPictureTest {
    /** A PNG of {@code w} x {@code h} pixels as ChartExport writes a chart's (dpi 0: no resolution). */
    static byte[] png(int w, int h, int dpi) throws Exception {
        return org.framelab.chart.ChartExport.encodePng(new BufferedImage(w, h, BufferedImage.TYPE_INT_RGB), dpi);
    }

    @Test
    void sameAnchorAndExtentAsPoiResize() throws Exception {
        int[][] sizes = {{1, 1}, {64, 48}, {567, 340}, {1000, 600}, {2480, 1400}, {3, 2000}};
        int[] dpis = {0, 72, 96, 150, 200, 300, 600};
        int[][] starts = {{0, 1}, {0, 37}, {14, 5}, {3, 0}};
        try (XSSFWorkbook wb = new XSSFWorkbook()) {
            XSSFSheet s = wb.createSheet("Charts");
            s.setColumnWidth(5, 30 * 256); // a wide column and a tall row in the way
            s.createRow(40).setHeightInPoints(45);
            XSSFDrawing drawing = s.createDrawingPatriarch();
            int checked = 0;
            for (int[] wh : sizes) {
                for (int dpi : dpis) {
                    byte[] png = png(wh[0], wh[1], dpi);
                    int pic = wb.addPicture(png, org.apache.poi.ss.usermodel.Workbook.PICTURE_TYPE_PNG);
                    for (int[] at : starts) {
                        XSSFPicture poi = drawing.createPicture(drawing.createAnchor(0, 0, 0, 0, at[0], at[1], at[0] + 1, at[1] + 1), pic);
                        poi.resize();
                        XSSFPicture ours = drawing.createPicture(drawing.createAnchor(0, 0, 0, 0, at[0], at[1], at[0] + 1, at[1] + 1), pic);
                        ChartsSheet.resize(ours, png);
                        String what = wh[0] + "x" + wh[1] + " at " + dpi + " dpi from " + at[0] + "," + at[1];
                        XSSFClientAnchor a = poi.getClientAnchor(), b = ours.getClientAnchor();
                        assertEquals(a.getCol2(), b.getCol2(), what);
                        assertEquals(a.getDx2(), b.getDx2(), what);
                        assertEquals(a.getRow2(), b.getRow2(), what);
                        assertEquals(a.getDy2(), b.getDy2(), what);
                        assertEquals(poi.getCTPicture().getSpPr().getXfrm().getExt().getCx(), ours.getCTPicture().getSpPr().getXfrm().getExt().getCx(), what);
                        assertEquals(poi.getCTPicture().getSpPr().getXfrm().getExt().getCy(), ours.getCTPicture().getSpPr().getXfrm().getExt().getCy(), what);
                        checked++;
                    }
                }
            }
            assertEquals(sizes.length * dpis.length * starts.length, checked);
        }
    }

    @Test
    void notAnImageFallsBackToPoi() {
        assertNull(ChartsSheet.pixels(new byte[]{1, 2, 3}));
    }
}
