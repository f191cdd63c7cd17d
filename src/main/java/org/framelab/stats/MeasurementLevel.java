package org.framelab.stats;

import org.framelab.util.OptionException;

/**
 * Level of measurement of coded values, which decides the difference function of Krippendorff's
 * alpha (Krippendorff 2011, "Computing Krippendorff's Alpha-Reliability", section C).
 */
public enum MeasurementLevel {
    /** Categories without order: any two different values disagree equally. */
    NOMINAL,
    /** Ordered categories: disagreement grows with the number of judgements between two ranks. */
    ORDINAL,
    /** Numbers: disagreement is the squared difference. */
    INTERVAL;

    public static MeasurementLevel parse(String s) {
        for (MeasurementLevel l : values()) if (l.name().equalsIgnoreCase(s == null ? "" : s.trim())) return l;
        throw new OptionException("level", "" + s + " (choose nominal, ordinal or interval)");
    }

    public String label() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }
}
