package org.framelab.spark;

import org.apache.spark.api.java.JavaPairRDD;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.broadcast.Broadcast;
import org.apache.spark.ml.classification.LogisticRegression;
import org.apache.spark.ml.classification.LogisticRegressionModel;
import org.apache.spark.ml.linalg.SQLDataTypes;
import org.apache.spark.ml.linalg.Vector;
import org.apache.spark.ml.linalg.Vectors;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.apache.spark.storage.StorageLevel;
import org.framelab.corpus.Article;
import org.framelab.features.FeatureSpec;
import org.framelab.features.FramingFeatures;
import org.framelab.features.NgramOptions;
import org.framelab.features.PartitionedFit;
import org.framelab.features.SparseVector;
import org.framelab.model.Evaluation;
import org.framelab.model.EvaluationResult;
import org.framelab.model.FoldPlan;
import org.framelab.model.Metrics;
import org.framelab.model.ModelSelection;
import org.framelab.model.Prediction;
import org.framelab.model.ScalingStatistics;
import org.framelab.model.Trainer;
import org.framelab.util.InputException;
import org.framelab.util.OptionException;
import scala.Tuple2;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Outlet-grouped cross-validation of a linear model in Spark. The folds are the local ones
 * ({@link FoldPlan#grouped} on the driver over the articles' ids, labels and groups); per fold,
 * everything that learns from data is fitted in Spark on the training part only: the boilerplate mask
 * (repeated lines and outlet names), the n-gram document frequencies and so the vocabulary and IDF
 * ({@link PartitionedFit}: the core's per-article counting in the partitions, the core's selection rules on the
 * driver), the scaling of the framing columns and the outlet templates ({@link ScalingStatistics}), and an
 * MLlib multinomial logistic regression with L2. Every article's vector is the core's
 * {@code fitted.transform(article)}, computed in the partitions. The predictions are scored on the
 * driver by the core's metric code ({@link Evaluation#score}).
 */
public final class SparkTrain {
    private SparkTrain() {}

    /**
     * What to run.
     *
     * @param label          label field
     * @param groupField     field whose values never cross a fold boundary (outlet)
     * @param folds          number of folds
     * @param seed           seed of the folds and the bootstrap
     * @param spec           the feature pipeline before fitting
     * @param framingWeight  each framing column divided by its training maximum times this (n-grams x1)
     * @param removeTemplates leave out outlet page templates learned in each training part
     * @param cost           liblinear's C the regularisation is mapped from (regParam = 1 / (C n))
     * @param bootstrap      bootstrap resamples of the intervals
     */
    public record Settings(String label, String groupField, int folds, long seed, FeatureSpec spec, double framingWeight,
                           boolean removeTemplates, double cost, int bootstrap) implements Serializable {
        public Settings {
            OptionException.check(label != null && !label.isBlank(), "label", label, "the label field to predict");
            OptionException.check(groupField != null && !groupField.isBlank(), "group-field", groupField, "e.g. outlet");
            OptionException.check(folds >= 2 && folds <= 50, "folds", folds, "2..50");
            OptionException.check(framingWeight >= 0 && !Double.isInfinite(framingWeight), "dense-weight", framingWeight, "0 or more");
            OptionException.check(cost > 0 && !Double.isInfinite(cost), "cost", cost, "a positive number, e.g. 1");
        }
    }

    /** What one fold fitted. */
    public record FoldFit(int fold, int train, int test, int vocabulary, List<String> vocabularyTerms, int repeatedLines,
                          int outletNames, int templates, double regParam, int iterations, double seconds) {}

    /**
     * The outcome.
     *
     * @param plan        the folds over {@code articles} (the labelled articles, texts left out)
     * @param excluded    articles without a label value, left out
     */
    public record Result(List<Article> articles, FoldPlan plan, List<String> labels, List<Prediction> predictions,
                         EvaluationResult evaluation, List<FoldFit> folds, int excluded, double seconds) {}

    /** One article of one fold: its vector under the fold's pipeline. */
    private record Vectorised(int index, boolean train, String id, String outlet, String group, int label, SparseVector raw)
            implements Serializable {}

    public static Result run(SparkSession spark, JavaRDD<Article> input, Settings s) throws InputException {
        long t0 = System.nanoTime();
        JavaSparkContext jsc = JavaSparkContext.fromSparkContext(spark.sparkContext());
        String label = s.label();
        JavaRDD<Article> labelled = input.filter(a -> label(a, label) != null);
        JavaPairRDD<Article, Long> indexed = labelled.zipWithIndex();
        indexed.persist(StorageLevel.MEMORY_AND_DISK());
        // the plan's articles without their texts: ids, labels, groups (small)
        List<Article> light = new ArrayList<>(indexed.map(t -> t._1().withText("")).collect());
        long total = input.count();
        int excluded = (int) (total - light.size());
        if (light.isEmpty()) {
            throw new InputException("No article has a value for the label field '" + label + "' (" + total + " articles read).\n"
                    + "  What to do: check --label and the field mapping (--label-field).");
        }
        FoldPlan plan = FoldPlan.grouped(light, label, s.groupField(), s.folds(), s.seed());
        List<String> labels = Trainer.labelSet(light, label);
        if (labels.size() < 2) {
            throw new InputException("Only one value of '" + label + "' (" + labels + ") among " + light.size()
                    + " labelled articles: a classifier needs two or more.\n  What to do: check --label.");
        }
        int[] foldOf = new int[light.size()];
        for (FoldPlan.Fold f : plan.folds()) for (int i : f.test()) foldOf[i] = f.index();
        Broadcast<int[]> folds = jsc.broadcast(foldOf);
        Map<String, Integer> labelIndex = new HashMap<>();
        for (int i = 0; i < labels.size(); i++) labelIndex.put(labels.get(i), i);

        List<Prediction> predictions = new ArrayList<>();
        List<FoldFit> fits = new ArrayList<>();
        // folds are independent and could be fitted side by side (PARALLEL_FOLDS); on 2 cores the L-BFGS iterations
        // are CPU-bound, and 3 folds at once took longer (491 s against 343 s on the AllSides test), while every fold
        // held its training matrix: one at a time. Results come back in fold order.
        java.util.concurrent.ExecutorService foldPool = java.util.concurrent.Executors.newFixedThreadPool(
                Math.max(1, Math.min(plan.folds().size(), PARALLEL_FOLDS)));
        try {
            List<java.util.concurrent.Future<FoldOutcome>> outcomes = new ArrayList<>();
            for (FoldPlan.Fold f : plan.folds()) {
                outcomes.add(foldPool.submit(() -> {
                long tf = System.nanoTime();
                int fold = f.index();
                JavaRDD<Article> train = indexed.filter(t -> folds.value()[(int) (long) t._2()] != fold).keys();
                FramingFeatures fitted;
                PartitionedFit.Mask mask = null;
                NgramOptions ng = PartitionedFit.ngramOptions(s.spec());
                if (ng != null) {
                    mask = mask(train, ng);
                    fitted = vocabulary(jsc, train, s.spec(), mask, ng, f.train().length);
                } else {
                    fitted = PartitionedFit.unfitted(s.spec());
                }
                Broadcast<FramingFeatures> pipeline = jsc.broadcast(fitted);
                String group = s.groupField();
                JavaRDD<Vectorised> rows = indexed.map(t -> {
                    Article a = t._1();
                    int i = (int) (long) t._2();
                    String g = a.field(group);
                    return new Vectorised(i, folds.value()[i] != fold, a.id(), a.outlet(), g == null ? "" : g.trim(),
                            labelIndex.get(label(a, label)), pipeline.value().transform(a));
                });
                rows.persist(StorageLevel.MEMORY_AND_DISK());
                JavaRDD<Vectorised> trainRows = rows.filter(Vectorised::train);
                Map<String, Integer> outlets = null;
                if (s.removeTemplates()) {
                    outlets = new TreeMap<>();
                    for (Map.Entry<String, Long> e : trainRows.map(Vectorised::outlet).countByValue().entrySet()) {
                        outlets.put(e.getKey(), (int) (long) e.getValue());
                    }
                }
                ScalingStatistics zero = new ScalingStatistics(fitted.columns(), outlets);
                ScalingStatistics stats = trainRows.treeAggregate(zero, (st, r) -> st.add(r.outlet(), r.raw()), ScalingStatistics::merge);
                ScalingStatistics.Input in = stats.fit(new ModelSelection.Blend(s.framingWeight(), 1));
                Broadcast<ScalingStatistics.Input> input1 = jsc.broadcast(in);

                // classes weighted inversely to their frequency, as the local linear model does
                long[] counts = new long[labels.size()];
                for (int i : f.train()) counts[labelIndex.get(label(light.get(i), label))]++;
                int present = 0;
                for (long c : counts) if (c > 0) present++;
                double[] classWeight = new double[labels.size()];
                int n = f.train().length;
                for (int c = 0; c < classWeight.length; c++) classWeight[c] = counts[c] > 0 ? n / (double) (present * counts[c]) : 1.0;
                int width = in.columns();
                int k = labels.size();
                // one-vs-rest as liblinear: problem c has its class positive (weight cw_c), the rest negative (weight 1);
                // two classes: one problem, class 0 positive (cw_0), class 1 negative (cw_1)
                int problems = k == 2 ? 1 : k;
                double[][] weights = new double[problems][k];
                for (int c = 0; c < problems; c++) {
                    for (int y = 0; y < k; y++) weights[c][y] = k == 2 ? classWeight[y] : y == c ? classWeight[c] : 1.0;
                }
                JavaRDD<Row> mlRows = rows.filter(Vectorised::train).map(r -> {
                    SparseVector v = withBias(normalised(input1.value().apply(r.raw())), width);
                    Object[] cells = new Object[1 + 2 * problems];
                    cells[0] = Vectors.sparse(width + 1, v.indices(), v.values());
                    for (int c = 0; c < problems; c++) {
                        cells[1 + 2 * c] = r.label() == c ? 1.0 : 0.0;
                        cells[2 + 2 * c] = weights[c][r.label()];
                    }
                    return RowFactory.create(cells);
                });
                StructType schema = new StructType().add("features", SQLDataTypes.VectorType());
                for (int c = 0; c < problems; c++) schema = schema.add("label" + c, DataTypes.DoubleType).add("weight" + c, DataTypes.DoubleType);
                Dataset<Row> trainData = spark.createDataFrame(mlRows, schema).persist(StorageLevel.MEMORY_AND_DISK());
                // the one-vs-rest problems are independent Spark jobs: fitted side by side (each L-BFGS iteration is a short
                // job, so on a small cluster they mostly wait; results do not depend on the order)
                double[][] coefficients = new double[problems][];
                int[] iterationsOf = new int[problems];
                double[] regParams = new double[problems];
                java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newFixedThreadPool(Math.min(problems, PARALLEL_FITS));
                try {
                    List<java.util.concurrent.Future<?>> jobs = new ArrayList<>();
                    for (int c0 = 0; c0 < problems; c0++) {
                        int c = c0;
                        double sumWeights = 0;
                        for (int y = 0; y < k; y++) sumWeights += counts[y] * weights[c][y];
                        regParams[c] = regParam(s.cost(), sumWeights);
                        jobs.add(pool.submit(() -> {
                            LogisticRegression lr = new LogisticRegression().setFamily("binomial").setElasticNetParam(0).setRegParam(regParams[c])
                                    .setStandardization(false).setFitIntercept(false).setLabelCol("label" + c).setWeightCol("weight" + c)
                                    .setMaxIter(MAX_ITER).setTol(TOL);
                            LogisticRegressionModel model = lr.fit(trainData);
                            coefficients[c] = model.coefficients().toArray();
                            iterationsOf[c] = model.summary().totalIterations();
                        }));
                    }
                    for (java.util.concurrent.Future<?> j : jobs) {
                        try {
                            j.get();
                        } catch (java.util.concurrent.ExecutionException e) {
                            throw e.getCause() instanceof RuntimeException re ? re : new IllegalStateException(e.getCause());
                        } catch (InterruptedException e) {
                            Thread.currentThread().interrupt();
                            throw new java.util.concurrent.CancellationException("interrupted");
                        }
                    }
                } finally {
                    pool.shutdownNow();
                }
                int iterations = 0;
                for (int it : iterationsOf) iterations += it;
                double firstRegParam = regParams[0];
                trainData.unpersist();
                Broadcast<double[][]> w = jsc.broadcast(coefficients);
                List<Tuple2<Integer, double[]>> scored = rows.filter(r -> !r.train()).map(r -> {
                    SparseVector v = withBias(normalised(input1.value().apply(r.raw())), width);
                    return new Tuple2<>(r.index(), probabilities(w.value(), v, k));
                }).collect();
                Map<Integer, Vectorised> meta = new HashMap<>();
                for (Vectorised r : rows.filter(r -> !r.train()).map(r -> new Vectorised(r.index(), false, r.id(), r.outlet(), r.group(),
                        r.label(), null)).collect()) {
                    meta.put(r.index(), r);
                }
                rows.unpersist();
                w.destroy();
                Map<Integer, Prediction> byIndex = new TreeMap<>();
                for (Tuple2<Integer, double[]> t : scored) {
                    double[] p = t._2();
                    Vectorised r = meta.get(t._1());
                    byIndex.put(t._1(), new Prediction(r.id(), labels.get(r.label()), labels.get(argmax(p)), p, fold, r.group()));
                }
                double regParam = firstRegParam;
                int iters = iterations;
                List<Prediction> foldPredictions = new ArrayList<>();
                for (int i : f.test()) foldPredictions.add(byIndex.get(i));   // plan order, as the local evaluation
                pipeline.destroy();
                input1.destroy();
                List<String> terms = fitted.vocabulary() == null ? List.of() : fitted.vocabulary().terms();
                FoldFit fit = new FoldFit(fold, f.train().length, f.test().length, terms.size(), terms,
                        mask == null ? 0 : fitted.vocabulary().repeatedLines().size(), mask == null ? 0 : mask.outletNames().size(),
                        in.templates().size(), regParam, iters, (System.nanoTime() - tf) / 1e9);
                return new FoldOutcome(foldPredictions, fit);
                }));
            }
            for (java.util.concurrent.Future<FoldOutcome> o : outcomes) {
                FoldOutcome r = waitFor(o);
                predictions.addAll(r.predictions());
                fits.add(r.fit());
            }
        } finally {
            foldPool.shutdownNow();
        }
        indexed.unpersist();
        folds.destroy();
        Metrics.Settings ms = new Metrics.Settings(s.bootstrap(), s.seed(), true);
        EvaluationResult ev = Evaluation.score(light, plan, labels, predictions, label, s.groupField(), ms);
        // what the local protocol statement warns of too: a class of outlet-constant labels with too few outlets
        String few = org.framelab.app.ProtocolStatement.fewOutletsWarning(light, label, s.groupField() != null ? s.groupField() : "outlet");
        if (few != null) ev = ev.withWarning(few);
        return new Result(light, plan, labels, predictions, ev, fits, excluded, (System.nanoTime() - t0) / 1e9);
    }

    /**
     * liblinear's one-vs-rest probabilities from the decision values of each problem (the logistic of each,
     * normalised; two classes: one problem, class 0 positive).
     */
    static double[] probabilities(double[][] w, SparseVector x, int k) {
        double[] dec = new double[w.length];
        int[] idx = x.indices();
        double[] val = x.values();
        for (int c = 0; c < w.length; c++) {
            double d = 0;
            for (int j = 0; j < idx.length; j++) d += w[c][idx[j]] * val[j];
            dec[c] = d;
        }
        double[] p = new double[k];
        if (w.length == 1) {
            p[0] = 1 / (1 + Math.exp(-dec[0]));
            p[1] = 1 - p[0];
            return p;
        }
        double sum = 0;
        for (int c = 0; c < k; c++) sum += p[c] = 1 / (1 + Math.exp(-dec[c]));
        for (int c = 0; c < k; c++) p[c] /= sum;
        return p;
    }

    /** The row with liblinear's bias feature (value 1) appended as column {@code width}, regularised like every weight. */
    static SparseVector withBias(SparseVector v, int width) {
        int n = v.indices().length;
        int[] idx = java.util.Arrays.copyOf(v.indices(), n + 1);
        double[] val = java.util.Arrays.copyOf(v.values(), n + 1);
        idx[n] = width;
        val[n] = 1.0;
        return new SparseVector(idx, val);
    }

    /** L-BFGS iterations at most, and its convergence tolerance. */
    static final int MAX_ITER = 100;
    /** Folds fitted at the same time (each holds its training matrix: more folds at once, more executor memory; see run). */
    static final int PARALLEL_FOLDS = 1;

    private record FoldOutcome(List<Prediction> predictions, FoldFit fit) {}

    /** A fold's outcome; an input error inside it is rethrown as itself. */
    private static FoldOutcome waitFor(java.util.concurrent.Future<FoldOutcome> f) throws InputException {
        try {
            return f.get();
        } catch (java.util.concurrent.ExecutionException e) {
            if (e.getCause() instanceof InputException ie) throw ie;
            if (e.getCause() instanceof RuntimeException re) throw re;
            throw new IllegalStateException(e.getCause());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new java.util.concurrent.CancellationException("interrupted");
        }
    }

    /** One-vs-rest problems fitted at the same time. */
    static final int PARALLEL_FITS = 8;
    static final double TOL = 1e-4;

    /**
     * MLlib's regularisation for liblinear's C: liblinear minimises 0.5 |w|^2 + C sum_i c_i loss_i, MLlib
     * (sum_i c_i loss_i) / (sum_i c_i) + regParam / 2 |w|^2 (no standardisation, no separate intercept);
     * dividing the first by C sum_i c_i gives regParam = 1 / (C sum_i c_i), the same minimiser.
     */
    static double regParam(double cost, double sumWeights) {
        return 1.0 / (cost * sumWeights);
    }

    /** The vector divided by its L2 norm (the local linear model normalises each row); an empty row as it is. */
    static SparseVector normalised(SparseVector v) {
        double sq = 0;
        for (double x : v.values()) sq += x * x;
        if (sq <= 0) return v;
        double inv = 1.0 / Math.sqrt(sq);
        double[] out = v.values().clone();
        for (int k = 0; k < out.length; k++) out[k] = (float) out[k] * inv;
        return new SparseVector(v.indices(), out);
    }

    private static int argmax(double[] p) {
        int best = 0;
        for (int i = 1; i < p.length; i++) if (p[i] > p[best]) best = i;
        return best;
    }

    private static String label(Article a, String field) {
        String v = a.field(field);
        if (v == null) return null;
        v = v.trim();
        return v.isEmpty() ? null : v;
    }

    /** The boilerplate mask of a training part: repeated lines and outlet names, counted in Spark. */
    private static PartitionedFit.Mask mask(JavaRDD<Article> train, NgramOptions ng) {
        long[] repeated = new long[0];
        if (ng.repeatedLines() > 0) {
            int min = ng.repeatedLines();
            List<Long> hashes = train.flatMap(a -> java.util.Arrays.stream(PartitionedFit.lineHashes(a)).boxed().iterator())
                    .mapToPair(h -> new Tuple2<>(h, 1)).reduceByKey(Integer::sum).filter(t -> t._2() >= min).keys().collect();
            repeated = hashes.stream().mapToLong(Long::longValue).toArray();
        }
        Map<String, Integer> perOutlet = new TreeMap<>();
        List<String> sample = new ArrayList<>();
        if (ng.maskOutletNames()) {
            for (Map.Entry<String, Long> e : train.map(PartitionedFit::outletKey).filter(o -> !o.isEmpty()).countByValue().entrySet()) {
                perOutlet.put(e.getKey(), (int) (long) e.getValue());
            }
            for (Tuple2<Long, String> t : train.map(a -> new Tuple2<>(PartitionedFit.textHash(a), a.text()))
                    .takeOrdered(PartitionedFit.NAME_SAMPLE, new HashOrder())) {
                sample.add(t._2());
            }
        }
        return PartitionedFit.mask(ng, repeated, perOutlet, sample);
    }

    /** Smallest text hash first, ties by text (the local sample's order). */
    private static final class HashOrder implements Comparator<Tuple2<Long, String>>, Serializable {
        private static final long serialVersionUID = 1L;

        @Override
        public int compare(Tuple2<Long, String> a, Tuple2<Long, String> b) {
            int c = Long.compare(a._1(), b._1());
            return c != 0 ? c : a._2().compareTo(b._2());
        }
    }

    /** The n-gram document frequencies of the training part (Spark) and the vocabulary chosen from them (driver). */
    private static FramingFeatures vocabulary(JavaSparkContext jsc, JavaRDD<Article> train, FeatureSpec spec, PartitionedFit.Mask mask,
                                              NgramOptions ng, int documents) {
        Broadcast<PartitionedFit.Mask> m = jsc.broadcast(mask);
        int minDf = ng.minDf();
        Map<String, Integer> df = new HashMap<>(train.flatMap(a -> java.util.Arrays.asList(m.value().terms(a)).iterator())
                .mapToPair(t -> new Tuple2<>(t, 1)).reduceByKey(Integer::sum).filter(t -> t._2() >= minDf).collectAsMap());
        List<String> lines = train.flatMap(a -> m.value().repeatedLines(a).values().iterator()).distinct().collect();
        m.destroy();
        return PartitionedFit.fitted(spec, mask, documents, df, lines);
    }
}
