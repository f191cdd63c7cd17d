package org.framelab.model;

import org.framelab.SharedData;
import org.framelab.corpus.Article;
import org.framelab.corpus.ArticleStream;
import org.framelab.corpus.Corpora;
import org.framelab.corpus.ReadOptions;
import org.framelab.features.FeatureOptions;
import org.framelab.features.FeatureSets;
import org.framelab.features.FeatureSpec;
import org.framelab.features.SparseVector;
import org.framelab.util.Progress;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** Real training data for the solver tests and the memory measurement: AllSides articles with framing+ngrams features. */
final class SolverData {
    static final List<String> LABELS = List.of("left", "center", "right");

    final List<Article> articles;
    final SparseVector[] vectors;
    final int columns;
    final int[] y;
    final List<org.framelab.features.FeatureColumn> columnList;

    private SolverData(List<Article> articles, FeatureSpec.FitResult fit) {
        this.articles = articles;
        this.columnList = fit.fitted().columns();
        // dense columns on the n-grams' scale, as Trainer does (denseWeight 1, no outlet selection)
        ColumnScaler scaler = ColumnScaler.fit(columnList, java.util.Arrays.asList(fit.vectors()), 1.0);
        this.vectors = java.util.Arrays.stream(fit.vectors()).map(scaler::apply).toArray(SparseVector[]::new);
        this.columns = columnList.size();
        this.y = new int[articles.size()];
        for (int i = 0; i < y.length; i++) y[i] = LABELS.indexOf(articles.get(i).label("bias"));
    }

    /** The first {@code max} articles of the shared AllSides corpus (fails under CI=true when missing, else skips). */
    static SolverData allSides(int max) throws Exception {
        return allSides(SharedData.require("datasets/allsides/articles.jsonl.gz"), max);
    }

    static SolverData allSides(Path corpus, int max) throws Exception {
        List<Article> list = new ArrayList<>();
        try (ArticleStream s = Corpora.open(corpus, ReadOptions.defaults())) {
            while (s.hasNext() && list.size() < max) list.add(s.next());
        }
        FeatureSpec spec = FeatureSets.parse("framing+ngrams", FeatureOptions.defaults());
        return new SolverData(list, spec.fitTransform(list, Progress.NONE));
    }

    /** The vectors as a RowMatrix (one row per article). */
    RowMatrix matrix() {
        RowMatrix.Builder b = RowMatrix.builder(columns);
        for (SparseVector v : vectors) b.add(v.indices(), v.values(), v.indices().length);
        return b.build();
    }
}
