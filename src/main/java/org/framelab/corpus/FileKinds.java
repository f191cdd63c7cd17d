package org.framelab.corpus;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.ZipEntry;
import java.util.zip.ZipException;
import java.util.zip.ZipFile;

/**
 * Files FrameLab does not read, told by their content rather than their name, so the message says what the file is
 * instead of a reader's failure ("not valid UTF-8", "not a valid zip", "the workbook has no sheets"):
 * <ul>
 *   <li>an OLE2 compound file ({@code D0 CF 11 E0 A1 B1 1A E1}): an old binary Excel {@code .xls}, Word {@code .doc},
 *   PowerPoint {@code .ppt}, or a password-protected {@code .xlsx} (Office keeps encrypted workbooks in one);</li>
 *   <li>a zip with a {@code mimetype} entry: an OpenDocument file ({@code .ods}, {@code .odt});</li>
 *   <li>a zip with {@code word/document.xml} or {@code ppt/presentation.xml}: a Word {@code .docx} or PowerPoint
 *   {@code .pptx}.</li>
 * </ul>
 * The messages do not quote command-line options: the desktop app shows them too.
 */
final class FileKinds {
    private FileKinds() {}

    private static final byte[] OLE2 = {(byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0, (byte) 0xA1, (byte) 0xB1, 0x1A, (byte) 0xE1};
    /** How much of an OLE2 file is searched for the names of its streams. */
    private static final int OLE2_SCAN = 8 << 20;

    static final String READS = "FrameLab reads CSV, TSV, Excel .xlsx, JSON lines and folders of .txt files";

    /** Throws the message for a file FrameLab does not read; returns normally for any other file. */
    static void refuseUnreadable(Path path) throws CorpusException {
        byte[] head = new byte[8];
        int n;
        try (InputStream in = Files.newInputStream(path)) {
            n = in.readNBytes(head, 0, head.length);
        } catch (IOException e) {
            return; // the reader says what is wrong with a file it cannot open
        }
        String file = path.toString();
        if (n == OLE2.length && java.util.Arrays.equals(head, OLE2)) {
            throw ole2(file, path);
        }
        if (n >= 4 && head[0] == 'P' && head[1] == 'K' && head[2] == 3 && head[3] == 4) {
            String kind = zipKind(path);
            if (kind != null) throw refused(file, kind);
        }
    }

    private static CorpusException ole2(String file, Path path) {
        byte[] b;
        try (InputStream in = Files.newInputStream(path)) {
            b = in.readNBytes(OLE2_SCAN);
        } catch (IOException e) {
            b = new byte[0];
        }
        if (has(b, "EncryptedPackage")) {
            return new CorpusException(file, -1, null, "the file is a password-protected Office document (an encrypted Excel workbook), "
                    + "which FrameLab cannot open", "open it in Excel or LibreOffice, remove the password (or save an unprotected copy) as .xlsx, "
                    + "or export the sheet as CSV; " + READS);
        }
        if (has(b, "WordDocument")) return refused(file, "an old Word document (.doc, Word 97-2003)");
        if (has(b, "PowerPoint Document")) return refused(file, "an old PowerPoint presentation (.ppt)");
        if (has(b, "Workbook") || has(b, "Book")) {
            return new CorpusException(file, -1, null, "the file is an old binary Excel workbook (.xls, Excel 97-2003), which FrameLab does not read",
                    "open it in Excel or LibreOffice and save it as Excel Workbook (.xlsx), or export the sheet as CSV; " + READS);
        }
        return refused(file, "an old Microsoft Office file (Office 97-2003: .xls, .doc or .ppt)");
    }

    private static CorpusException refused(String file, String kind) {
        boolean sheet = kind.contains("spreadsheet") || kind.contains(".xls");
        return new CorpusException(file, -1, null, "the file is " + kind + ", which FrameLab does not read",
                (sheet ? "open it in LibreOffice or Excel and save it as Excel Workbook (.xlsx), or export the sheet as CSV"
                        : "save the data as a table (one row per article) in Excel Workbook (.xlsx) or CSV, or the texts as .txt files in a folder")
                        + "; " + READS);
    }

    /** What a zip that is no workbook FrameLab reads is, or null (a workbook, another zip: the readers say). */
    private static String zipKind(Path path) {
        try (ZipFile z = new ZipFile(path.toFile())) {
            if (z.getEntry("xl/workbook.xml") != null) return null;
            ZipEntry mime = z.getEntry("mimetype");
            if (mime != null) {
                String type;
                try (InputStream in = z.getInputStream(mime)) {
                    type = new String(in.readNBytes(200), StandardCharsets.US_ASCII).strip();
                }
                if (type.endsWith("opendocument.spreadsheet")) return "an OpenDocument spreadsheet (.ods, e.g. from LibreOffice Calc)";
                if (type.endsWith("opendocument.text")) return "an OpenDocument text document (.odt, e.g. from LibreOffice Writer)";
                if (type.startsWith("application/vnd.oasis.opendocument")) return "an OpenDocument file (" + type + ")";
                return null;
            }
            if (z.getEntry("word/document.xml") != null) return "a Word document (.docx)";
            if (z.getEntry("ppt/presentation.xml") != null) return "a PowerPoint presentation (.pptx)";
            return null;
        } catch (ZipException e) {
            return null;
        } catch (IOException e) {
            return null;
        }
    }

    /** Whether {@code b} holds {@code name} in UTF-16LE (how an OLE2 directory names its streams). */
    private static boolean has(byte[] b, String name) {
        byte[] u = name.getBytes(StandardCharsets.UTF_16LE);
        outer:
        for (int i = 0; i + u.length <= b.length; i++) {
            for (int j = 0; j < u.length; j++) if (b[i + j] != u[j]) continue outer;
            // a directory entry's name is followed by its terminating NUL character
            if (i + u.length + 1 < b.length && b[i + u.length] == 0 && b[i + u.length + 1] == 0) return true;
        }
        return false;
    }
}
