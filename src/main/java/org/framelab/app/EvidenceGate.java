package org.framelab.app;

import org.framelab.corpus.Article;
import org.framelab.features.Hit;
import org.framelab.model.Metrics;
import org.framelab.model.ModelFile;
import org.framelab.model.Prediction;
import org.framelab.model.TrainedModel;
import org.framelab.util.InputException;
import org.framelab.util.OptionException;
import org.framelab.util.Progress;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * Evidence inside texts a classifier flags: a text-level gate in front of the span validation. A
 * saved FrameLab model ({@code framelab train ... -o FILE}) gives each text the probability of the
 * gate label (e.g. BABE's {@code Biased}); the evidence hits of a text count only when that
 * probability is at least the threshold. Hits elsewhere are dropped before {@code SpanValidation},
 * so the chance rate and the spans (the denominators) stay those of every text.
 *
 * @param model     the saved model file
 * @param label     the label whose probability gates the evidence (one of the model's labels)
 * @param threshold the least probability of {@code label} for a text's hits to count, in [0, 1]
 */
public record EvidenceGate(Path model, String label, double threshold) {
    /** The threshold when none is given: the label's probability at least one half. */
    public static final double DEFAULT_THRESHOLD = 0.5;

    public EvidenceGate {
        OptionException.check(model != null, "gate_model", null, "give the saved model file (framelab train ... -o FILE)");
        OptionException.check(label != null && !label.isBlank(), "gate_label", label, "give the label whose probability gates the evidence, e.g. Biased");
        OptionException.check(threshold >= 0 && threshold <= 1, "gate_threshold", threshold, "a probability in [0, 1], e.g. 0.5");
        label = label.strip();
    }

    /**
     * What the gate did on the validated texts.
     *
     * @param label        the gate label
     * @param threshold    the threshold
     * @param articles     texts scored
     * @param passed       texts whose probability of the label reached the threshold (their hits count)
     * @param labelField   the model's label field
     * @param scored       texts with a gold value among the model's labels (the gate's own scores)
     * @param accuracy     the model's accuracy on them (its own prediction: the most probable label), NaN when none
     * @param macroF1      its macro-F1 on them, NaN when none
     * @param gatePrecision share of the passed texts whose gold value is the gate label, NaN when none
     * @param gateRecall   share of the texts labelled with the gate label that passed, NaN when none
     */
    public record Report(String label, double threshold, int articles, int passed, String labelField, int scored, double accuracy,
                         double macroF1, double gatePrecision, double gateRecall) {}

    /** The probabilities of a model's gate label for texts, and the texts that pass. */
    public record Flags(Map<String, Double> probability, Report report) {
        public Flags {
            probability = Map.copyOf(probability);
        }

        /** Whether the text's hits count. */
        public boolean passes(Article a) {
            Double p = probability.get(a.id());
            return p != null && p >= report.threshold();
        }
    }

    /** Loads the model and flags the texts. */
    public Flags flag(List<Article> articles, Progress progress) throws InputException {
        return flag(ModelFile.load(model), label, threshold, articles, progress);
    }

    /** Flags the texts with a model in hand (the per-fold gates of {@code lexicon learn --tune}). */
    public static Flags flag(TrainedModel m, String label, double threshold, List<Article> articles, Progress progress) {
        int li = labelIndex(m, label);
        String field = m.info().labelField();
        List<Prediction> preds = m.predict(articles, field, null, 0, progress);
        Map<String, Double> prob = new HashMap<>();
        for (Prediction p : preds) prob.put(p.id(), p.probability(li));
        return new Flags(prob, report(m.labels(), m.labels().get(li), field, threshold, preds));
    }

    /** The index of the gate label among the model's labels (case ignored); a label the model lacks is the user's mistake. */
    static int labelIndex(TrainedModel m, String label) {
        for (int i = 0; i < m.labels().size(); i++) if (m.labels().get(i).equalsIgnoreCase(label.strip())) return i;
        throw new OptionException("gate_label", label, "the gate model predicts " + String.join(", ", m.labels()));
    }

    /** The report of a gate from predictions with gold values (null gold: not scored). */
    static Report report(List<String> labels, String label, String field, double threshold, List<Prediction> preds) {
        int li = labels.indexOf(label);
        int passed = 0, passedGold = 0, gold = 0, goldPassed = 0;
        List<Prediction> scored = new ArrayList<>();
        for (Prediction p : preds) {
            boolean pass = p.probability(li) >= threshold;
            if (pass) passed++;
            if (p.gold() == null || !labels.contains(p.gold())) continue;
            scored.add(p);
            boolean isLabel = p.gold().equals(label);
            if (isLabel) gold++;
            if (pass && isLabel) {
                passedGold++;
                goldPassed++;
            }
        }
        int passedScored = 0;
        for (Prediction p : scored) if (p.probability(li) >= threshold) passedScored++;
        double acc = Double.NaN, f1 = Double.NaN;
        if (!scored.isEmpty()) {
            double[] af = Metrics.accuracyMacroF1(Metrics.confusion(labels, scored));
            acc = af[0];
            f1 = af[1];
        }
        return new Report(label, threshold, preds.size(), passed, field, scored.size(), acc, f1,
                passedScored == 0 ? Double.NaN : (double) passedGold / passedScored, gold == 0 ? Double.NaN : (double) goldPassed / gold);
    }

    /** The hits of the texts that pass; none for the others. */
    public static Function<Article, List<Hit>> filter(Function<Article, List<Hit>> hitsOf, java.util.function.Predicate<Article> passes) {
        return a -> passes.test(a) ? hitsOf.apply(a) : List.of();
    }
}
