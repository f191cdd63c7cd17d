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
        checkLabels(training, cfg.labelField());
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
        checkLabels(training, cfg.labelField());
        long t0 = System.nanoTime();
        double c0 = processCpuSeconds();
        CountedFeatures cf = analysis.fit(cfg.features(), rows, testRows, progress);
        // the scaler learns from the framing columns only (it passes n-gram values unchanged) unless it selects n-grams by outlet
        VectorPass all = inBlocks(rows.length, i -> cf.vector(rows[i]));
        VectorPass forScaling = cfg.minOutlets() > 1 ? all : inBlocks(rows.length, i -> cf.framingVector(rows[i]));
        return new CountedTraining(fitModel(training, forScaling, all, cf.fitted(), cf.fitSeconds(), cfg, progress, t0, c0), cf);
    }

    /**
     * Trains on articles fitted as a stream ({@link StreamedFit}): {@code training} are the same articles
     * in the same order, their texts not needed (labels and outlets are); the vectors are read back from
     * the fit, so only the compact matrix is held.
     */
    public static Trained trainStreamed(StreamedFit fit, List<Article> training, TrainConfig cfg, Progress progress) throws InputException {
        if (training.isEmpty()) throw noTraining();
        if (training.size() != fit.size()) throw new IllegalArgumentException(training.size() + " articles for a fit of " + fit.size());
        checkLabels(training, cfg.labelField());
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
     * Scaling and classifier fitted on the training vectors of a fitted pipeline, given twice: once for
     * the scaling ({@code forScaling}: the vectors, or their framing columns only when no n-gram is
     * selected by outlet, since the scaler passes n-gram values unchanged), once for the compact matrix
     * the classifier trains on ({@code vectors}), so that only that matrix is ever held.
     */
    private static Trained fitModel(List<Article> training, VectorPass forScaling, VectorPass vectors, FittedFeatures fitted,
                                    double featureFitSeconds, TrainConfig cfg, Progress progress, long t0, double c0) {
        List<String> labels = cfg.labels().isEmpty() ? labelSet(training, cfg.labelField()) : cfg.labels();
        Map<String, Integer> labelIndex = new LinkedHashMap<>();
        for (int i = 0; i < labels.size(); i++) labelIndex.put(labels.get(i), i);
        List<FeatureColumn> columns = fitted.columns();
        String[] outlets = cfg.minOutlets() > 1 ? outletsToSelectBy(training, cfg) : null;
        int minOutlets = outlets == null && cfg.minOutlets() > 1 ? 1 : cfg.minOutlets();
        ColumnScaler.Fitter sf = new ColumnScaler.Fitter(columns, cfg.denseWeight(), outlets, minOutlets);
        forScaling.forEach((v, i) -> sf.add(i, v));
        ColumnScaler scaler = sf.fit();
        Map<String, Integer> counts = new LinkedHashMap<>();
        for (String l : labels) counts.put(l, 0);
        int[] y = new int[training.size()];
        for (int i = 0; i < y.length; i++) {
            String label = labelOf(training.get(i), cfg.labelField());
            Integer li = labelIndex.get(label);
            if (li == null) throw new IllegalStateException("label not in the label set: " + label);
            counts.merge(label, 1, Integer::sum);
            y[i] = li;
        }
        RowMatrix.Builder mb = RowMatrix.builder(columns.size());
        vectors.forEach((v, i) -> {
            SparseVector scaled = scaler.apply(v);
            mb.add(scaled.indices(), scaled.values(), scaled.size());
        });
        RowMatrix x = mb.build();
        double featureSeconds = (System.nanoTime() - t0) / 1e9;
        double c1 = processCpuSeconds();

        long t1 = System.nanoTime();
        Instances header = WekaData.header(columns, labels);
        Classifier classifier = fitClassifier(cfg, x, y, header, progress);
        double fitSeconds = (System.nanoTime() - t1) / 1e9;
        double c2 = processCpuSeconds();

        ModelInfo info = modelInfo(cfg, classifier, labels, training.size(), counts, columns.size());
        return new Trained(new TrainedModel(info, fitted, scaler, header, classifier), featureSeconds, fitSeconds, columns.size(),
                x.nonZeros(), featureFitSeconds, c1 - c0, c2 - c1);
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

    /**
     * Each training article's outlet (or {@code cfg.outletField()} value) for outlet-aware column
     * selection, or null when there are fewer distinct outlets than {@code cfg.minOutlets()}.
     */
    private static String[] outletsToSelectBy(List<Article> training, TrainConfig cfg) {
        String[] outlets = new String[training.size()];
        for (int i = 0; i < outlets.length; i++) {
            Article a = training.get(i);
            outlets[i] = cfg.outletField() == null ? a.outlet() : groupOf(a, cfg.outletField());
        }
        if (java.util.Arrays.stream(outlets).distinct().count() < cfg.minOutlets()) {
            return null; // too few outlets to select by: keep every column
        }
        return outlets;
    }

    /** The classifier trained on the compact matrix: LinearModel directly, any other Weka classifier on instances made from it. */
    private static Classifier fitClassifier(TrainConfig cfg, RowMatrix x, int[] y, Instances header, Progress progress) {
        Classifier classifier = cfg.classifier().create(cfg.seed());
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
        return classifier;
    }

    private static ModelInfo modelInfo(TrainConfig cfg, Classifier classifier, List<String> labels, int trainingSize,
                                       Map<String, Integer> counts, int numColumns) {
        String options = classifier instanceof weka.core.OptionHandler oh ? weka.core.Utils.joinOptions(oh.getOptions()) : "";
        return new ModelInfo(Runtime2.version(), weka.core.Version.VERSION, cfg.labelField(), labels,
                cfg.features().describe(), cfg.classifier().className() + (options.isEmpty() ? "" : " " + options),
                trainingSize, counts, numColumns, cfg.seed(), withDense(cfg));
    }

    private static Map<String, String> withDense(TrainConfig cfg) {
        Map<String, String> s = new java.util.TreeMap<>(cfg.settings());
        s.put("denseWeight", Double.toString(cfg.denseWeight()));
        s.put("minOutlets", Integer.toString(cfg.minOutlets()));
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
        String available = String.join(", ", new TreeSet<>(first.labels().keySet())) +
                (first.metadata().isEmpty() ? "" : ", " + String.join(", ", first.metadata().keySet()));
        return new InputException(count + " of " + total + " articles have no value for label field '" + field
                + "' (first ids: " + String.join(", ", firstIds) + ").\n  What to do: check --label (fields of the first article: "
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
