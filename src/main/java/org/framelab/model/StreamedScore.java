package org.framelab.model;

import org.framelab.corpus.Article;
import org.framelab.util.InputException;
import org.framelab.util.Progress;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * Scores a saved model on labelled articles that arrive in batches ({@link Evaluation#score} is one
 * batch): each batch is checked and predicted, and only the {@link Prediction} records are kept (id,
 * gold, predicted, probabilities, group; about 200 bytes each), never the articles. The checks,
 * messages, warnings and metrics are those of scoring the whole list at once: labels missing or
 * unknown to the model are an error after the last batch, with the counts over all articles (once a
 * batch fails the check, later batches are only counted, not predicted). A group field asked for that no
 * article has a value for is an error too, as in {@link FoldPlan#grouped}.
 */
public final class StreamedScore {
    private final TrainedModel model;
    private final String labelField;
    private final String groupField;
    private final Set<String> known;
    private final List<Prediction> predictions = new ArrayList<>();
    private final Map<String, String> canonical = new HashMap<>();
    private final Map<String, Integer> unknown = new TreeMap<>();
    private final List<String> missingIds = new ArrayList<>();
    private Article first;
    private long articles;
    private long withOutlet;
    private long withGroup;
    private long missing;
    /** The model's training outlets (null: not recorded), the articles from them and their outlets as written. */
    private final java.util.Set<String> trainingOutlets;
    private long fromTraining;
    private final java.util.TreeSet<String> seenOutlets = new java.util.TreeSet<>();
    /** Whether an outlet as written is one of the training outlets: looked up once per outlet, not per article. */
    private final Map<String, Boolean> seenInTraining = new java.util.HashMap<>();
    /** Articles without the label, by outlet as written (stripped; "" for none). */
    private final Map<String, Long> missingByOutlet = new TreeMap<>();
    /** Receives the token counts of the scored articles, or null. */
    private TextLengths.Counter lengths;
    /** The ratings table the label is joined from, or null (the label is the corpus's own). */
    private String joinedFrom;

    /**
     * @param groupField field recorded per prediction for per-group metrics and warnings; null = the
     *                   outlet when at least 90% of all articles have one (decided after the last batch)
     */
    public StreamedScore(TrainedModel model, String labelField, String groupField) {
        this.model = model;
        this.labelField = labelField;
        this.groupField = groupField;
        this.known = new HashSet<>(model.labels());
        this.trainingOutlets = model.trainingOutlets() == null ? null : new HashSet<>(model.trainingOutlets());
    }

    /** Checks and predicts one batch (features in parallel, the classifier in order). */
    public void add(List<Article> batch, Progress progress) {
        for (Article a : batch) {
            if (first == null) first = a;
            articles++;
            if (!a.outlet().isBlank()) {
                withOutlet++;
                if (trainingOutlets != null && seenInTraining.computeIfAbsent(a.outlet(),
                        o -> trainingOutlets.contains(org.framelab.corpus.OutletNameKeys.caseKey(o)))) {
                    fromTraining++;
                    seenOutlets.add(a.outlet().strip());
                }
            }
            if (groupField != null && !Trainer.groupOf(a, groupField).isEmpty()) withGroup++;
            String l = Trainer.labelOf(a, labelField);
            if (l == null) {
                missing++;
                if (missingIds.size() < 5) missingIds.add(a.id());
                missingByOutlet.merge(a.outlet().strip(), 1L, Long::sum);
            } else if (!known.contains(l)) {
                unknown.merge(l, 1, Integer::sum);
            }
        }
        if (missing > 0 || !unknown.isEmpty()) {
            predictions.clear();   // the run fails in finish(): no need to predict further
            return;
        }
        String group = groupField != null ? groupField : "outlet";
        for (Prediction p : model.predict(batch, labelField, group, 0, progress, lengths)) {
            predictions.add(new Prediction(p.id(), canonical(p.gold()), p.predicted(), p.probabilities(), p.fold(), canonical(p.group())));
        }
    }

    /**
     * Says that the label field is joined per outlet from a ratings table ({@code --outlet-labels} {@code table}), so that
     * articles without the label are reported by outlet, as outlets the table lacks ({@link OutletLabelGaps}).
     */
    public void labelsJoinedFrom(String table) {
        this.joinedFrom = table;
    }

    /** Counts the tokens of the scored articles into {@code counter} as they are predicted (null: not counted). */
    public void countLengths(TextLengths.Counter counter) {
        this.lengths = counter;
    }

    /** Articles seen so far. */
    public long articles() {
        return articles;
    }

    /** The checks over all articles, then the metrics (bootstrap by group when {@code settings} asks and there is a group). */
    public EvaluationResult finish(Metrics.Settings settings) throws InputException {
        if (missing > 0 && joinedFrom != null) throw OutletLabelGaps.missing(missing, articles, missingByOutlet, labelField, joinedFrom);
        if (missing > 0) throw Trainer.missingLabels(missing, articles, missingIds, first, labelField);
        if (!unknown.isEmpty()) {
            throw new InputException("Labels not known to the model in field '" + labelField + "': " + unknown
                    + " (model labels: " + model.labels() + ").\n  What to do: check --label, or remove those rows.");
        }
        // a group field asked for that no article has: refused as train refuses it (not an empty per-group table)
        if (groupField != null && articles > 0 && withGroup == 0) throw FoldPlan.noGroupValue(groupField);
        boolean outlets = articles > 0 && withOutlet >= 0.9 * articles;   // Evaluation.outletFieldOf over all articles
        String group = groupField != null ? groupField : outlets ? "outlet" : null;
        List<Prediction> preds = predictions;
        if (group == null) {
            preds = new ArrayList<>(predictions.size());
            for (Prediction p : predictions) preds.add(new Prediction(p.id(), p.gold(), p.predicted(), p.probabilities(), p.fold(), ""));
        }
        String majority = model.info().labelCounts().entrySet().stream()
                .max(Map.Entry.<String, Integer>comparingByValue().thenComparing(Map.Entry.comparingByKey(java.util.Comparator.reverseOrder())))
                .map(Map.Entry::getKey).orElse(model.labels().get(0));
        List<String> warnings = new ArrayList<>();
        if (group != null) {
            Map<String, Map<String, Integer>> labelsOf = new TreeMap<>();
            for (Prediction p : preds) {
                if (p.group().isEmpty() || p.gold() == null) continue;
                labelsOf.computeIfAbsent(p.group(), x -> new TreeMap<>()).merge(p.gold(), 1, Integer::sum);
            }
            String w = Evaluation.constantLabelWarning(labelsOf, labelField, group, null);
            if (w != null) warnings.add(w + " " + trainingOutletStatement(group));
            else if (fromTraining > 0) warnings.add(trainingOutletStatement(group));
        }
        Metrics.Settings s = new Metrics.Settings(settings.bootstrapResamples(), settings.seed(), settings.bootstrapGroups() && group != null);
        return Metrics.evaluate("saved model scored on " + articles + " articles", model.labels(), preds,
                Map.of(0, majority), Map.of(0, model.info().trainingSize()), s, warnings);
    }

    /**
     * What the articles' outlets say about the score: how many come from outlets the model was trained on (an article of a
     * training outlet is recognised by its outlet's style, not only its framing), none, or unknown for a model file that does
     * not record its training outlets.
     */
    String trainingOutletStatement(String group) {
        if (trainingOutlets == null) {
            return "This model file does not record its training outlets (written before FrameLab recorded them): if these"
                    + " articles' outlets were in its training data, the score measures outlet recognition as much as framing.";
        }
        if (fromTraining == 0) {
            return "None of these articles comes from an outlet the model was trained on: the score measures generalisation to unseen outlets.";
        }
        List<String> some = new ArrayList<>(seenOutlets).subList(0, Math.min(3, seenOutlets.size()));
        return String.format(java.util.Locale.ROOT, "%,d of %,d articles come from %d outlet%s the model was trained on (%s%s): for them the"
                        + " score measures outlet recognition as much as framing; for a score on unseen outlets evaluate on outlets"
                        + " the model has not seen (train --exclude-outlets, or a split by outlet).", fromTraining, articles, seenOutlets.size(),
                seenOutlets.size() == 1 ? "" : "s", String.join(", ", some), seenOutlets.size() > 3 ? ", ..." : "");
    }

    private String canonical(String s) {
        return s == null ? null : canonical.computeIfAbsent(s, x -> x);
    }
}
