package org.framelab.gui;

import org.framelab.corpus.Article;
import org.framelab.corpus.FieldMapping;
import org.framelab.corpus.ReadOptions;
import org.framelab.features.FeatureExtraction;
import org.framelab.features.FeatureTable;
import org.framelab.features.Hit;
import org.framelab.features.TermCount;
import org.framelab.model.EvaluationResult;
import org.framelab.report.NotebookExport;
import org.framelab.report.ReportData;
import org.framelab.stats.AgreementReport;
import org.framelab.stats.Descriptives;
import org.framelab.stats.GroupComparison;
import org.framelab.stats.TestResult;
import org.framelab.stats.TimeSeries;
import org.framelab.study.Study;
import org.framelab.study.StudyFile;
import org.framelab.study.StudyOutputs;
import org.framelab.util.AtomicFiles;
import org.framelab.util.InputException;
import org.framelab.util.Progress;
import org.framelab.util.Runtime2;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Exports of a GUI session through the {@code report} and {@code study} packages: the session
 * becomes a {@link Study} (what the study file says) and a {@link ReportData} (what the session
 * computed), and {@link StudyOutputs} writes the workbook, charts, CSV tables and notebook exactly
 * as {@code ./framelab run} does.
 */
final class Reports {
    private Reports() {}

    /** The study the session corresponds to; {@code outDir} is where its outputs go. */
    static Study study(Analyses.Snapshot s, Path outDir, Path notebookDir) {
        ReadOptions o = s.readOptions();
        FieldMapping m = s.corpus().provenance().mapping(); // effective mapping after detection
        FieldMapping given = o.mapping();
        Study.CorpusSection corpus = new Study.CorpusSection(s.corpusPath().toAbsolutePath().normalize(),
                nz(given.idField(), m.idField()), nz(given.textField(), m.textField()), nz(given.titleField(), m.titleField()),
                given.labelFields().isEmpty() ? m.labelFields() : given.labelFields(), nz(given.outletField(), m.outletField()),
                nz(given.dateField(), m.dateField()), nz(given.itemField(), m.itemField()), nz(given.annotatorField(), m.annotatorField()),
                o.encoding() == null ? null : o.encoding().name(),
                o.delimiter() == null ? null : o.delimiter() == '\t' ? "tab" : String.valueOf(o.delimiter()),
                o.sheet(), o.skipBad(), o.limit());
        Pipelines.Spec spec = s.features() != null ? s.features().spec() : s.spec();
        List<String> fams = new ArrayList<>(spec.families());
        if (fams.containsAll(org.framelab.features.FeatureSets.FRAMING)) {
            fams.removeAll(org.framelab.features.FeatureSets.FRAMING);
            fams.add(0, "framing");
        }
        Study.FeatureSection features = new Study.FeatureSection(fams,
                spec.families().contains("subjective") ? spec.lexicons() : Map.of(),
                spec.families().contains("actors") ? spec.actors() : List.of(), org.framelab.features.NgramOptions.defaults());
        List<String> groupBy = new ArrayList<>();
        if (s.comparison() != null) groupBy.add(s.comparison().groupField());
        else if (s.groupField() != null) groupBy.add(s.groupField());
        List<String> tested = new ArrayList<>(s.comparison() == null ? List.of() : s.comparison().features());
        FeatureTable ft = s.comparison() == null ? null : s.comparison().table();
        if (ft != null) tested.sort(java.util.Comparator.comparingInt(ft::indexOf)); // column order, as the user saw them
        Study.AnalysisSection analysis = new Study.AnalysisSection(groupBy, tested.size() <= 60 ? tested : List.of(), 0.05, "holm", true, 5);
        Study.ClassifierSection classifier = null;
        if (s.classification() != null) {
            Analyses.ClassifyRequest r = s.classification().request();
            classifier = new Study.ClassifierSection(r.label(), r.classifier(), "", r.groupBy() != null ? "grouped" : "stratified",
                    r.groupBy() != null ? r.groupBy() : "outlet", r.folds(), false, 1000, List.of(r.features()));
        }
        long seed = s.classification() != null ? s.classification().request().seed() : 42;
        return new Study(name(s.corpusPath()), seed, corpus, features, analysis, classifier, Study.ChartSection.defaults(),
                new Study.OutputSection(outDir, true, true, notebookDir, 5));
    }

    private static String nz(String a, String b) {
        return a != null ? a : b;
    }

    /** A study name from the corpus file: {@code articles.jsonl.gz} -> {@code articles}. */
    static String name(Path corpus) {
        Path abs = corpus.toAbsolutePath().normalize();
        String n = abs.getFileName().toString().replaceFirst("(\\.gz)$", "").replaceFirst("\\.[^.]+$", "");
        // generic file names (articles.jsonl) say less than their folder (datasets/demo)
        if (List.of("articles", "data", "corpus", "texts").contains(n.toLowerCase(Locale.ROOT)) && abs.getParent() != null
                && abs.getParent().getFileName() != null) n = abs.getParent().getFileName().toString();
        n = n.replaceAll("[^A-Za-z0-9_.-]+", "-").replaceAll("^[^A-Za-z0-9]+", "");
        if (n.isEmpty()) n = "study";
        return n.length() > 60 ? n.substring(0, 60) : n;
    }

    /** The session's results as report data (nothing is recomputed except terms, evidence samples and monthly means). */
    static ReportData data(Analyses.Snapshot s, Study study, Progress p) {
        Analyses.Features f = s.features();
        FeatureTable table = f.table();
        List<Article> arts = s.corpus().articles();
        List<ReportData.OverviewEntry> ov = new ArrayList<>();
        ov.add(new ReportData.OverviewEntry("Corpus", "file", s.corpusPath().toAbsolutePath().normalize().toString()));
        ov.add(new ReportData.OverviewEntry("Corpus", "reader", s.corpus().provenance().reader()));
        ov.add(new ReportData.OverviewEntry("Corpus", "articles", Long.toString(arts.size())));
        ov.add(new ReportData.OverviewEntry("Corpus", "rows skipped", Long.toString(s.corpus().provenance().rowsSkipped())));
        ov.add(new ReportData.OverviewEntry("Corpus", "mapping", MappingCodec.encode(s.readOptions().withMapping(s.corpus().provenance().mapping()))));
        ov.add(new ReportData.OverviewEntry("Features", "families", String.join(", ", f.spec().families())));
        f.spec().lexicons().forEach((k, v) -> ov.add(new ReportData.OverviewEntry("Features", "lexicon " + k, v.toString())));
        if (!f.spec().actors().isEmpty()) ov.add(new ReportData.OverviewEntry("Features", "actors", String.join("; ", f.spec().actors())));
        ov.add(new ReportData.OverviewEntry("Features", "columns", Integer.toString(table.columns().size())));
        if (s.comparison() != null) ov.add(new ReportData.OverviewEntry("Analysis", "group by", s.comparison().groupField()));
        if (s.classification() != null) {
            Analyses.ClassifyRequest r = s.classification().request();
            ov.add(new ReportData.OverviewEntry("Classifier", "label", r.label()));
            ov.add(new ReportData.OverviewEntry("Classifier", "classifier", r.classifier()));
            ov.add(new ReportData.OverviewEntry("Classifier", "features", r.features()));
            ov.add(new ReportData.OverviewEntry("Classifier", "protocol", ((EvaluationResult) s.classification().raw()).protocol()));
            ov.add(new ReportData.OverviewEntry("Classifier", "seed", Integer.toString(r.seed())));
        }
        ov.add(new ReportData.OverviewEntry("Versions", "FrameLab", Runtime2.version()));
        ov.add(new ReportData.OverviewEntry("Versions", "Java", System.getProperty("java.version")));
        ov.add(new ReportData.OverviewEntry("Session", "exported from", "FrameLab desktop application (re-run with: ./framelab run "
                + study.name() + ".yaml)"));

        List<ReportData.GroupRow> groups = new ArrayList<>();
        List<ReportData.TestRow> tests = new ArrayList<>();
        List<ReportData.MonthlyRow> monthly = new ArrayList<>();
        Analyses.Comparison c = s.comparison();
        if (c != null) {
            GroupComparison.Report r = (GroupComparison.Report) c.raw();
            r.descriptives().forEach((feature, ds) -> {
                for (Descriptives d : ds) groups.add(new ReportData.GroupRow(feature, c.groupField(), d.group(), d.n(), d.mean(), d.sd(),
                        d.median(), d.q1(), d.q3(), d.ciLow(), d.ciHigh()));
            });
            for (TestResult t : r.tests()) tests.add(new ReportData.TestRow(t.feature(), c.groupField(), t.test(), t.groups().size(),
                    t.statistic(), t.df(), t.p(), t.pHolm(), t.pBh(), t.effectName(), t.effect(), t.significantHolm(0.05)));
            boolean tableField = c.groupField().equals("outlet") || table.rows().stream().limit(200).anyMatch(x -> x.labels().containsKey(c.groupField()));
            if (tableField && table.rows().stream().anyMatch(x -> x.date() != null)) {
                for (String feature : c.features().subList(0, Math.min(8, c.features().size()))) {
                    for (TimeSeries.Point pt : TimeSeries.monthly(table, feature, c.groupField()))
                        monthly.add(new ReportData.MonthlyRow(feature, c.groupField(), pt.group(), pt.period(), pt.n(), pt.mean()));
                }
            }
        }
        p.start("Counting terms", -1);
        Map<String, Long> perOutlet = new HashMap<>();
        for (Article a : arts) perOutlet.merge(a.outlet(), 1L, Long::sum);
        List<ReportData.TermRow> terms = new ArrayList<>();
        for (TermCount t : FeatureExtraction.terms(f.fitted(), arts))
            terms.add(new ReportData.TermRow(t.family(), t.term(), t.category(), t.outlet(), t.count(), perOutlet.getOrDefault(t.outlet(), 0L)));
        p.checkCancelled();
        p.start("Sampling evidence", -1);
        List<ReportData.EvidenceRow> evidence = evidence(f, arts, 5);
        ReportData.ModelReport model = s.classification() == null ? null : model(s.classification());
        List<ReportData.AgreementRow> agreement = new ArrayList<>();
        if (s.agreement() != null && s.agreement().raw() instanceof AgreementReport a) {
            String v = s.agreement().field(), l = a.level().label();
            agreement.add(new ReportData.AgreementRow(v, "Krippendorff's alpha", l, a.alpha().value(), a.alpha().ciLow(), a.alpha().ciHigh(), a.items(), a.annotators(), a.judgementsUsed()));
            agreement.add(new ReportData.AgreementRow(v, "Fleiss' kappa", "nominal", a.fleiss().kappa(), Double.NaN, Double.NaN, a.fleiss().items(), a.annotators(), a.judgementsUsed()));
            agreement.add(new ReportData.AgreementRow(v, "mean Cohen's kappa", "nominal", a.meanCohenKappa(), Double.NaN, Double.NaN, a.pairableItems(), a.annotators(), a.judgementsUsed()));
            agreement.add(new ReportData.AgreementRow(v, "percent agreement", "nominal", a.percentAgreement(), Double.NaN, Double.NaN, a.pairableItems(), a.annotators(), a.judgementsUsed()));
        }
        return new ReportData(study.name(), ov, table, table.columns(), groups, tests, terms, evidence, monthly, model, agreement,
                List.of(), List.of());
    }

    /** Up to {@code per} evidence spans per feature, from the first articles where it fired (deterministic). */
    static List<ReportData.EvidenceRow> evidence(Analyses.Features f, List<Article> arts, int per) {
        Map<String, Integer> taken = new LinkedHashMap<>();
        List<ReportData.EvidenceRow> out = new ArrayList<>();
        int scanned = 0;
        for (Article a : arts) {
            if (++scanned > 3000) break;
            for (Hit h : f.fitted().explain(a)) {
                if (h.family().startsWith("ngram") || h.span().end() > a.text().length()) continue;
                int n = taken.getOrDefault(h.feature(), 0);
                if (n >= per) continue;
                taken.put(h.feature(), n + 1);
                int b = Math.max(0, h.span().begin() - 60), e = Math.min(a.text().length(), h.span().end() + 60);
                String ctx = (b > 0 ? "…" : "") + a.text().substring(b, e).replace('\n', ' ') + (e < a.text().length() ? "…" : "");
                out.add(new ReportData.EvidenceRow(h.feature(), h.category(), a.id(), a.outlet(), h.span().begin(), h.span().end(), h.text(), ctx));
            }
        }
        return out;
    }

    static ReportData.ModelReport model(Analyses.Classification c) {
        EvaluationResult r = (EvaluationResult) c.raw();
        List<ReportData.Metric> metrics = new ArrayList<>();
        metrics.add(new ReportData.Metric("accuracy", r.accuracy(), r.ci95() == null ? Double.NaN : r.ci95().accuracy().low(), r.ci95() == null ? Double.NaN : r.ci95().accuracy().high()));
        metrics.add(new ReportData.Metric("macroF1", r.macroF1(), r.ci95() == null ? Double.NaN : r.ci95().macroF1().low(), r.ci95() == null ? Double.NaN : r.ci95().macroF1().high()));
        metrics.add(new ReportData.Metric("weightedF1", r.weightedF1(), Double.NaN, Double.NaN));
        metrics.add(new ReportData.Metric("kappa", r.kappa(), Double.NaN, Double.NaN));
        metrics.add(new ReportData.Metric("mcc", r.mcc(), Double.NaN, Double.NaN));
        metrics.add(new ReportData.Metric("rocAuc", r.rocAuc(), Double.NaN, Double.NaN));
        List<ReportData.PerClass> perClass = new ArrayList<>();
        for (EvaluationResult.ClassMetrics m : r.perClass()) perClass.add(new ReportData.PerClass(m.label(), m.precision(), m.recall(), m.f1(), m.support()));
        long[][] conf = new long[r.labels().size()][r.labels().size()];
        for (int i = 0; i < conf.length; i++) for (int j = 0; j < conf.length; j++) conf[i][j] = r.confusion()[i][j];
        List<ReportData.PerGroup> perGroup = new ArrayList<>();
        for (EvaluationResult.GroupMetrics g : r.perGroup()) perGroup.add(new ReportData.PerGroup(g.group(), g.n(), g.accuracy(), g.macroF1()));
        List<ReportData.Importance> imp = new ArrayList<>();
        for (List<Object> row : c.topFeatures().rows()) imp.add(new ReportData.Importance((String) row.get(0), (String) row.get(2), ((Number) row.get(4)).doubleValue()));
        List<ReportData.Roc> roc = new ArrayList<>();
        for (EvaluationResult.RocCurve rc : r.roc()) roc.add(new ReportData.Roc(rc.label(), rc.fpr(), rc.tpr(), rc.auc()));
        ReportData.Metric baseline = r.baseline() == null ? null : new ReportData.Metric("baseline macroF1 (" + r.baseline().label() + ")",
                r.baseline().macroF1(), Double.NaN, Double.NaN);
        return new ReportData.ModelReport(c.request().classifier(), r.protocol(), c.request().label(), metrics, perClass, r.labels(),
                conf, perGroup, imp, List.of(), roc, baseline);
    }

    /** Writes the full report (workbook, charts, tables, manifest; notebook when {@code notebookDir} is set) into {@code dir/<name>/}. */
    static StudyOutputs.Written writeAll(Analyses.Snapshot s, Path dir, Path notebookDir, Progress p) throws IOException {
        Study study = study(s, dir, notebookDir);
        ReportData d = data(s, study, p);
        List<String> groupFields = study.analysis().groupBy();
        Map<String, Object> manifest = new LinkedHashMap<>();
        manifest.put("source", "FrameLab desktop application");
        manifest.put("corpus", s.corpusPath().toAbsolutePath().normalize().toString());
        manifest.put("articles", s.corpus().size());
        return StudyOutputs.write(study, d, groupFields, manifest, new StudyOutputs.Timings(), p);
    }

    /** The workbook alone, written to {@code file} (built in a temporary folder, then moved). */
    static Path workbook(Analyses.Snapshot s, Path file, Progress p) throws IOException {
        Path tmp = Files.createTempDirectory("framelab-workbook");
        try {
            StudyOutputs.Written w = writeAll(s, tmp, null, p);
            Path target = file.toAbsolutePath();
            if (target.getParent() != null) Files.createDirectories(target.getParent());
            Files.move(w.workbook(), target, StandardCopyOption.REPLACE_EXISTING);
            return target;
        } finally {
            deleteTree(tmp);
        }
    }

    /** The notebook and the CSV tables it reads, into {@code dir}. */
    static Path notebook(Analyses.Snapshot s, Path dir, Progress p) throws IOException {
        Study study = study(s, dir, dir);
        ReportData d = data(s, study, p);
        return NotebookExport.write(d, dir, s.comparison() == null ? List.of() : s.comparison().features().subList(0, Math.min(8, s.comparison().features().size())));
    }

    /** The study file: YAML that {@code ./framelab run} reads back into the same study (checked by parsing it back). */
    static Path studyFile(Analyses.Snapshot s, Path file) throws IOException, InputException {
        Study study = study(s, Path.of("reports"), Path.of("notebooks-export"));
        String yaml = StudyYaml.write(study, file.toAbsolutePath().getParent(), file.getFileName().toString());
        // must read back as the same study, or it would not reproduce the session
        Study back = StudyFile.parse(new java.io.StringReader(yaml), file.getFileName().toString(), file.toAbsolutePath().getParent(), study.name());
        if (!StudyYaml.sameSettings(study, back)) throw new IllegalStateException("study file does not read back as the session: " + back + " vs " + study);
        AtomicFiles.writeString(file, yaml);
        return file;
    }

    static void deleteTree(Path dir) {
        try (var s = Files.walk(dir)) {
            s.sorted(java.util.Comparator.reverseOrder()).forEach(x -> {
                try {
                    Files.deleteIfExists(x);
                } catch (IOException ignored) {
                    // temporary files: best effort
                }
            });
        } catch (IOException ignored) {
            // temporary folder already gone
        }
    }
}
