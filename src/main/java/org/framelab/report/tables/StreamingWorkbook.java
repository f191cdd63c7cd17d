package org.framelab.report.tables;

import org.apache.poi.xssf.streaming.GZIPSheetDataWriter;
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
 * sheet) with cheaper temporary files: gzip at the fastest level through 64 KB buffers instead of
 * POI's default level through 512-byte ones (the temporary files of a 36,000-article Articles sheet
 * are written and read once; the default level spent more time compressing them than writing the
 * workbook). The workbook file itself is unchanged: its zip is written from the decompressed sheets.
 */
public final class StreamingWorkbook extends SXSSFWorkbook {
    private static final int BUFFER = 1 << 16;

    /** Streams new sheets into {@code template} (its sheets are kept as they are), {@code window} rows in memory per sheet. */
    public StreamingWorkbook(XSSFWorkbook template, int window) {
        super(template, window);
        setCompressTempFiles(true);
    }

    /** A new workbook with {@code window} rows in memory per sheet. */
    public StreamingWorkbook(int window) {
        super(window);
        setCompressTempFiles(true);
    }

    @Override
    protected SheetDataWriter createSheetDataWriter() throws IOException {
        return new GZIPSheetDataWriter(getSharedStringSource()) {
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
