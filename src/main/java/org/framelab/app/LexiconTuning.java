package org.framelab.app;

import org.framelab.corpus.Article;
import org.framelab.lexicon.Lexicon;
import org.framelab.lexicon.LexiconLearner;
import org.framelab.util.Progress;
import org.framelab.validation.SpanValidation;

import java.util.ArrayList;
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
 * with the highest enrichment. The held-out part is never seen here.
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
                        double enrichment, double spanRecall, double evidenceEnrichment, double evidenceRecall) {
        double enrichment(boolean evidence) {
            return evidence ? evidenceEnrichment : enrichment;
        }

        double recall(boolean evidence) {
            return evidence ? evidenceRecall : spanRecall;
        }
    }

    /**
     * @param grid     every point, in grid order
     * @param chosen   the thresholds chosen (the other options as given)
     * @param protocol how the inner folds were formed
     * @param goal     the enrichment the recall was maximised under
     * @param evidence whether the choice maximised the loaded-language evidence (else the lexicon alone)
     */
    public record Result(List<Point> grid, LexiconLearner.Options chosen, String protocol, double goal, boolean evidence) {
        public Result {
            grid = List.copyOf(grid);
        }
    }

    static Result run(List<LearnLexicon.Item> train, LexiconLearner.Options base, double goal, boolean forEvidence, Progress progress) {
        Map<String, List<LearnLexicon.Item>> groups = groups(train);
        int g = MIN_ANNOTATED.size() * MIN_LOG_ODDS.size();
        long[][] sums = new long[g][6];
        Lexicon builtIn = org.framelab.features.SubjectiveFamily.builtIn();
        long words = 0, spanWords = 0;
        long[] evHits = new long[g];
        progress.start("Tuning thresholds on the training outlets", groups.size());
        for (Map.Entry<String, List<LearnLexicon.Item>> fold : groups.entrySet()) {
            progress.checkCancelled();
            List<LearnLexicon.Item> rest = new ArrayList<>();
            for (Map.Entry<String, List<LearnLexicon.Item>> other : groups.entrySet()) if (other != fold) rest.addAll(other.getValue());
            LexiconLearner.Counts counts = LexiconLearner.count(LearnLexicon.examples(rest), base.bigrams());
            List<Article> articles = new ArrayList<>();
            for (LearnLexicon.Item it : fold.getValue()) articles.add(it.article());
            int k = 0;
            for (int minA : MIN_ANNOTATED) {
                for (double minD : MIN_LOG_ODDS) {
                    LexiconLearner.Learned l = LexiconLearner.learn(counts, base.withThresholds(minA, minD));
                    long[] s = sums[k++];
                    if (l.terms().isEmpty()) continue;
                    Lexicon lex = l.lexicon("tuning");
                    SpanValidation.Result v = SpanValidation.compute(articles, a -> LearnLexicon.hits(lex, "tuning", a),
                            new SpanValidation.Options(0, 42, null), Progress.NONE);
                    SpanValidation.Row row = v.rows().isEmpty() ? null : v.rows().get(0);
                    if (row != null) {
                        s[0] += row.hits();
                        s[1] += row.hitsInSpans();
                        s[3] += row.spansFound();
                    }
                    SpanValidation.Result ev = SpanValidation.compute(articles, a -> LearnLexicon.evidence(lex, builtIn, a),
                            new SpanValidation.Options(0, 42, null), Progress.NONE);
                    if (!ev.rows().isEmpty()) {
                        s[4] += ev.rows().get(0).hitsInSpans();
                        s[5] += ev.rows().get(0).spansFound();
                        evHits[k - 1] += ev.rows().get(0).hits();
                    }
                }
            }
            // spans and word tokens of the fold do not depend on the thresholds
            SpanValidation.Result base0 = SpanValidation.compute(articles, a -> List.of(), new SpanValidation.Options(0, 42, null), Progress.NONE);
            for (long[] s : sums) s[2] += base0.spans();
            words += base0.wordTokens();
            spanWords += base0.spanTokens();
            progress.step(1);
        }
        progress.done();
        double chance = words == 0 ? Double.NaN : (double) spanWords / words;
        List<Point> grid = new ArrayList<>();
        int k = 0;
        for (int minA : MIN_ANNOTATED) {
            for (double minD : MIN_LOG_ODDS) {
                long[] s = sums[k++];
                double share = s[0] == 0 ? Double.NaN : (double) s[1] / s[0];
                double evShare = evHits[k - 1] == 0 ? Double.NaN : (double) s[4] / evHits[k - 1];
                double rec = s[2] == 0 ? Double.NaN : (double) s[3] / s[2];
                double evRec = s[2] == 0 ? Double.NaN : (double) s[5] / s[2];
                grid.add(new Point(minA, minD, s[0], s[1], s[2], s[3], share / chance, rec, evShare / chance, evRec));
            }
        }
        Point best = null;
        boolean e = forEvidence;
        for (Point p : grid) {
            if (!(p.enrichment(e) >= goal)) continue;
            if (best == null || p.recall(e) > best.recall(e)
                    || (p.recall(e) == best.recall(e) && p.enrichment(e) > best.enrichment(e))) best = p;
        }
        if (best == null) {
            for (Point p : grid) if (!Double.isNaN(p.enrichment(e)) && (best == null || p.enrichment(e) > best.enrichment(e))) best = p;
        }
        LexiconLearner.Options chosen = best == null ? base : base.withThresholds(best.minAnnotated(), best.minLogOdds());
        String protocol = groups.size() > 1 && !groups.keySet().iterator().next().startsWith("fold ")
                ? "leave-one-outlet-out over " + groups.size() + " training outlets"
                : groups.size() + " folds of training articles";
        return new Result(grid, chosen, protocol, goal, forEvidence);
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
