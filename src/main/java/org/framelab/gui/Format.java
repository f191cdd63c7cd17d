package org.framelab.gui;

import org.framelab.features.FeatureColumn;
import org.framelab.features.Hit;

import java.util.Locale;
import java.util.Map;

/** Number and tooltip formatting shared by the views (locale-independent, so screenshots and tests are stable). */
final class Format {
    private Format() {}

    static String number(double d) {
        if (Double.isNaN(d)) return "–";
        if (d == Math.rint(d) && Math.abs(d) < 1e9) return String.format(Locale.ROOT, "%,d", (long) d);
        double a = Math.abs(d);
        if (a >= 100) return String.format(Locale.ROOT, "%,.1f", d);
        if (a >= 0.01) return String.format(Locale.ROOT, "%.3f", d);
        return String.format(Locale.ROOT, "%.2e", d);
    }

    /** A value of a column with fractions: always with decimals (3 significant places for small values). */
    static String decimal(double d) {
        if (Double.isNaN(d)) return "–";
        double a = Math.abs(d);
        if (a >= 100) return String.format(Locale.ROOT, "%,.1f", d);
        if (a >= 0.001 || a == 0) return String.format(Locale.ROOT, "%.3f", d);
        return String.format(Locale.ROOT, "%.2e", d);
    }

    /** A feature value: counts as whole numbers, rates, ratios and shares always with decimals; a missing value (NaN) as "–". */
    static String featureValue(FeatureColumn c, double v) {
        String unit = c == null || c.unit() == null ? "" : c.unit().toLowerCase(Locale.ROOT);
        return unit.contains("count") || unit.equals("tokens") || unit.equals("sentences") ? number(v) : decimal(v);
    }

    static String pvalue(double p) {
        if (Double.isNaN(p)) return "–";
        if (p < 0.001) return "< 0.001";
        return String.format(Locale.ROOT, "%.3f", p);
    }

    static String percent(double d) {
        return Double.isNaN(d) ? "–" : String.format(Locale.ROOT, "%.1f%%", d * 100);
    }

    static String html(String s) {
        return s == null ? "" : s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
    }

    /** Tooltip for a feature column: name, definition, unit, source. */
    static String columnTooltip(FeatureColumn c) {
        StringBuilder sb = new StringBuilder("<html><body style='width:300px'><b>").append(html(org.framelab.features.ColumnLabels.label(c)))
                .append("</b><br><tt>").append(html(c.name())).append("</tt>");
        if (c.definition() != null && !c.definition().isBlank()) sb.append("<br>").append(html(c.definition()));
        if (c.ratio() != null) {
            sb.append("<br><i>Computed as:</i> ").append(html(c.ratio().formula()))
                    .append("<br><i>Missing</i> (shown as \u2013, left out of means and tests) when ").append(html(c.ratio().undefinedWhen()));
        }
        if (c.unit() != null && !c.unit().isBlank()) sb.append("<br><i>Unit:</i> ").append(html(c.unit()));
        if (c.source() != null && !c.source().isBlank()) sb.append("<br><i>Source:</i> ").append(html(c.source()));
        return sb.append("</body></html>").toString();
    }

    /** Tooltip body for a hit: class, feature, category, and attributes such as speaker and lexicon. */
    static String hitTooltip(Hit h) {
        StringBuilder sb = new StringBuilder();
        sb.append("<b>").append(html(Theme.familyTitle(Theme.highlightClass(h)))).append("</b>: ")
                .append(html(h.category() == null || h.category().isEmpty() ? h.feature() : h.category()));
        sb.append("<br><i>feature</i> ").append(html(h.feature()));
        for (Map.Entry<String, String> e : h.attributes().entrySet()) {
            if (e.getValue() == null || e.getValue().isBlank()) continue;
            sb.append("<br><i>").append(html(e.getKey())).append("</i> ").append(html(shorten(e.getValue(), 80)));
        }
        sb.append("<br>“").append(html(shorten(h.text(), 80))).append("”");
        return sb.toString();
    }

    static String shorten(String s, int n) {
        return s.length() <= n ? s : s.substring(0, n - 1) + "…";
    }
}
