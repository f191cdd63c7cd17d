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
        return BigDecimal.valueOf(v).setScale(6, RoundingMode.HALF_EVEN).stripTrailingZeros().toPlainString();
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
