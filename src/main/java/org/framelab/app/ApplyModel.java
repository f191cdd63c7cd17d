package org.framelab.app;

import org.framelab.corpus.Article;
import org.framelab.model.Evaluation;
import org.framelab.model.EvaluationResult;
import org.framelab.model.Metrics;
import org.framelab.model.Prediction;
import org.framelab.model.TrainedModel;
import org.framelab.util.InputException;
import org.framelab.util.Progress;

import java.util.List;

/** Apply a saved model: score it on labelled articles ({@code evaluate}) or label new ones ({@code predict}). */
public final class ApplyModel {
    private ApplyModel() {}

    /** Scores the model on labelled articles, with bootstrap intervals grouped by {@code groupField} when given. */
    public static EvaluationResult evaluate(TrainedModel model, List<Article> articles, String labelField, String groupField,
                                            int bootstrap, long seed, Progress progress) throws InputException {
        return Evaluation.score(model, articles, labelField, groupField, new Metrics.Settings(bootstrap, seed, true), progress);
    }

    /** The model's prediction for every article, in order. */
    public static List<Prediction> predict(TrainedModel model, List<Article> articles, Progress progress) {
        return model.predict(articles, null, null, 0, progress);
    }
}
