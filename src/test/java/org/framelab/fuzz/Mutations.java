package org.framelab.fuzz;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;

/**
 * Random byte-level mutations of a valid input file (drawn from a seeded {@link Random}, shrunk by
 * {@link FuzzHarness}): each mutation
 * flips a bit, overwrites a byte, inserts or repeats a token that means something to one of the
 * parsers (quotes, line breaks, delimiters, brackets, YAML anchors and aliases, LIWC/MPQA syntax,
 * invalid UTF-8, a BOM, huge numbers), deletes or duplicates a range, or truncates the file.
 */
public final class Mutations {
    private Mutations() {}

    /** One edit: {@code at} is scaled to the current length, {@code arg} is a size, a byte or a repeat count. */
    public record Mutation(Op op, int at, int arg, int token) {
        @Override public String toString() {
            return op + "@" + at + "(" + arg + (op == Op.INSERT || op == Op.REPEAT ? ", " + printable(TOKENS[token]) : "") + ")";
        }
    }

    public enum Op { FLIP_BIT, SET_BYTE, INSERT, REPEAT, DELETE, DUPLICATE, TRUNCATE }

    static final byte[][] TOKENS = tokens(
            "\"", "\"\"", "\n", "\r", "\r\n", ",", ";", "\t", "|", " ", "{", "}", "[", "]", ":", "\\", "\\u", "\\ud800",
            "%", "%\n", "=", "*", "(", ")", "/", "#", "&a ", "*a", "&a [*a, *a, *a]\n", "---\n", "- ", ": ", "? ",
            "!!binary ", "!!java.util.Date ", "<", ">", "&#0;", "<!DOCTYPE x [<!ENTITY a \"aaaaaaaa\">]>", "&a;",
            "99999999999999999999", "-1", "0", "1e999", "NaN", "null", "true", "type=", "word1=", "stemmed1=y",
            "priorpolarity=", "id", "split", "train", "valid", "test", "text", "\u00e9", "\u2028", "\uFEFF");
    static final byte[][] RAW = {{(byte) 0xC3}, {(byte) 0xFF}, {(byte) 0xFE}, {0}, {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF},
            {(byte) 0xED, (byte) 0xA0, (byte) 0x80}, {(byte) 0xF4, (byte) 0x90, (byte) 0x80, (byte) 0x80}};
    static final int TOKEN_COUNT = TOKENS.length + RAW.length;

    private static byte[][] tokens(String... s) {
        byte[][] t = new byte[s.length][];
        for (int i = 0; i < s.length; i++) t[i] = s[i].getBytes(StandardCharsets.UTF_8);
        return t;
    }

    private static byte[] token(int i) {
        return i < TOKENS.length ? TOKENS[i] : RAW[i - TOKENS.length];
    }

    private static String printable(byte[] b) {
        return new String(b, StandardCharsets.UTF_8).replace("\n", "\\n").replace("\r", "\\r").replace("\t", "\\t");
    }

    /** One to {@code max} mutations. */
    public static List<Mutation> random(Random r, int max) {
        int n = 1 + r.nextInt(max);
        List<Mutation> ms = new ArrayList<>(n);
        Op[] ops = Op.values();
        for (int i = 0; i < n; i++) {
            ms.add(new Mutation(ops[r.nextInt(ops.length)], r.nextInt(1_000_001), r.nextInt(256), r.nextInt(TOKEN_COUNT)));
        }
        return ms;
    }

    /** Applies the mutations in order; the result is never longer than {@code seed.length * 2 + 64 KB}. */
    public static byte[] apply(byte[] seed, List<Mutation> ms) {
        byte[] b = seed.clone();
        int cap = seed.length * 2 + (1 << 16);
        for (Mutation m : ms) {
            b = apply(b, m);
            if (b.length > cap) b = Arrays.copyOf(b, cap);
        }
        return b;
    }

    static byte[] apply(byte[] b, Mutation m) {
        int n = b.length;
        int at = n == 0 ? 0 : (int) ((long) m.at() * n / 1_000_001L);
        switch (m.op()) {
            case FLIP_BIT -> {
                if (n == 0) return b;
                byte[] c = b.clone();
                c[at] ^= (byte) (1 << (m.arg() & 7));
                return c;
            }
            case SET_BYTE -> {
                if (n == 0) return b;
                byte[] c = b.clone();
                c[at] = (byte) m.arg();
                return c;
            }
            case INSERT -> {
                return splice(b, at, 0, token(m.token()), 1);
            }
            case REPEAT -> {
                // runs such as [[[[ or &a [*a,...] nest and alias deeply
                return splice(b, at, 0, token(m.token()), 2 + m.arg() * 8);
            }
            case DELETE -> {
                return splice(b, at, Math.min(n - at, 1 + m.arg()), new byte[0], 0);
            }
            case DUPLICATE -> {
                int len = Math.min(n - at, 1 + m.arg() * 4);
                return splice(b, at, 0, Arrays.copyOfRange(b, at, at + len), 1);
            }
            case TRUNCATE -> {
                return Arrays.copyOf(b, at);
            }
            default -> throw new IllegalStateException(m.op().toString());
        }
    }

    private static byte[] splice(byte[] b, int at, int remove, byte[] insert, int times) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(b.length + insert.length * times);
        out.write(b, 0, at);
        for (int i = 0; i < times; i++) out.write(insert, 0, insert.length);
        out.write(b, at + remove, b.length - at - remove);
        return out.toByteArray();
    }
}
