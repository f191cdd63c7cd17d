package org.framelab.validation;

import org.framelab.corpus.Annotation;
import org.framelab.corpus.Article;
import org.framelab.corpus.SpanAnnotations;
import org.framelab.features.FeatureSets;
import org.framelab.features.Hit;
import org.framelab.text.TokenizedText;
import org.framelab.text.Tokenizer;
import org.framelab.util.Progress;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.TreeMap;
import java.util.function.Function;

/**
 * Does a measure find what human coders mark? Compares the evidence of feature families (their
 * {@link Hit}s) with span annotations ({@link SpanAnnotations}) on the annotated articles, for each
 * family and each feature column (a lexicon category, a verb class, scare quotes ...):
 * <ul>
 *   <li><b>hits</b>, and the <b>share in spans</b>: hits that overlap an annotated span;</li>
 *   <li><b>chance rate</b>: the share of word tokens inside annotated spans, the share a hit placed
 *       at a random word would reach; <b>enrichment</b> = share in spans / chance rate;</li>
 *   <li><b>span recall</b>: annotated spans that overlap at least one hit;</li>
 *   <li><b>token precision, recall and F1</b>: word tokens covered by hits against word tokens
 *       covered by spans.</li>
 * </ul>
 * Every rate is a ratio of sums over articles, and its 95% interval is the percentile interval of a
 * bootstrap over articles (resampling whole articles keeps their hits and spans together). Spans are
 * taken per annotator when they carry one (one set of rows per annotator) and together ("all",
 * identical spans of several annotators counted once). Immutable inputs, no global state.
 */
public final class SpanValidation {
    /** Rows of all annotators together. */
    public static final String ALL = "all";

    private SpanValidation() {}

    /** A rate with its bootstrap interval (NaN where undefined or without bootstrap). */
    public record Estimate(double value, double low, double high) {
        public static final Estimate NONE = new Estimate(Double.NaN, Double.NaN, Double.NaN);
    }

    /**
     * One family (feature empty) or one feature column against one annotator's spans.
     *
     * @param annotator   the annotator, or {@link #ALL}
     * @param family      the feature family
     * @param feature     the feature column, empty for the family row
     * @param articles    annotated articles used
     * @param hits        hits of this family/feature in those articles
     * @param hitsInSpans hits overlapping an annotated span
     * @param spans       annotated spans
     * @param spansFound  spans overlapping at least one hit
     */
    public record Row(String annotator, String family, String feature, long articles, long hits, long hitsInSpans,
                      long spans, long spansFound, Estimate shareInSpans, Estimate chanceRate, Estimate enrichment,
                      Estimate spanRecall, Estimate tokenPrecision, Estimate tokenRecall, Estimate tokenF1) {
        /** The family, or family / feature for a feature row. */
        public String unit() {
            return feature.isEmpty() ? family : feature;
        }
    }

    /**
     * @param bootstrap resamples of articles for the intervals (0: none)
     * @param seed      bootstrap seed
     * @param label     only spans with this label (null: every label)
     */
    public record Options(int bootstrap, long seed, String label) {
        public static final int DEFAULT_BOOTSTRAP = 1000;

        public static Options defaults() {
            return new Options(DEFAULT_BOOTSTRAP, 42, null);
        }
    }

    /**
     * The result: rows for {@link #ALL} first, then per annotator (when spans carry annotators), each in
     * family order with the family row before its features.
     */
    public record Result(List<Row> rows, long articles, long annotatedArticles, long spans, long wordTokens,
                         long spanTokens, List<String> annotators, Options options) {
        public Result {
            rows = List.copyOf(rows);
            annotators = List.copyOf(annotators);
        }

        /** The row of a unit (family name or feature column) for {@code annotator}, or null. */
        public Row row(String annotator, String unit) {
            for (Row r : rows) if (r.annotator().equals(annotator) && r.unit().equals(unit)) return r;
            return null;
        }
    }

    // per-article sums of one unit
    private static final int HITS = 0, HITS_IN = 1, SPANS_FOUND = 2, HIT_TOKENS = 3, HIT_TOKENS_IN = 4, N = 5;

    /**
     * Validates the hits of {@code hitsOf} against the span annotations of {@code articles} (articles
     * that are not annotated are left out).
     */
    public static Result compute(List<Article> articles, Function<Article, List<Hit>> hitsOf, Options options, Progress progress) {
        List<Article> annotated = new ArrayList<>();
        for (Article a : articles) if (SpanAnnotations.isAnnotated(a)) annotated.add(a);
        List<String> annotators = SpanAnnotations.annotators(annotated);
        boolean perAnnotator = annotators.size() > 1 || (annotators.size() == 1 && !annotators.get(0).isEmpty());
        progress.start("Validating against annotated spans", annotated.size());
        int n = annotated.size();
        // per article: tokens, its hits, its spans per annotator view
        List<List<Hit>> hits = new ArrayList<>(n);
        List<TokenizedText> tokens = new ArrayList<>(n);
        for (Article a : annotated) {
            progress.checkCancelled();
            hits.add(hitsOf.apply(a));
            tokens.add(Tokenizer.DEFAULT.tokenize(a.text()));
            progress.step(1);
        }
        progress.done();
        // units in family order, family row before its features
        // families in FrameLab's order (attribution, quotation, stance, subjective, actors), then user lexicons by name
        Map<String, Set<String>> feats = new TreeMap<>((x, y) -> {
            int ix = familyRank(x), iy = familyRank(y);
            return ix != iy ? Integer.compare(ix, iy) : x.compareTo(y);
        });
        for (List<Hit> hs : hits) for (Hit h : hs) feats.computeIfAbsent(h.family(), k -> new java.util.TreeSet<>()).add(h.feature());
        Map<String, List<String>> units = new LinkedHashMap<>();
        feats.forEach((f, s) -> units.put(f, new ArrayList<>(s)));
        List<Row> rows = new ArrayList<>();
        long totalSpans = 0, totalWords = 0, totalSpanWords = 0;
        List<String> views = new ArrayList<>();
        views.add(ALL);
        if (perAnnotator) views.addAll(annotators);
        for (String view : views) {
            List<Integer> used = new ArrayList<>();
            List<List<int[]>> spans = new ArrayList<>();
            for (int i = 0; i < n; i++) {
                Article a = annotated.get(i);
                if (!ALL.equals(view) && !codedBy(a, view)) continue;
                used.add(i);
                spans.add(spansOf(a, ALL.equals(view) ? null : view, options.label()));
            }
            int m = used.size();
            double[] words = new double[m], spanWords = new double[m], spanCount = new double[m];
            boolean[][] inSpan = new boolean[m][];
            for (int k = 0; k < m; k++) {
                TokenizedText t = tokens.get(used.get(k));
                inSpan[k] = tokenMask(t, spans.get(k));
                for (int j = 0; j < t.size(); j++) {
                    if (!t.isWord(j)) continue;
                    words[k]++;
                    if (inSpan[k][j]) spanWords[k]++;
                }
                spanCount[k] = spans.get(k).size();
            }
            if (ALL.equals(view)) {
                totalSpans = (long) sum(spanCount);
                totalWords = (long) sum(words);
                totalSpanWords = (long) sum(spanWords);
            }
            int[][] draws = draws(m, options.bootstrap(), options.seed());
            for (Map.Entry<String, List<String>> fam : units.entrySet()) {
                List<String> unitList = new ArrayList<>();
                unitList.add("");
                unitList.addAll(fam.getValue());
                for (String feature : unitList) {
                    double[][] s = new double[N][m];
                    for (int k = 0; k < m; k++) {
                        unitSums(tokens.get(used.get(k)), hits.get(used.get(k)), fam.getKey(), feature, spans.get(k), inSpan[k], s, k);
                    }
                    rows.add(row(view, fam.getKey(), feature, m, s, words, spanWords, spanCount, draws));
                }
            }
        }
        return new Result(rows, articles.size(), n, totalSpans, totalWords, totalSpanWords,
                perAnnotator ? annotators : List.of(), options);
    }

    private static int familyRank(String family) {
        int i = FeatureSets.familyNames().indexOf(family);
        return i < 0 ? Integer.MAX_VALUE : i;
    }

    private static boolean codedBy(Article a, String annotator) {
        for (Annotation an : a.annotations()) {
            if ((SpanAnnotations.FIELD.equals(an.field()) || SpanAnnotations.CODED.equals(an.field())) && an.annotator().equals(annotator)) return true;
        }
        return false;
    }

    /** Distinct spans [begin, end] of one annotator (null: all), optionally of one label, in text order. */
    static List<int[]> spansOf(Article a, String annotator, String label) {
        Set<Long> seen = new HashSet<>();
        List<int[]> out = new ArrayList<>();
        for (Annotation an : SpanAnnotations.spans(a)) {
            if (annotator != null && !an.annotator().equals(annotator)) continue;
            if (label != null && !label.equals(an.value())) continue;
            if (seen.add(((long) an.begin() << 32) | an.end())) out.add(new int[]{an.begin(), an.end()});
        }
        return out;
    }

    private static boolean[] tokenMask(TokenizedText t, List<int[]> spans) {
        return t.overlapping(spans);
    }

    private static void unitSums(TokenizedText t, List<Hit> hits, String family, String feature, List<int[]> spans,
                                 boolean[] inSpan, double[][] s, int k) {
        boolean[] found = new boolean[spans.size()];
        boolean[] covered = new boolean[t.size()];
        for (Hit h : hits) {
            if (!h.family().equals(family) || (!feature.isEmpty() && !h.feature().equals(feature))) continue;
            s[HITS][k]++;
            boolean in = false;
            for (int x = 0; x < spans.size(); x++) {
                int[] sp = spans.get(x);
                if (h.span().begin() < sp[1] && sp[0] < h.span().end()) {
                    in = true;
                    found[x] = true;
                }
            }
            if (in) s[HITS_IN][k]++;
            for (int j = firstToken(t, h.span().begin()); j < t.size() && t.begin(j) < h.span().end(); j++) {
                if (t.isWord(j) && t.end(j) > h.span().begin()) covered[j] = true;
            }
        }
        for (boolean f : found) if (f) s[SPANS_FOUND][k]++;
        for (int j = 0; j < covered.length; j++) {
            if (!covered[j]) continue;
            s[HIT_TOKENS][k]++;
            if (inSpan[j]) s[HIT_TOKENS_IN][k]++;
        }
    }

    private static int firstToken(TokenizedText t, int charPos) {
        int lo = 0, hi = t.size();
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (t.end(mid) <= charPos) lo = mid + 1;
            else hi = mid;
        }
        return lo;
    }

    private static Row row(String view, String family, String feature, int m, double[][] s, double[] words,
                           double[] spanWords, double[] spanCount, int[][] draws) {
        double[] point = metrics(s, words, spanWords, spanCount, null);
        Estimate[] est = new Estimate[point.length];
        if (draws.length == 0) {
            for (int q = 0; q < point.length; q++) est[q] = new Estimate(point[q], Double.NaN, Double.NaN);
        } else {
            double[][] reps = new double[point.length][draws.length];
            for (int b = 0; b < draws.length; b++) {
                double[] v = metrics(s, words, spanWords, spanCount, draws[b]);
                for (int q = 0; q < v.length; q++) reps[q][b] = v[q];
            }
            for (int q = 0; q < point.length; q++) est[q] = new Estimate(point[q], percentile(reps[q], 0.025), percentile(reps[q], 0.975));
        }
        return new Row(view, family, feature, m, (long) sum(s[HITS]), (long) sum(s[HITS_IN]), (long) sum(spanCount),
                (long) sum(s[SPANS_FOUND]), est[0], est[1], est[2], est[3], est[4], est[5], est[6]);
    }

    /** share, chance, enrichment, span recall, token precision, token recall, F1; weights = draw counts or null. */
    private static double[] metrics(double[][] s, double[] words, double[] spanWords, double[] spanCount, int[] w) {
        double hits = wsum(s[HITS], w), in = wsum(s[HITS_IN], w), found = wsum(s[SPANS_FOUND], w);
        double ht = wsum(s[HIT_TOKENS], w), hti = wsum(s[HIT_TOKENS_IN], w);
        double tw = wsum(words, w), sw = wsum(spanWords, w), sc = wsum(spanCount, w);
        double share = ratio(in, hits), chance = ratio(sw, tw);
        double p = ratio(hti, ht), r = ratio(hti, sw);
        double f1 = Double.isNaN(p) || Double.isNaN(r) ? Double.NaN : (p + r == 0 ? 0 : 2 * p * r / (p + r));
        return new double[]{share, chance, ratio(share, chance), ratio(found, sc), p, r, f1};
    }

    private static double ratio(double a, double b) {
        return b == 0 || Double.isNaN(a) || Double.isNaN(b) ? Double.NaN : a / b;
    }

    private static double wsum(double[] x, int[] w) {
        double s = 0;
        if (w == null) {
            for (double v : x) s += v;
        } else {
            for (int i = 0; i < x.length; i++) if (w[i] != 0) s += w[i] * x[i];
        }
        return s;
    }

    private static double sum(double[] x) {
        return wsum(x, null);
    }

    /** Multiplicities of each article in each bootstrap resample (the same draws for every unit). */
    private static int[][] draws(int m, int bootstrap, long seed) {
        if (bootstrap <= 0 || m == 0) return new int[0][];
        SplittableRandom rnd = new SplittableRandom(seed);
        int[][] out = new int[bootstrap][m];
        for (int b = 0; b < bootstrap; b++) {
            for (int i = 0; i < m; i++) out[b][rnd.nextInt(m)]++;
        }
        return out;
    }

    /** Percentile of the finite values (type 7, as R's default); NaN when none. */
    static double percentile(double[] values, double p) {
        double[] v = Arrays.stream(values).filter(Double::isFinite).sorted().toArray();
        if (v.length == 0) return Double.NaN;
        double h = (v.length - 1) * p;
        int lo = (int) Math.floor(h);
        int hi = Math.min(lo + 1, v.length - 1);
        return v[lo] + (h - lo) * (v[hi] - v[lo]);
    }
}
