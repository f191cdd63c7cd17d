package org.framelab.model;

import org.framelab.util.OptionException;

import weka.classifiers.AbstractClassifier;
import weka.classifiers.Classifier;
import weka.core.Randomizable;
import weka.core.Utils;

import java.io.Serializable;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Which classifier to train: a Weka class name (or short alias) plus a Weka option string.
 * Immutable; validated on construction (unknown class or bad options: {@link IllegalArgumentException}).
 *
 * @param name    alias or fully qualified Weka classifier class, e.g. {@code linear}, {@code weka.classifiers.functions.SMO}
 * @param options Weka option string, e.g. {@code "-C 1.0"}; empty for the defaults
 */
public record ClassifierSpec(String name, String options) implements Serializable {

    static {
        org.framelab.util.Runtime2.configure(); // before any Weka class initialises
    }

    /** Short aliases: alias -> {class, default options}. */
    public static final Map<String, String[]> ALIASES;

    static {
        Map<String, String[]> m = new LinkedHashMap<>();
        m.put("linear", new String[]{LinearModel.class.getName(), "", "L2-regularised logistic regression (liblinear), L2-normalised rows, balanced class weights: the default"});
        m.put("svm", new String[]{LinearModel.class.getName(), "-S svm", "linear SVM (L2 loss, liblinear dual solver), L2-normalised rows"});
        m.put("liblinear", new String[]{"weka.classifiers.functions.LibLINEAR", "", "Weka's LibLINEAR wrapper (package LibLINEAR 1.9.7)"});
        m.put("nbm", new String[]{"weka.classifiers.bayes.NaiveBayesMultinomial", "", "Naive Bayes Multinomial"});
        m.put("nb", new String[]{"weka.classifiers.bayes.NaiveBayes", "", "Naive Bayes (Gaussian)"});
        m.put("logistic", new String[]{"weka.classifiers.functions.Logistic", "", "Weka multinomial logistic regression (ridge); slow on many features"});
        m.put("smo", new String[]{"weka.classifiers.functions.SMO", "", "Weka SMO support vector machine"});
        m.put("sgd", new String[]{"weka.classifiers.meta.MultiClassClassifier", "-M 0 -W weka.classifiers.functions.SGD -- -F 1", "Weka SGD (logistic loss), one-vs-rest"});
        m.put("j48", new String[]{"weka.classifiers.trees.J48", "", "C4.5 decision tree"});
        m.put("rf", new String[]{"weka.classifiers.trees.RandomForest", "", "Random forest"});
        m.put("zeror", new String[]{"weka.classifiers.rules.ZeroR", "", "majority class"});
        ALIASES = java.util.Collections.unmodifiableMap(m);
    }

    public ClassifierSpec {
        if (name == null || name.isBlank()) name = "linear";
        options = options == null ? "" : options.trim();
        String cls = className(name);
        try {
            Class<?> c = Class.forName(cls);
            if (!Classifier.class.isAssignableFrom(c)) throw new OptionException("classifier", "" + name + " is not a Weka classifier");
        } catch (ClassNotFoundException e) {
            throw new OptionException("classifier", "" + name + " (no such class; use a Weka class name or one of " + String.join(", ", ALIASES.keySet()) + ")");
        }
        try {
            Utils.splitOptions(options);
        } catch (Exception e) {
            throw new OptionException("classifier options", "" + options + " (" + e.getMessage() + ")");
        }
    }

    public static ClassifierSpec defaults() {
        return new ClassifierSpec("linear", "");
    }

    private static String className(String name) {
        String[] a = ALIASES.get(name.toLowerCase(java.util.Locale.ROOT));
        return a != null ? a[0] : name;
    }

    /** Fully qualified class name. */
    public String className() {
        return className(name);
    }

    /** The effective Weka option string: the alias defaults followed by the user's options. */
    public String effectiveOptions() {
        String[] a = ALIASES.get(name.toLowerCase(java.util.Locale.ROOT));
        if (a == null || a[1].isEmpty()) return options;
        if (options.isEmpty()) return a[1];
        // for sgd the user's options go to the base learner, after "--"
        return a[1].contains(" -- ") ? a[1] + " " + options : a[1] + " " + options;
    }

    /** A fresh, unconfigured-by-data classifier; Randomizable classifiers get {@code seed}. */
    public Classifier create(long seed) {
        try {
            Classifier c = AbstractClassifier.forName(className(), Utils.splitOptions(effectiveOptions()));
            if (c instanceof Randomizable r) r.setSeed((int) seed);
            return c;
        } catch (Exception e) {
            throw new OptionException("classifier_options", options, "for " + name + ": " + e.getMessage());
        }
    }

    /** e.g. {@code linear (org.framelab.model.LinearModel -S lr -C 1.0)}. */
    public String describe() {
        Classifier c = create(1);
        String opts = c instanceof weka.core.OptionHandler oh ? Utils.joinOptions(oh.getOptions()) : "";
        String cls = className();
        return (cls.equals(name) ? cls : name + " (" + cls + ")") + (opts.isEmpty() ? "" : " " + opts);
    }
}
