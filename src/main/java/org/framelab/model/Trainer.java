package org.framelab.model;

import org.framelab.util.OptionException;

import org.framelab.corpus.Article;
import org.framelab.features.CorpusAnalysis;
import org.framelab.features.CountedFeatures;
import org.framelab.features.FeatureColumn;
import org.framelab.features.StreamedFit;
import org.framelab.features.FittedFeatures;
import org.framelab.features.SparseVector;
import org.framelab.util.InputException;
import org.framelab.util.Progress;
import org.framelab.util.Runtime2;
import weka.classifiers.Classifier;
import weka.core.Instances;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.function.IntFunction;
import java.util.function.ObjIntConsumer;

/**
 * Trains a {@link TrainedModel}: everything that learns from data (feature vocabulary and
 * weights via {@code FeatureSpec.fit}, column scaling, the classifier) sees only the articles given.
 */
public final class Trainer {
    static {
        org.framelab.util.Runtime2.configure(); // before any Weka class initialises
    }

    private Trainer() {}

    /** A trained model and how long its two stages took. */
    public record Trained(TrainedModel model, double featureSeconds, double fitSeconds, int numColumns, long nonZeros,
                          double featureFitSeconds, double featureCpuSeconds, double fitCpuSeconds) {
        /** The same training with another model (e.g. keeping the fingerprints of its training texts). */
        public Trained withModel(TrainedModel m) {
            return new Trained(m, featureSeconds, fitSeconds, numColumns, nonZeros, featureFitSeconds, featureCpuSeconds, fitCpuSeconds);
        }
    }

    /** CPU time of this process in seconds (all threads), or NaN when the JVM does not report it. */
    public static double processCpuSeconds() {
        java.lang.management.OperatingSystemMXBean os = java.lang.management.ManagementFactory.getOperatingSystemMXBean();
        if (os instanceof com.sun.management.OperatingSystemMXBean sun) return sun.getProcessCpuTime() / 1e9;
        return Double.NaN;
    }

    public static TrainedModel train(List<Article> training, TrainConfig cfg, Progress progress) throws InputException {
        return trainTimed(training, cfg, progress).model();
    }

    public static Trained trainTimed(List<Article> training, TrainConfig cfg, Progress progress) throws InputException {
        if (training.isEmpty()) throw noTraining();
        LabelClasses.checkTrainable(training, cfg);
        long t0 = System.nanoTime();
        double c0 = processCpuSeconds();
        org.framelab.features.FeatureSpec.FitResult fr = cfg.features().fitTransform(training, progress);
        SparseVector[] vectors = fr.vectors();
        VectorPass all = inBlocks(training.size(), i -> vectors[i]);
        return fitModel(training, all, all, fr.fitted(), fr.fitSeconds(), cfg, progress, t0, c0);
    }

    /**
     * Trains on corpus rows {@code rows} of {@code analysis}, features fitted from its cached counts
     * ({@link CorpusAnalysis#fit}): the same model as {@link #trainTimed(List, TrainConfig, Progress)}
     * on those articles, without reading their texts again.
     */
    public static Trained trainTimed(CorpusAnalysis analysis, int[] rows, TrainConfig cfg, Progress progress) throws InputException {
        return trainTimed(analysis, rows, new int[0], cfg, progress).trained();
    }

    /** A model trained on some rows and the fit that gives the vectors of the other rows it was fitted with. */
    public record CountedTraining(Trained trained, CountedFeatures features) {}

    /** Trains on {@code rows} with the features fitted for {@code rows} and {@code testRows} (whose vectors the fit then gives). */
    public static CountedTraining trainTimed(CorpusAnalysis analysis, int[] rows, int[] testRows, TrainConfig cfg, Progress progress)
            throws InputException {
        if (rows.length == 0) throw noTraining();
        List<Article> training = new ArrayList<>(rows.length);
        for (int r : rows) training.add(analysis.articles().get(r));
        LabelClasses.checkTrainable(training, cfg);
        long t0 = System.nanoTime();
        double c0 = processCpuSeconds();
        CountedFeatures cf = analysis.fit(cfg.features(), rows, testRows, progress);
        // the scaler learns from the framing columns only (it passes n-gram values unchanged) unless it looks at n-grams by outlet
        VectorPass all = inBlocks(rows.length, i -> cf.vector(rows[i]));
        VectorPass framingOnly = inBlocks(rows.length, i -> cf.framingVector(rows[i]));
        return new CountedTraining(fitModel(training, framingOnly, all, cf.fitted(), cf.fitSeconds(), cfg, progress, t0, c0), cf);
    }

    /**
     * The framing model fitted on corpus rows {@code rows} of {@code analysis}, for a {@code cfg} that
     * holds one blend (and at most one C), fused or weighting the n-grams 0: the same model as the
     * {@link FusedModel}'s framing half (or the whole framing-only model) that
     * {@link #trainTimed(CorpusAnalysis, int[], int[], TrainConfig, Progress)} fits with that
     * configuration, fitted from the framing columns alone (the same columns, scaling and training
     * matrix without the n-gram block, which that model leaves out of its framing fit). The n-gram
     * vectors are never built: the ablation takes the n-gram model's decision values from the
     * configuration it holds fixed ({@link FoldChoices#reuse}).
     */
    static FramingBlock fitFramingBlock(CorpusAnalysis analysis, int[] rows, int[] testRows, TrainConfig cfg, Progress progress)
            throws InputException {
        if (rows.length == 0) throw noTraining();
        ModelSelection s = cfg.selection();
        if (s.blends().size() != 1 || !(s.blends().get(0).isFusion() || s.blends().get(0).ngramScale() == 0) || s.costs().size() > 1) {
            throw new IllegalArgumentException("a framing block needs one held fused or framing-only blend, got " + s.blends() + ", C " + s.costs());
        }
        List<Article> training = new ArrayList<>(rows.length);
        for (int r : rows) training.add(analysis.articles().get(r));
        LabelClasses.checkTrainable(training, cfg);
        CountedFeatures cf = analysis.fit(cfg.features(), rows, testRows, progress);
        List<String> labels = cfg.labels().isEmpty() ? labelSet(training, cfg.labelField()) : cfg.labels();
        int[] y = classIndices(training, cfg.labelField(), labels, new LinkedHashMap<>());
        MissingIndicators missing = MissingIndicators.of(cf.fitted().columns());
        List<FeatureColumn> columns = missing.columns();
        VectorPass framingIn = inBlocks(rows.length, i -> missing.apply(cf.framingVector(rows[i])));
        ColumnScaler scaler = fitScaler(training, framingIn, framingIn, columns, cfg, null).withBlend(s.blends().get(0), columns);
        RowMatrix x = matrix(framingIn, scaler, columns.size());
        if (!(cfg.classifier().create(cfg.seed()) instanceof LinearModel settings)) {
            throw new IllegalArgumentException("a framing block needs the linear model, got " + cfg.classifier().name());
        }
        LinearModel f = settings.withCost(s.costs().isEmpty() ? Double.NaN : s.costs().get(0));
        try {
            f.fit(x.scaleColumns(NestedSelection.factors(new ModelSelection.Blend(1, 0), ngramMask(columns))), y, labels.size());
        } catch (IllegalArgumentException e) {
            throw e;
        } catch (Exception e) {
            throw new OptionException("classifier for these data", "the linear model failed: " + e.getMessage(), e);
        }
        return new FramingBlock(f, missing, scaler, cf);
    }

    /**
     * Trains on articles fitted as a stream ({@link StreamedFit}): {@code training} are the same articles
     * in the same order, their texts not needed (labels and outlets are); the vectors are read back from
     * the fit, so only the compact matrix is held.
     */
    public static Trained trainStreamed(StreamedFit fit, List<Article> training, TrainConfig cfg, Progress progress) throws InputException {
        if (training.isEmpty()) throw noTraining();
        if (training.size() != fit.size()) throw new IllegalArgumentException(training.size() + " articles for a fit of " + fit.size());
        LabelClasses.checkTrainable(training, cfg);
        long t0 = System.nanoTime();
        double c0 = processCpuSeconds();
        VectorPass all = c -> {
            try {
                fit.vectors(c);
            } catch (java.io.IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        };
        return fitModel(training, all, all, fit.fitted(), 0, cfg, progress, t0, c0);
    }

    /** Every training vector in order, with its index; may be run more than once. */
    private interface VectorPass {
        void forEach(ObjIntConsumer<SparseVector> each);
    }

    private static InputException noTraining() {
        return new InputException("No training articles: the training part is empty.\n  What to do: check the corpus path, --split-file and --limit.");
    }

    /**
     * Scaling and classifier fitted on the training vectors of a fitted pipeline, given as passes: the
     * framing columns only ({@code framingOnly}, enough for the scaling unless n-grams are selected by
     * outlet or outlet templates are looked for) and the whole vectors ({@code vectors}) for the
     * compact matrix the classifier trains on, so that only that matrix is ever held. When the
     * selection chooses the blend of the blocks (and C), it is chosen by cross-validation inside these
     * training rows ({@link NestedSelection}) and the matrix is built again with the chosen blend.
     */
    private static Trained fitModel(List<Article> training, VectorPass framingOnly, VectorPass vectors, FittedFeatures fitted,
                                    double featureFitSeconds, TrainConfig cfg, Progress progress, long t0, double c0) {
        List<String> labels = cfg.labels().isEmpty() ? labelSet(training, cfg.labelField()) : cfg.labels();
        Map<String, Integer> counts = new LinkedHashMap<>();
        int[] y = classIndices(training, cfg.labelField(), labels, counts);
        MissingIndicators missing = MissingIndicators.of(fitted.columns()); // a fixed rule: NaN -> 0 plus an indicator
        List<FeatureColumn> columns = missing.columns();
        VectorPass vectorsIn = each -> vectors.forEach((v, i) -> each.accept(missing.apply(v), i));
        VectorPass framingIn = framingOnly == vectors ? vectorsIn : each -> framingOnly.forEach((v, i) -> each.accept(missing.apply(v), i));
        Classifier classifier = cfg.classifier().create(cfg.seed());
        boolean choose = cfg.selection().chooses() && classifier instanceof LinearModel;
        if (!choose && cfg.selection().costs().size() == 1 && classifier instanceof LinearModel lm0) {
            classifier = lm0.withCost(cfg.selection().costs().get(0)); // a held C (FoldChoices) with nothing left to choose
        }
        RawRows raw = new RawRows(columns); // filled when the scaling reads the whole vectors, so that they are computed once
        ColumnScaler base = fitScaler(training, framingIn, vectorsIn, columns, cfg, raw);
        ModelSelection.Blend blend = choose ? new ModelSelection.Blend(1, 1) : cfg.selection().blends().get(0);
        ColumnScaler scaler = base.withBlend(blend, columns);
        RowMatrix x = raw.size() == training.size() && raw.canApply(scaler) ? raw.matrix(scaler) : matrix(vectorsIn, scaler, columns.size());
        raw = null;
        double featureSeconds = (System.nanoTime() - t0) / 1e9;
        double c1 = processCpuSeconds();

        long t1 = System.nanoTime();
        Instances header = WekaData.header(columns, labels);
        NestedSelection.Outcome outcome = new NestedSelection.Outcome(blend, Double.NaN, "", List.of(),
                cfg.selection().chooses() ? "not chosen: " + cfg.classifier().name() + " is not the linear model" : "fixed");
        if (choose) {
            progress.start("choosing the blend of framing and n-grams by inner cross-validation", -1);
            try {
                outcome = NestedSelection.choose(x, y, labels.size(), ngramMask(columns), training, cfg, (LinearModel) classifier);
            } catch (Exception e) {
                throw new OptionException("classifier for these data", "" + cfg.classifier().name() + " failed: " + e.getMessage(), e);
            } finally {
                progress.done();
            }
            scaler = base.withBlend(outcome.blend(), columns);
            ModelSelection.Blend b = outcome.blend();
            if (isZeroOrOne(b.framingScale()) && isZeroOrOne(b.ngramScale())) {
                // each block kept as it is or left out: the same matrix as building it again with the chosen scaler
                x = b.framingScale() == 1 && b.ngramScale() == 1 ? x : x.scaledWithout(NestedSelection.factors(b, ngramMask(columns)));
            } else {
                x = null; // the (1, 1) matrix is not needed any more: build the chosen one
                x = matrix(vectorsIn, scaler, columns.size());
            }
            classifier = ((LinearModel) classifier).withCost(outcome.cost());
        }
        if (outcome.blend().isFusion() && classifier instanceof LinearModel lm) {
            classifier = fitFused(lm, outcome.blend(), x, y, header.numClasses(), ngramMask(columns), progress);
        } else {
            fitClassifier(classifier, cfg, x, y, header, progress);
        }
        double fitSeconds = (System.nanoTime() - t1) / 1e9;
        double c2 = processCpuSeconds();

        ModelInfo info = modelInfo(cfg, classifier, labels, training.size(), counts, columns.size(), outcome, scaler);
        return new Trained(new TrainedModel(info, fitted, missing, scaler, header, classifier, outcome), featureSeconds, fitSeconds, columns.size(),
                x.nonZeros(), featureFitSeconds, c1 - c0, c2 - c1);
    }

    /** Class index of each training article's label (counted into {@code counts}, in label order). */
    private static int[] classIndices(List<Article> training, String labelField, List<String> labels, Map<String, Integer> counts) {
        Map<String, Integer> labelIndex = new LinkedHashMap<>();
        for (int i = 0; i < labels.size(); i++) labelIndex.put(labels.get(i), i);
        for (String l : labels) counts.put(l, 0);
        int[] y = new int[training.size()];
        for (int i = 0; i < y.length; i++) {
            String label = labelOf(training.get(i), labelField);
            Integer li = labelIndex.get(label);
            if (li == null) throw new IllegalStateException("label not in the label set: " + label);
            counts.merge(label, 1, Integer::sum);
            y[i] = li;
        }
        return y;
    }

    /**
     * The scaler with framing weight 1 and n-gram weight 1, n-grams selected by outlet when asked and
     * outlet templates left out when the selection says so; the n-gram columns are read only when needed.
     */
    private static ColumnScaler fitScaler(List<Article> training, VectorPass framingOnly, VectorPass vectors,
                                          List<FeatureColumn> columns, TrainConfig cfg, RawRows keep) {
        ColumnScaler.Fitter sf = ColumnScaler.Fitter.forTraining(training, cfg, columns);
        VectorPass pass = sf.needsNgrams() ? vectors : framingOnly;
        boolean keeping = keep != null && pass == vectors;
        pass.forEach((v, i) -> {
            sf.add(i, v);
            if (keeping) keep.add(v);
        });
        return sf.fit();
    }

    private static RowMatrix matrix(VectorPass vectors, ColumnScaler scaler, int columns) {
        RowMatrix.Builder mb = RowMatrix.builder(columns);
        vectors.forEach((v, i) -> {
            SparseVector scaled = scaler.apply(v);
            mb.add(scaled.indices(), scaled.values(), scaled.size());
        });
        return mb.build();
    }

    private static boolean isZeroOrOne(double d) {
        return d == 0 || d == 1;
    }

    private static boolean[] ngramMask(List<FeatureColumn> columns) {
        boolean[] m = new boolean[columns.size()];
        for (int c = 0; c < m.length; c++) m[c] = columns.get(c).isNgram();
        return m;
    }

    /** The vectors {@code vectorOf(0..n-1)} in order, computed on all cores a block at a time (bounded memory). */
    private static VectorPass inBlocks(int n, IntFunction<SparseVector> vectorOf) {
        return consumer -> inBlocks(n, vectorOf, consumer);
    }

    private static void inBlocks(int n, IntFunction<SparseVector> vectorOf, ObjIntConsumer<SparseVector> consumer) {
        final int block = 2048;
        SparseVector[] buf = new SparseVector[Math.min(block, n)];
        for (int from = 0; from < n; from += block) {
            int to = Math.min(n, from + block);
            int base = from;
            java.util.stream.IntStream.range(from, to).parallel().forEach(i -> buf[i - base] = vectorOf.apply(i));
            for (int i = from; i < to; i++) {
                consumer.accept(buf[i - from], i);
                buf[i - from] = null;
            }
        }
    }

    /** A framing model and an n-gram model fitted on their blocks of {@code x}, fused at the blend's weights ({@link FusedModel}). */
    private static FusedModel fitFused(LinearModel settings, ModelSelection.Blend blend, RowMatrix x, int[] y, int numClasses,
                                       boolean[] ngram, Progress progress) {
        progress.start("training the framing and n-gram models on " + x.rows() + " x " + x.columns(), -1);
        try {
            LinearModel f = settings.withCost(Double.NaN), n = settings.withCost(Double.NaN);
            f.fit(x.scaleColumns(NestedSelection.factors(new ModelSelection.Blend(1, 0), ngram)), y, numClasses);
            n.fit(x.scaleColumns(NestedSelection.factors(new ModelSelection.Blend(0, 1), ngram)), y, numClasses);
            return new FusedModel(f, n, blend.framing(), ngram);
        } catch (IllegalArgumentException e) {
            throw e;
        } catch (Exception e) {
            throw new OptionException("classifier for these data", "the linear model failed: " + e.getMessage(), e);
        } finally {
            progress.done();
        }
    }

    /** The classifier trained on the compact matrix: LinearModel directly, any other Weka classifier on instances made from it. */
    private static void fitClassifier(Classifier classifier, TrainConfig cfg, RowMatrix x, int[] y, Instances header, Progress progress) {
        progress.start("training " + cfg.classifier().name() + " on " + x.rows() + " x " + x.columns(), -1);
        try {
            if (classifier instanceof LinearModel lm) {
                lm.fit(x, y, header.numClasses());
            } else {
                classifier.buildClassifier(WekaData.instances(header, x, y));
            }
        } catch (IllegalArgumentException e) {
            throw e;
        } catch (Exception e) {
            throw new OptionException("classifier for these data", "" + cfg.classifier().name() + " failed: " + e.getMessage(), e);
        } finally {
            progress.done();
        }
    }

    private static ModelInfo modelInfo(TrainConfig cfg, Classifier classifier, List<String> labels, int trainingSize,
                                       Map<String, Integer> counts, int numColumns, NestedSelection.Outcome outcome, ColumnScaler scaler) {
        String options = classifier instanceof weka.core.OptionHandler oh ? weka.core.Utils.joinOptions(oh.getOptions()) : "";
        return new ModelInfo(Runtime2.version(), weka.core.Version.VERSION, cfg.labelField(), labels,
                cfg.features().describe(), cfg.classifier().className() + (options.isEmpty() ? "" : " " + options),
                trainingSize, counts, numColumns, cfg.seed(), withSelection(cfg, outcome, scaler));
    }

    private static Map<String, String> withSelection(TrainConfig cfg, NestedSelection.Outcome outcome, ColumnScaler scaler) {
        Map<String, String> s = new java.util.TreeMap<>(cfg.settings());
        s.put("denseWeight", Double.toString(outcome.blend().framing()));
        s.put("ngramWeight", Double.toString(outcome.blend().ngrams()));
        s.put("blendMethod", outcome.blend().isFusion() ? "two models, decision values weighted" : "one model, columns weighted");
        s.put("blend", outcome.describe());
        s.put("minOutlets", Integer.toString(cfg.minOutlets()));
        s.put("templates", cfg.selection().removeTemplates() ? scaler.templateCount() + " removed" : "kept");
        return s;
    }

        /** The article's label value, trimmed; null when absent or blank. */
    static String labelOf(Article a, String field) {
        String v = a.field(field);
        if (v == null) return null;
        v = v.trim();
        return v.isEmpty() ? null : v;
    }

    static String groupOf(Article a, String field) {
        String v = a.field(field);
        return v == null ? "" : v.trim();
    }

    /** Fails with a clear message when articles lack the label. */
    static void checkLabels(List<Article> articles, String field) throws InputException {
        List<String> missing = new ArrayList<>();
        int count = 0;
        for (Article a : articles) {
            if (labelOf(a, field) == null) {
                count++;
                if (missing.size() < 5) missing.add(a.id());
            }
        }
        if (count > 0) throw missingLabels(count, articles.size(), missing, articles.get(0), field);
    }

    /** The error for {@code count} of {@code total} articles without a label ({@code firstIds}: up to 5 of them). */
    static InputException missingLabels(long count, long total, List<String> firstIds, Article first, String field) {
        TreeSet<String> fields = new TreeSet<>(first.fieldNames());
        String available = fields.isEmpty() ? "none" : String.join(", ", fields);
        return new InputException(count + " of " + total + " articles have no value for label field '" + field
                + "' (first ids: " + String.join(", ", firstIds) + ").\n  What to do: check the label field (--label; study file: classifier.label; GUI: Classify, Label to predict;"
                + " fields of the first article: "
                + available + "), or remove unlabelled rows from the input.");
    }

    /** Sorted distinct labels (numerically when all are numbers). */
    public static List<String> labelSet(List<Article> articles, String field) {
        TreeSet<String> set = new TreeSet<>();
        for (Article a : articles) {
            String l = labelOf(a, field);
            if (l != null) set.add(l);
        }
        List<String> out = new ArrayList<>(set);
        if (out.stream().allMatch(Trainer::isNumber)) out.sort(Comparator.comparingDouble(Double::parseDouble));
        return out;
    }

    private static boolean isNumber(String s) {
        try {
            Double.parseDouble(s);
            return true;
        } catch (NumberFormatException e) {
            return false;
        }
    }

    /** The most frequent label (ties: first in label order). */
    static String majority(List<Article> articles, String field, List<String> labels) {
        int[] c = new int[labels.size()];
        for (Article a : articles) {
            int i = labels.indexOf(labelOf(a, field));
            if (i >= 0) c[i]++;
        }
        int best = 0;
        for (int i = 1; i < c.length; i++) if (c[i] > c[best]) best = i;
        return labels.get(best);
    }
}
