package org.framelab.corpus;

/**
 * The number of bytes a text takes as UTF-8, without encoding it: what the benchmarks divide by to
 * report MB/s of text. In this package so that the launcher's compiler directives give it the server
 * compiler (scripts/jvm/compiler-directives.json): `bench train` counts every training text, and the
 * client compiler's loop cost it about half a second of the pass it times.
 */
public final class Utf8Length {
    private Utf8Length() {}

    /** UTF-8 bytes of {@code s}: 1 per ASCII char, 2 below U+0800, 4 per surrogate pair, else 3 (a lone surrogate counts 3). */
    public static long of(String s) {
        int n = s.length();
        long bytes = n;
        for (int i = 0; i < n; i++) {
            char ch = s.charAt(i);
            if (ch < 0x80) continue;
            if (ch < 0x800) bytes += 1;
            else if (Character.isHighSurrogate(ch) && i + 1 < n && Character.isLowSurrogate(s.charAt(i + 1))) {
                bytes += 2; // 4 bytes for the two chars of the pair
                i++;
            } else bytes += 2;
        }
        return bytes;
    }
}
