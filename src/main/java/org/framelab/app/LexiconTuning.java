package org.framelab.app;

import org.framelab.corpus.Article;
import org.framelab.lexicon.Lexicon;
import org.framelab.lexicon.LexiconLearner;
import org.framelab.lexicon.VectorExpansion;
import org.framelab.lexicon.VectorRegression;
import org.framelab.lexicon.WordVectors;
import org.framelab.util.OptionException;
import org.framelab.util.Progress;
import org.framelab.validation.SpanValidation;

import org.framelab.features.Hit;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Chooses the thresholds of a learned lexicon on the training part alone: leave-one-outlet-out over
 * the training outlets (five folds of articles when there are fewer than two outlets), each fold
 * learned from the other training outlets and validated on its own outlet ({@link SpanValidation},
 * no bootstrap), the sums pooled over folds. Of the grid {@link #MIN_ANNOTATED} × {@link #MIN_LOG_ODDS}
 * the point with the highest pooled span recall among those with a pooled enrichment of at least the
 * goal wins, measured on the lexicon alone or on the loaded-language evidence (the lexicon together
 * with the built-in subjective and loaded categories, the way it is used beside the subjective family) (ties: higher enrichment, then the stricter point); when none reaches the goal, the point
 * with the highest enrichment. By default the goal the choice is made at is first raised by a nested check on the
 * inner folds ({@link GoalCheck}) until the choice reaches the goal on folds it was not made on. The held-out part is
 * never seen here.
 */
public final class LexiconTuning {
    public static final List<Integer> MIN_ANNOTATED = List.of(1, 2, 3);
    public static final List<Double> MIN_LOG_ODDS = List.of(0.0, 0.5, 1.0, 1.5, 2.0, 2.5, 3.0);
    /** The goal for loaded-language evidence: an enrichment of at least 8 over chance. */
    public static final double DEFAULT_MIN_ENRICHMENT = 8;

    private LexiconTuning() {}

    /**
     * One grid point, pooled over the inner folds: the learned lexicon alone, and the loaded-language
     * evidence (the lexicon with the built-in subjective and loaded categories, {@link LearnLexicon#evidence}).
     */
    public record Point(int minAnnotated, double minLogOdds, long hits, long hitsInSpans, long spans, long spansFound,
                        double enrichment, double spanRecall, double evidenceEnrichment, double evidenceRecall, double gateThreshold,
                        double expandThreshold, boolean expandRegression) {
        /** Expanded by the neighbours' δ (or not at all). */
        public Point(int minAnnotated, double minLogOdds, long hits, long hitsInSpans, long spans, long spansFound,
                     double enrichment, double spanRecall, double evidenceEnrichment, double evidenceRecall, double gateThreshold,
                     double expandThreshold) {
            this(minAnnotated, minLogOdds, hits, hitsInSpans, spans, spansFound, enrichment, spanRecall, evidenceEnrichment, evidenceRecall, gateThreshold,
                    expandThreshold, false);
        }

        /** Without vector expansion. */
        public Point(int minAnnotated, double minLogOdds, long hits, long hitsInSpans, long spans, long spansFound,
                     double enrichment, double spanRecall, double evidenceEnrichment, double evidenceRecall, double gateThreshold) {
            this(minAnnotated, minLogOdds, hits, hitsInSpans, spans, spansFound, enrichment, spanRecall, evidenceEnrichment, evidenceRecall, gateThreshold, Double.NaN);
        }

        /** Without a gate. */
        public Point(int minAnnotated, double minLogOdds, long hits, long hitsInSpans, long spans, long spansFound,
                     double enrichment, double spanRecall, double evidenceEnrichment, double evidenceRecall) {
            this(minAnnotated, minLogOdds, hits, hitsInSpans, spans, spansFound, enrichment, spanRecall, evidenceEnrichment, evidenceRecall, Double.NaN);
        }

        double enrichment(boolean evidence) {
            return evidence ? evidenceEnrichment : enrichment;
        }

        double recall(boolean evidence) {
            return evidence ? evidenceRecall : spanRecall;
        }

        /** Whether this point uses the gate (else every text's hits count). */
        public boolean gated() {
            return !Double.isNaN(gateThreshold);
        }

        /** Whether this point adds words by their vector neighbours ({@link VectorExpansion}). */
        public boolean expanded() {
            return !Double.isNaN(expandThreshold);
        }
    }

    /**
     * Thresholds of the neighbours' mean log-odds searched when word vectors are given ({@code lexicon learn
     * --expand-vectors}); NaN is "no expansion", so the expansion is only chosen when it helps on the training outlets.
     */
    public static final List<Double> EXPAND_THRESHOLDS = List.of(Double.NaN, -4.0, -3.0, -2.0, -1.0, 0.0, 1.0, 2.0, 3.0);

    /**
     * Thresholds of the regression's predicted enrichment searched when the regression is ({@code --expand-method
     * regression|both}, {@link VectorRegression}).
     */
    public static final List<Double> REGRESSION_THRESHOLDS = List.of(2.0, 3.0, 4.0, 6.0, 8.0, 10.0, 12.0, 16.0);

    /** How words are added by their vectors: by the neighbours' δ, by the regression, or the tuning chooses between both. */
    public enum ExpandMethod {
        NEIGHBOURS, REGRESSION, BOTH;

        public static ExpandMethod parse(String s) {
            for (ExpandMethod m : values()) if (m.name().equalsIgnoreCase(s)) return m;
            throw new OptionException("expand_method", s, "neighbours, regression or both");
        }
    }

    /** One expansion of the grid: none (NaN threshold), by the neighbours' δ, or by the regression. */
    record ExpandPoint(double threshold, boolean regression) {}

    /**
     * The vector expansion the tuning may use: the neighbour graph, how often an expanded word may have
     * been seen in training, the method and the regression's ridge penalty.
     */
    public record Expansion(VectorExpansion graph, int maxSeen, ExpandMethod method, double ridge) {
        public Expansion(VectorExpansion graph, int maxSeen) {
            this(graph, maxSeen, ExpandMethod.NEIGHBOURS, VectorRegression.DEFAULT_RIDGE);
        }

        List<ExpandPoint> grid() {
            List<ExpandPoint> out = new ArrayList<>();
            out.add(new ExpandPoint(Double.NaN, false));
            if (method != ExpandMethod.REGRESSION) for (double x : EXPAND_THRESHOLDS) if (!Double.isNaN(x)) out.add(new ExpandPoint(x, false));
            if (method != ExpandMethod.NEIGHBOURS) for (double x : REGRESSION_THRESHOLDS) out.add(new ExpandPoint(x, true));
            return out;
        }

        /** The regression fitted to these counts, or null when the method does not use one. */
        VectorRegression regression(LexiconLearner.Counts counts) {
            return method == ExpandMethod.NEIGHBOURS ? null : VectorRegression.fit(graph.vectors(), counts, ridge);
        }
    }

    /**
     * Vector expansion as asked for ({@code lexicon learn --expand-vectors FILE}).
     *
     * @param vectors    the vectors file ({@code lexicon vectors})
     * @param neighbours neighbours per word
     * @param maxSeen    words seen in training more often than this are never expanded
     * @param threshold  the smallest neighbour score added when not tuned
     */
    public record ExpandOptions(java.nio.file.Path vectors, int neighbours, int maxSeen, double threshold, ExpandMethod method) {
        public ExpandOptions(java.nio.file.Path vectors, int neighbours, int maxSeen, double threshold) {
            this(vectors, neighbours, maxSeen, threshold, ExpandMethod.NEIGHBOURS);
        }

        public ExpandOptions {
            OptionException.check(method != null, "expand_method", null, "neighbours, regression or both");
            OptionException.check(vectors != null, "expand_vectors", null, "a vectors file written by framelab lexicon vectors");
            OptionException.check(neighbours >= 1, "expand_neighbours", neighbours, "at least 1, e.g. 10");
            OptionException.check(maxSeen >= 0, "expand_max_seen", maxSeen, "0 or more, e.g. 2");
            OptionException.check(!Double.isNaN(threshold), "expand_min_score", threshold, "a number, e.g. 1.5");
        }

        /** Reads the vectors and computes the neighbour graph (once), neighbours among the words of {@code pool} (those counted in training). */
        public Expansion load(java.util.Set<String> pool) throws org.framelab.util.InputException {
            WordVectors v = WordVectors.read(vectors);
            OptionException.check(neighbours < v.words().size(), "expand_neighbours", neighbours, "fewer than the vectors' " + v.words().size() + " words");
            return new Expansion(new VectorExpansion(v, neighbours, pool), maxSeen, method, VectorRegression.DEFAULT_RIDGE);
        }
    }

    /**
     * Thresholds of the gate's probability searched when a gate is given ({@code lexicon learn --gate-model});
     * NaN is "no gate", so the gate is only chosen when it helps on the training outlets.
     */
    public static final List<Double> GATE_THRESHOLDS = List.of(Double.NaN, 0.3, 0.4, 0.5, 0.6, 0.7);

    /**
     * @param grid     every point, in grid order
     * @param chosen   the thresholds chosen (the other options as given)
     * @param protocol how the inner folds were formed
     * @param goal     the enrichment the recall was maximised under
     * @param evidence whether the choice maximised the loaded-language evidence (else the lexicon alone)
     * @param gateThreshold the gate threshold chosen, NaN for no gate (or none searched)
     * @param expandThreshold the expansion threshold chosen, NaN for no expansion (or none searched)
     * @param innerGoal the enrichment the choice was made at on the pooled inner folds: the goal, or the goal raised by the
     *                  nested check
     * @param margin   the standard errors the nested check asked the goal to be reached by (0 when it was not run)
     * @param calibration the nested check's steps, in order (empty when it was not run)
     */
    public record Result(List<Point> grid, LexiconLearner.Options chosen, String protocol, double goal, boolean evidence, double gateThreshold,
                         double expandThreshold, boolean expandRegression, double innerGoal, double margin, List<GoalCheck.Calibration> calibration) {
        public Result {
            grid = List.copyOf(grid);
            calibration = List.copyOf(calibration);
        }

        /** Whether the chosen point is this one. */
        public boolean isChosen(Point p) {
            return p.minAnnotated() == chosen.minAnnotated() && p.minLogOdds() == chosen.minLogOdds()
                    && (Double.isNaN(gateThreshold) ? !p.gated() : p.gateThreshold() == gateThreshold)
                    && (Double.isNaN(expandThreshold) ? !p.expanded() : p.expandThreshold() == expandThreshold && p.expandRegression() == expandRegression);
        }
    }

    static Result run(List<LearnLexicon.Item> train, LexiconLearner.Options base, double goal, boolean forEvidence, Progress progress) {
        return run(train, base, goal, forEvidence, null, null, true, GoalCheck.DEFAULT_GOAL_MARGIN, progress);
    }

    /**
     * @param gate cross-fitted probabilities of the gate label for the training articles (each from a
     *             gate trained without the article's outlet), by id; null for no gate
     * @param expansion the vector expansion to search (its thresholds join the grid), null for none
     * @param calibrate raise the goal inside the tuning until the choice, made without one inner fold and measured on it,
     *                  reaches the goal on the folds left out ({@link GoalCheck}); false: choose at the goal itself
     * @param margin    with {@code calibrate}: standard errors of the left-out enrichment it must reach the goal by
     */
    static Result run(List<LearnLexicon.Item> train, LexiconLearner.Options base, double goal, boolean forEvidence,
                      Map<String, Double> gate, Expansion expansion, boolean calibrate, double margin, Progress progress) {
        Map<String, List<LearnLexicon.Item>> groups = groups(train);
        List<Double> gates = gate == null ? List.of(Double.NaN) : GATE_THRESHOLDS;
        List<ExpandPoint> expands = expansion == null ? List.of(new ExpandPoint(Double.NaN, false)) : expansion.grid();
        int g = MIN_ANNOTATED.size() * MIN_LOG_ODDS.size() * expands.size() * gates.size();
        int nf = groups.size();
        // the sums of every inner fold apart (hits, in spans, spans, found, evidence in spans, evidence found, evidence hits),
        // so that the nested check below can choose on the other folds and measure on one
        long[][][] folds = new long[nf][g][SUMS];
        long[] foldWords = new long[nf], foldSpanWords = new long[nf];
        Lexicon builtIn = org.framelab.features.SubjectiveFamily.builtIn();
        SpanValidation.Options none = new SpanValidation.Options(0, 42, null);
        progress.start("Tuning thresholds on the training outlets", groups.size());
        int f = 0;
        for (Map.Entry<String, List<LearnLexicon.Item>> fold : groups.entrySet()) {
            progress.checkCancelled();
            List<LearnLexicon.Item> rest = new ArrayList<>();
            for (Map.Entry<String, List<LearnLexicon.Item>> other : groups.entrySet()) if (other != fold) rest.addAll(other.getValue());
            LexiconLearner.Counts counts = LexiconLearner.count(LearnLexicon.examples(rest), base.bigrams());
            VectorRegression reg = expansion == null ? null : expansion.regression(counts);
            List<Article> articles = new ArrayList<>();
            for (LearnLexicon.Item it : fold.getValue()) articles.add(it.article());
            long[][] sums = folds[f];
            int k = 0;
            for (int minA : MIN_ANNOTATED) {
                for (double minD : MIN_LOG_ODDS) {
                    LexiconLearner.Learned l = LexiconLearner.learn(counts, base.withThresholds(minA, minD));
                    if (l.terms().isEmpty()) {
                        k += gates.size() * expands.size();
                        continue;
                    }
                    for (ExpandPoint x : expands) {
                        Lexicon lex = Double.isNaN(x.threshold()) ? l.lexicon("tuning")
                                : VectorExpansion.lexicon(l, expansion.graph().expand(l, x.regression() ? reg : null, x.threshold(), expansion.maxSeen()), "tuning");
                        k = measure(lex, builtIn, articles, gates, gate, sums, k);
                    }
                }
            }
            // spans and word tokens of the fold do not depend on the thresholds
            SpanValidation.Result base0 = SpanValidation.compute(articles, a -> List.of(), none, Progress.NONE);
            for (long[] s : sums) s[2] += base0.spans();
            foldWords[f] = base0.wordTokens();
            foldSpanWords[f] = base0.spanTokens();
            f++;
            progress.step(1);
        }
        progress.done();
        Pooled all = Pooled.of(folds, foldWords, foldSpanWords);
        List<Point> grid = points(all.sums(), all.words(), all.spanWords(), gates, expands);
        boolean e = forEvidence;
        List<GoalCheck.Calibration> calibration = calibrate && nf >= 3 ? GoalCheck.calibrate(folds, foldWords, foldSpanWords, gates, expands, goal, margin, e) : List.of();
        double inner = GoalCheck.innerGoal(calibration, goal, margin);
        Point best = choose(grid, inner, e);
        LexiconLearner.Options chosen = best == null ? base : base.withThresholds(best.minAnnotated(), best.minLogOdds());
        String protocol = groups.size() > 1 && !groups.keySet().iterator().next().startsWith("fold ")
                ? "leave-one-outlet-out over " + groups.size() + " training outlets"
                : groups.size() + " folds of training articles";
        return new Result(grid, chosen, protocol, goal, forEvidence, best == null ? Double.NaN : best.gateThreshold(),
                best == null ? Double.NaN : best.expandThreshold(), best != null && best.expandRegression(), inner,
                calibration.isEmpty() ? 0 : margin, calibration);
    }

    /** The sums of every fold added up, with their word tokens and word tokens inside spans. */
    record Pooled(long[][] sums, long words, long spanWords) {
        static Pooled of(long[][][] folds, long[] foldWords, long[] foldSpanWords) {
            long[][] total = new long[folds[0].length][SUMS];
            long words = 0, spanWords = 0;
            for (int i = 0; i < folds.length; i++) {
                add(total, folds[i], 1);
                words += foldWords[i];
                spanWords += foldSpanWords[i];
            }
            return new Pooled(total, words, spanWords);
        }
    }

    /** Sums kept per grid point: hits, hits in spans, spans, spans found, evidence hits in spans, evidence spans found, evidence hits. */
    static final int SUMS = 7;

    static void add(long[][] to, long[][] from, int sign) {
        for (int i = 0; i < to.length; i++) for (int j = 0; j < SUMS; j++) to[i][j] += sign * from[i][j];
    }

    static int indexOf(List<Point> grid, Point p) {
        for (int i = 0; i < grid.size(); i++) if (grid.get(i) == p) return i;
        throw new IllegalStateException("a point of another grid");
    }

    /** The grid's points from pooled sums (grid order), with the chance rate of those word tokens. */
    static List<Point> points(long[][] sums, long words, long spanWords, List<Double> gates, List<ExpandPoint> expands) {
        double chance = words == 0 ? Double.NaN : (double) spanWords / words;
        List<Point> grid = new ArrayList<>();
        int k = 0;
        for (int minA : MIN_ANNOTATED) {
            for (double minD : MIN_LOG_ODDS) {
                for (ExpandPoint x : expands) for (double t : gates) {
                    long[] s = sums[k++];
                    double share = s[0] == 0 ? Double.NaN : (double) s[1] / s[0];
                    double evShare = s[6] == 0 ? Double.NaN : (double) s[4] / s[6];
                    double rec = s[2] == 0 ? Double.NaN : (double) s[3] / s[2];
                    double evRec = s[2] == 0 ? Double.NaN : (double) s[5] / s[2];
                    grid.add(new Point(minA, minD, s[0], s[1], s[2], s[3], share / chance, rec, evShare / chance, evRec, t, x.threshold(), x.regression()));
                }
            }
        }
        return grid;
    }

    /**
     * The point of highest span recall among those reaching the goal (ties: higher enrichment, then the earlier, stricter
     * point); when none reaches it, the point of highest enrichment; null when no point has hits.
     */
    static Point choose(List<Point> grid, double goal, boolean e) {
        Point best = null;
        for (Point p : grid) {
            if (!(p.enrichment(e) >= goal)) continue;
            if (best == null || p.recall(e) > best.recall(e)
                    || (p.recall(e) == best.recall(e) && p.enrichment(e) > best.enrichment(e))) best = p;
        }
        if (best == null) {
            for (Point p : grid) if (!Double.isNaN(p.enrichment(e)) && (best == null || p.enrichment(e) > best.enrichment(e))) best = p;
        }
        return best;
    }

    /** Validates one lexicon on a fold's articles for every gate threshold, adding to the sums from grid index {@code k}; the next index. */
    private static int measure(Lexicon lex, Lexicon builtIn, List<Article> articles, List<Double> gates, Map<String, Double> gate,
                               long[][] sums, int k) {
        SpanValidation.Options none = new SpanValidation.Options(0, 42, null);
        Map<Article, List<Hit>> lexHits = new IdentityHashMap<>(), evidence = new IdentityHashMap<>();
        for (Article a : articles) {
            lexHits.put(a, LearnLexicon.hits(lex, "tuning", a));
            evidence.put(a, LearnLexicon.evidence(lex, builtIn, a));
        }
        for (double t : gates) {
            long[] s = sums[k++];
            java.util.function.Predicate<Article> pass = a -> Double.isNaN(t) || gate.getOrDefault(a.id(), 0.0) >= t;
            SpanValidation.Result v = SpanValidation.compute(articles, EvidenceGate.filter(lexHits::get, pass), none, Progress.NONE);
            SpanValidation.Row row = v.rows().isEmpty() ? null : v.rows().get(0);
            if (row != null) {
                s[0] += row.hits();
                s[1] += row.hitsInSpans();
                s[3] += row.spansFound();
            }
            SpanValidation.Result ev = SpanValidation.compute(articles, EvidenceGate.filter(evidence::get, pass), none, Progress.NONE);
            if (!ev.rows().isEmpty()) {
                s[4] += ev.rows().get(0).hitsInSpans();
                s[5] += ev.rows().get(0).spansFound();
                s[6] += ev.rows().get(0).hits();
            }
        }
        return k;
    }

    /** Inner folds: the training outlets when there are two or more, else five folds of articles by position. */
    static Map<String, List<LearnLexicon.Item>> groups(List<LearnLexicon.Item> train) {
        Map<String, List<LearnLexicon.Item>> byOutlet = new TreeMap<>();
        for (LearnLexicon.Item it : train) byOutlet.computeIfAbsent(it.article().outlet(), o -> new ArrayList<>()).add(it);
        if (byOutlet.size() >= 2) return byOutlet;
        Map<String, List<LearnLexicon.Item>> folds = new LinkedHashMap<>();
        for (int i = 0; i < train.size(); i++) folds.computeIfAbsent("fold " + (i % 5 + 1), f -> new ArrayList<>()).add(train.get(i));
        return folds;
    }
}
