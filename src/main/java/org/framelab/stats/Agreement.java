package org.framelab.stats;

import org.framelab.util.OptionException;

import org.framelab.corpus.Annotation;
import org.framelab.corpus.Article;
import org.framelab.corpus.Corpus;
import org.framelab.util.InputException;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Inter-annotator agreement from judgement-level data: percent agreement, Cohen's kappa for every
 * annotator pair, Fleiss' kappa, and Krippendorff's alpha (nominal, ordinal or interval; missing
 * judgements allowed) with a bootstrap confidence interval.
 *
 * <p>Handling of the input, in this order (every excluded judgement is counted by reason):
 * <ol>
 *   <li>values are trimmed, then {@link AgreementOptions#recode()} is applied;</li>
 *   <li>blank values and {@link AgreementOptions#missingValues()} (ignoring case) are missing judgements;</li>
 *   <li>a second judgement by the same annotator of the same item is a duplicate: the first is kept;</li>
 *   <li>items with a single judgement stay in the counts but cannot enter any coefficient.</li>
 * </ol>
 */
public final class Agreement {
    private Agreement() {}

    /** Document-level judgements of {@code field} from the annotations of a corpus; the item is the article id. */
    public static List<Judgement> judgements(Corpus corpus, String field) {
        List<Judgement> out = new ArrayList<>();
        for (Article a : corpus.articles()) {
            for (Annotation an : a.annotations()) {
                if (an.isDocumentLevel() && an.field().equals(field)) out.add(new Judgement(a.id(), an.annotator(), an.value()));
            }
        }
        return out;
    }

    /** The coded fields present among a corpus's document-level annotations, in order of first occurrence. */
    public static List<String> annotatedFields(Corpus corpus) {
        LinkedHashMap<String, Boolean> f = new LinkedHashMap<>();
        for (Article a : corpus.articles()) {
            for (Annotation an : a.annotations()) if (an.isDocumentLevel()) f.put(an.field(), true);
        }
        return List.copyOf(f.keySet());
    }

    /**
     * Computes every agreement coefficient.
     *
     * @throws InputException when the values do not fit the level (non-numeric values at interval level,
     *                        ordinal values that are neither numeric nor in the given order)
     */
    public static AgreementReport compute(List<Judgement> judgements, AgreementOptions opt) throws InputException {
        Map<String, Long> excluded = new LinkedHashMap<>();
        LinkedHashMap<String, LinkedHashMap<String, String>> byItem = byItem(judgements, opt, excluded);
        long used = byItem.values().stream().mapToLong(Map::size).sum();

        // categories and their order
        TreeMap<String, Long> rawCounts = new TreeMap<>(NaturalOrder.INSTANCE);
        for (var m : byItem.values()) for (String v : m.values()) rawCounts.merge(v, 1L, Long::sum);
        List<String> cats = categoryOrder(rawCounts, opt);
        Map<String, Integer> catIndex = new HashMap<>();
        for (int i = 0; i < cats.size(); i++) catIndex.put(cats.get(i), i);
        double[] numeric = null;
        if (opt.level() == MeasurementLevel.INTERVAL) {
            numeric = new double[cats.size()];
            for (int i = 0; i < cats.size(); i++) numeric[i] = NaturalOrder.number(cats.get(i));
        }
        Map<String, Long> categories = new LinkedHashMap<>();
        for (String c : cats) categories.put(c, rawCounts.get(c));

        // annotators
        TreeMap<String, Long> perAnnotator = new TreeMap<>(NaturalOrder.INSTANCE);
        for (var m : byItem.values()) for (String a : m.keySet()) perAnnotator.merge(a, 1L, Long::sum);
        List<String> annotators = new ArrayList<>(perAnnotator.keySet());
        Map<String, Integer> annIndex = new HashMap<>();
        for (int i = 0; i < annotators.size(); i++) annIndex.put(annotators.get(i), i);

        // matrix: pairable items x annotators, -1 = missing
        TreeMap<Integer, Long> ratersPerItem = new TreeMap<>();
        List<int[]> rows = new ArrayList<>();
        for (var m : byItem.values()) {
            ratersPerItem.merge(m.size(), 1L, Long::sum);
            if (m.size() < 2) continue;
            int[] row = new int[annotators.size()];
            java.util.Arrays.fill(row, -1);
            m.forEach((a, v) -> row[annIndex.get(a)] = catIndex.get(v));
            rows.add(row);
        }

        int[][] units = new int[rows.size()][];
        for (int i = 0; i < units.length; i++) {
            units[i] = java.util.Arrays.stream(rows.get(i)).filter(c -> c >= 0).toArray();
        }
        KrippendorffAlpha ka = new KrippendorffAlpha(opt.level(), units, cats.size(), numeric);
        double alpha = ka.alpha();
        double[] ci = ka.bootstrapCi(opt.bootstrapSamples(), opt.seed());
        AgreementReport.Alpha a = new AgreementReport.Alpha(opt.level(), alpha, ci[0], ci[1], opt.bootstrapSamples(),
                opt.seed(), ka.pairableValues());

        List<AgreementReport.PairKappa> pairs = cohenPairs(rows, annotators, cats.size(), kappaWeights(opt.level(), cats));
        double meanKappa = AgreementReport.mean(AgreementReport.meanPairs(pairs));

        AgreementReport.FleissKappa fleiss = fleiss(units, cats.size(), ratersPerItem);
        List<String> warnings = warnings(rawCounts, used, fleiss, ratersPerItem, units.length, alpha, opt.offersRecode());
        String few = fewItemPairs(pairs);
        if (few != null) warnings.add(few);

        return new AgreementReport(opt.level(), judgements.size(), used, excluded, byItem.size(), rows.size(),
                annotators.size(), categories, perAnnotator, ratersPerItem, percentAgreement(units),
                pairs, meanKappa, fleiss, a, warnings);
    }

    /** item -> annotator -> value, items in first-appearance order; missing values and repeated judgements counted in {@code excluded}. */
    private static LinkedHashMap<String, LinkedHashMap<String, String>> byItem(List<Judgement> judgements, AgreementOptions opt,
                                                                              Map<String, Long> excluded) {
        LinkedHashMap<String, LinkedHashMap<String, String>> byItem = new LinkedHashMap<>();
        for (Judgement j : judgements) {
            String v = j.value() == null ? "" : j.value().trim();
            v = opt.recode().getOrDefault(v, v).trim();
            if (opt.isMissing(v)) {
                excluded.merge("missing value " + quote(v), 1L, Long::sum);
                continue;
            }
            LinkedHashMap<String, String> m = byItem.computeIfAbsent(j.item(), k -> new LinkedHashMap<>());
            if (m.containsKey(j.annotator())) {
                excluded.merge("duplicate judgement (same item and annotator; the first is kept)", 1L, Long::sum);
                continue;
            }
            m.put(j.annotator(), v);
        }
        return byItem;
    }

    /** What a reader of the coefficients should know: rare categories, items left out, undefined alpha. */
    private static List<String> warnings(TreeMap<String, Long> rawCounts, long total, AgreementReport.FleissKappa fleiss,
                                         TreeMap<Integer, Long> ratersPerItem, int pairable, double alpha, boolean offersRecode) {
        List<String> warnings = new ArrayList<>();
        rawCounts.forEach((v, c) -> {
            if (c < 5 && c * 1000 < total) {
                String recode = "--recode " + quote(v + "=OTHER") + " or --missing " + quote(v);
                warnings.add("category " + quote(v) + " has only " + c + " judgement(s): if it is a typo or variant, "
                        + (offersRecode ? "use " + recode
                        : "correct it in the data and read the corpus again, or " + inTerminal("--recode " + quote(v + "=OTHER"))
                        + " (or --missing " + quote(v) + " to leave it out); here it counts as a category of its own"));
            }
        });
        if (fleiss.itemsExcluded() > 0) {
            warnings.add(String.format(java.util.Locale.ROOT, "Fleiss' kappa uses the %,d items with %d judgements; ", fleiss.items(), fleiss.raters())
                    + String.format(java.util.Locale.ROOT, "%,d", fleiss.itemsExcluded()) + " pairable items with another number of judgements are left out of it (Krippendorff's alpha uses all)");
        }
        long single = ratersPerItem.getOrDefault(1, 0L);
        if (single > 0) warnings.add(single + " item(s) have a single judgement and cannot enter any coefficient");
        if (pairable == 0) {
            warnings.add("alpha is undefined: no item has 2 or more judgements (check that the item field names the coded unit"
                    + " shared by the annotators and the annotator field the coder: " + JUDGEMENT_FIELDS + ")");
        } else if (Double.isNaN(alpha)) {
            warnings.add("alpha is undefined: all pairable judgements have the same value");
        }
        return warnings;
    }

    /**
     * The warning for annotator pairs sharing fewer than {@value AgreementReport#MIN_PAIR_ITEMS} items (null: none): they
     * are left out of Light's mean, whose value over all pairs is given too, so both can be reported.
     */
    static String fewItemPairs(List<AgreementReport.PairKappa> pairs) {
        List<AgreementReport.PairKappa> few = pairs.stream().filter(AgreementReport.PairKappa::fewItems).toList();
        if (few.isEmpty()) return null;
        List<String> named = new ArrayList<>();
        for (int i = 0; i < Math.min(5, few.size()); i++) {
            AgreementReport.PairKappa k = few.get(i);
            named.add(quote(k.annotatorA()) + " and " + quote(k.annotatorB()) + " " + k.items());
        }
        String list = String.join(", ", named) + (few.size() > 5 ? " and " + (few.size() - 5) + " more" : "");
        int min = AgreementReport.MIN_PAIR_ITEMS;
        List<AgreementReport.PairKappa> used = AgreementReport.meanPairs(pairs);
        String all = f3(AgreementReport.mean(pairs));
        String head = few.size() + " annotator pair" + (few.size() == 1 ? " shares" : "s share") + " fewer than " + min
                + " items (" + list + "): a kappa over so few items is too unstable to average";
        if (used.stream().anyMatch(AgreementReport.PairKappa::fewItems)) {
            return head + ", but no pair shares " + min + " or more, so the mean Cohen's kappa uses every pair; read it with care"
                    + " (Krippendorff's alpha uses every judgement)";
        }
        return head + ", so the mean Cohen's kappa (Light's) leaves " + (few.size() == 1 ? "it" : "them") + " out and uses the other "
                + used.size() + " pair" + (used.size() == 1 ? "" : "s") + "; over all pairs it would be " + all + ". If an annotator name"
                + " is another's written differently (case, spacing), write it one way in the data; Krippendorff's alpha uses every judgement";
    }

    private static String f3(double d) {
        return Double.isNaN(d) ? "n/a" : String.format(java.util.Locale.ROOT, "%.3f", d);
    }

    /** Where each path names the item and annotator fields of judgement-level data. */
    static final String JUDGEMENT_FIELDS = "--item-field and --annotator-field; study file: corpus.mapping.item and"
            + " corpus.mapping.annotator; GUI: Item field and Annotator field in the corpus mapping dialog";

    /** Where the paths without the agreement command's options set the level of measurement. */
    static final String LEVEL_ELSEWHERE = "study file: analysis.agreement_level; GUI: Agreement, Level of measurement";

    /** Where a study file gives the order of an ordinal field's word categories. */
    static final String ORDER_ELSEWHERE = "study file: analysis.agreement_order";

    /** The agreement command with {@code options} as a command to type in a terminal (for the GUI and study file, which lack them). */
    static String inTerminal(String options) { return "run the agreement command in a terminal: framelab agreement PATH --item-field ITEM --annotator-field"
            + " CODER --label-field FIELD " + options + " (with your file and its item, coder and variable columns)"; }
    /** Category order: ordinal with a given order, numeric order for ordinal/interval, NaturalOrder for nominal. */
    private static List<String> categoryOrder(TreeMap<String, Long> counts, AgreementOptions opt) throws InputException {
        List<String> values = new ArrayList<>(counts.keySet());
        MeasurementLevel level = opt.level();
        if (level == MeasurementLevel.ORDINAL && !opt.order().isEmpty()) {
            List<String> unknown = values.stream().filter(v -> !opt.order().contains(v)).toList();
            if (!unknown.isEmpty()) {
                if (!opt.offersRecode()) {
                    throw new InputException("value(s) " + describe(unknown, counts) + " are not in the order given (" + ORDER_ELSEWHERE + "): "
                            + String.join(", ", opt.order()) + "\n  What to do: add them to the order (lowest to highest).");
                }
                throw new InputException("value(s) " + describe(unknown, counts) + " are not in --order " + String.join(",", opt.order())
                        + "\n  What to do: add them to --order (lowest to highest), recode them with --recode, or mark them --missing.");
            }
            return opt.order().stream().filter(counts::containsKey).toList();
        }
        if (level != MeasurementLevel.NOMINAL) {
            List<String> bad = values.stream().filter(v -> NaturalOrder.number(v) == null).toList();
            if (!bad.isEmpty()) {
                if (!opt.offersRecode()) {
                    throw new InputException("the " + level.label() + " level of measurement (" + LEVEL_ELSEWHERE + ") needs numeric values,"
                            + " but found " + describe(bad, counts) + "\n  What to do: choose the nominal level there"
                            + (level == MeasurementLevel.ORDINAL ? ", give the category order (study file: the field's categories under"
                            + " analysis.agreement_order)" : "")
                            + ", or map the values to numbers: " + inTerminal("--level " + level.label() + " --recode VALUE=NUMBER")
                            + (level == MeasurementLevel.ORDINAL ? " (or --level ordinal --order LOW,...,HIGH)" : "") + ".");
                }
                throw new InputException("--level " + level.label() + " needs numeric values, but found " + describe(bad, counts)
                        + "\n  What to do: use --level nominal"
                        + (level == MeasurementLevel.ORDINAL ? ", give the category order with --order LOW,...,HIGH" : "")
                        + ", or map the values to numbers with --recode VALUE=NUMBER.");
            }
            TreeMap<Double, String> byNumber = new TreeMap<>();
            for (String v : values) {
                String prev = byNumber.put(NaturalOrder.number(v), v);
                if (prev != null) {
                    throw new InputException("values " + quote(prev) + " and " + quote(v) + " are the same number written differently"
                            + "\n  What to do: " + (opt.offersRecode() ? "recode one to the other with --recode " + quote(v + "=" + prev)
                            : "write them one way in the data, or " + inTerminal("--recode " + quote(v + "=" + prev))) + ".");
                }
            }
            return new ArrayList<>(byNumber.values());
        }
        return values;
    }

    private static String describe(List<String> vals, Map<String, Long> counts) {
        List<String> parts = new ArrayList<>();
        for (int i = 0; i < Math.min(5, vals.size()); i++) parts.add(quote(vals.get(i)) + " (" + counts.get(vals.get(i)) + "x)");
        return String.join(", ", parts) + (vals.size() > 5 ? " and " + (vals.size() - 5) + " more" : "");
    }

    /** Mean over pairable units of the proportion of agreeing pairs. */
    static double percentAgreement(int[][] units) {
        if (units.length == 0) return Double.NaN;
        double sum = 0;
        for (int[] u : units) {
            int agree = 0;
            int pairs = 0;
            for (int i = 0; i < u.length; i++) {
                for (int j = i + 1; j < u.length; j++) {
                    pairs++;
                    if (u[i] == u[j]) agree++;
                }
            }
            sum += (double) agree / pairs;
        }
        return sum / units.length;
    }

    /**
     * Cohen's kappa for each annotator pair (in annotator order) sharing at least one item. Only pairs
     * that co-occur are visited, so many annotators with sparse overlap stay cheap.
     */
    static List<AgreementReport.PairKappa> cohenPairs(List<int[]> rows, List<String> annotators, int k) {
        return cohenPairs(rows, annotators, k, null);
    }

    /** The same with the weighted kappa of every pair when {@code weights} are given ({@link #kappaWeights}). */
    static List<AgreementReport.PairKappa> cohenPairs(List<int[]> rows, List<String> annotators, int k, double[][] weights) {
        int na = annotators.size();
        TreeMap<Long, long[][]> tables = new TreeMap<>();
        int[] present = new int[na];
        for (int[] r : rows) {
            int m = 0;
            for (int a = 0; a < na; a++) if (r[a] >= 0) present[m++] = a;
            for (int i = 0; i < m; i++) {
                for (int j = i + 1; j < m; j++) {
                    int a = present[i];
                    int b = present[j];
                    tables.computeIfAbsent((long) a * na + b, x -> new long[k][k])[r[a]][r[b]]++;
                }
            }
        }
        List<AgreementReport.PairKappa> out = new ArrayList<>(tables.size());
        tables.forEach((key, t) -> {
            int a = (int) (key / na);
            int b = (int) (key % na);
            long n = 0;
            for (long[] row : t) for (long c : row) n += c;
            double[] kp = cohenKappa(t);
            out.add(new AgreementReport.PairKappa(annotators.get(a), annotators.get(b), (int) n, kp[0], kp[1],
                    weights == null ? Double.NaN : weightedKappa(t, weights)));
        });
        return out;
    }

    /**
     * Agreement weights of Cohen's (1968) weighted kappa for the categories in their order: none (null) for nominal;
     * linear for ordinal, 1 - |i - j| / (k - 1) on the ranks; quadratic for interval, 1 - (x_i - x_j)^2 / (x_max - x_min)^2
     * on the values.
     */
    static double[][] kappaWeights(MeasurementLevel level, List<String> cats) {
        if (level == MeasurementLevel.NOMINAL || cats.size() < 2) return null;
        int k = cats.size();
        double[][] w = new double[k][k];
        double[] x = new double[k];
        for (int i = 0; i < k; i++) x[i] = level == MeasurementLevel.INTERVAL ? NaturalOrder.number(cats.get(i)) : i;
        double range = x[k - 1] - x[0];
        for (int i = 0; i < k; i++) {
            for (int j = 0; j < k; j++) {
                double d = Math.abs(x[i] - x[j]) / range;
                w[i][j] = 1 - (level == MeasurementLevel.INTERVAL ? d * d : d);
            }
        }
        return w;
    }

    /** Weighted kappa (Cohen 1968) of a square table: (p_o(w) - p_e(w)) / (1 - p_e(w)); NaN when p_e(w) = 1. */
    public static double weightedKappa(long[][] t, double[][] w) {
        int k = t.length;
        Margins m = Margins.of(t);
        double n = m.n();
        double[] ra = m.rows();
        double[] rb = m.cols();
        if (n == 0) return Double.NaN;
        double po = 0;
        double pe = 0;
        for (int i = 0; i < k; i++) {
            for (int j = 0; j < k; j++) {
                po += w[i][j] * t[i][j] / n;
                pe += w[i][j] * (ra[i] / n) * (rb[j] / n);
            }
        }
        return pe >= 1 - 1e-12 ? Double.NaN : (po - pe) / (1 - pe);
    }

    /** {observed agreement, kappa} of a square confusion table [rater A][rater B]. */
    public static double[] cohenKappa(long[][] t) {
        int k = t.length;
        Margins m = Margins.of(t);
        double n = m.n();
        double[] ra = m.rows();
        double[] rb = m.cols();
        if (n == 0) return new double[]{Double.NaN, Double.NaN};
        double po = m.diagonal() / n;
        double pe = 0;
        for (int i = 0; i < k; i++) pe += (ra[i] / n) * (rb[i] / n);
        double kappa = pe >= 1 ? Double.NaN : (po - pe) / (1 - pe);
        return new double[]{po, kappa};
    }

    /** A square table's total, diagonal, row sums and column sums (Cohen's and the weighted kappa read the same ones). */
    private record Margins(double n, double diagonal, double[] rows, double[] cols) {
        static Margins of(long[][] t) {
            int k = t.length;
            double n = 0;
            double diag = 0;
            double[] ra = new double[k];
            double[] rb = new double[k];
            for (int i = 0; i < k; i++) {
                for (int j = 0; j < k; j++) {
                    n += t[i][j];
                    ra[i] += t[i][j];
                    rb[j] += t[i][j];
                    if (i == j) diag += t[i][j];
                }
            }
            return new Margins(n, diag, ra, rb);
        }
    }

    /** Fleiss' kappa over the units that have the most common number of values (ties: the larger number). */
    static AgreementReport.FleissKappa fleiss(int[][] units, int k, TreeMap<Integer, Long> ratersPerItem) {
        int m = 0;
        long best = 0;
        for (var e : ratersPerItem.entrySet()) {
            if (e.getKey() >= 2 && e.getValue() >= best) {
                best = e.getValue();
                m = e.getKey();
            }
        }
        if (m < 2) return new AgreementReport.FleissKappa(Double.NaN, 0, 0, units.length);
        final int raters = m;
        int[][] table = java.util.Arrays.stream(units).filter(u -> u.length == raters).map(u -> {
            int[] c = new int[k];
            for (int v : u) c[v]++;
            return c;
        }).toArray(int[][]::new);
        return new AgreementReport.FleissKappa(fleissKappa(table), m, table.length, units.length - table.length);
    }

    /** Fleiss' kappa of an items x categories count table where every row sums to the same number of raters. */
    public static double fleissKappa(int[][] counts) {
        int n = counts.length;
        if (n == 0) return Double.NaN;
        int k = counts[0].length;
        int m = 0;
        for (int c : counts[0]) m += c;
        if (m < 2) throw new OptionException("table", "Fleiss' kappa needs at least 2 raters per item");
        double[] pj = new double[k];
        double pbar = 0;
        for (int[] row : counts) {
            int s = 0;
            double sq = 0;
            for (int j = 0; j < k; j++) {
                s += row[j];
                sq += (double) row[j] * row[j];
                pj[j] += row[j];
            }
            if (s != m) throw new OptionException("table", "rows have " + m + " and " + s + " raters");
            pbar += (sq - m) / ((double) m * (m - 1));
        }
        pbar /= n;
        double pe = 0;
        for (int j = 0; j < k; j++) {
            double p = pj[j] / ((double) n * m);
            pe += p * p;
        }
        return pe >= 1 ? Double.NaN : (pbar - pe) / (1 - pe);
    }

    static String quote(String s) {
        return "'" + s + "'";
    }
}
