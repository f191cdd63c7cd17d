package org.framelab.app;

import org.framelab.corpus.Article;
import org.framelab.features.AnalysisStore;
import org.framelab.features.CorpusAnalysis;
import org.framelab.features.FeatureOptions;
import org.framelab.features.FeatureSets;
import org.framelab.features.FeatureSpec;
import org.framelab.model.Ablation;
import org.framelab.model.ClassifierSpec;
import org.framelab.model.Comparison;
import org.framelab.model.Evaluation;
import org.framelab.model.EvaluationResult;
import org.framelab.model.FeatureImportance;
import org.framelab.model.FoldChoices;
import org.framelab.model.FoldPlan;
import org.framelab.model.LabelClasses;
import org.framelab.model.Metrics;
import org.framelab.model.ModelSelection;
import org.framelab.model.SplitFile;
import org.framelab.model.OverlapCheck;
import org.framelab.model.TrainConfig;
import org.framelab.model.Trainer;
import org.framelab.util.InputException;
import org.framelab.util.OptionException;
import org.framelab.util.Progress;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Classify: evaluate a classifier honestly under a {@link Protocol}, optionally with an ablation of
 * the feature families and a paired comparison with another setup on the same folds, then train the
 * final model on all training articles and rank its features. The CLI's {@code train}, a study's
 * classifier section and the GUI's Classify view all run this.
 */
public final class Classify {
    private Classify() {}

    /** The feature set a classifier uses when none is given: the framing families and word n-grams. */
    public static final String DEFAULT_FEATURES = "framing+ngrams";

    /** Bootstrap resamples for the 95% intervals by default. */
    public static final int DEFAULT_BOOTSTRAP = 1000;

    /** Top features reported by default (weights per class for linear models, information gain otherwise). */
    public static final int DEFAULT_IMPORTANCE = 20;

    /**
     * The default selection: outlet page templates removed, and the blend of framing and n-grams
     * (a framing model and an n-gram model whose decision values are added at a weight of 0, 0.1, ..., 1,
     * each block alone included) chosen by 3-fold
     * outlet-grouped cross-validation inside each training part (docs/model.md).
     */
    public static final ModelSelection DEFAULT_SELECTION = ModelSelection.tuned(List.of());

    /**
     * What to evaluate.
     *
     * @param label         label field to predict
     * @param features      feature settings; their families are the feature set
     * @param classifier    classifier alias or Weka class with options
     * @param protocol      how to evaluate
     * @param seed          seed for folds, classifier and bootstrap
     * @param bootstrap     bootstrap resamples for the 95% intervals
     * @param selection     the blend of framing and n-grams (fixed or chosen inside each training part) and template removal
     * @param minOutlets    keep n-grams used by at least this many training outlets
     * @param importance    top features to report (0 = none)
     * @param infoGain      also rank features by information gain for linear models (always for others)
     * @param ablation      also evaluate each family alone and all-but-one, on the same folds
     * @param compareWith   another setup for a paired comparison on the same folds, or null
     * @param excludeLabels label values whose articles are left out (counted)
     * @param dedupe        drop test articles that duplicate a training article of their fold from the test side ({@link OverlapCheck})
     */
    public record Request(String label, FeatureOptions features, ClassifierSpec classifier, Protocol protocol, long seed,
                          int bootstrap, ModelSelection selection, int minOutlets, int importance, boolean infoGain, boolean ablation,
                          Alternative compareWith, List<String> excludeLabels, boolean dedupe) {
        public Request {
            OptionException.check(label != null && !label.isBlank(), "label", label, "give the label field to predict");
            if (features == null) features = FeatureOptions.defaults();
            if (classifier == null) classifier = ClassifierSpec.defaults();
            if (protocol == null) protocol = new Protocol.CrossValidation(Protocol.DEFAULT_FOLDS, null, false);
            OptionException.check(bootstrap >= 0 && bootstrap <= 100_000, "bootstrap", bootstrap, "0..100000");
            OptionException.check(importance >= 0, "importance", importance, "0 = none, or the number of top features");
            if (selection == null) selection = DEFAULT_SELECTION;
            excludeLabels = excludeLabels == null ? List.of() : List.copyOf(excludeLabels);
        }

        /** Without dropping overlapping test articles. */
        public Request(String label, FeatureOptions features, ClassifierSpec classifier, Protocol protocol, long seed, int bootstrap,
                       ModelSelection selection, int minOutlets, int importance, boolean infoGain, boolean ablation, Alternative compareWith,
                       List<String> excludeLabels) {
            this(label, features, classifier, protocol, seed, bootstrap, selection, minOutlets, importance, infoGain, ablation, compareWith,
                    excludeLabels, false);
        }

        /** The same request, dropping (or not) the test articles that duplicate training articles. */
        public Request withDedupe(boolean d) {
            return new Request(label, features, classifier, protocol, seed, bootstrap, selection, minOutlets, importance, infoGain, ablation,
                    compareWith, excludeLabels, d);
        }

        /**
         * The request with the defaults of the selection, bootstrap (1,000 resamples), importance and classifier
         * (linear) that every front end shares; the features, protocol and seed are the caller's (train and the
         * GUI default to framing+ngrams, a report and a study file to the study's families, framing unless set).
         */
        public static Request of(String label, FeatureOptions features, Protocol protocol, long seed) {
            return new Request(label, features, ClassifierSpec.defaults(), protocol, seed, DEFAULT_BOOTSTRAP, DEFAULT_SELECTION,
                    1, DEFAULT_IMPORTANCE, false, false, null, List.of());
        }

        /** The same request, leaving the articles with these label values out (counted in {@link Result#excluded}). */
        public Request withExcludeLabels(List<String> values) {
            return new Request(label, features, classifier, protocol, seed, bootstrap, selection, minOutlets, importance, infoGain, ablation,
                    compareWith, values, dedupe);
        }

        public Request withClassifier(ClassifierSpec c) {
            return new Request(label, features, c, protocol, seed, bootstrap, selection, minOutlets, importance, infoGain, ablation,
                    compareWith, excludeLabels, dedupe);
        }

        public Request withAblation(boolean a) {
            return new Request(label, features, classifier, protocol, seed, bootstrap, selection, minOutlets, importance, infoGain, a,
                    compareWith, excludeLabels, dedupe);
        }

        public Request withBootstrap(int b) {
            return new Request(label, features, classifier, protocol, seed, b, selection, minOutlets, importance, infoGain, ablation,
                    compareWith, excludeLabels, dedupe);
        }

        /** The feature set as every output names it ({@code framing+ngrams}, {@code framing}, ...). */
        public String featureSet() {
            return FeatureSets.join(features.families().isEmpty() ? List.of("framing") : features.families());
        }
    }

    /** The other side of a paired comparison: other families ({@code features}) or another classifier. */
    public record Alternative(String features, ClassifierSpec classifier) {
        /** {@code features=SPEC} or {@code classifier=NAME[:OPTIONS]}. */
        public static Alternative parse(String spec) {
            int eq = spec.indexOf('=');
            String kind = eq < 0 ? "" : spec.substring(0, eq).strip().toLowerCase(java.util.Locale.ROOT);
            String value = eq < 0 ? "" : spec.substring(eq + 1).strip();
            if (kind.equals("features") && !value.isEmpty()) {
                org.framelab.features.FeatureSets.families(value); // an unknown family is refused now, before any data is read
                return new Alternative(value, null);
            }
            if (kind.equals("classifier") && !value.isEmpty()) {
                int colon = value.indexOf(':');
                return new Alternative(null, colon < 0 ? new ClassifierSpec(value, "")
                        : new ClassifierSpec(value.substring(0, colon), value.substring(colon + 1)));
            }
            throw new OptionException("compare_with", spec, "use features=SPEC or classifier=NAME[:OPTIONS], e.g. features=ngrams or classifier=nbm");
        }
    }

    /** A paired comparison: the other setup's scores and the test of the difference. */
    public record Paired(String nameA, String nameB, EvaluationResult other, Comparison comparison) {}

    /**
     * What the evaluation found.
     *
     * @param articles  the articles evaluated (after leaving out unlabelled and excluded ones; with the test corpus)
     * @param training  the articles the final model is trained on
     * @param excluded  articles left out, by reason ("(no value)" or the excluded label value)
     * @param weights   top weights per class of the final model (linear models), else empty
     * @param infoGain  top features by information gain (non-linear models, or when asked), else empty
     * @param split     how a split file covered the corpus (articles it does not list, ids not in the corpus); null for other protocols
     */
    public record Result(Request request, List<Article> articles, List<Article> training, FoldPlan plan,
                         EvaluationResult evaluation, List<Ablation.Row> ablation, Paired paired, Trainer.Trained finalModel,
                         List<FeatureImportance.Weighted> weights, List<FeatureImportance.Ranked> infoGain,
                         Map<String, Integer> excluded, List<String> warnings, double evaluationSeconds, SplitFile.Coverage split) {
        /** A result of a protocol without a split file. */
        public Result(Request request, List<Article> articles, List<Article> training, FoldPlan plan, EvaluationResult evaluation,
                      List<Ablation.Row> ablation, Paired paired, Trainer.Trained finalModel, List<FeatureImportance.Weighted> weights,
                      List<FeatureImportance.Ranked> infoGain, Map<String, Integer> excluded, List<String> warnings, double evaluationSeconds) {
            this(request, articles, training, plan, evaluation, ablation, paired, finalModel, weights, infoGain, excluded, warnings,
                    evaluationSeconds, null);
        }

        /** The protocol in words, with warnings where it cannot support a claim about new outlets. */
        public ProtocolStatement statement() {
            return ProtocolStatement.of(this);
        }

        /** Whether the reported importance is the linear model's weights (else information gain). */
        public boolean importanceIsWeights() {
            return finalModel.model().isLinear();
        }
    }

    /** Runs the request on a corpus's articles, analysing them afresh. */
    public static Result run(Request req, List<Article> corpus, Progress progress) throws InputException {
        return run(req, corpus, AnalysisStore.NONE, progress);
    }

    /**
     * Runs the request on a corpus's articles, with the article analyses taken from (and added to)
     * {@code store}.
     */
    public static Result run(Request req, List<Article> corpus, AnalysisStore store, Progress progress) throws InputException {
        Map<String, Integer> excluded = new TreeMap<>();
        List<Article> articles = labelled(corpus, req.label(), req.excludeLabels(), excluded);
        if (articles.isEmpty() && !corpus.isEmpty()) {
            throw new InputException("no value for label field '" + req.label() + "' in any of the " + corpus.size() + " articles"
                    + (excluded.containsKey(NO_VALUE) ? "" : " that are not excluded")
                    + "\n  What to do: choose the label field (fields found: " + LabelledInput.fieldsOf(corpus) + ").");
        }
        LabelClasses.check(articles, req.label(), LabelledInput.leftOut(excluded));
        Protocol protocol = req.protocol();
        if (protocol instanceof Protocol.TestCorpus t) {
            List<Article> test = LabelledInput.test(t, req, excluded);
            protocol = new Protocol.TestCorpus(test, t.trainName(), t.testName());
        }
        List<Article> all = Protocol.withTest(protocol, articles);
        List<String> warnings = new ArrayList<>();
        warnings.addAll(excludedWarnings(excluded, req.label()));
        String cases = LabelClasses.caseVariantWarning(all, req.label());
        if (!cases.isEmpty()) warnings.add(cases);
        String empty = org.framelab.corpus.Corpora.emptyTextWarning(all);
        if (!empty.isEmpty()) warnings.add(empty);
        // a split file: what it leaves out on either side is counted (and reported), before the plan refuses an empty part
        SplitFile.Coverage split = protocol instanceof Protocol.Split s ? s.coverage(all, corpus) : null;
        FoldPlan plan = protocol.plan(all, req.label(), req.seed());
        if (protocol instanceof Protocol.Split) {
            LabelClasses.check(pick(all, plan.folds().get(0).train()), req.label(), " of the training part (" + plan.protocol() + ")");
        }
        OverlapCheck.Found overlap = OverlapCheck.ofPlan(all, plan, progress);
        if (req.dedupe()) plan = overlap.withoutOverlap(plan);
        TrainConfig cfg = config(req, req.features());
        Metrics.Settings ms = new Metrics.Settings(req.bootstrap(), req.seed(), true);
        // the analysis of the same articles the store holds (a study's feature step), else a new one filled from the store
        CorpusAnalysis analysis = store.same(all, widestSpec(req));
        if (analysis == null) {
            analysis = analysis(req, all);
            if (analysis != null) store.load(analysis, progress);
        }
        long t0 = System.nanoTime();
        FoldChoices chosen = new FoldChoices();
        EvaluationResult r = Evaluation.run(all, analysis, plan, cfg, protocol.groupField(), ms, progress, chosen, null)
                .withOverlap(overlap.report(all, req.dedupe()));
        double seconds = (System.nanoTime() - t0) / 1e9;
        warnings.addAll(r.warnings());
        progress.checkCancelled();

        Paired paired = null;
        if (req.compareWith() != null) paired = paired(req, cfg, all, analysis, plan, protocol, ms, r, progress);
        List<Ablation.Row> ablation = List.of();
        List<String> families = FeatureSets.producing(req.features());
        if (req.ablation() && families.size() >= 2) {
            ablation = Ablation.run(all, analysis, r, chosen, plan, cfg, families, f -> spec(FeatureSets.optionsFor(f, req.features())), ms, progress);
        }
        int[] trainRows = plan.folds().size() == 1 && !(protocol instanceof Protocol.CrossValidation)
                ? plan.folds().get(0).train() : java.util.stream.IntStream.range(0, all.size()).toArray();
        List<Article> training = pick(all, trainRows);
        progress.start("Training on all " + training.size() + " training articles (final model, feature importance)", -1);
        progress.done();
        boolean counted = analysis != null && analysis.covers(cfg.features());
        Trainer.CountedTraining ct = counted ? Trainer.trainTimed(analysis, trainRows, new int[0], cfg.withLabels(r.labels()), progress) : null;
        Trainer.Trained trained = counted ? ct.trained() : Trainer.trainTimed(training, cfg.withLabels(r.labels()), progress);
        trained = trained.withModel(trained.model().withTrainingTexts(OverlapCheck.fingerprints(all, overlap.fingerprints(), trainRows))
                .withTrainingOutlets(training).withTrainingLengths(org.framelab.model.TextLengths.of(training)));
        if (!(protocol instanceof Protocol.CrossValidation)) warnings.addAll(LengthCheck.ofTest(trained.model(), pick(all, plan.folds().get(0).test())));
        if (analysis != null) store.save(analysis, progress);
        List<FeatureImportance.Weighted> weights = List.of();
        List<FeatureImportance.Ranked> ig = List.of();
        if (req.importance() > 0) {
            if (trained.model().isLinear()) weights = trained.model().topWeights(req.importance());
            if (!trained.model().isLinear() || req.infoGain()) {
                ig = counted ? infoGain(trained, ct.features(), trainRows, training, req)
                        : FeatureImportance.infoGain(trained.model(), training, req.label(), req.importance(), progress);
            }
        }
        return withStatement(new Result(req, all, training, plan, r, ablation, paired, trained, weights, ig, excluded, warnings, seconds, split));
    }

    /** The result with the warnings of its protocol statement ({@link ProtocolStatement}) added to its own. */
    static Result withStatement(Result r) {
        List<String> w = new ArrayList<>(r.warnings());
        for (String s : r.statement().warnings()) if (!w.contains(s)) w.add(s);
        return new Result(r.request(), r.articles(), r.training(), r.plan(), r.evaluation(), r.ablation(), r.paired(), r.finalModel(),
                r.weights(), r.infoGain(), r.excluded(), w, r.evaluationSeconds(), r.split());
    }

    /**
     * One analysis of the articles for every feature set the request evaluates (its own, the ablation's
     * subsets, the paired comparison's): each article is read once; null when the features cannot be
     * fitted from counts (trigrams), and then every fit reads the texts.
     */
    static CorpusAnalysis analysis(Request req, List<Article> all) {
        FeatureSpec widest = widestSpec(req);
        return CorpusAnalysis.supports(widest) ? CorpusAnalysis.of(all, widest) : null;
    }

    /** Every family the request evaluates (its own, and the paired comparison's) as one spec: what its analysis holds. */
    public static FeatureSpec widestSpec(Request req) {
        List<String> families = new ArrayList<>(FeatureSets.families(req.featureSet()));
        if (req.compareWith() != null && req.compareWith().features() != null) {
            for (String f : FeatureSets.families(req.compareWith().features())) if (!families.contains(f)) families.add(f);
        }
        return spec(FeatureSets.optionsFor(String.join("+", families), req.features()));
    }

    private static Paired paired(Request req, TrainConfig cfg, List<Article> all, CorpusAnalysis analysis, FoldPlan plan, Protocol protocol,
                                 Metrics.Settings ms, EvaluationResult r, Progress progress) throws InputException {
        Alternative alt = req.compareWith();
        TrainConfig other = alt.features() != null
                ? cfg.withFeatures(spec(FeatureSets.optionsFor(alt.features(), req.features())))
                : cfg.withClassifier(alt.classifier());
        String nameA = req.featureSet() + " / " + req.classifier().name();
        String nameB = other.features().describe() + " / " + other.classifier().name();
        EvaluationResult r2 = Evaluation.run(all, analysis, plan, other, protocol.groupField(), ms, progress);
        return new Paired(nameA, nameB, r2, Comparison.of(nameA, r, nameB, r2));
    }

    /** Information gain of the final model's columns from the counted vectors of its training rows (no second extraction). */
    private static List<FeatureImportance.Ranked> infoGain(Trainer.Trained trained, org.framelab.features.CountedFeatures cf, int[] rows,
                                                           List<Article> training, Request req) {
        List<String> labels = trained.model().labels();
        int[] y = new int[rows.length];
        for (int i = 0; i < y.length; i++) y[i] = labels.indexOf(training.get(i).field(req.label()).strip());
        return FeatureImportance.infoGain(each -> {
            for (int i = 0; i < rows.length; i++) each.accept(cf.vector(rows[i]), i);
        }, y, labels.size(), trained.model().columns(), req.importance(), trained.model()::usesColumn);
    }

    /** One warning per reason articles were left out. */
    static List<String> excludedWarnings(Map<String, Integer> excluded, String label) {
        List<String> out = new ArrayList<>();
        for (String part : leftOut(excluded, label)) out.add(part + " were left out.");
        return out;
    }

    /**
     * Why articles were left out, one phrase per reason ("3 articles labelled 'No agreement'", "2 articles
     * without a value for 'bias'"), in the map's order.
     */
    public static List<String> leftOut(Map<String, Integer> excluded, String label) {
        List<String> out = new ArrayList<>();
        excluded.forEach((k, v) -> out.add(String.format(java.util.Locale.ROOT, "%,d articles %s", v,
                k.equals(NO_VALUE) ? "without a value for '" + label + "'" : "labelled '" + k + "'")));
        return out;
    }

    /** Trains the request's model on {@code training} alone (no evaluation), with its timings: {@code bench train}. */
    public static Trainer.Trained train(Request req, List<Article> training, Progress progress) throws InputException {
        TrainConfig cfg = config(req, req.features());
        if (!CorpusAnalysis.supports(cfg.features())) return Trainer.trainTimed(training, cfg, progress);
        // the same path as the final model of run: each article analysed once, into counts
        CorpusAnalysis analysis = CorpusAnalysis.of(training, cfg.features());
        return Trainer.trainTimed(analysis, java.util.stream.IntStream.range(0, training.size()).toArray(), cfg, progress);
    }

    /**
     * The same with the article analyses taken from (and added to) {@code store}: the features are
     * fitted from the counts of a {@link CorpusAnalysis} ({@code bench train --cache DIR}); features
     * that cannot be counted (trigrams) are fitted from the texts as above.
     */
    public static Trainer.Trained train(Request req, List<Article> training, AnalysisStore store, Progress progress) throws InputException {
        CorpusAnalysis analysis = analysis(req, training);
        TrainConfig cfg = config(req, req.features());
        if (analysis == null || !analysis.covers(cfg.features())) return Trainer.trainTimed(training, cfg, progress);
        store.load(analysis, progress);
        Trainer.Trained t = Trainer.trainTimed(analysis, java.util.stream.IntStream.range(0, training.size()).toArray(), cfg, progress);
        store.save(analysis, progress);
        return t;
    }

    /** The training configuration of a request for the given feature settings. */
    static TrainConfig config(Request req, FeatureOptions features) throws InputException {
        return new TrainConfig(req.label(), spec(features), req.classifier(), req.seed(), req.selection(), List.of(),
                settings(req), req.minOutlets(), req.protocol().groupField());
    }

    static FeatureSpec spec(FeatureOptions o) {
        try {
            return FeatureSets.parse(o);
        } catch (InputException e) {
            throw new UncheckedIOException(new IOException(e.getMessage(), e));
        }
    }

    /** Settings recorded in the model file (n-gram options, lexicon files and their hashes). */
    static Map<String, String> settings(Request req) {
        Map<String, String> m = new TreeMap<>();
        FeatureOptions f = req.features();
        m.put("features", req.featureSet());
        m.put("ngramMaxN", Integer.toString(f.ngrams().maxN()));
        m.put("minDf", Integer.toString(f.ngrams().minDf()));
        m.put("maxFeatures", Integer.toString(f.ngrams().maxFeatures()));
        m.put("tfidf", Boolean.toString(f.ngrams().tfidf()));
        m.put("repeatedLines", Integer.toString(f.ngrams().repeatedLines()));
        m.put("maskOutletNames", Boolean.toString(f.ngrams().maskOutletNames()));
        for (Map.Entry<String, Path> e : f.lexicons().entrySet()) {
            m.put("lexicon." + e.getKey(), e.getValue().toString());
            m.put("lexicon." + e.getKey() + ".sha256", sha256(e.getValue()));
        }
        return m;
    }

    static String sha256(Path p) {
        try {
            return Files.isDirectory(p) ? "folder" : org.framelab.util.Sha256.of(p);
        } catch (IOException e) {
            return "unreadable";
        }
    }

    static final String NO_VALUE = "(no value)";

    /**
     * The articles with a value for the label field; a plain input field chosen as the label (e.g.
     * {@code topic}) becomes a label of the article. Articles without a value, or with an excluded
     * value, are left out and counted in {@code excluded}.
     */
    public static List<Article> labelled(List<Article> in, String label, List<String> exclude, Map<String, Integer> excluded) {
        List<Article> out = new ArrayList<>(in.size());
        for (Article a : in) {
            String v = a.field(label);
            if (v != null && !a.labels().containsKey(label)) {
                {
                    Map<String, String> labels = new LinkedHashMap<>(a.labels());
                    labels.put(label, v);
                    a = a.withLabels(labels);
                }
            }
            if (v == null || v.isBlank()) excluded.merge(NO_VALUE, 1, Integer::sum);
            else if (exclude.contains(v.strip())) excluded.merge(v.strip(), 1, Integer::sum);
            else out.add(a);
        }
        return out;
    }

    private static List<Article> pick(List<Article> all, int[] idx) {
        List<Article> out = new ArrayList<>(idx.length);
        for (int i : idx) out.add(all.get(i));
        return out;
    }
}
