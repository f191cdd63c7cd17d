package org.framelab.report.tables;

import org.apache.commons.compress.archivers.zip.ZipArchiveEntry;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Random;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

import static org.assertj.core.api.Assertions.assertThat;

/** The zip deflated in blocks on several threads: readable, the same content, the same bytes whatever the threads and writes. */
class ParallelZipOutputTest {
    static Map<String, byte[]> entries() {
        int block = ParallelZipOutput.BLOCK;
        Random rnd = new Random(3);
        StringBuilder xml = new StringBuilder();
        for (int r = 0; xml.length() < 3 * block + block / 2; r++) {
            xml.append("<row r=\"").append(r + 1).append("\">\n<c r=\"A").append(r + 1).append("\" s=\"2\" t=\"n\"><v>")
                    .append(rnd.nextInt(100) / 7.0).append("</v></c></row>\n");
        }
        byte[] random = new byte[2 * block + 17];
        rnd.nextBytes(random);
        Map<String, byte[]> m = new LinkedHashMap<>();
        m.put("[Content_Types].xml", "<Types/>".getBytes(StandardCharsets.UTF_8));
        m.put("empty", new byte[0]);
        m.put("one", new byte[]{42});
        for (int n : new int[]{block - 1, block, block + 1, 2 * block}) m.put("size" + n, java.util.Arrays.copyOf(xml.toString().getBytes(StandardCharsets.UTF_8), n));
        m.put("xl/worksheets/sheet1.xml", xml.toString().getBytes(StandardCharsets.UTF_8));
        m.put("xl/media/image1.png", random);
        return m;
    }

    static byte[] zip(Map<String, byte[]> entries, int threads, long chunkSeed) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Random rnd = new Random(chunkSeed);
        ParallelZipOutput z = new ParallelZipOutput(out, threads);
        for (Map.Entry<String, byte[]> e : entries.entrySet()) {
            ZipArchiveEntry ze = new ZipArchiveEntry(e.getKey());
            ze.setTime(315_532_800_000L);
            z.putArchiveEntry(ze);
            byte[] b = e.getValue();
            for (int off = 0; off < b.length; ) {
                int n = chunkSeed == 0 ? b.length : Math.min(b.length - off, rnd.nextInt(3) == 0 ? 1 : rnd.nextInt(200_000));
                if (n == 1) z.write(b[off]);
                else z.write(b, off, n);
                off += n;
            }
            z.closeArchiveEntry();
        }
        z.finish();
        return out.toByteArray();
    }

    @Test
    void entriesReadBackAsWritten() throws IOException {
        Map<String, byte[]> entries = entries();
        byte[] zip = zip(entries, 3, 0);
        Map<String, byte[]> back = new LinkedHashMap<>();
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip))) { // checks each entry's CRC and sizes
            for (ZipEntry e; (e = in.getNextEntry()) != null; ) {
                assertThat(e.getMethod()).isEqualTo(ZipEntry.DEFLATED);
                back.put(e.getName(), in.readAllBytes());
            }
        }
        assertThat(back.keySet()).containsExactlyElementsOf(entries.keySet());
        for (String k : entries.keySet()) assertThat(back.get(k)).as(k).isEqualTo(entries.get(k));
        long text = entries.values().stream().mapToLong(b -> b.length).sum() - entries.get("xl/media/image1.png").length;
        assertThat((long) zip.length).isLessThan(entries.get("xl/media/image1.png").length + text / 3); // the text deflated
    }

    @Test
    void sameBytesWhateverTheThreadsAndWrites() throws IOException {
        Map<String, byte[]> entries = entries();
        byte[] a = zip(entries, 1, 0);
        assertThat(zip(entries, 4, 7)).isEqualTo(a);
        assertThat(zip(entries, 2, 11)).isEqualTo(a);
    }
}
