package org.framelab.fuzz;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.framelab.corpus.Corpora;
import org.framelab.corpus.FieldMapping;
import org.framelab.corpus.ReadOptions;
import org.framelab.fuzz.Mutations.Mutation;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.zip.GZIPOutputStream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;

/**
 * Every corpus reader on random mutations of a valid file: {@link Corpora#read} ends with a corpus or
 * an input error (exit 3), never another exception, a hang or an exhausted heap (the fuzz execution
 * runs with -Xmx256m). Tries per target: {@code -Dfuzz.tries} (short in the normal build, long with -Pfuzz).
 */
@Tag("fuzz")
class CorpusFuzzTest {
    static final String CSV = "id,text,outlet,date,label\n"
            + "1,\"He said \"\"no\"\", then left\",Daily Ledger,2020-01-31,left\n"
            + "2,\"Two\nlines, one field\",The Courier,3/4/19,right\n"
            + "3,plain text here,Daily Ledger,,center\n";
    static final String TSV = "id\ttext\toutlet\tlabel\nt1\tOfficials said so.\tDaily\tleft\nt2\t\"Quoted, with tab\tinside\"\tCourier\tright\n";
    static final String JSONL = "{\"id\":\"a1\",\"title\":\"Bridge\",\"text\":\"The bridge opens.\",\"authors\":[\"Ann\",\"Bo\"],\"tags\":{\"x\":[1,2]},\"bias\":\"left\"}\n"
            + "{\"id\":\"a2\",\"text\":\"Critics claim \\\"waste\\\" \\u00e9.\",\"date\":\"2019-03-04\",\"score\":3,\"bias\":\"right\"}\n"
            + "\n{\"id\":\"a3\",\"text\":null,\"bias\":\"center\"}\n";
    static final String JSON = "[\n {\"id\": \"1\", \"text\": \"one\", \"bias\": \"right\", \"n\": [1, {\"a\": null}]},\n"
            + " {\"id\": \"2\",\n  \"text\": \"two\", \"bias\": \"left\", \"ok\": true, \"x\": 1.5e3}\n]\n";
    static final String ALLSIDES_JSON = "{\n \"ID\": \"j1\",\n \"content\": \"Potholes are back .\",\n \"bias_text\": \"left\",\n \"bias\": 0\n}\n";
    static final String SIDE_CAR = "file,leaning,outlet\none.txt,left,Daily\ntwo,\"right\",\"The \"\"Courier\"\"\"\n";

    static final Map<String, String> TEXT_FILES = Map.of("data.csv", CSV, "data.tsv", TSV, "data.jsonl", JSONL, "data.json", JSON);

    static FuzzHarness h;
    static byte[] xlsx;
    static byte[] jsonlGz;

    @BeforeAll
    static void setUp() throws IOException {
        h = new FuzzHarness("corpus");
        try (XSSFWorkbook wb = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Sheet s = wb.createSheet("data");
            String[][] cells = {{"id", "text", "label", "id"}, {"1", "Officials said the bridge is safe.", "left", "x"},
                    {"2", "Critics claimed otherwise.", "right", "y"}};
            for (int r = 0; r < cells.length; r++) {
                Row row = s.createRow(r);
                for (int c = 0; c < cells[r].length; c++) row.createCell(c).setCellValue(cells[r][c]);
            }
            s.getRow(1).createCell(4).setCellValue(3.5);
            wb.write(out);
            xlsx = out.toByteArray();
        }
        jsonlGz = gzip(JSONL.getBytes(StandardCharsets.UTF_8));
    }

    @AfterAll
    static void tearDown() {
        h.close();
    }

    private static ReadOptions options(boolean skipBad) {
        return new ReadOptions(FieldMapping.auto(), null, null, null, skipBad, 0);
    }

    private static void readFile(String name, byte[] bytes, boolean skipBad) throws Exception {
        Path dir = h.newDir();
        try {
            Path p = dir.resolve(name);
            Files.write(p, bytes);
            Corpora.read(p, options(skipBad), null);
        } finally {
            h.clean(dir);
        }
    }

    private static void readFolder(Path dir, Path folder, boolean skipBad) throws Exception {
        try {
            Corpora.read(folder, options(skipBad), null);
        } finally {
            h.clean(dir);
        }
    }

    private static byte[] mutate(String seed, List<Mutation> ms) {
        return Mutations.apply(seed.getBytes(StandardCharsets.UTF_8), ms);
    }

    /** The single-file text formats: CSV, TSV, JSON lines, a JSON array. */
    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"data.csv", "data.tsv", "data.jsonl", "data.json"})
    void textFile(String file) {
        String seed = TEXT_FILES.get(file);
        h.check(file, file.hashCode(), 6, (ms, r) -> readFile(file, mutate(seed, ms), r.nextBoolean()));
    }

    /** Mutated JSON lines, compressed (the gzip path with valid compression), or the .gz bytes themselves mutated. */
    @Test
    void jsonlGz() {
        h.check("jsonl.gz", 1952, 6, (ms, r) -> {
            byte[] b = r.nextBoolean() ? Mutations.apply(jsonlGz, ms) : gzip(mutate(JSONL, ms));
            readFile("data.jsonl.gz", b, r.nextBoolean());
        });
    }

    /** A file with an unknown extension: the registry sniffs its first bytes and picks a reader. */
    @Test
    void sniffed() {
        h.check("sniffed", 64, 6, (ms, r) -> {
            String seed = List.of(CSV, JSONL, JSON).get(r.nextInt(3));
            readFile("data.dat", mutate(seed, ms), false);
        });
    }

    @Test
    void jsonFolder() {
        h.check("json folder", 300, 6, (ms, r) -> {
            Path dir = h.newDir();
            Path folder = Files.createDirectory(dir.resolve("jsons"));
            Files.write(folder.resolve("a.json"), mutate(ALLSIDES_JSON, ms));
            Files.writeString(folder.resolve("b.json"), ALLSIDES_JSON.replace("j1", "j2"));
            readFolder(dir, folder, r.nextBoolean());
        });
    }

    /** A .txt folder with sub-folder labels and a side-car CSV; one .txt file or the side-car mutated. */
    @Test
    void txtFolder() {
        h.check("txt folder", 1971, 6, (ms, r) -> {
            boolean mutateSideCar = r.nextBoolean();
            Path dir = h.newDir();
            Path folder = Files.createDirectory(dir.resolve("txt"));
            Files.createDirectories(folder.resolve("left"));
            Files.createDirectories(folder.resolve("right"));
            String one = "The mayor said the plan works.\n\"Nonsense,\" critics claimed.\n";
            Files.write(folder.resolve("left/one.txt"), mutateSideCar ? one.getBytes(StandardCharsets.UTF_8) : mutate(one, ms));
            Files.writeString(folder.resolve("right/two.txt"), "Officials denied it.");
            Files.write(folder.resolve("labels.csv"), mutateSideCar ? mutate(SIDE_CAR, ms) : SIDE_CAR.getBytes(StandardCharsets.UTF_8));
            readFolder(dir, folder, r.nextBoolean());
        });
    }

    /** The workbook's bytes mutated (mostly a damaged zip). */
    @Test
    void xlsxBytes() {
        h.check("xlsx bytes", 2007, 6, (ms, r) -> readFile("book.xlsx", Mutations.apply(xlsx, ms), false));
    }

    /** One part of the workbook (sheet XML, shared strings, styles, content types...) mutated inside a valid zip. */
    @Test
    void xlsxParts() {
        h.check("xlsx parts", 1904, 6, (ms, r) -> readFile("book.xlsx", mutatePart(xlsx, r.nextInt(64), ms), r.nextBoolean()));
    }

    static byte[] mutatePart(byte[] zip, int part, List<Mutation> ms) throws IOException {
        List<Map.Entry<String, byte[]>> entries = new ArrayList<>();
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip))) {
            ZipEntry e;
            while ((e = in.getNextEntry()) != null) entries.add(Map.entry(e.getName(), in.readAllBytes()));
        }
        int k = part % entries.size();
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream out = new ZipOutputStream(bytes)) {
            for (int i = 0; i < entries.size(); i++) {
                out.putNextEntry(new ZipEntry(entries.get(i).getKey()));
                out.write(i == k ? Mutations.apply(entries.get(i).getValue(), ms) : entries.get(i).getValue());
                out.closeEntry();
            }
        }
        return bytes.toByteArray();
    }

    static byte[] gzip(byte[] b) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (GZIPOutputStream out = new GZIPOutputStream(bytes)) {
            out.write(b);
        }
        return bytes.toByteArray();
    }
}
