package org.framelab.model;

import org.framelab.features.FeatureColumn;
import org.framelab.features.SparseVector;
import weka.core.Attribute;
import weka.core.Instance;
import weka.core.Instances;
import weka.core.SparseInstance;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/** Builds Weka data directly from FrameLab sparse vectors: no ARFF round trip, no StringToWordVector. */
final class WekaData {
    static {
        org.framelab.util.Runtime2.configure(); // before any Weka class initialises
    }

    static final String CLASS_ATTRIBUTE = "__class__";

    private WekaData() {}

    /** An empty dataset with one numeric attribute per column plus the nominal class attribute last. */
    static Instances header(List<FeatureColumn> columns, List<String> labels) {
        ArrayList<Attribute> atts = new ArrayList<>(columns.size() + 1);
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < columns.size(); i++) {
            String name = columns.get(i).name();
            if (!seen.add(name)) {
                name = name + "#" + i;
                seen.add(name);
            }
            atts.add(new Attribute(name));
        }
        atts.add(new Attribute(CLASS_ATTRIBUTE, new ArrayList<>(labels)));
        Instances data = new Instances("framelab", atts, 0);
        data.setClassIndex(columns.size());
        return data;
    }

    /** Labelled instances of the matrix rows ({@code y[r]}: class index of row r) for classifiers other than {@link LinearModel}. */
    static Instances instances(Instances header, RowMatrix x, int[] y) {
        Instances data = new Instances(header, x.rows());
        int[] cols = new int[x.columns()];
        double[] vals = new double[x.columns()];
        for (int r = 0; r < x.rows(); r++) {
            int n = x.copyRow(r, cols, vals);
            data.add(instance(data, new SparseVector(java.util.Arrays.copyOf(cols, n), java.util.Arrays.copyOf(vals, n)), y[r]));
        }
        return data;
    }

    /** A sparse instance of {@code v}; class value {@code labelIndex}, or missing when negative. */
    static Instance instance(Instances header, SparseVector v, int labelIndex) {
        int classIndex = header.classIndex();
        int[] idx = v.indices();
        double[] val = v.values();
        int n = 0;
        for (int i = 0; i < idx.length; i++) if (idx[i] < classIndex && val[i] != 0) n++;
        int[] ii = new int[n + 1];
        double[] vv = new double[n + 1];
        int j = 0;
        for (int i = 0; i < idx.length; i++) {
            if (idx[i] < classIndex && val[i] != 0) {
                ii[j] = idx[i];
                vv[j++] = val[i];
            }
        }
        ii[n] = classIndex;
        vv[n] = labelIndex >= 0 ? labelIndex : weka.core.Utils.missingValue();
        SparseInstance inst = new SparseInstance(1.0, vv, ii, header.numAttributes());
        inst.setDataset(header);
        return inst;
    }
}
