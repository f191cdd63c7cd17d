package org.framelab.stats;

import java.util.Comparator;

/**
 * Deterministic order for group names, annotator ids and category values: when both strings are
 * numbers they compare numerically ({@code 2 < 10}), numbers come before text, and text compares
 * by {@link String#compareTo} (case-sensitive, so the order never depends on the locale).
 */
public final class NaturalOrder implements Comparator<String> {
    public static final NaturalOrder INSTANCE = new NaturalOrder();

    private NaturalOrder() {}

    @Override
    public int compare(String a, String b) {
        Double x = number(a);
        Double y = number(b);
        if (x != null && y != null) {
            int c = Double.compare(x, y);
            return c != 0 ? c : a.compareTo(b);
        }
        if (x != null) return -1;
        if (y != null) return 1;
        return a.compareTo(b);
    }

    static Double number(String s) {
        if (s == null || s.isBlank()) return null;
        String t = s.trim();
        char c = t.charAt(0);
        if (!(Character.isDigit(c) || c == '-' || c == '+' || c == '.')) return null;
        try {
            double d = Double.parseDouble(t);
            return Double.isFinite(d) ? d : null;
        } catch (NumberFormatException e) {
            return null;
        }
    }
}
