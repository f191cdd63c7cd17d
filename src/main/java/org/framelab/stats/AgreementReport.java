package org.framelab.stats;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Inter-annotator agreement for one coded variable.
 *
 * @param level                 level used for Krippendorff's alpha
 * @param judgementsRead        judgements given (including missing ones)
 * @param judgementsUsed        non-missing, non-duplicate judgements
 * @param excluded              reason -&gt; number of judgements left out, in order of first occurrence
 * @param items                 items with at least one used judgement
 * @param pairableItems         items with at least two used judgements (only these enter the coefficients)
 * @param annotators            annotators with at least one used judgement
 * @param categories            value -&gt; number of used judgements, in category order (numeric or given order
 *                              for ordinal/interval, otherwise {@link NaturalOrder})
 * @param judgementsPerAnnotator annotator -&gt; used judgements, in {@link NaturalOrder}
 * @param ratersPerItem         number of judgements -&gt; number of items having that many (ascending)
 * @param percentAgreement      mean over pairable items of the share of agreeing judgement pairs (exact match)
 * @param cohen                 Cohen's kappa for every annotator pair sharing at least one pairable item
 * @param meanCohenKappa        unweighted mean of the pairwise kappas (Light's kappa) over {@link #pairsInMean()}: the
 *                              pairs sharing at least {@value #MIN_PAIR_ITEMS} items (NaN pairs left out)
 * @param fleiss                Fleiss' kappa
 * @param alpha                 Krippendorff's alpha at {@code level}, with bootstrap CI
 * @param warnings              things the user should look at (rare categories, unequal rater counts, ...)
 */
public record AgreementReport(MeasurementLevel level, long judgementsRead, long judgementsUsed,
                              Map<String, Long> excluded, int items, int pairableItems, int annotators,
                              Map<String, Long> categories, Map<String, Long> judgementsPerAnnotator,
                              Map<Integer, Long> ratersPerItem, double percentAgreement,
                              List<PairKappa> cohen, double meanCohenKappa, FleissKappa fleiss, Alpha alpha,
                              List<String> warnings) {

    /**
     * Pairs of annotators sharing fewer items than this are listed but left out of Light's mean: a kappa over a handful
     * of items swings across its whole range with one judgement (its standard error is about 0.3 at 10 items and 1 at
     * one), and such pairs are typically a name written two ways ({@code ben}, {@code Ben}) or a coder who stood in.
     */
    public static final int MIN_PAIR_ITEMS = 10;

    public AgreementReport {
        excluded = frozen(excluded);
        categories = frozen(categories);
        judgementsPerAnnotator = frozen(judgementsPerAnnotator);
        ratersPerItem = frozen(ratersPerItem);
        cohen = List.copyOf(cohen);
        warnings = List.copyOf(warnings);
    }

    /** The judgements left out, by reason, as one line: "12 missing value; 3 ..." ("none" when none was). */
    public String excludedText() {
        if (excluded.isEmpty()) return "none";
        List<String> parts = new java.util.ArrayList<>();
        excluded.forEach((why, n) -> parts.add(String.format(java.util.Locale.ROOT, "%,d %s", n, why)));
        return String.join("; ", parts);
    }

    /** Total judgements left out. */
    public long judgementsExcluded() {
        return excluded.values().stream().mapToLong(Long::longValue).sum();
    }

    /**
     * Cohen's (1960) kappa of one annotator pair over the items both judged (unweighted, whatever the level).
     *
     * @param items     items both annotators judged
     * @param agreement observed proportion of identical judgements
     * @param kappa     (p_o - p_e) / (1 - p_e); NaN when p_e = 1 (both always gave the same single value)
     * @param weightedKappa Cohen's (1968) weighted kappa: linear weights on the ranks (ordinal), quadratic on the values
     *                  (interval); NaN for a nominal variable
     */
    public record PairKappa(String annotatorA, String annotatorB, int items, double agreement, double kappa, double weightedKappa) {
        /** Without a weighted kappa (a nominal variable). */
        public PairKappa(String annotatorA, String annotatorB, int items, double agreement, double kappa) {
            this(annotatorA, annotatorB, items, agreement, kappa, Double.NaN);
        }

        /** Whether the pair shares fewer than {@value AgreementReport#MIN_PAIR_ITEMS} items (listed, flagged, not in Light's mean). */
        public boolean fewItems() {
            return items < MIN_PAIR_ITEMS;
        }
    }

    /** The pairs {@link #meanCohenKappa()} averages ({@link #meanPairs}). */
    public List<PairKappa> pairsInMean() {
        return meanPairs(cohen);
    }

    /**
     * The pairs Light's mean averages: those with a defined kappa sharing at least {@value #MIN_PAIR_ITEMS} items; when
     * no pair shares that many (a small pilot), every pair with a defined kappa, and a warning says so.
     */
    public static List<PairKappa> meanPairs(List<PairKappa> pairs) {
        List<PairKappa> defined = pairs.stream().filter(k -> !Double.isNaN(k.kappa())).toList();
        List<PairKappa> enough = defined.stream().filter(k -> !k.fewItems()).toList();
        return enough.isEmpty() ? defined : enough;
    }

    /**
     * The mean weighted kappa over the pairs of {@link #pairsInMean()} (NaN for a nominal variable): Light's mean with
     * each pair's weighted kappa.
     */
    public double meanWeightedKappa() {
        return pairsInMean().stream().mapToDouble(PairKappa::weightedKappa).filter(d -> !Double.isNaN(d)).average().orElse(Double.NaN);
    }

    /** The unweighted mean of the pairs' kappas (NaN for none). */
    public static double mean(List<PairKappa> pairs) {
        return pairs.stream().mapToDouble(PairKappa::kappa).filter(d -> !Double.isNaN(d)).average().orElse(Double.NaN);
    }

    /**
     * Fleiss' (1971) kappa. It needs the same number of raters for every item: it is computed over the
     * items that have the most common number of judgements ({@code raters}); other items are left out
     * and counted in {@code itemsExcluded}.
     */
    public record FleissKappa(double kappa, int raters, int items, int itemsExcluded) {}

    /**
     * Krippendorff's alpha.
     *
     * @param value          alpha (NaN when there is no variation at all)
     * @param ciLow          2.5th percentile of the bootstrap distribution (NaN without bootstrap)
     * @param ciHigh         97.5th percentile
     * @param samples        bootstrap resamples (items resampled with replacement)
     * @param seed           bootstrap seed
     * @param pairableValues n: judgements in items with at least two judgements
     */
    public record Alpha(MeasurementLevel level, double value, double ciLow, double ciHigh, int samples, long seed,
                        long pairableValues) {}

    private static <K, V> Map<K, V> frozen(Map<K, V> m) {
        return Collections.unmodifiableMap(new LinkedHashMap<>(m));
    }
}
