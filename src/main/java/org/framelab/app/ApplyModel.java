package org.framelab.app;

import org.framelab.corpus.Article;
import org.framelab.corpus.ArticleStream;
import org.framelab.corpus.CorpusException;
import org.framelab.model.Evaluation;
import org.framelab.model.EvaluationResult;
import org.framelab.model.Metrics;
import org.framelab.model.Overlap;
import org.framelab.model.OverlapCheck;
import org.framelab.model.Prediction;
import org.framelab.model.PredictionColumns;
import org.framelab.model.PredictionsCsv;
import org.framelab.model.StreamedScore;
import org.framelab.model.TextLengths;
import org.framelab.model.TrainedModel;
import org.framelab.util.AtomicFiles;
import org.framelab.util.InputException;
import org.framelab.util.OptionException;
import org.framelab.util.Progress;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Apply a saved model: score it on labelled articles ({@code evaluate}) or label new ones ({@code predict}).
 * The stream forms read the corpus {@link #BATCH} articles at a time (features computed in parallel
 * within a batch, the classifier applied in order), so memory does not grow with the corpus: predict
 * holds one batch; evaluate holds one batch plus the small {@link Prediction} records its metrics need.
 */
public final class ApplyModel {
    private ApplyModel() {}

    /** Articles per batch of the stream forms. */
    public static final int BATCH = 2000;

    /** Receives predictions one at a time, in input order. */
    @FunctionalInterface
    public interface PredictionSink {
        void accept(Prediction p) throws IOException;
    }

    /**
     * What a streamed predict did.
     *
     * @param articles articles predicted
     * @param counts   articles per predicted label, by label
     * @param lengths  the length distribution of the predicted texts in tokens (null when there were none, or when the model
     *                 file does not record its training lengths: they are then not counted)
     * @param warnings what the user must know about the predictions (texts far shorter than the training texts: {@link LengthCheck})
     */
    public record Predicted(long articles, Map<String, Long> counts, TextLengths lengths, List<String> warnings) {
        public Predicted {
            warnings = List.copyOf(warnings);
        }
    }

    /** What is said of texts to predict. */
    static final String PREDICTED = "texts to predict";
    /** What is said of texts to evaluate on. */
    static final String EVALUATED = "texts to evaluate on";

    /** The result with the warning of {@link LengthCheck} (if any) added to its warnings. */
    private static EvaluationResult withLengthWarning(EvaluationResult r, TrainedModel model, TextLengths.Counter lengths) {
        String w = LengthCheck.warning(model.trainingLengths(), lengths.lengths(), EVALUATED);
        return w.isEmpty() ? r : r.withWarning(w);
    }

    /** Scores the model on labelled articles, with bootstrap intervals grouped by {@code groupField} when given. */
    public static EvaluationResult evaluate(TrainedModel model, List<Article> articles, String labelField, String groupField,
                                            int bootstrap, long seed, Progress progress) throws InputException {
        return evaluate(model, articles, labelField, groupField, bootstrap, seed, false, progress);
    }

    /**
     * The same, with the articles checked against the model's training texts ({@link Overlap}); with
     * {@code dedupe} the duplicates are not scored.
     */
    public static EvaluationResult evaluate(TrainedModel model, List<Article> articles, String labelField, String groupField,
                                            int bootstrap, long seed, boolean dedupe, Progress progress) throws InputException {
        OverlapFilter overlap = new OverlapFilter(model, dedupe);
        List<Article> kept = overlap.keep(articles);
        overlap.checkLeft();
        // scored as Evaluation.score does, the lengths read from the text.tokens values the prediction computes
        StreamedScore score = new StreamedScore(model, labelField, groupField);
        TextLengths.Counter lengths = new TextLengths.Counter();
        if (model.trainingLengths() != null) score.countLengths(lengths);
        score.add(kept, progress);
        return withLengthWarning(overlap.finish(score.finish(new Metrics.Settings(bootstrap, seed, true))), model, lengths);
    }

    /**
     * {@link #evaluate(TrainedModel, List, String, String, int, long, Progress)} on a stream, {@code batch}
     * articles at a time: only the predictions are kept. The stream's provenance is complete afterwards.
     */
    public static EvaluationResult evaluate(TrainedModel model, ArticleStream source, int batch, String labelField, String groupField,
                                            int bootstrap, long seed, Progress progress) throws InputException {
        return evaluate(model, source, batch, labelField, groupField, bootstrap, seed, false, progress);
    }

    /** The stream form with the overlap check and {@code dedupe} of {@link #evaluate(TrainedModel, List, String, String, int, long, boolean, Progress)}. */
    public static EvaluationResult evaluate(TrainedModel model, ArticleStream source, int batch, String labelField, String groupField,
                                            int bootstrap, long seed, boolean dedupe, Progress progress) throws InputException {
        return evaluate(model, source, batch, labelField, groupField, bootstrap, seed, dedupe, null, progress);
    }

    /**
     * The same, keeping the article fields of every scored article in {@code fields} (null: none), in the order of
     * the result's predictions: {@code fields.values(i)} belongs to {@code predictions().get(i)}.
     */
    public static EvaluationResult evaluate(TrainedModel model, ArticleStream source, int batch, String labelField, String groupField,
                                            int bootstrap, long seed, boolean dedupe, PredictionColumns.Store fields, Progress progress)
            throws InputException {
        Metrics.Settings settings = new Metrics.Settings(bootstrap, seed, true);
        StreamedScore score = new StreamedScore(model, labelField, groupField);
        if (source.provenance().joinedLabelFields().contains(labelField)) score.labelsJoinedFrom("given with --outlet-labels");
        TextLengths.Counter lengths = new TextLengths.Counter();
        if (model.trainingLengths() != null) score.countLengths(lengths);
        OverlapFilter overlap = new OverlapFilter(model, dedupe);
        Batches b = new Batches(source, batch, progress, "Evaluating");
        for (List<Article> articles = b.next(); articles != null; articles = b.next()) {
            List<Article> kept = overlap.keep(articles);
            if (fields != null) fields.addAll(kept);
            score.add(kept, Progress.NONE);
        }
        b.done();
        progress.start("Metrics (" + score.articles() + " articles, " + bootstrap + " bootstrap resamples)", -1);
        overlap.checkLeft();
        EvaluationResult r = withLengthWarning(overlap.finish(score.finish(settings)), model, lengths);
        progress.done();
        return r;
    }

    /** The check of evaluated articles against the model's training texts, when the model file keeps their fingerprints. */
    private static final class OverlapFilter {
        private final OverlapCheck.AgainstTraining check;
        private final boolean dedupe;
        private long kept;

        OverlapFilter(TrainedModel model, boolean dedupe) {
            this.check = model.trainingTexts() == null ? null : new OverlapCheck.AgainstTraining(model.trainingTexts());
            this.dedupe = dedupe;
        }

        /** The batch to score: without the duplicates of training texts when deduplicating. */
        List<Article> keep(List<Article> batch) {
            if (check == null) return batch;
            boolean[] flagged = check.check(batch);
            List<Article> out = dedupe ? new ArrayList<>(batch.size()) : batch;
            if (dedupe) for (int i = 0; i < flagged.length; i++) if (!flagged[i]) out.add(batch.get(i));
            kept += out.size();
            return out;
        }

        /** Refuses an evaluation whose every article was dropped as a duplicate. */
        void checkLeft() throws InputException {
            int dropped = check == null ? 0 : check.report(dedupe).dropped();
            if (dedupe && kept == 0 && dropped > 0) {
                throw new InputException("Every article duplicates a training text of the model (" + dropped
                        + " dropped by --dedupe): nothing is left to evaluate.\n  What to do: evaluate on articles the model was not trained on.");
            }
        }

        EvaluationResult finish(EvaluationResult r) {
            return r.withOverlap(check == null ? Overlap.notChecked(Overlap.NO_FINGERPRINTS, dedupe) : check.report(dedupe));
        }
    }

    /** The model's prediction for every article, in order. */
    public static List<Prediction> predict(TrainedModel model, List<Article> articles, Progress progress) {
        return model.predict(articles, null, null, 0, progress);
    }

    /**
     * The model's prediction for every article of a stream, handed to {@code sink} in input order as
     * each batch of {@code batch} articles is done; at most one batch is held.
     */
    public static Predicted predict(TrainedModel model, ArticleStream source, int batch, PredictionSink sink, Progress progress)
            throws CorpusException, IOException {
        return predictEach(model, source, batch, (a, p) -> sink.accept(p), progress);
    }

    /** Receives each article with its prediction, in input order. */
    @FunctionalInterface
    public interface ArticleSink {
        void accept(Article article, Prediction p) throws IOException;
    }

    /** {@link #predict(TrainedModel, ArticleStream, int, PredictionSink, Progress)} handing over the article too. */
    public static Predicted predictEach(TrainedModel model, ArticleStream source, int batch, ArticleSink sink, Progress progress)
            throws CorpusException, IOException {
        Map<String, Long> counts = new TreeMap<>();
        long n = 0;
        TextLengths.Counter lengths = new TextLengths.Counter();
        Batches b = new Batches(source, batch, progress, "Predicting");
        for (List<Article> articles = b.next(); articles != null; articles = b.next()) {
            List<Prediction> predictions = model.predict(articles, null, null, 0, Progress.NONE, model.trainingLengths() == null ? null : lengths);
            for (int i = 0; i < predictions.size(); i++) {
                Prediction p = predictions.get(i);
                sink.accept(articles.get(i), p);
                counts.merge(p.predicted(), 1L, Long::sum);
                n++;
            }
        }
        b.done();
        TextLengths predicted = lengths.lengths();
        String w = LengthCheck.warning(model.trainingLengths(), predicted, PREDICTED);
        return new Predicted(n, counts, predicted, w.isEmpty() ? List.of() : List.of(w));
    }

    /**
     * Streams the predictions into a CSV file ({@code id,predicted,p_<label>...}): written to a temporary
     * file beside {@code output} and moved into place at the end, so a failure leaves no partial file.
     */
    public static Predicted predictToCsv(TrainedModel model, ArticleStream source, Path output, boolean raw, Progress progress)
            throws CorpusException, IOException {
        return predictToCsv(model, source, output, raw, List.of(), progress);
    }

    /**
     * The same with the article fields {@code columns} after the probabilities ({@link PredictionColumns}; e.g.
     * {@code PredictionColumns.defaults(source.provenance().mapping())}: outlet and date when the corpus has them).
     */
    public static Predicted predictToCsv(TrainedModel model, ArticleStream source, Path output, boolean raw,
                                         List<PredictionColumns.Column> columns, Progress progress) throws CorpusException, IOException {
        Predicted[] result = new Predicted[1];
        try {
            AtomicFiles.writeText(output, w -> {
                PredictionsCsv.Rows rows = new PredictionsCsv.Rows(w, model.labels(), false, raw, columns);
                try {
                    result[0] = predictEach(model, source, BATCH, (a, p) -> rows.write(p, PredictionColumns.values(columns, a)), progress);
                } catch (CorpusException e) {
                    throw new IOException(e.getMessage(), e);
                }
                rows.flush();
            });
        } catch (IOException e) {
            if (e.getCause() instanceof CorpusException c) throw c;
            throw e;
        }
        return result[0];
    }

    /** Reads a stream in batches, reporting progress in bytes of input (articles when the size is unknown). */
    private static final class Batches {
        private final ArticleStream source;
        private final int size;
        private final Progress progress;
        private final boolean byBytes;
        private long reported;

        Batches(ArticleStream source, int size, Progress progress, String task) {
            OptionException.check(size >= 1, "batch", size, "at least 1");
            this.source = source;
            this.size = size;
            this.progress = progress;
            long total = source.totalBytes();
            this.byBytes = total > 0;
            progress.start(task, byBytes ? total : -1, byBytes ? "bytes" : "articles");
        }

        /** The next batch, or null at the end. */
        List<Article> next() throws CorpusException {
            progress.checkCancelled();
            List<Article> batch = new ArrayList<>(size);
            while (batch.size() < size && more()) batch.add(source.nextArticle());
            if (byBytes) {
                long now = source.bytesRead();
                if (now > reported) progress.step(now - reported);
                reported = Math.max(reported, now);
            } else {
                progress.step(batch.size());
            }
            return batch.isEmpty() ? null : batch;
        }

        /** {@code hasNext} with bad data as the checked {@link CorpusException} (the iterator wraps it). */
        private boolean more() throws CorpusException {
            try {
                return source.hasNext();
            } catch (java.io.UncheckedIOException e) {
                if (e.getCause() != null && e.getCause().getCause() instanceof CorpusException c) throw c;
                throw e;
            }
        }

        void done() {
            progress.done();
        }
    }
}
