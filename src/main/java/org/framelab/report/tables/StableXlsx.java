package org.framelab.report.tables;

import org.framelab.util.OptionException;

import org.apache.commons.compress.archivers.zip.ZipArchiveEntry;
import org.apache.commons.compress.archivers.zip.ZipArchiveOutputStream;
import org.apache.commons.compress.archivers.zip.ZipFile;
import org.apache.poi.ooxml.POIXMLProperties;
import org.apache.poi.xssf.model.StylesTable;
import org.apache.xmlbeans.XmlCursor;
import org.openxmlformats.schemas.spreadsheetml.x2006.main.CTStylesheet;

import java.io.BufferedOutputStream;
import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.Date;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

import javax.xml.namespace.QName;

/**
 * Byte-identical .xlsx files: the same content gives the same bytes on every run and machine.
 * The document properties carry a fixed date ({@code SOURCE_DATE_EPOCH} when set, see
 * reproducible-builds.org) and no user name; the zip is rewritten with its entries in a fixed order
 * ({@code [Content_Types].xml} first, then by name) and one fixed entry time, whatever POI wrote.
 * {@link #addNormalStyle} gives the style sheet the named cell style "Normal" that readers such as
 * openpyxl expect (POI writes none, and openpyxl then warns that the workbook has no default style).
 */
public final class StableXlsx {
    /** The date written when {@code SOURCE_DATE_EPOCH} is not set. */
    public static final Instant DEFAULT_DATE = Instant.parse("2000-01-01T00:00:00Z");
    /** Every zip entry's time (a DOS date; the local-time conversion makes it the same in every time zone). */
    static final LocalDateTime ENTRY_TIME = LocalDateTime.of(1980, 1, 1, 0, 0);

    private StableXlsx() {}

    /** Writes a workbook (the body writes POI's zip) to an output stream. */
    @FunctionalInterface
    public interface Body {
        void write(OutputStream out) throws IOException;
    }

    /** The document date: {@code SOURCE_DATE_EPOCH} (seconds since 1970) from {@code env} when set, else {@link #DEFAULT_DATE}. */
    public static Instant documentDate(Function<String, String> env) {
        String v = env.apply("SOURCE_DATE_EPOCH");
        if (v == null || v.isBlank()) return DEFAULT_DATE;
        try {
            return Instant.ofEpochSecond(Long.parseLong(v.strip()));
        } catch (NumberFormatException e) {
            throw new OptionException("SOURCE_DATE_EPOCH", "'" + v + "' (use whole seconds since 1970-01-01)");
        }
    }

    /** The document date from the process environment. */
    public static Instant documentDate() {
        return documentDate(System::getenv);
    }

    /** Created and modified at {@code date}, creator "FrameLab", no last-modified-by (POI would leave none, a user would). */
    public static void setProperties(POIXMLProperties props, Instant date) {
        POIXMLProperties.CoreProperties core = props.getCoreProperties();
        Date d = Date.from(date);
        core.setCreated(Optional.of(d));
        core.setModified(Optional.of(d));
        core.setCreator("FrameLab");
        core.getUnderlyingProperties().setLastModifiedByProperty(Optional.empty());
        props.getExtendedProperties().setApplication("FrameLab");
    }

    /** Runs {@code body} into a temporary file, then copies its entries to {@code out} in a stable order with a fixed time. */
    public static void write(Body body, OutputStream out) throws IOException {
        Path tmp = Files.createTempFile("framelab-", ".xlsx");
        try {
            try (OutputStream o = new BufferedOutputStream(Files.newOutputStream(tmp), 1 << 16)) {
                body.write(o);
            }
            normalize(tmp, out);
        } finally {
            Files.deleteIfExists(tmp);
        }
    }

    /** Copies the (still compressed) entries of {@code zip} to {@code out}: fixed order, fixed time, no extra fields. */
    static void normalize(Path zip, OutputStream out) throws IOException {
        long time = ENTRY_TIME.atZone(ZoneId.systemDefault()).toInstant().toEpochMilli();
        try (ZipFile in = ZipFile.builder().setPath(zip).get();
             ZipArchiveOutputStream z = new ZipArchiveOutputStream(new FilterOutputStream(out) {
                 @Override
                 public void write(byte[] b, int off, int len) throws IOException {
                     out.write(b, off, len);
                 }

                 @Override
                 public void close() throws IOException {
                     out.flush(); // the caller closes its stream
                 }
             })) {
            List<ZipArchiveEntry> entries = new ArrayList<>(Collections.list(in.getEntries()));
            entries.sort(Comparator.comparing((ZipArchiveEntry e) -> !e.getName().equals("[Content_Types].xml"))
                    .thenComparing(ZipArchiveEntry::getName));
            for (ZipArchiveEntry e : entries) {
                ZipArchiveEntry n = new ZipArchiveEntry(e.getName());
                n.setMethod(e.getMethod());
                n.setCrc(e.getCrc());
                n.setSize(e.getSize());
                n.setCompressedSize(e.getCompressedSize());
                n.setTime(time);
                try (InputStream raw = in.getRawInputStream(e)) {
                    z.addRawArchiveEntry(n, raw);
                }
            }
            z.finish();
        }
    }

    private static final String MAIN_NS = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";

    /**
     * Adds {@code <cellStyles><cellStyle name="Normal" xfId="0" builtinId="0"/></cellStyles>} once: after
     * cellXfs, or at the end of a new workbook's still empty style sheet (POI fills in the elements that
     * come before it, in schema order, when it writes).
     */
    public static void addNormalStyle(StylesTable styles) {
        CTStylesheet sheet = styles.getCTStylesheet();
        try (XmlCursor c = sheet.newCursor()) {
            if (c.toChild(new QName(MAIN_NS, "cellStyles"))) return;
        }
        try (XmlCursor c = sheet.getCellXfs() != null ? sheet.getCellXfs().newCursor() : sheet.newCursor()) {
            c.toEndToken();
            if (sheet.getCellXfs() != null) c.toNextToken();
            c.beginElement(new QName(MAIN_NS, "cellStyles"));
            c.insertAttributeWithValue("count", "1");
            c.beginElement(new QName(MAIN_NS, "cellStyle"));
            c.insertAttributeWithValue("name", "Normal");
            c.insertAttributeWithValue("xfId", "0");
            c.insertAttributeWithValue("builtinId", "0");
        }
    }
}
