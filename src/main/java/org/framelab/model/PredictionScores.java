package org.framelab.model;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.framelab.corpus.Article;
import org.framelab.corpus.CorpusException;
import org.framelab.util.InputException;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * A cross-validation scored from its predictions alone: reads a predictions file with gold labels (the
 * layout {@link PredictionsCsv} writes: {@code id,gold,predicted,fold,group,p_<label>...}, then any article fields, e.g. one a Spark
 * job wrote) and computes the {@link EvaluationResult} with the same code as {@link Evaluation#run}
 * ({@link Metrics#evaluate}, {@link Evaluation#warnings}). A fold's training part is taken to be the
 * predictions of the other folds (k-fold cross-validation: every article is tested once), which gives the
 * majority-class baseline and the training sizes; with a single fold the training part is unknown and
 * there is no baseline.
 */
public final class PredictionScores {
    private PredictionScores() {}

    /** The predictions of a file and the label order of its probability columns. */
    public record Read(List<String> labels, List<Prediction> predictions) {
        public Read {
            labels = List.copyOf(labels);
            predictions = List.copyOf(predictions);
        }
    }

    private static final List<String> FIXED = List.of("id", "gold", "predicted", "fold", "group");

    private static boolean isArticleField(String h) {
        for (PredictionColumns.Column c : PredictionColumns.Column.values()) if (c.header().equals(h)) return true;
        return false;
    }

    /** Reads {@code file}; every problem is an {@link InputException} naming the file, the line and what to do. */
    public static Read read(Path file) throws InputException {
        String name = file.toString();
        String redo = "write the file with the train step of the job (or framelab train --predictions-out), unchanged";
        try (Reader r = Files.newBufferedReader(file, StandardCharsets.UTF_8);
             CSVParser p = CSVFormat.RFC4180.builder().get().parse(r)) {
            Iterator<CSVRecord> it = p.iterator();
            if (!it.hasNext()) throw new CorpusException(name, -1, null, "the file is empty (no header line)", redo);
            List<String> header = it.next().toList();
            if (header.size() < FIXED.size() + 1 || !header.subList(0, FIXED.size()).equals(FIXED)) {
                throw new CorpusException(name, 1, null, "the header is " + String.join(",", header) + ", expected "
                        + String.join(",", FIXED) + ",p_<label>... (predictions with gold labels)", redo);
            }
            List<String> labels = new ArrayList<>();
            int fields = 0; // the article fields after the probabilities (PredictionColumns), ignored here
            for (String h : header.subList(FIXED.size(), header.size())) {
                boolean field = labels.size() > 0 && isArticleField(h);
                if (field || fields > 0) {
                    if (!field) throw new CorpusException(name, 1, h, "not an article field (outlet, date, title) after the probability columns", redo);
                    fields++;
                    continue;
                }
                if (!h.startsWith("p_") || h.length() == 2) {
                    throw new CorpusException(name, 1, h, "not a probability column (p_<label>)", redo);
                }
                labels.add(h.substring(2));
            }
            List<Prediction> preds = new ArrayList<>();
            long line = p.getCurrentLineNumber() + 1;
            while (it.hasNext()) {
                CSVRecord rec = it.next();
                if (rec.size() == 1 && rec.get(0).isEmpty()) { line = p.getCurrentLineNumber() + 1; continue; }
                if (rec.size() != header.size()) {
                    throw new CorpusException(name, line, null, rec.size() + " cells where the header has " + header.size(), redo);
                }
                preds.add(prediction(rec, labels, name, line, redo));
                line = p.getCurrentLineNumber() + 1;
            }
            if (preds.isEmpty()) throw new CorpusException(name, -1, null, "the file has no predictions", redo);
            return new Read(labels, preds);
        } catch (UncheckedIOException e) {
            throw new CorpusException(name, -1, null, "not a readable CSV file (" + e.getCause().getMessage() + ")", redo, e);
        } catch (IOException e) {
            throw new CorpusException(name, -1, null, "cannot read the file (" + e.getMessage() + ")", "check that it exists and is readable", e);
        }
    }

    private static Prediction prediction(CSVRecord rec, List<String> labels, String file, long line, String redo) throws InputException {
        String gold = rec.get(1), predicted = rec.get(2);
        if (gold.isEmpty()) throw new CorpusException(file, line, "gold", "no gold label", "score only labelled articles; " + redo);
        for (String[] v : new String[][]{{"gold", gold}, {"predicted", predicted}}) {
            if (!labels.contains(v[1])) {
                throw new CorpusException(file, line, v[0], "'" + v[1] + "' is not one of the labels of the header (" + String.join(", ", labels) + ")", redo);
            }
        }
        int fold;
        try {
            fold = Integer.parseInt(rec.get(3));
        } catch (NumberFormatException e) {
            throw new CorpusException(file, line, "fold", "'" + rec.get(3) + "' is not a fold number", redo);
        }
        if (fold < 0) throw new CorpusException(file, line, "fold", "negative fold " + fold, redo);
        double[] probs = new double[labels.size()];
        for (int i = 0; i < probs.length; i++) {
            String s = rec.get(FIXED.size() + i);
            try {
                probs[i] = Double.parseDouble(s);
            } catch (NumberFormatException e) {
                throw new CorpusException(file, line, "p_" + labels.get(i), "'" + s + "' is not a probability", redo);
            }
            if (!(probs[i] >= 0 && probs[i] <= 1)) throw new CorpusException(file, line, "p_" + labels.get(i), s + " is not between 0 and 1", redo);
        }
        return new Prediction(rec.get(0), gold, predicted, probs, fold, rec.get(4));
    }

    /**
     * The evaluation of the predictions, as {@link Evaluation#run} would summarise the same predictions.
     *
     * @param labelField the label the predictions are of (for the warnings)
     * @param groupField the field in the predictions' group column (e.g. outlet), or null when the folds were not grouped
     *                   and the column holds the outlet
     * @param grouped    whether the folds kept the groups apart (the bootstrap then resamples groups where there are enough)
     * @param bootstrap  bootstrap resamples of the 95% intervals
     */
    public static EvaluationResult evaluate(Read read, String protocol, String labelField, String groupField, boolean grouped,
                                            int bootstrap, long seed) {
        List<Prediction> preds = read.predictions();
        String group = groupField != null ? groupField : "outlet";
        List<Article> articles = new ArrayList<>(preds.size());
        Map<Integer, List<Integer>> byFold = new TreeMap<>();
        for (int i = 0; i < preds.size(); i++) {
            Prediction p = preds.get(i);
            Map<String, String> meta = new LinkedHashMap<>();
            meta.put(group, p.group());
            articles.add(new Article(p.id(), "", "", group.equals("outlet") ? p.group() : "", null, "", List.of(),
                    Map.of(labelField, p.gold()), meta, List.of()));
            byFold.computeIfAbsent(p.fold(), f -> new ArrayList<>()).add(i);
        }
        List<FoldPlan.Fold> folds = new ArrayList<>();
        for (Map.Entry<Integer, List<Integer>> e : byFold.entrySet()) {
            int[] test = e.getValue().stream().mapToInt(Integer::intValue).toArray();
            int[] train = byFold.size() == 1 ? new int[0]
                    : java.util.stream.IntStream.range(0, preds.size()).filter(i -> preds.get(i).fold() != e.getKey()).toArray();
            folds.add(new FoldPlan.Fold(e.getKey(), train, test));
        }
        FoldPlan plan = new FoldPlan(protocol, grouped ? group : null, folds);
        Map<Integer, String> majority = new TreeMap<>();
        Map<Integer, Integer> trainSizes = new TreeMap<>();
        for (FoldPlan.Fold f : folds) {
            // one fold: no training part to take the majority of; a placeholder, the baseline is dropped below
            majority.put(f.index(), f.train().length == 0 ? read.labels().get(0)
                    : Trainer.majority(Evaluation.pick(articles, f.train()), labelField, read.labels()));
            trainSizes.put(f.index(), f.train().length);
        }
        List<String> warnings = folds.size() == 1 ? List.of() : Evaluation.warnings(articles, plan, labelField, group,
                Evaluation.MERGE_VARIANTS_HINT_RECORDED);
        Metrics.Settings s = new Metrics.Settings(bootstrap, seed, grouped);
        EvaluationResult r = Metrics.evaluate(protocol, read.labels(), preds, majority, trainSizes, s, warnings);
        if (folds.size() > 1) return r;
        return new EvaluationResult(r.protocol(), r.labels(), r.n(), r.accuracy(), r.macroF1(), r.weightedF1(), r.kappa(), r.mcc(),
                r.rocAuc(), r.perClass(), r.confusion(), r.roc(), r.perGroup(), null, r.ci95(), r.folds(), r.warnings(), r.predictions());
    }
}
