package org.framelab.util;

import java.io.IOException;
import java.io.Writer;
import java.util.regex.Pattern;

/**
 * The one place where FrameLab turns values into CSV fields (RFC 4180 quoting) and neutralises
 * CSV formula injection (OWASP "CSV Injection"): a text cell that begins with {@code =}, {@code +},
 * {@code -}, {@code @}, TAB or CR is written with a leading single quote {@code '} and in double
 * quotes, so a spreadsheet shows it as text instead of running it as a formula. Numbers, also
 * negative ones written as text ({@code -1.5}), are left as they are. {@code raw} (the
 * {@code --raw-csv} option, {@code outputs.raw_csv} in a study file) turns the neutralising off.
 */
public final class CsvCells {
    private static final Pattern NUMBER = Pattern.compile("[-+]?(\\d+\\.?\\d*|\\.\\d+)([eE][-+]?\\d+)?");

    private CsvCells() {}

    /** Whether a text cell would start a formula in a spreadsheet (and is not simply a number). */
    public static boolean risky(String s) {
        if (s == null || s.isEmpty()) return false;
        char c = s.charAt(0);
        boolean trigger = c == '=' || c == '+' || c == '-' || c == '@' || c == '\t' || c == '\r';
        return trigger && !NUMBER.matcher(s).matches();
    }

    /** One CSV field: neutralised unless {@code raw}, quoted when needed (null is an empty field). */
    public static String field(String s, boolean raw) {
        if (s == null || s.isEmpty()) return "";
        boolean neutralise = !raw && risky(s);
        String v = neutralise ? "'" + s : s;
        boolean quote = neutralise || v.charAt(0) <= ' ' || v.charAt(0) == '#' || v.charAt(v.length() - 1) <= ' ';
        for (int i = 0; i < v.length() && !quote; i++) {
            char c = v.charAt(i);
            quote = c == ',' || c == '"' || c == '\n' || c == '\r';
        }
        return quote ? '"' + v.replace("\"", "\"\"") + '"' : v;
    }

    /** Writes records: comma-separated fields ({@link #field}), each record ended by {@code lineEnd}. */
    public static final class Printer {
        private final Writer out;
        private final String lineEnd;
        private final boolean raw;

        public Printer(Writer out, String lineEnd, boolean raw) {
            this.out = out;
            this.lineEnd = lineEnd;
            this.raw = raw;
        }

        public void printRecord(Object... cells) throws IOException {
            printRecord(java.util.Arrays.asList(cells));
        }

        /** Text through {@link #field}; numbers and booleans as {@code String.valueOf}. */
        public void printRecord(Iterable<?> cells) throws IOException {
            StringBuilder sb = new StringBuilder(128);
            boolean first = true;
            for (Object c : cells) {
                if (!first) sb.append(',');
                first = false;
                if (c instanceof Number || c instanceof Boolean) sb.append(c);
                else sb.append(field(c == null ? null : c.toString(), raw));
            }
            out.write(sb.append(lineEnd).toString());
        }

        public void flush() throws IOException {
            out.flush();
        }
    }
}
