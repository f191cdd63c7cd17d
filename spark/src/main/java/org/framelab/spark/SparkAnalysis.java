package org.framelab.spark;

import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.broadcast.Broadcast;
import org.framelab.corpus.Article;
import org.framelab.features.FeatureExtraction;
import org.framelab.features.FittedFeatures;

import java.io.IOException;
import java.util.Iterator;

/**
 * FrameLab's per-article analysis inside Spark partitions: the fitted feature pipeline (with its lexicons) is
 * broadcast once, and each partition runs the same {@link FeatureExtraction#analyse} the local commands run,
 * article by article, as a lazy iterator (a partition's articles are never all held).
 */
public final class SparkAnalysis {
    private SparkAnalysis() {}

    /** Every good article's row (and, with {@code terms}, its terms-table counts). */
    public static JavaRDD<FeatureExtraction.Analysed> analyse(SparkCorpus corpus, FittedFeatures fitted, boolean terms) throws IOException {
        return analyse(corpus.articles(), JavaSparkContext.fromSparkContext(corpus.session().sparkContext()), fitted, terms);
    }

    /** The same for articles from elsewhere. */
    public static JavaRDD<FeatureExtraction.Analysed> analyse(JavaRDD<Article> articles, JavaSparkContext jsc, FittedFeatures fitted,
                                                              boolean terms) {
        Broadcast<FittedFeatures> b = jsc.broadcast(fitted);
        return articles.mapPartitions(it -> {
            FittedFeatures f = b.value();
            return new Iterator<FeatureExtraction.Analysed>() {
                @Override public boolean hasNext() { return it.hasNext(); }
                @Override public FeatureExtraction.Analysed next() { return FeatureExtraction.analyse(f, it.next(), terms); }
            };
        }, true);
    }
}
