package org.framelab.report.tables;

import java.math.BigDecimal;
import java.math.RoundingMode;

/** Number formatting shared by the text writers: integers without decimals, others to 6 decimals. */
final class Cells {
    private Cells() {}

    static String number(double v) {
        if (v == 0.0) return "0";
        if (v == Math.rint(v) && Math.abs(v) < 1e15) return Long.toString((long) v);
        if (Double.isNaN(v) || Double.isInfinite(v)) return "";
        String s = Double.toString(v);
        String fast = s.indexOf('E') < 0 ? rounded(s) : null;
        return fast != null ? fast : BigDecimal.valueOf(v).setScale(6, RoundingMode.HALF_EVEN).stripTrailingZeros().toPlainString();
    }

    /**
     * {@code s} (Java's plain decimal form of a double, which {@link BigDecimal#valueOf(double)} also reads)
     * rounded half-even to 6 decimals without trailing zeros: the text {@code BigDecimal} gives, about ten times
     * faster (a feature table has millions of values). Null when rounding leaves no non-zero digit (the caller
     * then asks {@code BigDecimal}).
     */
    static String rounded(String s) {
        int dot = s.indexOf('.');
        if (s.length() - dot - 1 <= 6) return s; // at most 6 decimals (none of them a trailing zero): as it is
        char[] c = s.substring(0, dot + 7).toCharArray();
        char next = s.charAt(dot + 7);
        boolean up = next > '5';
        if (next == '5') {
            boolean rest = false;
            for (int i = dot + 8; i < s.length() && !rest; i++) rest = s.charAt(i) != '0';
            up = rest || (c[c.length - 1] - '0') % 2 == 1;
        }
        boolean carry = up;
        for (int i = c.length - 1; i >= 0 && carry; i--) {
            if (c[i] == '.' || c[i] == '-') continue;
            if (c[i] == '9') c[i] = '0';
            else {
                c[i]++;
                carry = false;
            }
        }
        StringBuilder b = new StringBuilder(c.length + 1);
        int start = c[0] == '-' ? 1 : 0;
        if (start == 1) b.append('-');
        if (carry) b.append('1');
        b.append(c, start, c.length - start);
        int end = b.length();
        while (b.charAt(end - 1) == '0') end--;
        if (b.charAt(end - 1) == '.') end--;
        b.setLength(end);
        String r = b.toString();
        return r.equals("0") || r.equals("-0") ? null : r;
    }

    /**
     * Header of a label column: the label field's name, or {@code label:NAME} when the name is taken by
     * one of the fixed columns (id, outlet, date) or a feature column, so every header is unique.
     */
    static String labelHeader(String label, java.util.List<org.framelab.features.FeatureColumn> columns) {
        boolean taken = label.equals("id") || label.equals("outlet") || label.equals("date")
                || columns.stream().anyMatch(c -> c.name().equals(label));
        return taken ? "label:" + label : label;
    }

    /** A CSV text field (see {@link org.framelab.util.CsvCells}). */
    static String csv(String s, boolean raw) {
        return org.framelab.util.CsvCells.field(s, raw);
    }
}
