package org.framelab.lexicon;

import org.framelab.text.TokenizedText;
import org.framelab.util.OptionException;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * Induces a lexicon of loaded words from annotated text: every word (lower-cased, its inflections
 * merged into one lemma through the {@link Inflector}) is counted inside and outside the annotated
 * spans, scored by the log-odds ratio with an informative Dirichlet prior (Monroe, Colaresi &amp; Quinn
 * 2008, "Fightin' Words", Political Analysis 16(4), eq. 16-22), and kept when it was annotated often
 * enough and its log-odds pass a threshold. For word {@code w} with {@code a} annotated and {@code u}
 * unannotated occurrences out of {@code A} and {@code U} word tokens, and the prior
 * {@code α_w = α0 · (a + u) / (A + U)} (the pooled frequency, prior size {@code α0}):
 * <pre>
 *   δ_w = ln((a + α_w) / (A + α0 − a − α_w)) − ln((u + α_w) / (U + α0 − u − α_w))
 *   σ²_w ≈ 1 / (a + α_w) + 1 / (u + α_w)        z_w = δ_w / σ_w
 * </pre>
 * Function words ({@code stopwords.txt}) and tokens without a letter never enter. Pure and
 * deterministic: equal input, equal output (terms sorted by δ, then by lemma).
 */
public final class LexiconLearner {
    /** Resource listing function words that never enter a learned lexicon. */
    public static final String STOPWORDS_RESOURCE = "/org/framelab/lexicon/stopwords.txt";
    private static final Set<String> STOP = Set.copyOf(Lexicons.resourceLines(STOPWORDS_RESOURCE));

    private LexiconLearner() {}

    /**
     * The thresholds.
     *
     * @param minAnnotated annotated occurrences a lemma needs (at least 1)
     * @param minLogOdds   smallest log-odds δ kept
     * @param minZ         smallest z-score δ/σ kept ({@code Double.NEGATIVE_INFINITY}: no z threshold)
     * @param priorSize    α0, the weight of the pooled-frequency prior (Monroe et al.'s informative prior), &gt; 0
     * @param bigrams      also learn two-word terms (both words inside one span, neither a function word)
     * @param category     the category written for every term
     * @param adverbs      also write the -ly partner of every seen form ({@link Inflector#lyPartners}: bizarre ↔ bizarrely)
     */
    public record Options(int minAnnotated, double minLogOdds, double minZ, double priorSize, boolean bigrams, String category,
                          boolean adverbs) {
        public static final int DEFAULT_MIN_ANNOTATED = 1;
        public static final double DEFAULT_MIN_LOG_ODDS = 1.5;
        public static final double DEFAULT_PRIOR = 100;
        public static final String DEFAULT_CATEGORY = "loaded";

        public Options {
            OptionException.check(minAnnotated >= 1, "min_annotated", minAnnotated, "at least 1");
            OptionException.check(!Double.isNaN(minLogOdds), "min_log_odds", minLogOdds, "a number, e.g. 1.5");
            OptionException.check(!Double.isNaN(minZ), "min_z", minZ, "a number, e.g. 1.96");
            OptionException.check(priorSize > 0 && Double.isFinite(priorSize), "prior", priorSize, "a number above 0, e.g. 100");
            OptionException.check(category != null && category.matches("[A-Za-z0-9_.-]+"), "category", category, "letters, digits, _ . -");
        }

        public static Options defaults() {
            return new Options(DEFAULT_MIN_ANNOTATED, DEFAULT_MIN_LOG_ODDS, Double.NEGATIVE_INFINITY, DEFAULT_PRIOR, false, DEFAULT_CATEGORY, true);
        }

        public Options withThresholds(int minAnnotated, double minLogOdds) {
            return new Options(minAnnotated, minLogOdds, minZ, priorSize, bigrams, category, adverbs);
        }
    }

    /** One text with its annotation: {@code inSpan[i]} is whether token {@code i} lies in an annotated span. */
    public record Example(TokenizedText tokens, boolean[] inSpan) {}

    /**
     * Word counts inside and outside spans, by surface form (lower case), and the totals over word
     * tokens (function words included in the totals, as they are in the chance rate).
     */
    public record Counts(Map<String, long[]> forms, long annotatedTokens, long unannotatedTokens) {
        public Counts {
            forms = Collections.unmodifiableMap(new TreeMap<>(forms));
        }

        public long annotated(String form) {
            long[] c = forms.get(form);
            return c == null ? 0 : c[0];
        }

        public long unannotated(String form) {
            long[] c = forms.get(form);
            return c == null ? 0 : c[1];
        }
    }

    /**
     * A lemma with its forms, counts and scores.
     *
     * @param lemma       the lemma (a learned "slam" stands for slams, slammed, slamming)
     * @param forms       the forms written to the lexicon: the lemma's inflections and every form seen
     * @param annotated   annotated occurrences of all its forms
     * @param unannotated occurrences outside spans
     * @param logOdds     δ
     * @param z           δ / σ
     */
    public record Term(String lemma, List<String> forms, long annotated, long unannotated, double logOdds, double z) {
        public Term {
            forms = List.copyOf(forms);
        }
    }

    /**
     * What was learned: the kept terms (by δ, highest first, then lemma), every lemma counted with
     * its scores (kept or not, by lemma), the counts the scores come from, and the thresholds.
     * Immutable; the form look-ups are built once on first use.
     */
    public static final class Learned {
        private final List<Term> terms;
        private final Map<String, Term> scored;
        private final Counts counts;
        private final Options options;
        private volatile Map<String, Term> byForm;
        private volatile Set<String> keptForms;

        public Learned(List<Term> terms, Map<String, Term> scored, Counts counts, Options options) {
            this.terms = List.copyOf(terms);
            this.scored = Collections.unmodifiableMap(new TreeMap<>(scored));
            this.counts = counts;
            this.options = options;
        }

        public List<Term> terms() { return terms; }

        public Map<String, Term> scored() { return scored; }

        public Counts counts() { return counts; }

        public Options options() { return options; }

        /**
         * The scored term a word form belongs to (a seen form, or an inflection of a kept lemma), or
         * null for a word never counted.
         */
        public Term termOf(String form) {
            Map<String, Term> m = byForm;
            if (m == null) {
                m = new HashMap<>();
                for (Term t : terms) for (String f : t.forms()) m.putIfAbsent(f, t);
                for (Term t : scored.values()) for (String f : t.forms()) m.putIfAbsent(f, t);
                byForm = m;
            }
            return m.get(form);
        }

        /** Whether the form is in the kept lexicon. */
        public boolean keeps(String form) {
            Set<String> k = keptForms;
            if (k == null) keptForms = k = Set.copyOf(forms());
            return k.contains(form);
        }

        /** Every form of the kept terms, once each, in term order. */
        public List<String> forms() {
            Set<String> out = new LinkedHashSet<>();
            for (Term t : terms) out.addAll(t.forms());
            return List.copyOf(out);
        }

        /** The lexicon of the kept terms (one category). */
        public Lexicon lexicon(String name) {
            Lexicon.Builder b = Lexicon.builder(name).category(options.category());
            for (String f : forms()) b.add(f, options.category());
            return b.build();
        }
    }

    /** Whether {@code word} (lower case) is a function word that never enters a learned lexicon. */
    public static boolean isStopword(String word) {
        return STOP.contains(word);
    }

    /**
     * Whether the token can be a lexicon word: a word with at least one letter, not a function word,
     * without a {@code *} (the lexicon files' wildcard) and at most {@link Lexicons#MAX_WORD} long.
     */
    public static boolean isCandidate(TokenizedText t, int i) {
        if (t.kind(i) != TokenizedText.WORD) return false;
        String w = t.norm(i);
        if (STOP.contains(w) || w.indexOf('*') >= 0 || w.length() > Lexicons.MAX_WORD) return false;
        for (int k = 0; k < w.length(); k++) if (Character.isLetter(w.charAt(k))) return true;
        return false;
    }

    /** Counts words (and two-word terms when {@code bigrams}) inside and outside the spans. */
    public static Counts count(Iterable<Example> examples, boolean bigrams) {
        Map<String, long[]> forms = new HashMap<>();
        long in = 0, out = 0;
        for (Example e : examples) {
            TokenizedText t = e.tokens();
            int prev = -1;
            for (int i = 0; i < t.size(); i++) {
                if (!t.isWord(i)) {
                    prev = -1;
                    continue;
                }
                boolean span = e.inSpan()[i];
                if (span) in++;
                else out++;
                if (!isCandidate(t, i)) {
                    prev = -1;
                    continue;
                }
                forms.computeIfAbsent(t.norm(i), k -> new long[2])[span ? 0 : 1]++;
                if (bigrams && prev >= 0 && t.sentenceOf(prev) == t.sentenceOf(i)) {
                    boolean both = e.inSpan()[prev] && span;
                    forms.computeIfAbsent(t.norm(prev) + " " + t.norm(i), k -> new long[2])[both ? 0 : 1]++;
                }
                prev = i;
            }
        }
        return new Counts(forms, in, out);
    }

    /** Merges inflections, scores every lemma and keeps those that pass the thresholds. */
    public static Learned learn(Counts counts, Options o) {
        Map<String, String> lemmaOf = lemmas(counts);
        Map<String, long[]> byLemma = new TreeMap<>();
        Map<String, Set<String>> seenForms = new HashMap<>();
        for (Map.Entry<String, long[]> e : counts.forms().entrySet()) {
            String lemma = lemmaOf.get(e.getKey());
            long[] c = byLemma.computeIfAbsent(lemma, k -> new long[2]);
            c[0] += e.getValue()[0];
            c[1] += e.getValue()[1];
            seenForms.computeIfAbsent(lemma, k -> new java.util.TreeSet<>()).add(e.getKey());
        }
        double A = counts.annotatedTokens(), U = counts.unannotatedTokens();
        Map<String, Term> scored = new LinkedHashMap<>();
        List<Term> kept = new ArrayList<>();
        for (Map.Entry<String, long[]> e : byLemma.entrySet()) {
            long a = e.getValue()[0], u = e.getValue()[1];
            double[] dz = logOdds(a, u, A, U, o.priorSize());
            String lemma = e.getKey();
            Set<String> fs = new LinkedHashSet<>(lemma.indexOf(' ') < 0 ? Inflector.forms(lemma) : Set.of(lemma));
            fs.addAll(seenForms.get(lemma));
            if (a > 0 && seenForms.get(lemma).size() == 1 && lemma.indexOf(' ') < 0) {
                // only this form was seen (slammed): its other possible bases lend their forms (slam, slams)
                for (String c : Inflector.lemmaCandidates(lemma)) if (c.length() >= 4) fs.addAll(Inflector.forms(c));
            }
            if (a > 0 && o.adverbs() && lemma.indexOf(' ') < 0) {
                // the -ly partner of the lemma and of every seen -ly form (bizarre <-> bizarrely)
                fs.addAll(Inflector.lyPartners(lemma));
                for (String f : seenForms.get(lemma)) if (f.endsWith("ly")) fs.addAll(Inflector.lyPartners(f));
            }
            Term t = new Term(lemma, new ArrayList<>(fs), a, u, dz[0], dz[1]);
            scored.put(lemma, t);
            if (a >= o.minAnnotated() && dz[0] >= o.minLogOdds() && dz[1] >= o.minZ()) kept.add(t);
        }
        kept.sort(Comparator.comparingDouble(Term::logOdds).reversed().thenComparing(Term::lemma));
        return new Learned(kept, scored, counts, o);
    }

    /**
     * δ and z of a word annotated {@code a} times and unannotated {@code u} times, out of {@code A}
     * annotated and {@code U} unannotated tokens, with prior size {@code alpha0}.
     */
    public static double[] logOdds(double a, double u, double A, double U, double alpha0) {
        double n = A + U;
        double aw = n == 0 ? 0 : alpha0 * (a + u) / n;
        double d = Math.log((a + aw) / (A + alpha0 - a - aw)) - Math.log((u + aw) / (U + alpha0 - u - aw));
        double var = 1 / (a + aw) + 1 / (u + aw);
        return new double[]{d, d / Math.sqrt(var)};
    }

    /**
     * The lemma of every counted form: among its {@link Inflector#lemmaCandidates} other than itself,
     * the one most frequent in the counts (ties: the shorter, then alphabetical), so that "aliens"
     * joins a seen "alien" and "smearing" a seen "smear"; the form itself when no other candidate was
     * seen. Two-word terms are their own lemma.
     */
    static Map<String, String> lemmas(Counts counts) {
        Map<String, String> out = new HashMap<>();
        for (String f : counts.forms().keySet()) {
            if (f.indexOf(' ') >= 0) {
                out.put(f, f);
                continue;
            }
            String best = f;
            long bestN = -1;
            for (String c : Inflector.lemmaCandidates(f)) {
                long[] cc = counts.forms().get(c);
                if (cc == null || c.equals(f)) continue;
                long n = cc[0] + cc[1];
                if (n > bestN || (n == bestN && (c.length() < best.length() || (c.length() == best.length() && c.compareTo(best) < 0)))) {
                    best = c;
                    bestN = n;
                }
            }
            out.put(f, best);
        }
        // a chain (slams -> slam -> sla) ends at the first base: resolve to a fixed point
        for (Map.Entry<String, String> e : out.entrySet()) {
            String l = e.getValue();
            for (int k = 0; k < 5 && !out.get(l).equals(l); k++) l = out.get(l);
            e.setValue(l);
        }
        return out;
    }

    /** Token masks of the spans {@code [begin, end)} (a token is inside when it overlaps one). */
    public static boolean[] mask(TokenizedText t, List<int[]> spans) {
        return t.overlapping(spans);
    }
}
