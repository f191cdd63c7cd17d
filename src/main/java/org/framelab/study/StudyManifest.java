package org.framelab.study;

import org.framelab.corpus.Corpus;
import org.framelab.corpus.CorpusSummary;
import org.framelab.corpus.FieldMapping;
import org.framelab.features.FittedFeatures;
import org.framelab.features.FramingFeatures;
import org.framelab.features.NgramOptions;
import org.framelab.report.ReportData.OverviewEntry;
import org.framelab.util.Runtime2;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The facts of a study run: the workbook's Overview entries and the manifest's inputs, corpus,
 * settings and what was left out of the features. Paths are written as the study gives them.
 */
record StudyManifest(List<OverviewEntry> overview, Map<String, Object> manifest) {

    static StudyManifest of(Study study, Path studyFile, StudyRunner.Steps steps) throws IOException {
        Corpus corpus = steps.corpus();
        List<OverviewEntry> ov = new ArrayList<>();
        Map<String, Object> manifest = new LinkedHashMap<>();
        ov.add(new OverviewEntry("Study", "name", study.name()));
        if (studyFile != null) {
            String h = StudyOutputs.sha256(studyFile);
            String shown = relative(studyFile, null); // relative to the working directory when below it
            ov.add(new OverviewEntry("Study", "study file", shown));
            ov.add(new OverviewEntry("Study", "study file SHA-256", h));
            Map<String, Object> sf = new LinkedHashMap<>();
            sf.put("path", shown);
            sf.put("sha256", h);
            manifest.put("study_file", sf);
        }
        ov.add(new OverviewEntry("Study", "FrameLab version", Runtime2.version()));
        ov.add(new OverviewEntry("Study", "Java version", System.getProperty("java.version")));
        manifest.put("inputs", inputs(corpus, ov, studyFile));
        ov.add(new OverviewEntry("Corpus", "reader", corpus.provenance().reader()));
        ov.add(new OverviewEntry("Corpus", "articles", String.valueOf(corpus.size())));
        ov.add(new OverviewEntry("Corpus", "rows read", String.valueOf(corpus.provenance().rowsRead())));
        ov.add(new OverviewEntry("Corpus", "rows skipped", String.valueOf(corpus.provenance().rowsSkipped())));
        FieldMapping fm = corpus.provenance().mapping();
        ov.add(new OverviewEntry("Corpus", "field mapping", mappingText(fm)));
        StudySummary.add(ov, CorpusSummary.of(corpus));
        List<Map<String, Object>> lexicons = new ArrayList<>();
        for (var e : study.features().lexicons().entrySet()) {
            Map<String, Object> l = new LinkedHashMap<>();
            l.put("name", e.getKey());
            l.put("path", relative(e.getValue(), studyFile));
            if (Files.isRegularFile(e.getValue())) l.put("sha256", StudyOutputs.sha256(e.getValue()));
            lexicons.add(l);
            ov.add(new OverviewEntry("Lexicons", e.getKey(), l.get("path") + (l.containsKey("sha256") ? "  (SHA-256 " + l.get("sha256") + ")" : "")));
        }
        Path table = study.corpus().outletLabels();
        if (table != null) { // the labels joined per outlet come from this file: an input like the corpus
            Map<String, Object> t = new LinkedHashMap<>();
            t.put("path", relative(table, studyFile));
            if (Files.isRegularFile(table)) t.put("sha256", StudyOutputs.sha256(table));
            t.put("fields", corpus.provenance().joinedLabelFields());
            manifest.put("outlet_labels", t);
            ov.add(new OverviewEntry("Corpus", "labels per outlet from", t.get("path") + " (" + String.join(", ", corpus.provenance().joinedLabelFields())
                    + (t.containsKey("sha256") ? "; SHA-256 " + t.get("sha256") : "") + ")"));
        }
        Map<String, Object> settings = settings(study, steps.features().fitted().describe(), steps.groupFields());
        settings.put("corpus.path", relative(study.corpus().path(), studyFile));
        if (table != null) settings.put("corpus.outlet_labels", relative(table, studyFile));
        // the level each coded variable's agreement was measured at (the agreement tables' level of its alpha), by the study's key
        for (org.framelab.app.MeasureAgreement.FieldResult a : steps.agreement()) settings.put("analysis.agreement_level." + a.field(), level(a.report()));
        settings.forEach((k, v) -> ov.add(new OverviewEntry("Settings", k, String.valueOf(v))));
        Map<String, Object> leftOut = leftOut(steps.features().fitted().features(), ov);
        for (String w : steps.warnings()) ov.add(new OverviewEntry("Warnings", "", w));
        manifest.put("lexicons", lexicons);
        Map<String, Object> cm = new LinkedHashMap<>();
        cm.put("articles", corpus.size());
        cm.put("rows_read", corpus.provenance().rowsRead());
        cm.put("rows_skipped", corpus.provenance().rowsSkipped());
        if (corpus.provenance().rowsSkipped() > 0) {
            String shown = String.valueOf(relative(study.corpus().path(), studyFile)); // no absolute path in the manifest
            cm.put("skipped_rows", corpus.provenance().skippedSample().stream()
                    .map(x -> new org.framelab.corpus.SkippedRow(shown, x.line(), x.reason()).toString()).toList());
        }
        cm.put("reader", corpus.provenance().reader());
        cm.put("mapping", mappingText(fm));
        manifest.put("corpus", cm);
        manifest.put("settings", settings);
        if (!leftOut.isEmpty()) manifest.put("left_out_of_features", leftOut);
        if (steps.classification() != null) {
            // the classifier's protocol in words, as the console, the metrics JSON, the Model sheet and the GUI state it
            Map<String, Object> model = new LinkedHashMap<>();
            model.put("protocol", steps.classification().statement().text());
            model.put("blend", steps.classification().finalModel().model().selection());
            model.put("templates_removed", steps.classification().finalModel().model().templates().size());
            manifest.put("classifier", model);
        }
        if (steps.validation() != null) manifest.put("validation", validation(study, studyFile, steps.validation(), ov));
        manifest.put("warnings", steps.warnings());
        if (steps.cache() != null) manifest.put("analysis_cache", steps.cache().facts());
        return new StudyManifest(ov, manifest);
    }

    /** The span validation's source and totals, for the manifest and the Overview sheet. */
    private static Map<String, Object> validation(Study study, Path studyFile, org.framelab.app.Validate.Result r,
                                                  List<OverviewEntry> ov) throws IOException {
        Map<String, Object> m = new LinkedHashMap<>();
        var v = r.validation();
        m.put("spans", r.spans().source());
        Path file = study.validation() == null ? null : study.validation().spans();
        if (file != null) {
            m.put("span_file", relative(file, studyFile));
            if (Files.isRegularFile(file)) m.put("span_file_sha256", StudyOutputs.sha256(file));
        }
        m.put("families", r.families());
        m.put("annotated_articles", v.annotatedArticles());
        m.put("distinct_spans", v.spans());
        m.put("word_tokens", v.wordTokens());
        m.put("span_tokens", v.spanTokens());
        m.put("annotators", v.annotators());
        m.put("words_not_found", r.spans().wordsNotFound());
        m.put("unknown_ids", r.spans().unknownIds());
        m.put("bootstrap", v.options().bootstrap());
        m.put("seed", v.options().seed());
        if (v.options().label() != null) m.put("label", v.options().label());
        ov.add(new OverviewEntry("Validation", "spans", r.spans().source()
                + (m.containsKey("span_file_sha256") ? "  (SHA-256 " + m.get("span_file_sha256") + ")" : "")));
        ov.add(new OverviewEntry("Validation", "annotated articles", String.valueOf(v.annotatedArticles())));
        ov.add(new OverviewEntry("Validation", "distinct spans", String.valueOf(v.spans())));
        ov.add(new OverviewEntry("Validation", "annotators", v.annotators().isEmpty() ? "not given" : String.join(", ", v.annotators())));
        return m;
    }

    private static List<Map<String, Object>> inputs(Corpus corpus, List<OverviewEntry> ov, Path studyFile) throws IOException {
        List<Map<String, Object>> inputs = new ArrayList<>();
        for (String name : corpus.provenance().files()) {
            Path p = Path.of(name);
            String f = relative(p, studyFile);
            Map<String, Object> in = new LinkedHashMap<>();
            in.put("path", f);
            if (Files.isRegularFile(p)) {
                in.put("bytes", Files.size(p));
                String h = StudyOutputs.sha256(p);
                in.put("sha256", h);
                ov.add(new OverviewEntry("Corpus", "input file", f));
                ov.add(new OverviewEntry("Corpus", "input SHA-256", h));
            }
            inputs.add(in);
        }
        return inputs;
    }

    /**
     * A path as outputs show it: relative to the study file's folder (or, without a study file, to the
     * working directory) when it lies below it, so outputs do not depend on where the project sits.
     */
    static String relative(Path p, Path studyFile) {
        Path base = (studyFile == null ? Path.of("") : studyFile.toAbsolutePath().getParent()).toAbsolutePath().normalize();
        Path abs = p.toAbsolutePath().normalize();
        return abs.startsWith(base) ? base.relativize(abs).toString().replace('\\', '/') : p.toString();
    }

    /**
     * What the fitted n-gram vocabulary leaves out of every feature (outlet boilerplate lines and the
     * outlets' names), as Overview entries and a manifest map; empty without n-grams.
     */
    static Map<String, Object> leftOut(FittedFeatures fitted, List<OverviewEntry> ov) {
        Map<String, Object> m = new LinkedHashMap<>();
        if (!(fitted instanceof FramingFeatures ff) || ff.vocabulary() == null) return m;
        List<String> lines = ff.vocabulary().repeatedLines();
        List<String> names = ff.vocabulary().outletNames();
        m.put("boilerplate_lines", lines);
        m.put("outlet_names", names);
        String sec = "Left out of the features";
        ov.add(new OverviewEntry(sec, "boilerplate lines", lines.isEmpty() ? "none"
                : String.format(Locale.ROOT, "%,d lines repeated verbatim in %d+ articles (listed in manifest.json), e.g. \"%s\"",
                        lines.size(), ff.vocabulary().options().repeatedLines(), shorten(lines.get(0), 80))));
        ov.add(new OverviewEntry(sec, "outlet names", names.isEmpty() ? "none"
                : String.format(Locale.ROOT, "%d names of outlets with %d+ articles: %s", names.size(),
                        NgramOptions.OUTLET_NAME_MIN_ARTICLES, shorten(String.join(", ", names), 600))));
        return m;
    }

    private static String shorten(String s, int max) {
        return s.length() <= max ? s : s.substring(0, max - 3) + "...";
    }

    static String mappingText(FieldMapping m) {
        List<String> parts = new ArrayList<>();
        if (m.idField() != null) parts.add("id=" + m.idField());
        if (m.textField() != null) parts.add("text=" + m.textField());
        if (m.titleField() != null) parts.add("title=" + m.titleField());
        if (!m.labelFields().isEmpty()) parts.add("labels=" + String.join("+", m.labelFields()));
        if (m.outletField() != null) parts.add("outlet=" + m.outletField());
        if (m.dateField() != null) parts.add("date=" + m.dateField());
        if (m.dateFormat() != null) parts.add("date_format=" + m.dateFormat());
        if (m.itemField() != null) parts.add("item=" + m.itemField());
        if (m.annotatorField() != null) parts.add("annotator=" + m.annotatorField());
        return String.join(", ", parts);
    }

    /** "nominal", "interval", or "ordinal (order: low < mid < high)" with the categories in the order the measures used. */
    static String level(org.framelab.stats.AgreementReport r) {
        String l = r.level().label();
        return r.level() == org.framelab.stats.MeasurementLevel.ORDINAL && !r.categories().isEmpty()
                ? l + " (order: " + String.join(" < ", r.categories().keySet()) + ")" : l;
    }

    static Map<String, Object> settings(Study s, String featureSpec, List<String> groupFields) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("seed", s.seed());
        m.put("corpus.path", s.corpus().path().toString());
        m.put("features.families", featureSpec);
        NgramOptions n = s.features().ngrams();
        m.put("features.ngrams", String.format(Locale.ROOT, "{min_n: %d, max_n: %d, min_df: %d, max_features: %d, tfidf: %b, lowercase: %b, "
                + "repeated_lines: %d, mask_outlet_names: %b}", n.minN(), n.maxN(), n.minDf(), n.maxFeatures(), n.tfidf(), n.lowercase(),
                n.repeatedLines(), n.maskOutletNames()));
        m.put("features.actors", String.join("; ", s.features().actors()));
        m.put("analysis.group_by", String.join(", ", groupFields));
        m.put("analysis.alpha", s.analysis().alpha());
        m.put("analysis.correction", s.analysis().correction());
        m.put("analysis.cluster_by", s.analysis().clusterBy() == null ? "outlet (default, when the articles have one)" : s.analysis().clusterBy());
        m.put("analysis.features", s.analysis().features().isEmpty() ? "all non-n-gram columns" : String.join(", ", s.analysis().features()));
        s.analysis().groups().forEach((f, g) -> m.put("analysis.groups." + f, String.join(", ", g)));
        m.put("analysis.min_month_n", s.analysis().minMonthN());
        if (s.analysis().seed() != null) m.put("analysis.seed", s.analysis().seed());
        if (s.validation() != null && s.validation().seed() != null) m.put("validation.seed", s.validation().seed());
        if (s.classifier() != null) {
            var c = s.classifier();
            m.put("classifier", c.name() + (c.options().isEmpty() ? "" : " " + c.options()));
            m.put("classifier.label", c.label());
            m.put("classifier.protocol", c.protocol() + (c.protocol().equals("grouped") ? " by " + c.groupField() : "") + ", " + c.folds() + " folds"
                    + (c.mergeOutletVariants() ? ", name variants of one outlet merged into one group" : ""));
            m.put("classifier.bootstrap", c.bootstrap());
            m.put("classifier.ablation", c.ablation());
            if (c.dedupe()) m.put("classifier.dedupe", "test articles duplicating a training article of their fold dropped");
            if (!c.excludeLabels().isEmpty()) m.put("classifier.exclude_labels", String.join(", ", c.excludeLabels()));
        }
        m.put("charts.formats", String.join(", ", s.charts().formats()));
        m.put("charts.dpi", s.charts().dpi());
        return m;
    }
}
