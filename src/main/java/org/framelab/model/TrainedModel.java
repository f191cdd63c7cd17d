package org.framelab.model;

import org.framelab.corpus.Article;
import org.framelab.features.FeatureColumn;
import org.framelab.features.FittedFeatures;
import org.framelab.features.SparseVector;
import org.framelab.util.Progress;
import weka.classifiers.Classifier;
import weka.core.Instance;
import weka.core.Instances;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;

/**
 * A trained classifier with its exact feature pipeline (fitted features, missing-value indicators,
 * scaler, Weka header), label set and description. Saved and loaded by {@link ModelFile}.
 */
public final class TrainedModel implements Serializable {
    private static final long serialVersionUID = 1L;

    private final ModelInfo info;
    private final FittedFeatures features;
    private final MissingIndicators missing;
    private final ColumnScaler scaler;
    private final Instances header;
    private final Classifier classifier;
    /** How the blend of the blocks (and C) was chosen; null in model files written before it was recorded. */
    private final NestedSelection.Outcome selection;
    /** Fingerprints of the training texts (for the overlap check of {@code evaluate}); null when not kept. */
    private final org.framelab.text.FingerprintSet trainingTexts;
    /**
     * The outlets of the training articles ({@link org.framelab.corpus.OutletNameKeys#caseKey}: lower case, spacing collapsed; sorted), for
     * {@code evaluate} to say how many articles come from outlets the model has seen; null in files written before
     * session 21. Not final: set after construction by {@link #withTrainingOutlets} (Java serialization keeps it).
     */
    private String[] trainingOutlets;
    /**
     * The length distribution of the training texts in tokens ({@link TextLengths}), for {@code predict} and
     * {@code evaluate} to warn about far shorter or longer texts; null in files written before session 25
     * (then no warning is given). Not final, as {@link #trainingOutlets}.
     */
    private TextLengths trainingLengths;

    TrainedModel(ModelInfo info, FittedFeatures features, MissingIndicators missing, ColumnScaler scaler, Instances header,
                 Classifier classifier) {
        this(info, features, missing, scaler, header, classifier, null, null);
    }

    TrainedModel(ModelInfo info, FittedFeatures features, MissingIndicators missing, ColumnScaler scaler, Instances header,
                 Classifier classifier, NestedSelection.Outcome selection) {
        this(info, features, missing, scaler, header, classifier, selection, null);
    }

    private TrainedModel(ModelInfo info, FittedFeatures features, MissingIndicators missing, ColumnScaler scaler, Instances header,
                         Classifier classifier, NestedSelection.Outcome selection, org.framelab.text.FingerprintSet trainingTexts) {
        this.selection = selection;
        this.info = info;
        this.features = features;
        this.missing = missing;
        this.scaler = scaler;
        this.header = header;
        this.classifier = classifier;
        this.trainingTexts = trainingTexts;
    }

    /** The same model keeping the fingerprints of its training texts (saved with it; see {@link OverlapCheck.AgainstTraining}). */
    public TrainedModel withTrainingTexts(org.framelab.text.FingerprintSet texts) {
        TrainedModel m = new TrainedModel(info, features, missing, scaler, header, classifier, selection, texts);
        m.trainingOutlets = trainingOutlets;
        m.trainingLengths = trainingLengths;
        return m;
    }

    /** The same model recording the outlets of its training articles (each as {@link org.framelab.corpus.OutletNameKeys#caseKey}). */
    public TrainedModel withTrainingOutlets(java.util.Collection<Article> training) {
        java.util.TreeSet<String> names = new java.util.TreeSet<>();
        for (Article a : training) if (a.outlet() != null && !a.outlet().isBlank()) names.add(org.framelab.corpus.OutletNameKeys.caseKey(a.outlet()));
        TrainedModel m = new TrainedModel(info, features, missing, scaler, header, classifier, selection, trainingTexts);
        m.trainingOutlets = names.toArray(new String[0]);
        m.trainingLengths = trainingLengths;
        return m;
    }

    /** The same model recording the length distribution of its training texts (null: not recorded). */
    public TrainedModel withTrainingLengths(TextLengths lengths) {
        TrainedModel m = new TrainedModel(info, features, missing, scaler, header, classifier, selection, trainingTexts);
        m.trainingOutlets = trainingOutlets;
        m.trainingLengths = lengths;
        return m;
    }

    /** The length distribution of the training texts in tokens, or null when this model file does not record it. */
    public TextLengths trainingLengths() {
        return trainingLengths;
    }

    /** The outlets of the training articles ({@link org.framelab.corpus.OutletNameKeys#caseKey}, sorted), or null when this model file does not record them. */
    public java.util.List<String> trainingOutlets() {
        return trainingOutlets == null ? null : java.util.List.of(trainingOutlets);
    }

    /** Fingerprints of the training texts, or null (not kept with this model). */
    public org.framelab.text.FingerprintSet trainingTexts() {
        return trainingTexts;
    }

    public ModelInfo info() {
        return info;
    }

    public List<String> labels() {
        return info.labels();
    }

    public List<FeatureColumn> columns() {
        return features.columns();
    }

    public FittedFeatures features() {
        return features;
    }

    /**
     * The classifier's input columns: {@link #columns()} followed by one {@code <name>.missing}
     * indicator per column that can be missing ({@link MissingIndicators}).
     */
    public List<FeatureColumn> inputColumns() {
        return missing.columns();
    }

    Classifier classifier() {
        return classifier;
    }

    /** What the inner cross-validation chose and from what; null when not recorded. */
    NestedSelection.Outcome selectionOutcome() {
        return selection;
    }

    /** How the blend of the framing and n-gram blocks (and C) was chosen, in words; empty when not recorded. */
    public String selection() {
        return selection == null ? "" : selection.describe();
    }

    /** The n-gram columns left out as page templates of one training outlet, with the evidence for each. */
    public List<String> templates() {
        return scaler.templates();
    }

    /** Whether column {@code c} reaches the classifier (false for template columns and blocks weighted 0). */
    public boolean usesColumn(int c) {
        return scaler.factor(c) != 0;
    }

    /** A short description of the trained classifier (Weka's toString, first lines). */
    public String classifierSummary() {
        String s = classifier.toString();
        return s.length() > 4000 ? s.substring(0, 4000) + "\n..." : s;
    }

    /** Class probabilities (in {@link #labels()} order) for a raw feature vector of {@link #features()} (NaN = missing). */
    public double[] distribution(SparseVector raw) {
        Instance inst = WekaData.instance(header, scaler.apply(missing.apply(raw)), -1);
        try {
            return classifier.distributionForInstance(inst);
        } catch (Exception e) {
            throw new IllegalStateException("classifier failed: " + e, e);
        }
    }

    /**
     * Predicts every article. Features are computed in parallel; the classifier runs in one thread
     * (Weka classifiers are not all thread-safe).
     *
     * @param labelField gold label field, or null
     * @param groupField field recorded as the prediction's group (outlet), or null
     */
    public List<Prediction> predict(List<Article> articles, String labelField, String groupField, int fold, Progress progress) {
        return predict(articles, labelField, groupField, fold, progress, null);
    }

    /**
     * The same, counting each article's tokens into {@code lengths} (null: not counted): read from the feature vector's
     * {@code text.tokens} column when the features have one (no second reading of the text), else by the tokenizer.
     */
    public List<Prediction> predict(List<Article> articles, String labelField, String groupField, int fold, Progress progress,
                                    TextLengths.Counter lengths) {
        SparseVector[] vectors = features.transformAll(articles, progress, "features (test)");
        if (lengths != null) {
            int tokens = columnIndex(org.framelab.features.FramingFeatures.TOKENS);
            if (tokens < 0) lengths.addAll(articles);
            else for (SparseVector v : vectors) lengths.add((int) v.get(tokens));
        }
        List<Prediction> out = new ArrayList<>(articles.size());
        for (int i = 0; i < articles.size(); i++) {
            out.add(predict(articles.get(i), vectors[i], labelField, groupField, fold));
            vectors[i] = null;
        }
        return out;
    }

    /** The index of the feature column {@code name}, or -1. */
    private int columnIndex(String name) {
        List<FeatureColumn> c = features.columns();
        for (int i = 0; i < c.size(); i++) if (c.get(i).name().equals(name)) return i;
        return -1;
    }

    /** The prediction for one article from its raw feature vector (of {@link #features()}). */
    public Prediction predict(Article a, SparseVector raw, String labelField, String groupField, int fold) {
        return prediction(a, labels(), distribution(raw), labelField, groupField, fold);
    }

    /** The prediction of the label with the highest probability in {@code dist} (in {@code labels} order; the first on ties). */
    static Prediction prediction(Article a, List<String> labels, double[] dist, String labelField, String groupField, int fold) {
        int best = 0;
        for (int c = 1; c < dist.length; c++) if (dist[c] > dist[best]) best = c;
        String gold = labelField == null ? null : Trainer.labelOf(a, labelField);
        String group = groupField == null ? "" : Trainer.groupOf(a, groupField);
        return new Prediction(a.id(), gold, labels.get(best), dist, fold, group);
    }

    /**
     * The prediction for one article and, when this is a fused model ({@link FusedModel}), its n-gram
     * model's decision values (in the order of {@link #fusedModelLabels()}; null otherwise), from one
     * scaling of the raw vector.
     */
    Scored predictScored(Article a, SparseVector raw, String labelField, String groupField, int fold) {
        if (!(classifier instanceof FusedModel fm)) return new Scored(predict(a, raw, labelField, groupField, fold), null);
        double[][] blocks = fm.blockDecisions(WekaData.instance(header, scaler.apply(missing.apply(raw)), -1));
        return new Scored(prediction(a, labels(), fm.distribution(blocks), labelField, groupField, fold), blocks[1]);
    }

    /** A prediction with the n-gram model's decision values of a fused model (null otherwise). */
    record Scored(Prediction prediction, double[] ngramDecision) {}

    /** The class order of a fused model's decision values; null when this is not a fused model. */
    int[] fusedModelLabels() {
        return classifier instanceof FusedModel fm ? fm.modelLabels() : null;
    }

    /** The top {@code n} features by weight for each label (linear models only; empty otherwise). */
    public List<FeatureImportance.Weighted> topWeights(int n) {
        if (!(classifier instanceof LinearWeights lw)) return List.of();
        return FeatureImportance.topWeights(lw.classWeights(), inputColumns(), labels(), n);
    }

    public boolean isLinear() {
        return classifier instanceof LinearWeights;
    }
}
