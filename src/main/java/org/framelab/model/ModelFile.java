package org.framelab.model;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.framelab.util.AtomicFiles;
import org.framelab.util.Json;
import org.framelab.util.InputException;
import org.framelab.util.Runtime2;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InvalidClassException;
import java.io.ObjectInputFilter;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Map;
import java.util.zip.GZIPInputStream;
import java.util.zip.GZIPOutputStream;

/**
 * The model file: a text header line {@code FRAMELAB-MODEL 3}, one line of JSON (versions, labels,
 * features, classifier, payload size and SHA-256), then the payload: the gzip-compressed Java
 * serialisation of a {@link TrainedModel}. Format 3 adds the fingerprints of the training texts
 * ({@link TrainedModel#trainingTexts()}, counted in the header's {@code trainingFingerprints}) for
 * the overlap check of {@code evaluate}; files of format 2 are still read, without them. The header's
 * {@code trainingTokens} gives the training texts' length distribution ({@link TextLengths}) when the model
 * records it (files written before it was recorded load as they are, and no length warning is given). Loading checks the magic line, the format and versions,
 * the size and the checksum before deserialising, and deserialises through an
 * {@link ObjectInputFilter} allow-list, so an altered file, a file from an incompatible version or a
 * crafted file with foreign classes is refused with an {@link InputException}.
 */
public final class ModelFile {
    static {
        org.framelab.util.Runtime2.configure(); // before any Weka class initialises
    }

    public static final String MAGIC = "FRAMELAB-MODEL";
    /**
     * 3: undefined ratios are missing (NaN) in the feature vectors and reach the classifier as 0 plus a
     * {@code <name>.missing} indicator column ({@link MissingIndicators}), and the file holds fingerprints
     * of the training texts for the overlap check of {@code evaluate}; format 2 models read undefined
     * ratios as 0, so they are refused.
     */
    public static final int FORMAT = 3;
    /** The oldest format this version reads. */
    public static final int OLDEST_FORMAT = 3;
    /** Limit on the header line. */
    private static final int MAX_HEADER = 1 << 20;

    /**
     * Classes a model may contain: FrameLab, Weka, liblinear, and basic java.lang / java.util value
     * and collection classes; everything else (java.net, javax.*, reflection, lambdas...) is rejected.
     * Depth, reference count and array sizes are capped.
     */
    static final String FILTER = String.join(";",
            "maxdepth=2000", "maxrefs=100000000", "maxarray=500000000",
            "org.framelab.**", "weka.**", "de.bwaldvogel.liblinear.*",
            "java.lang.String", "java.lang.Number", "java.lang.Integer", "java.lang.Long", "java.lang.Double",
            "java.lang.Float", "java.lang.Short", "java.lang.Byte", "java.lang.Boolean", "java.lang.Character",
            "java.lang.Enum", "java.lang.Object",
            "java.util.*", "java.util.regex.Pattern", "java.util.concurrent.ConcurrentHashMap",
            "java.util.concurrent.ConcurrentHashMap$Segment", "java.util.concurrent.locks.ReentrantLock",
            "java.util.concurrent.locks.ReentrantLock$Sync", "java.util.concurrent.locks.ReentrantLock$NonfairSync",
            "java.util.concurrent.locks.AbstractQueuedSynchronizer", "java.util.concurrent.locks.AbstractOwnableSynchronizer",
            "java.util.concurrent.atomic.AtomicLong", "java.util.concurrent.atomic.AtomicInteger",
            "java.time.Ser", "java.math.BigInteger", "java.math.BigDecimal",
            "!*");

    private static final ObjectMapper JSON = new ObjectMapper();

    private ModelFile() {}

    public static void save(TrainedModel model, Path file) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream(1 << 20);
        try (ObjectOutputStream out = new ObjectOutputStream(new GZIPOutputStream(bytes, 1 << 16))) {
            out.writeObject(model);
        }
        byte[] payload = bytes.toByteArray();
        ModelInfo info = model.info();
        Map<String, Object> header = Json.object("format", FORMAT, "framelab", info.framelabVersion(), "weka", info.wekaVersion(),
                "java", System.getProperty("java.version"), "labelField", info.labelField(), "labels", info.labels(),
                "features", info.features(), "classifier", info.classifier(), "trainingSize", info.trainingSize(),
                "settings", info.settings(),
                "trainingFingerprints", model.trainingTexts() == null ? 0 : model.trainingTexts().size(), "payloadBytes", payload.length, "sha256", sha256(payload));
        TextLengths lengths = model.trainingLengths();
        if (lengths != null) {
            header.put("trainingTokens", Json.object("texts", lengths.texts(), "p5", lengths.p5(), "median", lengths.median(), "p95", lengths.p95()));
        }
        String head = MAGIC + " " + FORMAT + "\n" + JSON.writeValueAsString(header) + "\n";
        AtomicFiles.write(file, out -> {
            out.write(head.getBytes(StandardCharsets.UTF_8));
            out.write(payload);
        });
    }

    /** Loads and verifies a model file; any problem with the file is an {@link InputException} naming it. */
    public static TrainedModel load(Path file) throws InputException {
        byte[] all = readAll(file);
        int nl1 = indexOf(all, 0);
        checkFormatLine(file, nl1 < 0 ? "" : new String(all, 0, nl1, StandardCharsets.UTF_8));
        int nl2 = indexOf(all, nl1 + 1);
        if (nl2 < 0 || nl2 - nl1 > MAX_HEADER) throw damaged(file, "the header line is missing or too long");
        JsonNode header = parseHeader(file, all, nl1, nl2);
        checkVersions(file, header);
        int start = nl2 + 1;
        checkPayload(file, header, all, start);
        return deserialise(file, all, start);
    }

    private static byte[] readAll(Path file) throws InputException {
        try {
            return Files.readAllBytes(file);
        } catch (java.nio.file.NoSuchFileException e) {
            throw new InputException(file + ": model file not found.\n  What to do: check the path (train writes it with -o).");
        } catch (IOException e) {
            throw new InputException(file + ": cannot read the model file: " + e.getMessage(), e);
        }
    }

    /** Checks the first line: the magic word and a format number this version reads. */
    private static void checkFormatLine(Path file, String first) throws InputException {
        if (!first.startsWith(MAGIC + " ")) {
            throw new InputException(file + ": not a FrameLab model file (it does not start with '" + MAGIC
                    + "').\n  What to do: give a file written by 'framelab train -o'.");
        }
        int format;
        try {
            format = Integer.parseInt(first.substring(MAGIC.length() + 1).trim());
        } catch (NumberFormatException e) {
            throw new InputException(file + ", line 1: bad model format number '" + first + "'.\n  What to do: the file is damaged; train the model again.");
        }
        if (format < OLDEST_FORMAT || format > FORMAT) {
            String why = format == 2 ? " (format 2 models read an undefined ratio, e.g. the said-ratio of a text without reporting verbs, as 0;"
                    + " this version gives it as missing with an indicator column)" : "";
            throw new InputException(file + ": model file format " + format + " is not supported by FrameLab " + Runtime2.version()
                    + " (reads format " + FORMAT + ")" + why + ".\n  What to do: train the model again with this version.");
        }
    }

    private static JsonNode parseHeader(Path file, byte[] all, int nl1, int nl2) throws InputException {
        try {
            return JSON.readTree(new String(all, nl1 + 1, nl2 - nl1 - 1, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw damaged(file, "the header is not valid JSON");
        }
    }

    /** The FrameLab and Weka versions that wrote the file must match this one's major.minor. */
    private static void checkVersions(Path file, JsonNode header) throws InputException {
        String framelab = header.path("framelab").asText("");
        String wekaV = header.path("weka").asText("");
        if (!majorMinor(framelab).equals(majorMinor(Runtime2.version()))) {
            throw new InputException(file + ": made by FrameLab " + framelab + ", which is incompatible with this FrameLab "
                    + Runtime2.version() + ".\n  What to do: train the model again with this version.");
        }
        if (!majorMinor(wekaV).equals(majorMinor(weka.core.Version.VERSION))) {
            throw new InputException(file + ": made with Weka " + wekaV + ", but this FrameLab uses Weka " + weka.core.Version.VERSION
                    + ".\n  What to do: train the model again with this version.");
        }
    }

    /** The payload from {@code start} must have the size and SHA-256 the header gives. */
    private static void checkPayload(Path file, JsonNode header, byte[] all, int start) throws InputException {
        long size = header.path("payloadBytes").asLong(-1);
        if (size != all.length - start) {
            throw damaged(file, "its size does not match the header (" + (all.length - start) + " payload bytes, header says " + size + ")");
        }
        String expected = header.path("sha256").asText("");
        String actual = sha256(java.util.Arrays.copyOfRange(all, start, all.length));
        if (!actual.equalsIgnoreCase(expected)) {
            throw damaged(file, "its SHA-256 checksum does not match (the file was altered or corrupted)");
        }
    }

    /** Deserialises the verified payload through the {@link #FILTER} allow-list. */
    private static TrainedModel deserialise(Path file, byte[] all, int start) throws InputException {
        Object obj;
        try (ObjectInputStream in = new ObjectInputStream(new GZIPInputStream(new ByteArrayInputStream(all, start, all.length - start)))) {
            in.setObjectInputFilter(filter());
            obj = in.readObject();
        } catch (InvalidClassException e) {
            throw new InputException(file + ": refused: the model contains a class that a FrameLab model may not contain or that this version cannot read ("
                    + e.getMessage() + ").\n  What to do: only load model files written by 'framelab train'; train the model again.", e);
        } catch (ClassNotFoundException e) {
            throw new InputException(file + ": made by an incompatible version (class " + e.getMessage()
                    + " not found).\n  What to do: train the model again with this version.", e);
        } catch (IOException | RuntimeException e) {
            throw damaged(file, "its content cannot be read (" + e + ")");
        }
        if (!(obj instanceof TrainedModel m)) {
            throw damaged(file, "it does not contain a FrameLab model");
        }
        return m;
    }

    static ObjectInputFilter filter() {
        return ObjectInputFilter.Config.createFilter(FILTER);
    }

    private static InputException damaged(Path file, String why) {
        return new InputException(file + ": refused: " + why + ".\n  What to do: use the original file written by 'framelab train', or train the model again.");
    }

    private static String majorMinor(String v) {
        String[] p = v.split("[.-]");
        return p.length >= 2 ? p[0] + "." + p[1] : v;
    }

    private static int indexOf(byte[] b, int from) {
        for (int i = from; i < b.length && i < from + MAX_HEADER + 64; i++) if (b[i] == '\n') return i;
        return -1;
    }

    static String sha256(byte[] b) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(b));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The header of a model file as JSON text (for {@code framelab evaluate} summaries). */
    public static String headerOf(Path file) throws IOException {
        try (InputStream in = Files.newInputStream(file)) {
            byte[] b = in.readNBytes(MAX_HEADER);
            int nl1 = indexOf(b, 0), nl2 = nl1 < 0 ? -1 : indexOf(b, nl1 + 1);
            return nl2 < 0 ? "" : new String(b, nl1 + 1, nl2 - nl1 - 1, StandardCharsets.UTF_8);
        }
    }
}
