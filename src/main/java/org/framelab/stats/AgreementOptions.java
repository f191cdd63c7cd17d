package org.framelab.stats;

import org.framelab.util.OptionException;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * How to compute agreement. Values are trimmed; then {@code recode} maps values (exact match after
 * trimming) to others; then a value equal to one of {@code missingValues} (ignoring case) or blank
 * is a missing judgement (counted and reported, not used).
 *
 * @param level            measurement level for Krippendorff's alpha
 * @param missingValues    values meaning "no judgement" (besides blank); default {@link #DEFAULT_MISSING}
 * @param recode           value -&gt; replacement, applied before anything else (e.g. "Biased, unfair" -&gt; "Biased")
 * @param order            for {@code ordinal} with non-numeric values: the categories from lowest to highest;
 *                         empty = numeric order of numeric values
 * @param bootstrapSamples number of bootstrap resamples for the CI of alpha (0 = no CI)
 * @param seed             seed of the bootstrap
 * @param offersRecode     whether the path running this is the {@code agreement} command, which takes {@code --recode},
 *                         {@code --missing}, {@code --level} and {@code --order}; elsewhere (study file, GUI) the warnings and
 *                         errors name the study key and GUI control, and point to that command for the options only it has
 */
public record AgreementOptions(MeasurementLevel level, List<String> missingValues, Map<String, String> recode,
                               List<String> order, int bootstrapSamples, long seed, boolean offersRecode) {
    /** Tokens commonly used for "no value" in exported spreadsheets; matched ignoring case. */
    public static final List<String> DEFAULT_MISSING = List.of("NA", "N/A", "nan", "null", "None", "No agreement");
    public static final int DEFAULT_BOOTSTRAP = 1000;
    public static final long DEFAULT_SEED = 42L;

    public AgreementOptions {
        if (level == null) throw new OptionException("level", "null");
        missingValues = missingValues == null ? DEFAULT_MISSING : List.copyOf(missingValues);
        recode = recode == null ? Map.of() : java.util.Collections.unmodifiableMap(new LinkedHashMap<>(recode));
        order = order == null ? List.of() : List.copyOf(order);
        if (bootstrapSamples < 0) throw new OptionException("bootstrap samples", "" + bootstrapSamples);
        if (bootstrapSamples > 0 && bootstrapSamples < 100) {
            throw new OptionException("bootstrap samples", "" + bootstrapSamples + " (use 0 for none, or at least 100)");
        }
        if (!order.isEmpty() && order.stream().distinct().count() != order.size()) {
            throw new OptionException("order", "" + order + " (a category appears twice)");
        }
    }

    /** On a path without {@code --recode} and {@code --missing}. */
    public AgreementOptions(MeasurementLevel level, List<String> missingValues, Map<String, String> recode,
                            List<String> order, int bootstrapSamples, long seed) {
        this(level, missingValues, recode, order, bootstrapSamples, seed, false);
    }

    public static AgreementOptions defaults() {
        return new AgreementOptions(MeasurementLevel.NOMINAL, DEFAULT_MISSING, Map.of(), List.of(), DEFAULT_BOOTSTRAP, DEFAULT_SEED);
    }

    public AgreementOptions withLevel(MeasurementLevel l) {
        return new AgreementOptions(l, missingValues, recode, order, bootstrapSamples, seed, offersRecode);
    }

    public AgreementOptions withBootstrap(int samples, long s) {
        return new AgreementOptions(level, missingValues, recode, order, samples, s, offersRecode);
    }

    /** The same, run by the {@code agreement} command, which takes {@code --recode} and {@code --missing}. */
    public AgreementOptions withRecodeOptions() {
        return new AgreementOptions(level, missingValues, recode, order, bootstrapSamples, seed, true);
    }

    boolean isMissing(String v) {
        if (v.isEmpty()) return true;
        String lower = v.toLowerCase(Locale.ROOT);
        for (String m : missingValues) if (m.trim().toLowerCase(Locale.ROOT).equals(lower)) return true;
        return false;
    }
}
