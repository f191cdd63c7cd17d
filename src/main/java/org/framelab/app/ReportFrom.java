package org.framelab.app;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.framelab.corpus.Article;
import org.framelab.corpus.CorpusException;
import org.framelab.features.FeatureTable;
import org.framelab.model.EvaluationResult;
import org.framelab.model.PredictionScores;
import org.framelab.report.ReportData;
import org.framelab.report.ReportData.TermRow;
import org.framelab.stats.GroupKey;
import org.framelab.util.InputException;
import org.framelab.util.OptionException;
import org.framelab.util.Progress;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * A report from what the Spark job computed ({@code framelab report --from DIR}): the job's per-article
 * table read back with the real feature columns ({@link JobTable}), its terms table, the group comparisons
 * computed here by {@link CompareGroups} (the same code as a local {@code report}), and the classifier's
 * evaluation scored from the job's predictions by the core's metrics ({@link PredictionScores}). Nothing here
 * needs the article texts; what does (evidence spans) is left out.
 */
public final class ReportFrom {
    /** Group fields derived from the outlet or the date: without values they are a warning, as in a local run. */
    private static final java.util.Set<String> DERIVED = java.util.Set.of("outlet", "year", "quarter", "month", "week", "day");

    private ReportFrom() {}

    /**
     * @param groupBy   grouping fields; empty = the first label field of the table, else the outlet
     * @param label     the label the job's classifier predicts (checked against train/manifest.json), or null
     * @param bootstrap resamples of the classifier's 95% intervals
     * @param groups    the groups compared per grouping field, as the data spells them (a field not named: every group);
     *                  the articles of the others are left out of its tests and counted, as in a local run ({@link GroupChoice})
     * @param outletLabels a table of labels per outlet given with the report ({@code --outlet-labels}), or null: accepted
     *                  when it is the table the job joined (same SHA-256), else refused ({@link #checkTable})
     */
    public record Request(Path dir, List<String> groupBy, String label, List<String> features, double alpha, String correction,
                          String clusterBy, long seed, int bootstrap, Map<String, List<String>> groups, Path outletLabels) {
        public Request {
            OptionException.check(dir != null, "from", dir, "give the folder the Spark job wrote");
            groupBy = groupBy == null ? List.of() : List.copyOf(groupBy);
            features = features == null ? List.of() : List.copyOf(features);
            OptionException.check(bootstrap >= 0, "bootstrap", bootstrap, "0 or more resamples");
            groups = groups == null ? Map.of() : Map.copyOf(groups);
        }

        /** Every group of every field compared. */
        public Request(Path dir, List<String> groupBy, String label, List<String> features, double alpha, String correction,
                       String clusterBy, long seed, int bootstrap) {
            this(dir, groupBy, label, features, alpha, correction, clusterBy, seed, bootstrap, Map.of(), null);
        }

        /** No table of labels per outlet given with the report (the job's own joined labels are read all the same). */
        public Request(Path dir, List<String> groupBy, String label, List<String> features, double alpha, String correction,
                       String clusterBy, long seed, int bootstrap, Map<String, List<String>> groups) {
            this(dir, groupBy, label, features, alpha, correction, clusterBy, seed, bootstrap, groups, null);
        }

        /** The comparison request for one grouping field (as a study's analysis section gives it). */
        CompareGroups.Request compare(String groupField) {
            return new CompareGroups.Request(groupField, features, alpha, correction, clusterBy, seed, groups.getOrDefault(groupField, List.of()));
        }
    }

    /**
     * @param parts       the part files read, in order
     * @param families    the feature families as outputs name them, e.g. {@code framing}
     * @param terms       the job's terms per value of the first grouping field (per outlet when that field varies within outlets)
     * @param evaluation  the classifier's evaluation scored from train/predictions.csv, or null without train/
     * @param model       its report rows, or null
     */
    public record Result(JobFolder.Manifest job, JobFolder.Train train, List<Path> parts, Path termsFile, FeatureTable table,
                         List<Article> articles, String families, List<TermRow> terms, List<String> groupFields,
                         List<CompareGroups.Result> comparisons, EvaluationResult evaluation, ReportData.ModelReport model,
                         List<String> warnings) {}

    public static Result run(Request req, Progress progress) throws InputException {
        Path dir = req.dir();
        JobFolder.Manifest job = JobFolder.manifest(dir);
        checkTable(req, job);
        List<Path> parts = JobFolder.featureParts(dir);
        JobFolder.Train train = JobFolder.train(dir);
        if (train != null && req.label() != null && !req.label().equals(train.label())) {
            throw new OptionException("label", req.label(), "the job's classifier predicts '" + train.label() + "' (" + train.file()
                    + "); give --label " + train.label() + " or leave --label out");
        }
        JobTable.Read read = JobTable.read(job, parts, progress);
        FeatureTable table = read.table();
        List<Article> articles = read.articles();
        if (table.rows().isEmpty()) {
            throw new CorpusException(dir.resolve("features").toString(), -1, null, "the part files hold no articles",
                    "check the job's input and mapping (manifest.json: input) and its bad rows");
        }
        List<String> warnings = new ArrayList<>();
        if (job.articles() != table.rows().size()) {
            warnings.add("manifest.json counts " + job.articles() + " articles, the part files hold " + table.rows().size());
        }
        if (job.outletLabels() != null && job.outletLabels().withoutValue() > 0 && job.outletLabels().note() != null) {
            warnings.add("the Spark job's join of labels per outlet: " + job.outletLabels().note()); // counted, not dropped silently
        }
        if (job.badRows() > 0) {
            warnings.add("the Spark job skipped " + job.badRows() + " bad input rows" + (job.badRowsFile() == null ? ""
                    : " (a sample: " + dir.resolve(job.badRowsFile()) + ")"));
        }
        List<String> groupFields = groupFields(req, read.labelFields(), articles);
        progress.start("Comparing groups", -1);
        List<CompareGroups.Result> comparisons = new ArrayList<>();
        try {
            for (String gf : groupFields) {
                try {
                    // the job computed the features from the texts; its table carries none, so none is "missing"
                    CompareGroups.Result r = CompareGroups.run(table, articles, req.compare(gf), progress, false);
                    comparisons.add(r);
                    warnings.addAll(r.warnings());
                } catch (OptionException e) {
                    // chosen groups the data does not have are the user's mistake: stop, as a local run does
                    if (e instanceof org.framelab.util.NotInDataException && "groups".equals(e.key())) throw e;
                    // a field of the table no article has (not a period of the date, nor the outlet): a local run stops at
                    // reading (exit 3); a report of 0 tests and exit 0 would pass for a finished analysis
                    if (e instanceof org.framelab.util.FieldNotInDataException && !DERIVED.contains(gf)) throw e;
                    warnings.add("analysis.group_by '" + gf + "': " + e.getMessage() + " - no tests for this field");
                }
            }
        } finally {
            progress.done();
        }
        Path termsFile = JobFolder.terms(dir);
        String termGroup = groupFields.isEmpty() ? null : groupFields.get(0);
        List<TermRow> terms = termsFile == null ? List.of() : terms(termsFile, articles, termGroup, warnings);
        EvaluationResult evaluation = null;
        ReportData.ModelReport model = null;
        if (train != null) {
            PredictionScores.Read preds = PredictionScores.read(train.predictions());
            Set<String> ids = new HashSet<>();
            for (Article a : articles) ids.add(a.id());
            long unknown = preds.predictions().stream().filter(p -> !ids.contains(p.id())).count();
            if (unknown > 0) warnings.add(unknown + " of " + preds.predictions().size() + " predictions in " + train.predictions()
                    + " are of ids not in the job's features");
            long folds = preds.predictions().stream().mapToInt(org.framelab.model.Prediction::fold).distinct().count();
            String protocol = (train.folds() > 0 ? train.folds() : folds) + "-fold cross-validation"
                    + (train.groupField() != null ? " grouped by " + train.groupField() : " (stratified)") + " (seed " + train.seed()
                    + "), run by the Spark job's train step; scored here from its predictions";
            evaluation = PredictionScores.evaluate(preds, protocol, train.label(), train.groupField(), train.groupField() != null,
                    req.bootstrap(), train.seed());
            warnings.addAll(evaluation.warnings());
            model = ModelRows.of(evaluation, train.classifier(), protocol, train.label());
        } else if (req.label() != null) {
            warnings.add("no train/ folder in " + dir + ": no classifier evaluation (run the job's train step to add it)");
        }
        return new Result(job, train, parts, termsFile, table, articles, read.familiesDescribed(), terms, groupFields, comparisons,
                evaluation, model, warnings);
    }

    /**
     * A table of labels per outlet given with {@code --from}: the labels of the report are those the job joined (its
     * features carry them), so the table must be the one the job joined (same SHA-256); another table, or one when the
     * job joined none, is refused with what to do (joining it here would leave the job's own outputs without it).
     */
    static void checkTable(Request req, JobFolder.Manifest job) throws InputException {
        if (req.outletLabels() == null) return;
        String given = req.outletLabels().toString();
        String redo = "run the Spark job again with --outlet-labels " + given + " (framelab spark features ... --outlet-labels " + given
                + " --format csv --full-precision -o DIR), then report --from DIR; the job joins the table to every article";
        if (job.outletLabels() == null) {
            throw OptionException.whole("outlet_labels", "--outlet-labels " + given + ": the Spark job that wrote " + req.dir()
                    + " joined no table of labels per outlet, and report --from reports the labels the job's features carry\n  What to do: " + redo);
        }
        if (!Files.isRegularFile(req.outletLabels())) {
            throw new CorpusException(given, -1, null, "no such file", "give the table the job joined (" + job.outletLabels().path()
                    + "), or leave --outlet-labels out: the job's features carry its labels");
        }
        String sha = Classify.sha256(req.outletLabels());
        if (!sha.equals(job.outletLabels().sha256())) {
            throw OptionException.whole("outlet_labels", "--outlet-labels " + given + ": not the table the Spark job joined ("
                    + job.outletLabels().path() + ", SHA-256 " + job.outletLabels().sha256() + "; this file's is " + sha
                    + ")\n  What to do: leave --outlet-labels out to report the job's labels, or " + redo);
        }
    }

    /** The grouping fields: as asked; else the first label field (the label first, as a local report puts it), else the outlet. */
    static List<String> groupFields(Request req, List<String> labelFields, List<Article> articles) {
        if (!req.groupBy().isEmpty()) return req.groupBy();
        List<String> labels = new ArrayList<>(labelFields);
        if (req.label() != null && !labels.contains(req.label())) labels.add(0, req.label());
        if (!labels.isEmpty()) return List.of(labels.get(0));
        return articles.stream().anyMatch(a -> !a.outlet().isEmpty()) ? List.of("outlet") : List.of();
    }

    /**
     * The job's terms table (counted per outlet) per value of {@code group}: summed over the outlets of each
     * group when every outlet's articles share one value of it (outlet, leaning ...; the same counts a local
     * report gives); else kept per outlet, with a warning.
     */
    static List<TermRow> terms(Path file, List<Article> articles, String group, List<String> warnings) throws InputException {
        Map<String, Set<String>> groupsOfOutlet = new TreeMap<>();
        Map<String, Long> sizes = new TreeMap<>();
        for (Article a : articles) {
            String g = group == null ? "all" : GroupKey.of(a, group);
            if (g == null) g = "(none)";
            groupsOfOutlet.computeIfAbsent(a.outlet(), o -> new TreeSet<>()).add(g);
            sizes.merge(g, 1L, Long::sum);
        }
        boolean nested = groupsOfOutlet.values().stream().allMatch(s -> s.size() == 1);
        Map<String, Long> outletSizes = new TreeMap<>();
        if (!nested) {
            for (Article a : articles) outletSizes.merge(a.outlet().isEmpty() ? "(none)" : a.outlet(), 1L, Long::sum);
            warnings.add("terms.csv counts terms per outlet and '" + group + "' varies within outlets: the Terms sheet shows them per outlet");
        }
        Map<List<String>, Long> counts = new LinkedHashMap<>();
        String redo = "use the terms.csv the job wrote, unchanged (columns term,family,category,outlet,count)";
        try (Reader r = Files.newBufferedReader(file, StandardCharsets.UTF_8);
             CSVParser p = CSVFormat.RFC4180.builder().get().parse(r)) {
            Iterator<CSVRecord> it = p.iterator();
            List<String> header = it.hasNext() ? it.next().toList() : List.of();
            if (!header.equals(List.of("term", "family", "category", "outlet", "count"))) {
                throw new CorpusException(file.toString(), 1, null, "the header is " + String.join(",", header)
                        + ", expected term,family,category,outlet,count", redo);
            }
            long line = p.getCurrentLineNumber() + 1;
            while (it.hasNext()) {
                CSVRecord rec = it.next();
                if (rec.size() != 5) throw new CorpusException(file.toString(), line, null, rec.size() + " cells where the header has 5", redo);
                long n;
                try {
                    n = Long.parseLong(rec.get(4));
                } catch (NumberFormatException e) {
                    throw new CorpusException(file.toString(), line, "count", "'" + rec.get(4) + "' is not a count", redo);
                }
                String outlet = rec.get(3);
                Set<String> gs = groupsOfOutlet.get(outlet);
                String g = !nested ? (outlet.isEmpty() ? "(none)" : outlet) : gs == null ? null : gs.iterator().next();
                if (g == null) {
                    throw new CorpusException(file.toString(), line, "outlet", "outlet '" + outlet + "' has no articles in the job's features",
                            "terms.csv and features/ must come from the same run of the job");
                }
                counts.merge(List.of(rec.get(1), rec.get(2), rec.get(0), g), n, Long::sum);
                line = p.getCurrentLineNumber() + 1;
            }
        } catch (UncheckedIOException e) {
            throw new CorpusException(file.toString(), -1, null, "not a readable CSV file (" + e.getCause().getMessage() + ")", redo, e);
        } catch (IOException e) {
            throw new CorpusException(file.toString(), -1, null, "cannot read the file (" + e.getMessage() + ")", "check its permissions", e);
        }
        Map<String, Long> groupSizes = nested ? sizes : outletSizes;
        List<TermRow> out = new ArrayList<>();
        for (Map.Entry<List<String>, Long> e : counts.entrySet()) {
            List<String> k = e.getKey();
            out.add(new TermRow(k.get(0), k.get(2), k.get(1), k.get(3), e.getValue(), groupSizes.getOrDefault(k.get(3), 0L)));
        }
        // the order of a local report's terms: family, category, term, group
        out.sort(Comparator.comparing(TermRow::family).thenComparing(TermRow::category).thenComparing(TermRow::term).thenComparing(TermRow::group));
        return out;
    }
}
