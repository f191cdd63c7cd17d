package org.framelab.spark;

import org.apache.spark.sql.SparkSession;
import org.framelab.app.FeatureStep;
import org.framelab.features.FeatureOptions;
import org.framelab.features.FeatureSets;
import org.framelab.features.FittedFeatures;
import org.framelab.features.FramingSpec;
import org.framelab.util.InputException;
import org.framelab.util.OptionException;
import org.framelab.util.Progress;

import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * {@code framelab spark aggregate}: group statistics of the framing features computed in Spark
 * ({@link SparkAggregate}), written on the driver as small files:
 *
 * <pre>
 * DIR/groups.csv       per group field, feature and group: the report's groups.csv columns and numbers
 * DIR/categories.csv   articles per category of each categorical field within each group
 * DIR/top-terms.csv    per group: the top scare-quoted terms, attribution verbs and actor verbs
 * DIR/bad-rows.csv     the first bad rows: file, line, reason (only when there are some)
 * DIR/manifest.json    job, versions, master, input, mapping, fields, counts, timings
 * </pre>
 */
public final class AggregateJob {
    private AggregateJob() {}

    /**
     * @param families       the --families spec as given (recorded in the manifest)
     * @param categoryFields categorical fields, or null for the mapping's label fields
     */
    public record Request(JobInput input, FeatureOptions features, String families, String output, List<String> groupFields,
                          List<String> categoryFields, int top) {}

    public record Result(SparkCorpus.Census census, SparkAggregate.Result aggregate, SparkAggregate.Request request, Map<String, Integer> rows) {}

    public static Result run(SparkSession spark, Request r) throws InputException, IOException {
        JobManifest mf = new JobManifest("aggregate", spark);
        FramingSpec spec = (FramingSpec) FeatureSets.parse(r.features());
        if (spec.needsFit()) {
            throw new OptionException("families", r.families(), "n-gram columns need a vocabulary fitted on training articles, and the "
                    + "report's groups.csv leaves them out; aggregate the framing families, e.g. --families framing");
        }
        SparkCorpus corpus = SparkCorpus.open(spark, r.input());
        mf.joinOutletLabels(corpus); // --outlet-labels: a table that cannot be joined stops the job before any output
        List<String> categories = r.categoryFields() != null ? r.categoryFields() : corpus.labelFields();
        SparkAggregate.Request agg = new SparkAggregate.Request(r.groupFields(), categories, r.top());
        SparkAggregate.checkFields(corpus.articles(), agg); // a field no article has: bad input (exit 3) before any output or pass
        FittedFeatures fitted = FeatureStep.fit(List.of(), spec, Progress.NONE).features();
        JobFiles out = JobFiles.of(spark, r.output());
        SparkCorpus.Census census = mf.census(corpus, out, r.input().strict());
        SparkAggregate.Result res = SparkAggregate.run(corpus.articles(), fitted, agg);
        mf.lap("aggregate");
        for (Map.Entry<String, String> e : AggregateTables.of(res, false).entrySet()) out.writeText(e.getKey(), e.getValue());
        Map<String, Integer> rows = new LinkedHashMap<>();
        rows.put("groups.csv", res.groups().size());
        rows.put("categories.csv", res.categories().size());
        rows.put("top-terms.csv", res.topTerms().size());
        Map<String, Object> settings = new LinkedHashMap<>();
        settings.put("group_by", agg.groupFields());
        settings.put("categories", agg.categoryFields());
        settings.put("families", r.families());
        settings.put("features", res.features().size());
        settings.put("top", agg.top());
        settings.put("term_families", SparkAggregate.TERM_FAMILIES);
        Map<String, Object> groups = new LinkedHashMap<>();
        for (String gf : agg.groupFields()) {
            Map<String, Object> g = new LinkedHashMap<>();
            g.put("groups", res.groups().stream().filter(x -> x.groupField().equals(gf)).map(x -> x.group()).distinct().count());
            g.put("articles_without_value", res.withoutGroup().get(gf));
            groups.put(gf, g);
        }
        mf.input(corpus, r.input().paths())
                .put("aggregate", settings)
                .put("groups", groups)
                .put("outputs", rows);
        out.writeText("manifest.json", mf.json());
        return new Result(census, res, agg, rows);
    }
}
