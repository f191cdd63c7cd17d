package org.framelab.app;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** The messages of {@link Classify} about labelled input: what was left out. */
final class LabelledInput {
    private LabelledInput() {}

    /** What was left out, for the one-class error: " (left out: 193 labelled 'center', 12 without a value)", or "". */
    static String leftOut(Map<String, Integer> excluded) {
        if (excluded.isEmpty()) return "";
        List<String> parts = new ArrayList<>();
        excluded.forEach((k, v) -> parts.add(String.format(java.util.Locale.ROOT, "%,d %s", v,
                k.equals(Classify.NO_VALUE) ? "without a value" : "labelled '" + k + "'")));
        return " (left out: " + String.join(", ", parts) + ")";
    }
}
