package org.framelab.model;

/** A trained linear classifier that can report its weights, for "top weighted features per class". */
public interface LinearWeights {
    /** {@code [classIndex][featureIndex]} weights, in the model's label order and feature column order. */
    double[][] classWeights();
}
