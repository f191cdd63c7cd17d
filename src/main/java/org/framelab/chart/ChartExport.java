package org.framelab.chart;

import org.framelab.util.OptionException;

import org.framelab.util.AtomicFiles;
import org.jfree.chart.JFreeChart;
import org.jfree.pdf.PDFDocument;
import org.jfree.pdf.PDFGraphics2D;
import org.jfree.pdf.Page;
import org.jfree.pdf.dictionary.DictionaryObject;
import org.jfree.svg.SVGGraphics2D;

import javax.imageio.IIOImage;
import javax.imageio.ImageIO;
import javax.imageio.ImageTypeSpecifier;
import javax.imageio.ImageWriteParam;
import javax.imageio.ImageWriter;
import javax.imageio.metadata.IIOInvalidTreeException;
import javax.imageio.metadata.IIOMetadata;
import javax.imageio.metadata.IIOMetadataNode;
import javax.imageio.stream.ImageOutputStream;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.Rectangle2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.lang.reflect.Field;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/**
 * Writes charts as PNG (at a chosen resolution), SVG and PDF, always through {@link AtomicFiles}.
 * Sizes are in points (1/72 inch): a PNG at {@code dpi} has {@code width * dpi / 72} pixels and
 * carries the resolution in its pHYs chunk. PDF and SVG draw text as glyph outlines (no font needs
 * to be installed or embedded; the text is not editable as text). Exports are reproducible: the same chart gives the same
 * bytes in every format (SVG ids from the content, PDF dated only by {@code SOURCE_DATE_EPOCH}).
 */
public final class ChartExport {
    private ChartExport() {}

    public enum Format {
        PNG, SVG, PDF;

        public String extension() {
            return name().toLowerCase(Locale.ROOT);
        }

        /** Parses png/svg/pdf (case-insensitive). */
        public static Format parse(String s) {
            for (Format f : values()) if (f.name().equalsIgnoreCase(s.trim())) return f;
            throw new OptionException("chart format", "" + s + " (use png, svg or pdf)");
        }
    }

    /**
     * Output size and resolution.
     *
     * @param width  width in points (1/72 inch)
     * @param height height in points
     * @param dpi    PNG resolution, 72..1200
     */
    public record Size(double width, double height, int dpi) {
        public Size {
            if (!(width >= 100 && width <= 3000)) throw new OptionException("chart width", "" + width);
            if (!(height >= 100 && height <= 3000)) throw new OptionException("chart height", "" + height);
            if (dpi < 72 || dpi > 1200) throw new OptionException("dpi", "" + dpi);
        }

        /** Journal column widths in millimetres: one column, two columns (the full text width). */
        public static final double SINGLE_MM = 85, DOUBLE_MM = 175;

        /** Millimetres as points (1/72 inch). */
        public static double points(double mm) {
            return mm / 25.4 * 72;
        }

        /**
         * A figure width for {@code --figure-width} and {@code charts.figure_width}, in points:
         * {@code single} (85 mm), {@code double} (175 mm) or millimetres (50..450, e.g. {@code 120} or {@code 120mm}).
         */
        public static double figureWidth(String spec) {
            String s = spec == null ? "" : spec.strip().toLowerCase(Locale.ROOT);
            if (s.equals("single")) return points(SINGLE_MM);
            if (s.equals("double")) return points(DOUBLE_MM);
            try {
                double mm = Double.parseDouble(s.endsWith("mm") ? s.substring(0, s.length() - 2).strip() : s);
                if (mm >= 50 && mm <= 450) return points(mm);
            } catch (NumberFormatException e) {
                // reported below
            }
            throw new OptionException("figure width", spec + " (single, double or millimetres 50..450)");
        }

        /** 6.5 x 4 inches (a journal text width), 200 dpi. */
        public static Size standard() {
            return new Size(468, 300, 200);
        }

        public Size withHeight(double h) {
            return new Size(width, Math.max(100, Math.min(3000, h)), dpi);
        }

        public Size withDpi(int d) {
            return new Size(width, height, d);
        }
    }

    /** Writes {@code base.png/.svg/.pdf} for the given formats; returns the files written. */
    public static List<Path> write(JFreeChart chart, Path base, Size size, Set<Format> formats) throws IOException {
        List<Path> out = new ArrayList<>();
        for (Format f : Format.values()) {
            if (!formats.contains(f)) continue;
            Path p = base.resolveSibling(base.getFileName() + "." + f.extension());
            switch (f) {
                case PNG -> AtomicFiles.write(p, o -> o.write(png(chart, size)));
                case SVG -> AtomicFiles.writeString(p, svg(chart, size));
                case PDF -> AtomicFiles.write(p, o -> o.write(pdf(chart, size)));
            }
            out.add(p);
        }
        return out;
    }

    /** Renders a PNG: the Graphics2D is scaled by dpi/72 so text and lines keep their size in points. */
    public static byte[] png(JFreeChart chart, Size size) throws IOException {
        double scale = size.dpi() / 72.0;
        int w = (int) Math.round(size.width() * scale), h = (int) Math.round(size.height() * scale);
        BufferedImage img = new BufferedImage(w, h, BufferedImage.TYPE_INT_RGB);
        Graphics2D g2 = img.createGraphics();
        try {
            g2.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
            g2.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
            g2.setRenderingHint(RenderingHints.KEY_STROKE_CONTROL, RenderingHints.VALUE_STROKE_PURE);
            g2.setRenderingHint(RenderingHints.KEY_FRACTIONALMETRICS, RenderingHints.VALUE_FRACTIONALMETRICS_ON);
            g2.setPaint(java.awt.Color.WHITE);
            g2.fillRect(0, 0, w, h);
            g2.scale(scale, scale);
            chart.draw(g2, new Rectangle2D.Double(0, 0, size.width(), size.height()));
        } finally {
            g2.dispose();
        }
        return encodePng(img, size.dpi());
    }

    /**
     * Renders an SVG document. Its ids (clip paths) are named after a hash of the content, not
     * JFreeSVG's default prefix from {@code System.nanoTime()}: the same chart gives the same
     * bytes, and different charts inlined into one HTML page still get distinct ids.
     */
    public static String svg(JFreeChart chart, Size size) {
        SVGGraphics2D g2 = new SVGGraphics2D(size.width(), size.height());
        // drawn with a random placeholder prefix (never found in chart text), then replaced
        String placeholder = "_" + UUID.randomUUID().toString().replace("-", "") + "_";
        g2.setDefsKeyPrefix(placeholder);
        g2.setRenderingHint(RenderingHints.KEY_STROKE_CONTROL, RenderingHints.VALUE_STROKE_PURE);
        // text as glyph outlines of the font the layout was measured with, as in the PDF: a journal's
        // viewer without that font would substitute one with other widths, and labels would overrun
        g2.setRenderingHint(org.jfree.svg.SVGHints.KEY_DRAW_STRING_TYPE, org.jfree.svg.SVGHints.VALUE_DRAW_STRING_TYPE_VECTOR);
        chart.draw(g2, new Rectangle2D.Double(0, 0, size.width(), size.height()));
        String doc = g2.getSVGDocument();
        return doc.replace(placeholder, svgIdPrefix(doc.replace(placeholder, "")));
    }

    /** {@code fl} and the first 12 hex digits of the SHA-256 of the document without its id prefix. */
    static String svgIdPrefix(String document) {
        try {
            byte[] hash = MessageDigest.getInstance("SHA-256").digest(document.getBytes(StandardCharsets.UTF_8));
            return "fl" + HexFormat.of().formatHex(hash, 0, 6) + "-";
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is missing from this Java runtime", e);
        }
    }

    /** Renders a PDF dated by {@link SourceDate#fromEnvironment()} ({@code SOURCE_DATE_EPOCH}), else undated. */
    public static byte[] pdf(JFreeChart chart, Size size) {
        return pdf(chart, size, SourceDate.fromEnvironment());
    }

    /** Renders a PDF whose creation and modification dates are {@code date}, or that has none when it is empty. */
    static byte[] pdf(JFreeChart chart, Size size, Optional<Instant> date) {
        PDFDocument doc = new PDFDocument();
        doc.setTitle(chart.getTitle() == null ? "FrameLab chart" : chart.getTitle().getText());
        doc.setAuthor("FrameLab");
        setDates(doc, date);
        Page page = doc.createPage(new Rectangle2D.Double(0, 0, size.width(), size.height()));
        PDFGraphics2D g2 = page.getGraphics2D();
        g2.setRenderingHint(RenderingHints.KEY_STROKE_CONTROL, RenderingHints.VALUE_STROKE_PURE);
        // JFreePDF only has the 14 standard PDF fonts: draw text as glyph outlines of the font the
        // layout was measured with, so labels never overrun (a substituted font has other widths)
        g2.setRenderingHint(org.jfree.pdf.PDFHints.KEY_DRAW_STRING_TYPE, org.jfree.pdf.PDFHints.VALUE_DRAW_STRING_TYPE_VECTOR);
        chart.draw(g2, new Rectangle2D.Double(0, 0, size.width(), size.height()));
        return doc.getPDFBytes();
    }

    /**
     * Replaces the creation and modification dates that JFreePDF takes from the clock when the
     * document is made (and writes in the local time zone) by {@code date} in UTC, or removes
     * them. JFreePDF has no setter for them, so its private document information dictionary is
     * reached by reflection.
     */
    private static void setDates(PDFDocument doc, Optional<Instant> date) {
        DictionaryObject info;
        try {
            Field field = PDFDocument.class.getDeclaredField("info");
            field.setAccessible(true);
            info = (DictionaryObject) field.get(doc);
        } catch (ReflectiveOperationException | RuntimeException e) {
            throw new IllegalStateException("Cannot reach the document information of this JFreePDF version to fix its dates", e);
        }
        info.remove("CreationDate");
        info.remove("ModDate");
        date.ifPresent(d -> {
            String value = "(" + SourceDate.pdfDate(d) + ")";
            info.put("CreationDate", value);
            info.put("ModDate", value);
        });
    }

    /** {@code img} as PNG bytes with its resolution ({@code dpi}; 0: none) in a pHYs chunk, as every chart's PNG is written. */
    public static byte[] encodePng(BufferedImage img, int dpi) throws IOException {
        ImageWriter writer = ImageIO.getImageWritersByFormatName("png").next();
        try {
            ImageWriteParam param = writer.getDefaultWriteParam();
            IIOMetadata meta = writer.getDefaultImageMetadata(ImageTypeSpecifier.createFromRenderedImage(img), param);
            if (dpi > 0) setDpi(meta, dpi);
            ByteArrayOutputStream bytes = new ByteArrayOutputStream();
            try (ImageOutputStream ios = ImageIO.createImageOutputStream(bytes)) {
                writer.setOutput(ios);
                writer.write(null, new IIOImage(img, null, meta), param);
            }
            return bytes.toByteArray();
        } finally {
            writer.dispose();
        }
    }

    private static void setDpi(IIOMetadata meta, int dpi) throws IIOInvalidTreeException {
        String ppm = String.valueOf(Math.round(dpi / 0.0254));
        IIOMetadataNode phys = new IIOMetadataNode("pHYs");
        phys.setAttribute("pixelsPerUnitXAxis", ppm);
        phys.setAttribute("pixelsPerUnitYAxis", ppm);
        phys.setAttribute("unitSpecifier", "meter");
        IIOMetadataNode root = new IIOMetadataNode("javax_imageio_png_1.0");
        root.appendChild(phys);
        meta.mergeTree("javax_imageio_png_1.0", root);
    }
}
