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
import org.framelab.study.StudyRunner;
import org.framelab.app.Classify;
import org.framelab.app.CompareGroups;
import org.framelab.app.FeatureStep;
import org.framelab.app.MeasureAgreement;
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
                nz(given.dateField(), m.dateField()), given.dateFormat(), nz(given.itemField(), m.itemField()), nz(given.annotatorField(), m.annotatorField()),
                o.encoding() == null ? null : o.encoding().name(),
                o.delimiter() == null ? null : o.delimiter() == '\t' ? "tab" : String.valueOf(o.delimiter()),
                o.sheet(), o.skipBad(), o.limit()).withOutletLabels(o.outletLabels());
        Pipelines.Spec spec = s.features() != null ? s.features().spec() : s.spec();
        List<String> fams = List.of(spec.familiesSpec().split("\\+"));
        Study.FeatureSection features = new Study.FeatureSection(fams,
                spec.families().contains("subjective") ? spec.lexicons() : Map.of(),
                spec.families().contains("actors") ? spec.actors() : List.of(), org.framelab.features.NgramOptions.defaults());
        List<String> groupBy = new ArrayList<>();
        if (s.comparison() != null) groupBy.add(s.comparison().groupField());
        else if (s.groupField() != null) groupBy.add(s.groupField());
        List<String> tested = new ArrayList<>(s.comparison() == null ? List.of() : s.comparison().features());
        FeatureTable ft = s.comparison() == null ? null : s.comparison().table();
        if (ft != null) tested.sort(java.util.Comparator.comparingInt(ft::indexOf)); // column order, as the user saw them
        String clusterBy = s.comparison() == null ? null : s.comparison().result().request().clusterBy();
        // the features the Compare view tested, listed unless they are the default set (then the study tests the same without the list)
        if (ft != null && tested.equals(CompareGroups.defaultFeatures(ft))) tested = List.of();
        // the seeds the views used: Classify's is the study's; Compare and Agreement take it when they run, but
        // ran with another when it was changed after them (analysis.seed; one for both: a study has one, so an
        // Agreement run with a third seed is exported with Compare's); Validate has its own (validation.seed)
        long seed = s.classification() != null ? s.classification().request().seed() : CompareGroups.DEFAULT_SEED;
        Long analysisSeed = null;
        if (s.comparison() != null && s.comparison().result().request().seed() != seed) analysisSeed = s.comparison().result().request().seed();
        else if (s.comparison() == null && s.agreement() != null && s.agreement().seed() != seed) analysisSeed = s.agreement().seed();
        // the Agreement view measured each field at the level chosen for it: the study measures the same fields at the same levels
        // the groups the Compare view compared (checked), as the data spells them; all checked: none listed
        var choice = s.comparison() == null ? null : s.comparison().result().choice();
        Map<String, List<String>> groups = choice == null || !choice.restricted() ? Map.of() : Map.of(choice.field(), choice.chosen());
        Study.AnalysisSection analysis = new Study.AnalysisSection(groupBy, tested,
                CompareGroups.DEFAULT_ALPHA, CompareGroups.DEFAULT_CORRECTION, true, Study.AnalysisSection.DEFAULT_MIN_MONTH_N, clusterBy, analysisSeed,
                s.agreements().stream().map(Analyses.Agreement::field).toList(), "nominal", agreementLevels(s.agreements()), groups);
        Study.ClassifierSection classifier = null;
        if (s.classification() != null) {
            Analyses.ClassifyRequest r = s.classification().request();
            classifier = new Study.ClassifierSection(r.label(), r.classifier(), "", r.groupBy() != null ? "grouped" : "stratified",
                    r.groupBy() != null ? r.groupBy() : "outlet", r.folds(), false, s.classification().result().request().bootstrap(), List.of(r.features()),
                    r.dedupe(), r.excludeLabels(), r.mergeVariants());
        }
        Study.ValidationSection validation = null;
        if (s.validation() != null) {
            var r = s.validation().request();
            validation = new Study.ValidationSection(r.spans().file(), r.spans().wordsField(), r.options().label(), r.options().bootstrap(),
                    r.options().seed() != seed ? Long.valueOf(r.options().seed()) : null);
        }
        return new Study(name(s.corpusPath()), seed, corpus, features, analysis, classifier, Study.ChartSection.defaults(),
                new Study.OutputSection(outDir, true, true, notebookDir, FeatureStep.DEFAULT_EVIDENCE), validation);
    }

    /** The level of every measured field when one is not nominal (the study's default), as the study file names them; else none. */
    static org.framelab.app.AgreementLevels agreementLevels(List<Analyses.Agreement> agreements) {
        Map<String, org.framelab.stats.MeasurementLevel> levels = new java.util.LinkedHashMap<>();
        for (Analyses.Agreement a : agreements) levels.put(a.field(), org.framelab.stats.MeasurementLevel.parse(a.level()));
        if (levels.values().stream().allMatch(l -> l == org.framelab.stats.MeasurementLevel.NOMINAL)) levels.clear();
        return new org.framelab.app.AgreementLevels(levels, Map.of());
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

    /**
     * The session's step results as the study runner's steps: nothing is recomputed except the term
     * counts and evidence samples (by the same functions the runner uses).
     */
    static StudyRunner.Steps steps(Analyses.Snapshot s, Study study, Progress p) {
        Analyses.Features f = s.features();
        List<Article> arts = s.corpus().articles();
        List<String> groupFields = study.analysis().groupBy();
        String termGroup = groupFields.isEmpty() ? null : groupFields.get(0);
        p.start("Counting terms", -1);
        var terms = FeatureStep.terms(f.fitted(), arts, termGroup);
        p.checkCancelled();
        var evidence = FeatureStep.evidence(f.fitted().features(), arts, termGroup, study.outputs().evidencePerFeature(), p);
        FeatureStep.Result fx = new FeatureStep.Result(f.fitted(), f.table(), terms, evidence);
        // as the study runner: unreadable dates, the reader's notes, empty texts; then the steps' (Steps keeps each once)
        List<String> warnings = new ArrayList<>(StudyRunner.corpusWarnings(s.corpus()));
        List<CompareGroups.Result> comparisons = new ArrayList<>();
        if (s.comparison() != null) {
            comparisons.add(s.comparison().result());
            warnings.addAll(s.comparison().result().warnings());
        }
        List<MeasureAgreement.FieldResult> agreement = new ArrayList<>();
        for (Analyses.Agreement a : s.agreements()) {
            agreement.add(a.result());
            warnings.addAll(a.warnings());
        }
        Classify.Result classification = s.classification() == null ? null : s.classification().result();
        if (classification != null) warnings.addAll(classification.warnings());
        StudyRunner.Steps steps = new StudyRunner.Steps(s.corpus(), fx, groupFields, comparisons, agreement, classification, warnings);
        return s.validation() == null ? steps : steps.withValidation(s.validation().result());
    }

    /** The session's results as report data (the same rows {@code ./framelab run} writes for the exported study). */
    static ReportData data(Analyses.Snapshot s, Study study, Progress p) throws IOException {
        StudyRunner.Steps steps = steps(s, study, p);
        return StudyRunner.report(study, steps, StudyRunner.overview(study, null, steps));
    }

    /** Writes the full report (workbook, charts, tables, manifest; notebook when {@code notebookDir} is set) into {@code dir/<name>/}. */
    static StudyOutputs.Written writeAll(Analyses.Snapshot s, Path dir, Path notebookDir, Progress p) throws IOException {
        Study study = study(s, dir, notebookDir);
        return StudyRunner.write(study, null, steps(s, study, p), new StudyOutputs.Timings(), p).written();
    }

    /** The charts alone (PNG, SVG, PDF), as the study draws them, into {@code dir}. */
    static Path charts(Analyses.Snapshot s, Path dir, Progress p) throws IOException {
        Path tmp = Files.createTempDirectory("framelab-charts");
        try {
            Study full = study(s, tmp, null);
            Study.ChartSection c = full.charts();
            Study study = new Study(full.name(), full.seed(), full.corpus(), full.features(), full.analysis(), full.classifier(),
                    new Study.ChartSection(c.types(), List.of("png", "svg", "pdf"), 300, c.width(), c.height(), c.features(), c.maxFeatures(),
                            c.topTerms(), c.maxGroups()),
                    new Study.OutputSection(tmp, false, false, null, full.outputs().evidencePerFeature()));
            StudyOutputs.Written w = StudyRunner.write(study, null, steps(s, study, p), new StudyOutputs.Timings(), p).written();
            Files.createDirectories(dir);
            for (Path f : w.charts()) Files.move(f, dir.resolve(f.getFileName().toString()), StandardCopyOption.REPLACE_EXISTING);
            return dir;
        } finally {
            deleteTree(tmp);
        }
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
