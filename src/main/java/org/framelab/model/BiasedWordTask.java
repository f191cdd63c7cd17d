package org.framelab.model;

import org.framelab.features.AttributionFinder;
import org.framelab.features.StanceFamily;
import org.framelab.features.SubjectiveFamily;
import org.framelab.lexicon.Inflector;
import org.framelab.lexicon.LexiconLearner;
import org.framelab.lexicon.Lexicon;
import org.framelab.lexicon.Lexicons;
import org.framelab.text.TokenizedText;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;

/**
 * The "which word is biased" task of Recasens, Danescu-Niculescu-Mizil &amp; Jurafsky 2013 ("Linguistic
 * Models for Analyzing and Detecting Biased Language", ACL): rank the words of a biased sentence and
 * score a hit when the top k hold an annotated word. Candidates are the sentence's word tokens with a
 * letter; ties in a ranking are broken at random, and the accuracy counted is its expectation (so a
 * ranker that scores every word alike gets the random baseline exactly, and nothing depends on a seed).
 * The word-level model is a logistic regression ({@link WordLogistic}) on {@link #FEATURES}.
 */
public final class BiasedWordTask {
    /** The features of the word-level model, in column order. */
    public static final List<String> FEATURES = List.of("learned log-odds", "in learned lexicon", "subjective", "negative",
            "positive", "intensifier", "loaded", "hedge", "booster", "factive", "assertive", "implicative", "report verb (evaluative)",
            "report verb (neutral)", "relative position", "capitalised (not sentence-initial)", "function word",
            "log training frequency", "word length");
    private static final int LEX = 2; // first lexicon flag
    private static final List<String> FLAGS = FEATURES.subList(LEX, 14);
    private static final Set<String> VERB_CATEGORIES = Set.of("factive", "assertive", "implicative");

    private BiasedWordTask() {}

    /** One annotated sentence: its tokens and which are inside an annotated span. */
    public record Sentence(TokenizedText tokens, boolean[] biased) {}

    /** Scores of a sentence's tokens (higher = more likely biased); non-candidates are ignored. */
    @FunctionalInterface
    public interface Ranker {
        double[] scores(Sentence s);
    }

    /** Top-1 and top-3 accuracy (expected over random tie-breaking) of one ranker. */
    public record Accuracy(String ranker, long sentences, double top1, double top3) {}

    /** FrameLab's built-in lexicons the model reads (built once). */
    public static final class BuiltInLexicons {
        final Lexicon lexicon;
        final Lexicon subjective = SubjectiveFamily.builtIn();

        public BuiltInLexicons() {
            Lexicon.Builder b = Lexicon.builder("word-task");
            for (String c : FLAGS) b.category(c);
            Lexicons.resourceRows(StanceFamily.RESOURCE, (term, cat) -> {
                if (!FLAGS.contains(cat)) return;
                if (VERB_CATEGORIES.contains(cat) && !term.startsWith("be ") && !term.contains(" aware")) {
                    for (String f : Inflector.verbForms(term)) b.add(f, cat);
                } else {
                    b.add(term, cat);
                }
            });
            Lexicons.resourceRows(AttributionFinder.VERBS_RESOURCE, (term, cat) -> {
                String c = "report verb (" + cat + ")";
                if (!FLAGS.contains(c)) return;
                for (String f : term.startsWith("according") ? Set.of(term) : Inflector.verbForms(term)) b.add(f, c);
            });
            this.lexicon = b.build();
        }
    }

    /** Whether token {@code i} is a candidate: a word with a letter. */
    public static boolean isCandidate(TokenizedText t, int i) {
        if (t.kind(i) != TokenizedText.WORD) return false;
        String w = t.norm(i);
        for (int k = 0; k < w.length(); k++) if (Character.isLetter(w.charAt(k))) return true;
        return false;
    }

    /** Feature rows of every token of the sentence (rows of non-candidates are null). */
    public static double[][] features(Sentence s, LexiconLearner.Learned learned, BuiltInLexicons lex) {
        TokenizedText t = s.tokens();
        double[][] out = new double[t.size()][];
        List<String> cats = lex.lexicon.categories();
        boolean[][] flag = new boolean[t.size()][FLAGS.size()];
        lex.lexicon.match(t, (b, e, cs, term) -> {
            for (int i = b; i < e; i++) for (int c : cs) flag[i][FLAGS.indexOf(cats.get(c))] = true;
        });
        List<String> subj = lex.subjective.categories();
        lex.subjective.match(t, (b, e, cs, term) -> {
            for (int i = b; i < e; i++) for (int c : cs) flag[i][FLAGS.indexOf(subj.get(c))] = true;
        });
        int words = 0;
        for (int i = 0; i < t.size(); i++) if (isCandidate(t, i)) words++;
        int pos = 0;
        for (int i = 0; i < t.size(); i++) {
            if (!isCandidate(t, i)) continue;
            String w = t.norm(i);
            LexiconLearner.Term term = learned.termOf(w);
            double[] r = new double[FEATURES.size()];
            r[0] = term == null ? 0 : term.logOdds();
            r[1] = learned.keeps(w) ? 1 : 0;
            for (int c = 0; c < FLAGS.size(); c++) r[LEX + c] = flag[i][c] ? 1 : 0;
            r[14] = words <= 1 ? 0 : (double) pos / (words - 1);
            r[15] = t.isCapitalized(i) && !(i == t.sentenceStart(t.sentenceOf(i))) ? 1 : 0;
            r[16] = LexiconLearner.isStopword(w) ? 1 : 0;
            r[17] = term == null ? 0 : Math.log1p(term.annotated() + term.unannotated());
            r[18] = w.length();
            out[i] = r;
            pos++;
        }
        return out;
    }

    /**
     * Fits the word-level model: one row per candidate token of the sentences, label = inside a span.
     * {@code learnedFor} gives each sentence the lexicon its log-odds come from (cross-fitted: learned
     * without the sentence's own outlet, so the model does not see a word's own label in its score).
     */
    public static WordLogistic fit(List<Sentence> sentences, java.util.function.Function<Sentence, LexiconLearner.Learned> learnedFor,
                                   BuiltInLexicons lex, double lambda) {
        List<double[]> rows = new ArrayList<>();
        List<Boolean> ys = new ArrayList<>();
        for (Sentence s : sentences) {
            double[][] f = features(s, learnedFor.apply(s), lex);
            for (int i = 0; i < f.length; i++) {
                if (f[i] == null) continue;
                rows.add(f[i]);
                ys.add(s.biased()[i]);
            }
        }
        boolean[] y = new boolean[ys.size()];
        for (int i = 0; i < y.length; i++) y[i] = ys.get(i);
        return WordLogistic.fit(rows.toArray(new double[0][]), y, lambda);
    }

    /** The model's ranker: the probability of each candidate token. */
    public static Ranker modelRanker(WordLogistic model, LexiconLearner.Learned learned, BuiltInLexicons lex) {
        return s -> {
            double[][] f = features(s, learned, lex);
            double[] out = new double[f.length];
            for (int i = 0; i < f.length; i++) out[i] = f[i] == null ? Double.NaN : model.probability(f[i]);
            return out;
        };
    }

    /** The learned lexicon alone: a kept word scores its log-odds, every other word the same lowest score. */
    public static Ranker lexiconRanker(LexiconLearner.Learned learned) {
        return s -> {
            TokenizedText t = s.tokens();
            double[] out = new double[t.size()];
            for (int i = 0; i < t.size(); i++) {
                String w = t.norm(i);
                LexiconLearner.Term term = learned.keeps(w) ? learned.termOf(w) : null;
                out[i] = term == null ? Double.NEGATIVE_INFINITY : term.logOdds();
            }
            return out;
        };
    }

    /** Every word alike: the random baseline. */
    public static Ranker randomRanker() {
        return s -> new double[s.tokens().size()];
    }

    /** Top-1 and top-3 accuracy of a ranker over the sentences that have an annotated candidate word. */
    public static Accuracy evaluate(String name, List<Sentence> sentences, Ranker ranker) {
        double h1 = 0, h3 = 0;
        long n = 0;
        for (Sentence s : sentences) {
            TokenizedText t = s.tokens();
            List<Integer> cands = new ArrayList<>();
            boolean any = false;
            for (int i = 0; i < t.size(); i++) {
                if (!isCandidate(t, i)) continue;
                cands.add(i);
                any |= s.biased()[i];
            }
            if (!any) continue;
            double[] all = ranker.scores(s);
            double[] sc = new double[cands.size()];
            boolean[] gold = new boolean[cands.size()];
            for (int k = 0; k < sc.length; k++) {
                sc[k] = all[cands.get(k)];
                gold[k] = s.biased()[cands.get(k)];
            }
            h1 += expectedHit(sc, gold, 1);
            h3 += expectedHit(sc, gold, 3);
            n++;
        }
        return new Accuracy(name, n, n == 0 ? Double.NaN : h1 / n, n == 0 ? Double.NaN : h3 / n);
    }

    /**
     * The probability that the top {@code k} of a ranking by {@code scores} (descending, ties in random
     * order) hold a gold item.
     */
    public static double expectedHit(double[] scores, boolean[] gold, int k) {
        Integer[] order = new Integer[scores.length];
        for (int i = 0; i < order.length; i++) order[i] = i;
        Arrays.sort(order, (a, b) -> Double.compare(scores[b], scores[a]));
        int taken = 0, i = 0;
        while (i < order.length && taken < k) {
            int j = i;
            int g = 0;
            while (j < order.length && Double.compare(scores[order[j]], scores[order[i]]) == 0) {
                if (gold[order[j]]) g++;
                j++;
            }
            int size = j - i, room = k - taken;
            if (size <= room) {
                if (g > 0) return 1;
                taken += size;
            } else {
                // choose `room` of `size` at random: P(no gold) = C(size-g, room) / C(size, room)
                double none = 1;
                for (int r = 0; r < room && none > 0; r++) none = size - g - r <= 0 ? 0 : none * (size - g - r) / (size - r);
                return 1 - none;
            }
            i = j;
        }
        return 0;
    }
}
