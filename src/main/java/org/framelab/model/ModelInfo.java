package org.framelab.model;

import java.io.Serializable;
import java.util.List;
import java.util.Map;

/**
 * What a model file says about itself (readable without trusting the classifier payload semantics).
 *
 * @param framelabVersion FrameLab version that wrote it
 * @param wekaVersion     Weka version used
 * @param labelField      the predicted label
 * @param labels          label order
 * @param features        feature specification, e.g. {@code framing+ngrams}
 * @param classifier      classifier with its effective options
 * @param trainingSize    number of training articles
 * @param labelCounts     training label counts
 * @param numColumns      number of model input columns after fitting (feature columns plus missing-value indicators)
 * @param seed            the seed
 * @param settings        other settings (n-gram options, lexicon hashes, dense weight ...)
 */
public record ModelInfo(String framelabVersion, String wekaVersion, String labelField, List<String> labels,
                        String features, String classifier, int trainingSize, Map<String, Integer> labelCounts,
                        int numColumns, long seed, Map<String, String> settings) implements Serializable {
    public ModelInfo {
        labels = List.copyOf(labels);
        labelCounts = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(labelCounts));
        settings = java.util.Collections.unmodifiableMap(new java.util.TreeMap<>(settings));
    }
}
