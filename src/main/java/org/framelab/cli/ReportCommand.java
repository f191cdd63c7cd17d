package org.framelab.cli;

import org.framelab.app.Classify;
import org.framelab.report.ReportData;
import org.framelab.study.Study;
import org.framelab.study.StudyRunner;
import org.framelab.util.InputException;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;

/**
 * {@code framelab report PATH --label F --group-by F -o DIR}: a full report without a study file; {@code report --from DIR}:
 * the same report of the features (and classifier predictions) a Spark job computed.
 */
@Command(name = "report", mixinStandardHelpOptions = true,
        description = {"Write the full report (charts, workbook, CSV tables, notebook, manifest) for a corpus without a study file,",
                "or, with --from DIR instead of PATH, for the folder the Spark job wrote (its per-article features, terms and",
                "cross-validated predictions; the group statistics are computed here by the same code as a local report; the",
                "article texts are not needed, so the Evidence sheet stays empty). The job's families, classifier, protocol and",
                "folds apply: --families, --classifier, --protocol, --group-field, --folds, --merge-outlet-variants, --ablation, --dedupe,",
                "--cache and the corpus options do not go with --from.",
                "Example: ./framelab report ../shared/datasets/babe/final_labels_SG2.csv --label label_bias --group-by type -o reports/babe",
                "Example: ./framelab report --from spark-out/ --group-by leaning,outlet -o reports/allsides-spark"})
public final class ReportCommand implements Callable<Integer> {
    @Mixin
    CorpusInput input;

    @Parameters(index = "0", arity = "0..1", paramLabel = "PATH", description = "Corpus file or folder (or give --from DIR).")
    Path path;

    @Option(names = "--from", paramLabel = "DIR", description = "Report the folder a Spark job wrote (manifest.json, features/part-*.csv, "
            + "terms.csv, train/) instead of reading a corpus.")
    Path from;

    @Option(names = "--label", paramLabel = "FIELD", description = "Label field to predict with the classifier (and the default grouping).")
    String label;

    @Option(names = "--group-by", paramLabel = "FIELD", split = ",", description = "Grouping field(s) for statistics and charts: outlet, a label field, year, quarter or month (default: the label, else outlet).")
    List<String> groupBy = new ArrayList<>();

    @Option(names = "--groups", split = ",", paramLabel = "VALUE",
            description = "Compare only these groups of the one --group-by field (comma-separated, as the data spells them), as compare --groups "
                    + "and the study key analysis.groups; the articles of the other groups are left out of its tests and charts, and counted.")
    List<String> groups = new ArrayList<>();

    @WritesTo(replacesFolder = true)
    @Option(names = {"-o", "--out"}, paramLabel = "DIR", required = true, description = "Report folder (its name is the report name).")
    Path out;

    @Option(names = "--families", paramLabel = "SPEC", description = "Feature families, e.g. framing (default), framing+ngrams, attribution+quotation.")
    String families = "framing";

    @Option(names = "--classifier", paramLabel = "NAME", description = "Classifier alias or Weka class (default linear). Use 'none' to skip the classifier.")
    String classifier = "linear";

    @Option(names = "--protocol", paramLabel = "grouped|stratified", description = "grouped (default: whole outlets held out) or stratified folds.")
    String protocol = "grouped";

    @Option(names = "--group-field", paramLabel = "FIELD", description = "Field kept apart by the grouped protocol (default outlet).")
    String groupField = "outlet";

    @Option(names = "--folds", paramLabel = "K", description = "Cross-validation folds (default 5).")
    int folds = org.framelab.app.Protocol.DEFAULT_FOLDS;

    @Option(names = "--merge-outlet-variants", description = "With the grouped protocol: treat names that are variants of one outlet as one group "
            + "(\"Fox News\", \"Fox Online News\"), so no variant of a test outlet is in training, as train --merge-outlet-variants. "
            + "Study file: classifier.merge_outlet_variants.")
    boolean mergeVariants;

    @Option(names = "--ablation", description = "Also evaluate each feature family alone and without it (slow on large corpora).")
    boolean ablation;

    @Option(names = "--dedupe", description = "Drop test articles whose text duplicates a training article of their fold (exactly, or nearly: "
            + "Jaccard >= 0.8 of word shingles) from the test side of the classifier's folds; training data is never changed.")
    boolean dedupe;

    @Option(names = "--exclude-label", paramLabel = "VALUE", split = ",",
            description = "Leave the articles with this label value out of the classifier (repeatable or comma-separated; counted), "
                    + "as train --exclude-label, e.g. \"No agreement\". Study file: classifier.exclude_labels.")
    List<String> excludeLabels = new ArrayList<>();

    @Option(names = "--formats", paramLabel = "LIST", split = ",", description = "Chart formats: png,svg,pdf (default all).")
    List<String> formats;

    @Option(names = "--dpi", paramLabel = "N", description = "PNG resolution (default 200).")
    int dpi = 200;

    @Option(names = "--figure-width", paramLabel = "single|double|MM",
            description = "Chart width for a journal: single (85 mm), double (175 mm) or millimetres; the height follows the content (default 6.5 in).")
    String figureWidth;

    @Option(names = "--alpha", paramLabel = "A", description = "Significance level (default 0.05).")
    double alpha = 0.05;

    @Option(names = "--correction", paramLabel = "holm|bh", description = "Which corrected p-value decides significance (default holm).")
    String correction = "holm";

    @Option(names = "--cluster-by", paramLabel = "FIELD|none",
            description = "Field whose values cluster the articles for the cluster-aware tests (default: outlet, when the articles have one; none = off).")
    String clusterBy;

    @WritesTo
    @Option(names = "--notebook", paramLabel = "DIR", description = "Folder for the notebook export (default notebooks-export).")
    Path notebook = Path.of("notebooks-export");

    @Option(names = "--no-notebook", description = "Do not export the notebook.")
    boolean noNotebook;

    @Mixin RawCsvOption csv;

    @Mixin CacheOptions cache;

    @Option(names = "--seed", paramLabel = "N", description = "Seed for folds and bootstrap (default 42).")
    long seed = 42;

    /** Options that do not go with --from: the job decided them (or they read a corpus). */
    private static final List<String> NOT_WITH_FROM = List.of("--families", "--classifier", "--protocol", "--group-field", "--folds",
            "--merge-outlet-variants", "--ablation", "--dedupe", "--exclude-label", "--cache", "--no-cache", "--text-field", "--id-field", "--title-field", "--label-field", "--outlet-field",
            "--date-field", "--date-format", "--item-field", "--annotator-field", "--encoding", "--delimiter", "--sheet", "--skip-bad", "--limit");

    @Override
    public Integer call() throws InputException, IOException {
        CommandLine cl = input.spec.commandLine();
        if ((path == null) == (from == null)) {
            throw new ParameterException(cl, path == null ? "Give the corpus PATH or --from DIR (the folder the Spark job wrote)"
                    : "Give either the corpus PATH or --from DIR, not both (--from reports what the Spark job computed from its own input)");
        }
        return from != null ? callFrom(cl) : callCorpus();
    }

    /** {@code --groups} as the study's {@code analysis.groups}: the groups of the one {@code --group-by} field. */
    private java.util.Map<String, List<String>> chosenGroups(CommandLine cl) {
        if (groups.isEmpty()) return java.util.Map.of();
        if (groupBy.size() != 1) {
            throw new ParameterException(cl, "--groups chooses groups of one field: give exactly one --group-by field (given: "
                    + (groupBy.isEmpty() ? "none" : String.join(", ", groupBy)) + "); for several fields use a study file's analysis.groups");
        }
        return java.util.Map.of(groupBy.get(0), List.copyOf(groups));
    }

    /** {@code report --from DIR}: the Spark job's folder through the same report path. */
    private Integer callFrom(CommandLine cl) throws InputException, IOException {
        for (String o : NOT_WITH_FROM) {
            if (cl.getParseResult().hasMatchedOption(o)) {
                throw new ParameterException(cl, o + " does not go with --from: the Spark job's manifest says what it computed "
                        + "(run the job with the setting instead)");
            }
        }
        double width = figureWidth == null ? Study.ChartSection.defaults().width() : org.framelab.chart.ChartExport.Size.figureWidth(figureWidth);
        Path abs = out.toAbsolutePath().normalize();
        String name = abs.getFileName() == null ? "report" : abs.getFileName().toString();
        Study s = new Study(name, seed, Study.CorpusSection.of(from), new Study.FeatureSection(List.of(), null, null, null),
                analysis(chosenGroups(cl)), null,
                chartSection(width), new Study.OutputSection(abs.getParent(), true, true, noNotebook ? null : notebook, 0, csv.raw,
                        org.framelab.app.AnalysisCache.OFF));
        // --outlet-labels: accepted when it is the table the job joined (ReportFrom.checkTable), else refused with what to do
        var req = new org.framelab.app.ReportFrom.Request(from, groupBy, label, List.of(), alpha, correction, clusterBy, seed,
                Classify.DEFAULT_BOOTSTRAP, s.analysis().groups(), input.corpus.toReadOptions().outletLabels());
        StudyRunner.Result r = org.framelab.study.JobReport.run(s, req, new ConsoleProgress(input.err()));
        printSummary(input.out(), r);
        return ExitCodes.OK;
    }

    /** The analysis section of both paths: the grouping, the significance rule and the chosen groups. */
    private Study.AnalysisSection analysis(java.util.Map<String, List<String>> chosen) {
        return new Study.AnalysisSection(groupBy, List.of(), alpha, correction, true, Study.AnalysisSection.DEFAULT_MIN_MONTH_N, clusterBy, null,
                List.of(), null, chosen);
    }

    private Study.ChartSection chartSection(double width) {
        return new Study.ChartSection(null, (formats == null ? List.of("png", "svg", "pdf") : formats).stream().map(f -> f.toLowerCase(Locale.ROOT)).toList(),
                dpi, width, Study.ChartSection.defaultHeight(width), List.of(), 8, 15, 10);
    }

    /** Options of the classifier, which runs only with --label (it predicts the label field). */
    private static final List<String> CLASSIFIER_OPTIONS = List.of("--classifier", "--protocol", "--group-field", "--folds", "--ablation", "--dedupe",
            "--exclude-label", "--merge-outlet-variants");

    private Integer callCorpus() throws InputException, IOException {
        CommandLine cl = input.spec.commandLine();
        if (label == null) {
            List<String> given = CLASSIFIER_OPTIONS.stream().filter(o -> cl.getParseResult().hasMatchedOption(o)).toList();
            // --classifier none asks for no classifier, which is what a report without --label gives
            if (given.equals(List.of("--classifier")) && classifier.equalsIgnoreCase("none")) given = List.of();
            if (!given.isEmpty()) {
                throw new ParameterException(cl, String.join(", ", given) + (given.size() == 1 ? " needs" : " need")
                        + " --label: without it the report trains no classifier (the classifier predicts the label field). "
                        + "Add --label FIELD, or leave out the classifier options");
            }
        }
        var ro = input.corpus.toReadOptions();
        double width = figureWidth == null ? Study.ChartSection.defaults().width() : org.framelab.chart.ChartExport.Size.figureWidth(figureWidth);
        var m = ro.mapping();
        List<String> labels = new ArrayList<>(m.labelFields());
        // a label joined from --outlet-labels is not a field of the input: it is not mapped, and it is the default grouping
        List<String> joined = ro.outletLabels() == null ? List.of() : org.framelab.corpus.OutletLabels.read(ro.outletLabels()).fields();
        if (label != null && !labels.contains(label) && !joined.contains(label)) labels.add(0, label);
        if (label != null && joined.contains(label) && groupBy.isEmpty()) groupBy = new ArrayList<>(List.of(label));
        Path abs = out.toAbsolutePath().normalize();
        String name = abs.getFileName() == null ? "report" : abs.getFileName().toString();
        Study.CorpusSection cs = new Study.CorpusSection(path, m.idField(), m.textField(), m.titleField(), labels, m.outletField(),
                m.dateField(), m.dateFormat(), m.itemField(), m.annotatorField(), input.corpus.encoding, input.corpus.delimiter, ro.sheet(), ro.skipBad(), ro.limit(),
                ro.outletLabels());
        List<String> fams = List.of(families.split("[+,]"));
        Study.ClassifierSection cls = label == null || classifier.equalsIgnoreCase("none") ? null
                : new Study.ClassifierSection(label, classifier, "", protocol, groupField, folds, ablation, Classify.DEFAULT_BOOTSTRAP, List.of(), dedupe,
                        excludeLabels, mergeVariants);
        Study s = new Study(name, seed, cs, new Study.FeatureSection(fams, null, null, null), analysis(chosenGroups(cl)), cls,
                chartSection(width),
                new Study.OutputSection(abs.getParent(), true, true, noNotebook ? null : notebook, 5, csv.raw,
                        cache.setting(org.framelab.app.AnalysisCache.OFF)));
        StudyRunner.Result r = StudyRunner.run(s, null, new ConsoleProgress(input.err()));
        printSummary(input.out(), r);
        return ExitCodes.OK;
    }

    static void printSummary(PrintWriter o, StudyRunner.Result r) {
        ReportData d = r.data();
        long sig = d.tests().stream().filter(ReportData.TestRow::significant).count();
        o.printf(Locale.ROOT, "Study %s: %d articles, %d feature columns, grouped by %s%n", r.study().name(), d.table().rows().size(),
                d.table().columns().size(), r.groupFields().isEmpty() ? "(nothing)" : String.join(", ", r.groupFields()));
        if (r.provenance() != null && r.provenance().rowsSkipped() > 0) { // counted, never dropped silently
            o.printf(Locale.ROOT, "Rows skipped by the reader (--skip-bad): %,d of %,d read (listed in manifest.json)%n",
                    r.provenance().rowsSkipped(), r.provenance().rowsRead());
            r.provenance().skippedSample().forEach(x -> o.println("  " + x));
        }
        o.printf(Locale.ROOT, "Tests: %d, significant after %s correction at alpha %.3g: %d%n", d.tests().size(),
                r.study().analysis().correction().equals("bh") ? "Benjamini-Hochberg" : "Holm", r.study().analysis().alpha(), sig);
        for (ReportData.DesignRow x : d.clusters().designs()) {
            List<ReportData.TestRow> rows = d.tests().stream().filter(t -> t.groupField().equals(x.groupField()) && !t.articleLevel()).toList();
            long features = rows.stream().map(ReportData.TestRow::feature).distinct().count();
            long differ = rows.stream().filter(ReportData.TestRow::significant).map(ReportData.TestRow::feature).distinct().count();
            o.printf(Locale.ROOT, "  %s, %s in %d %ss: %d of %d features differ by the %s (article-level tests for reference only)%n",
                    x.groupField(), x.design(), x.clusters(), x.clusterField(), differ, features, x.design().equals("nested")
                            ? "tests on " + x.clusterField() + " means or the permutation test" : "mixed model or the cluster-robust test");
        }
        if (d.model() != null) {
            o.println("Classifier: " + d.model().classifier() + ", predicting '" + d.model().labelField() + "'");
            for (ReportData.Metric mt : d.model().metrics()) {
                if (mt.name().equals("accuracy") || mt.name().equals("macro-F1") || mt.name().startsWith("baseline macro-F1")) {
                    o.printf(Locale.ROOT, "Classifier %s: %.3f%s%n", mt.name(), mt.value(),
                            Double.isFinite(mt.ciLow()) ? String.format(Locale.ROOT, " (95%% CI %.3f-%.3f)", mt.ciLow(), mt.ciHigh()) : "");
                }
            }
            o.println("Protocol: " + d.model().protocol());
            if (d.model().overlap() != null) o.println(d.model().overlap() + overlapExamples(d.model()));
        }
        for (String w : r.warnings()) o.println("Warning: " + w);
        if (r.cache() != null && r.cache().use() != null) {
            for (String w : r.cache().use().warnings()) o.println("Warning: " + w);
            o.println("Cache: " + r.cache().use().describe());
        }
        var w = r.written();
        o.println("Wrote " + w.dir() + "/ (" + w.charts().size() + " chart files, " + w.tables().size() + " tables"
                + (w.workbook() != null ? ", workbook " + w.workbook().getFileName() : "") + ", manifest.json)");
        if (w.notebook() != null) o.println("Notebook: " + w.notebook());
        o.flush();
    }

    /** The first pairs of the overlap, as {@code test-id ~ train-id}. */
    private static String overlapExamples(ReportData.ModelReport m) {
        List<String> ex = m.overlapPairs().stream().limit(5).map(p -> p.testId() + " ~ " + p.trainId()).toList();
        return ex.isEmpty() ? "" : "; e.g. " + String.join(", ", ex);
    }
}
