package org.framelab.study;

import org.framelab.app.CompareGroups;
import org.framelab.app.JobFolder;
import org.framelab.app.ReportFrom;
import org.framelab.features.FeatureTable;
import org.framelab.report.NgramSummary;
import org.framelab.report.ReportData;
import org.framelab.report.ReportData.OverviewEntry;
import org.framelab.util.InputException;
import org.framelab.util.Progress;
import org.framelab.util.Runtime2;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * {@code framelab report --from DIR}: the report of what the Spark job computed, written by the study's own
 * output path ({@link StudyOutputs#write}): the rows come from {@link ReportFrom} (the job's features, the
 * comparisons by {@link CompareGroups}, the classifier scored from its predictions) and are assembled as
 * {@link StudyRunner#report} assembles a local run's; the Overview sheet and manifest.json say that the features
 * came from the Spark job (its manifest, input, master, Spark version, counts and bad rows) and hash every file
 * read. The Evidence sheet stays empty with a note: the job's folder has no article texts.
 */
public final class JobReport {
    private JobReport() {}

    /** The note the Evidence sheet shows (the Overview's "Evidence" entry). */
    public static final String EVIDENCE_NOTE = "No evidence spans: the features were computed by the Spark job, and its folder has no "
            + "article texts. Run framelab explain PATH --id ID on the corpus for the spans behind an article's values.";

    /** Reads the job's folder, computes the report and writes it into the study's output folder. */
    public static StudyRunner.Result run(Study study, ReportFrom.Request req, Progress progress) throws InputException, IOException {
        Runtime2.configure();
        StudyOutputs.Timings tm = new StudyOutputs.Timings();
        tm.start("read job folder and statistics");
        ReportFrom.Result r = ReportFrom.run(req, progress);
        tm.stop();
        Map<String, Object> manifest = new LinkedHashMap<>();
        List<OverviewEntry> overview = facts(study, req, r, manifest);
        ReportData data = report(study, r, overview);
        StudyOutputs.Written w = StudyOutputs.write(study, data, r.groupFields(), manifest, tm, progress);
        return new StudyRunner.Result(study, data, w, r.groupFields(), r.warnings(), null, null); // the Spark job read the corpus
    }

    /** The report rows, assembled as {@link StudyRunner#report} does for a local run (no evidence, no fitted vocabulary). */
    static ReportData report(Study study, ReportFrom.Result r, List<OverviewEntry> overview) {
        FeatureTable table = r.table();
        StudyRunner.ComparisonRows cmp = StudyRunner.ComparisonRows.of(r.comparisons());
        ReportData partial = new ReportData(study.name(), List.of(), table, table.columns(), cmp.groups(), cmp.tests(), r.terms(), List.of(), List.of(),
                r.model(), List.of(), List.of(), List.of(), List.of());
        List<ReportData.MonthlyRow> monthly = List.of();
        String termGroup = r.groupFields().isEmpty() ? null : r.groupFields().get(0);
        if (study.analysis().monthly() && termGroup != null) {
            // over the groups compared, as a local run's: the articles of groups not chosen (analysis.groups, --groups) are left out
            List<String> features = StudyCharts.chartFeatures(study, partial);
            CompareGroups.Result first = r.comparisons().stream().filter(c -> c.request().groupField().equals(termGroup)).findFirst().orElse(null);
            monthly = first != null ? CompareGroups.monthly(table, features, first) : CompareGroups.monthly(table, features, termGroup);
        }
        return new ReportData(study.name(), overview, table, table.columns(), cmp.groups(), cmp.tests(), r.terms(), List.of(), monthly, r.model(),
                List.of(), List.of(), List.of(), NgramSummary.rows(table, null), cmp.clusters(), cmp.pooled(), null);
    }

    /** The Overview entries, and the manifest's facts put into {@code manifest}. */
    static List<OverviewEntry> facts(Study study, ReportFrom.Request req, ReportFrom.Result r, Map<String, Object> manifest) throws IOException {
        JobFolder.Manifest job = r.job();
        List<OverviewEntry> ov = new ArrayList<>();
        ov.add(new OverviewEntry("Study", "name", study.name()));
        ov.add(new OverviewEntry("Study", "FrameLab version", Runtime2.version()));
        ov.add(new OverviewEntry("Study", "Java version", System.getProperty("java.version")));
        String sec = "Features from the Spark job";
        String dir = StudyManifest.relative(req.dir(), null);
        ov.add(new OverviewEntry(sec, "job folder", dir));
        ov.add(new OverviewEntry(sec, "job manifest SHA-256", StudyOutputs.sha256(job.file())));
        ov.add(new OverviewEntry(sec, "FrameLab version of the job", job.framelabVersion()));
        ov.add(new OverviewEntry(sec, "Spark version", job.sparkVersion()));
        ov.add(new OverviewEntry(sec, "master", job.master()));
        ov.add(new OverviewEntry(sec, "input", String.join(", ", job.inputPaths()) + " (" + job.inputFormat() + ")"));
        ov.add(new OverviewEntry(sec, "field mapping", mapping(job.mapping())));
        if (job.outletLabels() != null) { // joined by the job: the table's name, fields and hash, and what the join left without a value
            var t = job.outletLabels();
            ov.add(new OverviewEntry(sec, "labels per outlet from", t.path() + " (" + String.join(", ", t.fields()) + "; SHA-256 " + t.sha256() + ")"));
            if (t.note() != null) ov.add(new OverviewEntry(sec, "labels per outlet joined", t.note()));
        }
        ov.add(new OverviewEntry(sec, "families", job.families() + (job.actors().isEmpty() ? "" : "; actors " + String.join("; ", job.actors()))));
        ov.add(new OverviewEntry(sec, "records read", String.valueOf(job.records())));
        ov.add(new OverviewEntry(sec, "articles", String.valueOf(job.articles())));
        ov.add(new OverviewEntry(sec, "bad rows", job.badRows() + (job.badRowsFile() == null ? "" : " (sample: " + dir + "/" + job.badRowsFile() + ")")));
        if (job.created() != null) ov.add(new OverviewEntry(sec, "job run", job.created()));
        ov.add(new OverviewEntry(sec, "part files", r.parts().size() + " CSV files in " + dir + "/features"));
        ov.add(new OverviewEntry("Corpus", "articles", String.valueOf(r.table().rows().size())));
        ov.add(new OverviewEntry("Corpus", "texts", "not read: every number comes from the job's per-article table"));
        ov.add(new OverviewEntry("Evidence", "note", EVIDENCE_NOTE));
        if (r.train() != null) {
            JobFolder.Train t = r.train();
            ov.add(new OverviewEntry("Classifier (Spark job)", "classifier", t.classifier()));
            ov.add(new OverviewEntry("Classifier (Spark job)", "label", t.label()));
            ov.add(new OverviewEntry("Classifier (Spark job)", "protocol", r.model().protocol()));
            if (t.families() != null) ov.add(new OverviewEntry("Classifier (Spark job)", "families", t.families()));
            ov.add(new OverviewEntry("Classifier (Spark job)", "predictions SHA-256", StudyOutputs.sha256(t.predictions())));
        }
        Map<String, Object> settings = settings(study, r, req);
        settings.forEach((k, v) -> ov.add(new OverviewEntry("Settings", k, String.valueOf(v))));
        for (String w : r.warnings()) ov.add(new OverviewEntry("Warnings", "", w));

        Map<String, Object> from = new LinkedHashMap<>();
        from.put("dir", dir);
        from.put("manifest", StudyOutputs.JSON.readValue(job.file().toFile(), Map.class));
        manifest.put("features_from_spark_job", from);
        List<Map<String, Object>> inputs = new ArrayList<>();
        inputs.add(input(job.file()));
        for (Path p : r.parts()) inputs.add(input(p));
        if (r.termsFile() != null) inputs.add(input(r.termsFile()));
        if (r.train() != null) {
            inputs.add(input(r.train().file()));
            inputs.add(input(r.train().predictions()));
            from.put("train_manifest", StudyOutputs.JSON.readValue(r.train().file().toFile(), Map.class));
        }
        manifest.put("inputs", inputs);
        Map<String, Object> corpus = new LinkedHashMap<>();
        corpus.put("articles", r.table().rows().size());
        corpus.put("rows_read", job.records());
        corpus.put("rows_skipped", job.badRows());
        corpus.put("reader", "Spark job features (" + r.parts().size() + " CSV part files)");
        corpus.put("mapping", mapping(job.mapping()));
        manifest.put("corpus", corpus);
        manifest.put("settings", settings);
        if (r.model() != null) manifest.put("classifier", Map.of("protocol", r.model().protocol()));
        manifest.put("evidence", EVIDENCE_NOTE);
        manifest.put("warnings", r.warnings());
        return ov;
    }

    private static Map<String, Object> settings(Study s, ReportFrom.Result r, ReportFrom.Request req) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("seed", s.seed());
        m.put("from", StudyManifest.relative(req.dir(), null));
        m.put("features.families", r.families());
        m.put("analysis.group_by", String.join(", ", r.groupFields()));
        m.put("analysis.alpha", s.analysis().alpha());
        m.put("analysis.correction", s.analysis().correction());
        m.put("analysis.cluster_by", s.analysis().clusterBy() == null ? "outlet (default, when the articles have one)" : s.analysis().clusterBy());
        m.put("analysis.features", s.analysis().features().isEmpty() ? "all non-n-gram columns" : String.join(", ", s.analysis().features()));
        s.analysis().groups().forEach((f, g) -> m.put("analysis.groups." + f, String.join(", ", g))); // as a local run's manifest
        m.put("analysis.min_month_n", s.analysis().minMonthN());
        if (r.train() != null) m.put("classifier.bootstrap", req.bootstrap());
        m.put("charts.formats", String.join(", ", s.charts().formats()));
        m.put("charts.dpi", s.charts().dpi());
        return m;
    }

    private static Map<String, Object> input(Path p) throws IOException {
        Map<String, Object> in = new LinkedHashMap<>();
        in.put("path", StudyManifest.relative(p, null));
        in.put("bytes", Files.size(p));
        in.put("sha256", StudyOutputs.sha256(p));
        return in;
    }

    /** The mapping as {@code id=..., text=..., labels=a+b} (fields the job was given; nulls left out). */
    static String mapping(Map<String, Object> m) {
        List<String> parts = new ArrayList<>();
        for (Map.Entry<String, Object> e : m.entrySet()) {
            if (e.getValue() == null) continue;
            parts.add(e.getKey() + "=" + (e.getValue() instanceof List<?> l ? String.join("+", l.stream().map(String::valueOf).toList()) : e.getValue()));
        }
        return parts.isEmpty() ? "(detected by the job)" : String.join(", ", parts);
    }
}
