package org.framelab.model;

import org.framelab.util.OptionException;

import org.framelab.features.FeatureSpec;

import java.util.List;
import java.util.Map;

/**
 * How to train: the label field, the features, the classifier and the seed. Immutable; validated.
 *
 * @param labelField   the label to predict, e.g. {@code bias}
 * @param features     feature pipeline (fitted inside each training part only)
 * @param classifier   Weka classifier and options
 * @param seed         seed for everything random (folds, classifier, bootstrap)
 * @param selection    the weighting of the framing and n-gram blocks (fixed, or chosen by cross-validation
 *                     inside the training part) and whether outlet page templates are left out; each
 *                     framing column is divided by its training maximum and multiplied by the framing
 *                     weight (1 = same scale as a TF-IDF value); all of it learned from the training part only
 * @param labels       fixed label order, or empty to take the sorted labels of the training data
 * @param settings     free-form settings recorded in the model file (e.g. lexicon hashes, n-gram options)
 * @param minOutlets   keep only n-gram columns found in at least this many distinct outlets of the training
 *                     part (1 = no selection); skipped when the training part has fewer outlets than this
 * @param outletField  field naming the outlet for {@code minOutlets} (null = the article's outlet)
 */
public record TrainConfig(String labelField, FeatureSpec features, ClassifierSpec classifier, long seed,
                          ModelSelection selection, List<String> labels, Map<String, String> settings,
                          int minOutlets, String outletField) {
    /** A fixed framing weight ({@code denseWeight}), no template removal. */
    public TrainConfig(String labelField, FeatureSpec features, ClassifierSpec classifier, long seed, double denseWeight,
                       List<String> labels, Map<String, String> settings, int minOutlets, String outletField) {
        this(labelField, features, classifier, seed, ModelSelection.none(denseWeight), labels, settings, minOutlets, outletField);
    }

    public TrainConfig {
        if (labelField == null || labelField.isBlank()) throw new OptionException("label field", "" + labelField);
        if (features == null) throw new OptionException("features", "null");
        if (classifier == null) classifier = ClassifierSpec.defaults();
        if (selection == null) selection = ModelSelection.none(DEFAULT_DENSE_WEIGHT);
        labels = labels == null ? List.of() : List.copyOf(labels);
        if (minOutlets < 1) throw new OptionException("minimum outlets", "" + minOutlets);
        settings = settings == null ? Map.of() : java.util.Collections.unmodifiableMap(new java.util.TreeMap<>(settings));
    }

    /** Default scale of each framing column next to n-gram TF-IDF values (tuned on unseen AllSides outlets, docs/model.md). */
    public static final double DEFAULT_DENSE_WEIGHT = 0.3;

    public static TrainConfig of(String labelField, FeatureSpec features, ClassifierSpec classifier, long seed) {
        return new TrainConfig(labelField, features, classifier, seed, 1.0, List.of(), Map.of(), 1, null);
    }

    public TrainConfig withLabels(List<String> l) {
        return new TrainConfig(labelField, features, classifier, seed, selection, l, settings, minOutlets, outletField);
    }

    public TrainConfig withFeatures(FeatureSpec f) {
        return new TrainConfig(labelField, f, classifier, seed, selection, labels, settings, minOutlets, outletField);
    }

    public TrainConfig withSelection(ModelSelection s) {
        return new TrainConfig(labelField, features, classifier, seed, s, labels, settings, minOutlets, outletField);
    }

    public TrainConfig withClassifier(ClassifierSpec c) {
        return new TrainConfig(labelField, features, c, seed, selection, labels, settings, minOutlets, outletField);
    }
}
