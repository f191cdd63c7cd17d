package org.framelab.report.tables;

import org.apache.commons.compress.archivers.zip.ZipArchiveOutputStream;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.apache.poi.xssf.streaming.SheetDataWriter;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.FileInputStream;
import java.io.FileOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.util.zip.Deflater;
import java.util.zip.GZIPInputStream;
import java.util.zip.GZIPOutputStream;

/**
 * POI's streaming workbook (SXSSF: only a window of rows in memory, the rest in a temporary file per
 * sheet). The temporary files of a large workbook are gzipped at the fastest level through 64 KB
 * buffers instead of POI's default level through 512-byte ones (the temporary files of a
 * 36,000-article Articles sheet are written and read once; the default level spent more time
 * compressing them than writing the workbook); those of a smaller one are plain files through 64 KB
 * buffers, since compressing and decompressing them cost the 10,000-article report's workbook about
 * 0.7 s of its 5.6 s, for about 100 MB of temporary disk. The workbook file itself is the same either
 * way: its zip is written from the sheets' XML. The sheets' XML is written by {@link SheetXmlWriter} (POI's
 * bytes, faster) and the zip by {@link ParallelZipOutput} (deflated on every core).
 */
public final class StreamingWorkbook extends SXSSFWorkbook {
    private static final int BUFFER = 1 << 16;

    /**
     * Articles above which the temporary files are compressed (a report's Articles sheet grows with them,
     * its N-grams and Terms sheets are bounded by the vocabulary: AllSides, 36,254 articles, writes about
     * 200 MB of plain temporary files).
     */
    public static final long COMPRESS_ABOVE_ARTICLES = 50_000;

    /** Set after POI's constructor, which makes writers for a template's own sheets (never streamed): plain ones. */
    private final boolean compress;

    /**
     * Streams new sheets into {@code template} (its sheets are kept as they are), {@code window} rows in
     * memory per sheet; {@code articles}: the rows of its Articles sheet.
     */
    public StreamingWorkbook(XSSFWorkbook template, int window, long articles) {
        super(template, window);
        compress = articles > COMPRESS_ABOVE_ARTICLES;
        setCompressTempFiles(compress);
    }

    /** A new workbook with {@code window} rows in memory per sheet (temporary files compressed: the size is not known). */
    public StreamingWorkbook(int window) {
        super(window);
        compress = true;
        setCompressTempFiles(true);
    }

    /** The workbook's zip deflated on every core (see {@link ParallelZipOutput}), its entries as POI writes them. */
    @Override
    protected ZipArchiveOutputStream createArchiveOutputStream(OutputStream out) {
        return new ParallelZipOutput(out);
    }

    /** Writers of {@link SheetXmlWriter}'s bytes (POI's own, faster) into a plain or gzipped temporary file. */
    @Override
    protected SheetDataWriter createSheetDataWriter() throws IOException {
        if (!compress) {
            return new SheetXmlWriter(getSharedStringSource()) {
                @Override
                protected OutputStream decorateOutputStream(FileOutputStream fos) {
                    return new BufferedOutputStream(fos, BUFFER);
                }

                @Override
                protected InputStream decorateInputStream(FileInputStream fis) {
                    return new BufferedInputStream(fis, BUFFER);
                }
            };
        }
        return new SheetXmlWriter(getSharedStringSource()) {
            @Override
            protected OutputStream decorateOutputStream(FileOutputStream fos) throws IOException {
                return new GZIPOutputStream(new BufferedOutputStream(fos, BUFFER), BUFFER) {
                    {
                        def.setLevel(Deflater.BEST_SPEED);
                    }
                };
            }

            @Override
            protected InputStream decorateInputStream(FileInputStream fis) throws IOException {
                return new GZIPInputStream(new BufferedInputStream(fis, BUFFER), BUFFER);
            }
        };
    }
}
