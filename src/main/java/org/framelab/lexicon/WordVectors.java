package org.framelab.lexicon;

import org.framelab.text.TokenizedText;
import org.framelab.util.InputException;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.GZIPInputStream;
import java.util.zip.GZIPOutputStream;

/**
 * Word vectors learned from unlabelled text ({@link PpmiSvd}), unit length, with the text file
 * {@code framelab lexicon vectors} writes and {@code lexicon learn --expand-vectors} reads: {@code #}
 * comment lines (provenance and settings), a line {@code words dimensions}, then one line per word,
 * {@code word v1 … vd} with five decimals (gzip-compressed when the name ends in {@code .gz}; the bytes
 * are fixed: no date, no gzip time stamp).
 */
public final class WordVectors {
    private final List<String> words;
    private final float[] vectors; // words × dimensions, rows of unit length (or zero)
    private final int dimensions;
    private final Map<String, Integer> index = new HashMap<>();

    public WordVectors(List<String> words, float[] vectors, int dimensions) {
        this.words = List.copyOf(words);
        this.vectors = vectors;
        this.dimensions = dimensions;
        if ((long) words.size() * dimensions != vectors.length) throw new IllegalArgumentException("vectors do not match the words");
        for (int i = 0; i < this.words.size(); i++) index.putIfAbsent(this.words.get(i), i);
        for (int i = 0; i < this.words.size(); i++) {
            double n = 0;
            for (int j = 0; j < dimensions; j++) n += (double) vectors[i * dimensions + j] * vectors[i * dimensions + j];
            if (n > 0) for (int j = 0; j < dimensions; j++) vectors[i * dimensions + j] /= (float) Math.sqrt(n);
        }
    }

    public List<String> words() { return words; }

    public int dimensions() { return dimensions; }

    /** The row of a word, or -1. */
    public int indexOf(String word) {
        Integer i = index.get(word);
        return i == null ? -1 : i;
    }

    /** Copies row {@code a} (unit length, or zero) into {@code out[from .. from + dimensions)}. */
    public void copyRow(int a, double[] out, int from) {
        int oa = a * dimensions;
        for (int j = 0; j < dimensions; j++) out[from + j] = vectors[oa + j];
    }

    /** Cosine similarity of two rows. */
    public double similarity(int a, int b) {
        double s = 0;
        int oa = a * dimensions, ob = b * dimensions;
        for (int j = 0; j < dimensions; j++) s += vectors[oa + j] * vectors[ob + j];
        return s;
    }

    /**
     * The {@code k} nearest rows of row {@code a} by cosine among the rows with {@code allowed[row]}
     * (itself excluded), most similar first (ties: lower row); {@code sims} receives the similarities.
     */
    public int[] nearest(int a, int k, boolean[] allowed, double[] sims) {
        int[] best = new int[k];
        double[] bs = new double[k];
        Arrays.fill(best, -1);
        Arrays.fill(bs, Double.NEGATIVE_INFINITY);
        int oa = a * dimensions;
        for (int b = 0; b < words.size(); b++) {
            if (b == a || !allowed[b]) continue;
            float s = 0;
            int ob = b * dimensions;
            for (int j = 0; j < dimensions; j++) s += vectors[oa + j] * vectors[ob + j];
            if (s <= bs[k - 1]) continue;
            int p = k - 1;
            while (p > 0 && s > bs[p - 1]) {
                bs[p] = bs[p - 1];
                best[p] = best[p - 1];
                p--;
            }
            bs[p] = s;
            best[p] = b;
        }
        System.arraycopy(bs, 0, sims, 0, k);
        return best;
    }

    /** Builds the word-id stream of a corpus: lower-cased word tokens with a letter; sentence and text ends break windows. */
    public static final class Stream {
        private final Map<String, Integer> ids = new HashMap<>();
        private final List<String> forms = new ArrayList<>();
        private long[] freq = new long[1024];
        private int[] seq = new int[1 << 16];
        private int length;
        private long texts;

        public void add(TokenizedText t) {
            int sentence = -1;
            for (int i = 0; i < t.size(); i++) {
                if (t.kind(i) != TokenizedText.WORD) continue;
                if (t.sentenceOf(i) != sentence && sentence >= 0) push(-1);
                sentence = t.sentenceOf(i);
                String w = t.norm(i);
                boolean letter = false;
                for (int k = 0; k < w.length() && !letter; k++) letter = Character.isLetter(w.charAt(k));
                if (!letter) continue;
                Integer id = ids.get(w);
                if (id == null) {
                    id = forms.size();
                    ids.put(w, id);
                    forms.add(w);
                    if (id >= freq.length) freq = Arrays.copyOf(freq, 2 * freq.length);
                }
                freq[id]++;
                push(id);
            }
            push(-1);
            texts++;
        }

        private void push(int id) {
            if (length == seq.length) {
                if (seq.length >= Integer.MAX_VALUE / 2) throw new IllegalStateException("corpus too large for the vectors (over 1 billion tokens)");
                seq = Arrays.copyOf(seq, 2 * seq.length);
            }
            seq[length++] = id;
        }

        public long texts() { return texts; }

        public long tokens() {
            long n = 0;
            for (int i = 0; i < forms.size(); i++) n += freq[i];
            return n;
        }

        public int distinctWords() { return forms.size(); }

        /**
         * The words by frequency (then alphabetically), at most {@code max}, and the stream re-numbered so
         * that these words are {@code 0 … max-1}; other words become {@code max} (a window position, never counted).
         */
        public List<String> renumber(int max) {
            Integer[] order = new Integer[forms.size()];
            for (int i = 0; i < order.length; i++) order[i] = i;
            Arrays.sort(order, (a, b) -> freq[a] != freq[b] ? Long.compare(freq[b], freq[a]) : forms.get(a).compareTo(forms.get(b)));
            int n = Math.min(max, order.length);
            int[] map = new int[forms.size()];
            Arrays.fill(map, n);
            List<String> vocab = new ArrayList<>(n);
            for (int r = 0; r < n; r++) {
                map[order[r]] = r;
                vocab.add(forms.get(order[r]));
            }
            for (int i = 0; i < length; i++) if (seq[i] >= 0 && seq[i] < map.length) seq[i] = map[seq[i]];
            forms.clear();
            ids.clear();
            return vocab;
        }

        public int[] sequence() { return seq; }

        public int length() { return length; }
    }

    /** Writes the file: the header lines (each written after "# "), then the vectors. */
    public void write(Path file, List<String> header) throws InputException {
        try {
            Path parent = file.toAbsolutePath().getParent();
            if (parent != null) Files.createDirectories(parent);
            try (OutputStream raw = Files.newOutputStream(file);
                 OutputStream os = file.getFileName().toString().endsWith(".gz") ? new GZIPOutputStream(raw, 1 << 16) : raw;
                 Writer w = new java.io.BufferedWriter(new java.io.OutputStreamWriter(os, StandardCharsets.UTF_8), 1 << 16)) {
                for (String h : header) w.write("# " + h.replace('\n', ' ') + "\n");
                w.write(words.size() + " " + dimensions + "\n");
                StringBuilder sb = new StringBuilder();
                for (int i = 0; i < words.size(); i++) {
                    sb.setLength(0);
                    sb.append(words.get(i));
                    for (int j = 0; j < dimensions; j++) fixed(sb.append(' '), vectors[i * dimensions + j]);
                    w.write(sb.append('\n').toString());
                }
            }
        } catch (IOException e) {
            throw new InputException(file + ": cannot write the vectors: " + e.getMessage() + "\n  What to do: choose a file in a folder you can write to.", e);
        }
    }

    /** Five decimals, without the locale or String.format. */
    static void fixed(StringBuilder sb, float v) {
        long x = Math.round(v * 100000.0);
        if (x < 0) {
            sb.append('-');
            x = -x;
        }
        sb.append(x / 100000).append('.');
        String frac = Long.toString(x % 100000);
        for (int k = frac.length(); k < 5; k++) sb.append('0');
        sb.append(frac);
    }

    /** Reads a file written by {@link #write}; a malformed file is an {@link InputException} naming the line. */
    public static WordVectors read(Path file) throws InputException {
        if (!Files.isRegularFile(file)) {
            throw new InputException(file + ": no such vectors file\n  What to do: write one with framelab lexicon vectors CORPUS -o FILE");
        }
        try (InputStream raw = Files.newInputStream(file);
             InputStream is = file.getFileName().toString().endsWith(".gz") ? new GZIPInputStream(raw, 1 << 16) : raw;
             BufferedReader r = new BufferedReader(new InputStreamReader(is, StandardCharsets.UTF_8), 1 << 16)) {
            String line;
            int no = 0;
            while ((line = r.readLine()) != null && line.startsWith("#")) no++;
            no++;
            String[] head = line == null ? new String[0] : line.trim().split(" ");
            int n, d;
            try {
                if (head.length != 2) throw new NumberFormatException();
                n = Integer.parseInt(head[0]);
                d = Integer.parseInt(head[1]);
                if (n < 1 || d < 1 || (long) n * d > Integer.MAX_VALUE) throw new NumberFormatException();
            } catch (NumberFormatException e) {
                throw bad(file, no, "expected a line 'words dimensions' after the comments");
            }
            List<String> words = new ArrayList<>(n);
            float[] v = new float[n * d];
            for (int i = 0; i < n; i++) {
                line = r.readLine();
                no++;
                if (line == null) throw bad(file, no, "the file ends after " + i + " of " + n + " words");
                String[] parts = line.split(" ");
                if (parts.length != d + 1 || parts[0].isEmpty()) throw bad(file, no, "expected a word and " + d + " numbers");
                words.add(parts[0]);
                try {
                    for (int j = 0; j < d; j++) v[i * d + j] = Float.parseFloat(parts[j + 1]);
                } catch (NumberFormatException e) {
                    throw bad(file, no, "not a number: " + e.getMessage());
                }
            }
            return new WordVectors(words, v, d);
        } catch (IOException e) {
            throw new InputException(file + ": cannot read the vectors: " + e.getMessage()
                    + "\n  What to do: give a file written by framelab lexicon vectors", e);
        }
    }

    private static InputException bad(Path file, int line, String what) {
        return new InputException(file + ", line " + line + ": not a vectors file: " + what
                + "\n  What to do: give a file written by framelab lexicon vectors CORPUS -o FILE");
    }
}
