package org.framelab.spark;

import org.apache.spark.sql.SparkSession;
import org.framelab.cli.ExitCodes;
import org.framelab.cli.FeatureCliOptions;
import org.framelab.util.InputException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

import java.io.IOException;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;

/** {@code framelab spark aggregate PATH... -o DIR}: group statistics (the report's groups.csv), category counts and top terms in Spark. */
@Command(name = "aggregate", mixinStandardHelpOptions = true,
        description = {"Describe every framing feature by group in Spark: DIR/groups.csv (the columns and numbers of the report's "
                + "groups.csv: n, mean, sd, median, quartiles, 95%% CI, missing), DIR/categories.csv (articles per category of each "
                + "categorical field within each group), DIR/top-terms.csv (the top scare-quoted terms, attribution verbs and actor verbs "
                + "per group) and DIR/manifest.json.",
                "Example: ./framelab spark aggregate datasets/demo/articles.jsonl -o reports/spark-groups --group-by outlet,leaning,month"})
public final class AggregateCommand implements Callable<Integer> {
    @Mixin
    JobInputOptions input;

    @Option(names = "--group-by", paramLabel = "FIELD", split = ",", defaultValue = "outlet",
            description = "Fields to group by, comma-separated: outlet, year, quarter, month, week, day (periods of the date), "
                    + "a label or any input field. Default: ${DEFAULT-VALUE}.")
    List<String> groupBy = new ArrayList<>();

    @Option(names = "--categories", paramLabel = "FIELD", split = ",",
            description = "Categorical fields whose articles are counted per group, comma-separated; 'none' for no counts. "
                    + "Default: the label fields of the mapping.")
    List<String> categories;

    @Option(names = "--top", paramLabel = "N", defaultValue = "" + SparkAggregate.DEFAULT_TOP,
            description = "Terms kept per group, family and category in top-terms.csv. Default: ${DEFAULT-VALUE}.")
    int top;

    @Mixin
    FeatureCliOptions features;

    @Override
    public Integer call() throws InputException, IOException {
        JobInput in = input.toJobInput();
        String families = features.families("framing");
        List<String> cats = categories == null ? null
                : categories.size() == 1 && categories.get(0).strip().equalsIgnoreCase("none") ? List.of() : strip(categories);
        // the request checks the fields and --top before a session starts
        new SparkAggregate.Request(strip(groupBy), cats == null ? List.of() : cats, top);
        SparkSession spark = SparkSessions.open(input.master(), "framelab aggregate");
        long t0 = System.nanoTime();
        AggregateJob.Result r = AggregateJob.run(spark, new AggregateJob.Request(in, features.toFeatureOptions(), families, input.output(),
                strip(groupBy), cats, top));
        PrintWriter out = input.out();
        out.printf(Locale.ROOT, "articles:   %,d (of %,d records; %,d bad rows left out%s)%n", r.aggregate().articles(), r.census().records(),
                r.census().bad(), r.census().bad() > 0 ? ", first ones in " + input.output() + "/bad-rows.csv" : "");
        JobManifest.printNotes(r.census(), input.err());
        for (String gf : r.request().groupFields()) {
            long groups = r.aggregate().groups().stream().filter(g -> g.groupField().equals(gf)).map(g -> g.group()).distinct().count();
            long without = r.aggregate().withoutGroup().get(gf);
            out.printf(Locale.ROOT, "group by %s: %,d groups%s%n", gf, groups, without > 0 ? String.format(Locale.ROOT,
                    " (%,d articles without a value left out)", without) : "");
        }
        out.printf(Locale.ROOT, "features:   %,d columns (%s)%n", r.aggregate().features().size(), families);
        for (Map.Entry<String, Integer> e : r.rows().entrySet()) out.printf(Locale.ROOT, "output:     %s/%s (%,d rows)%n", input.output(), e.getKey(), e.getValue());
        SparkSessions.printEnd(out, spark, t0, 12);
        out.flush();
        return ExitCodes.OK;
    }

    private static List<String> strip(List<String> fields) {
        return fields.stream().map(String::strip).toList();
    }
}
