package org.framelab.study;

import org.framelab.app.AnalysisCache;
import org.framelab.features.FeatureSpec;
import org.framelab.features.CorpusAnalysis;
import org.framelab.features.AnalysisStore;
import org.framelab.app.Classify;
import org.framelab.app.CompareGroups;
import org.framelab.app.FeatureStep;
import org.framelab.app.MeasureAgreement;
import org.framelab.app.ModelRows;
import org.framelab.app.Protocol;
import org.framelab.app.Validate;
import org.framelab.corpus.SpanAnnotations;
import org.framelab.validation.SpanValidation;
import org.framelab.corpus.Article;
import org.framelab.corpus.Corpora;
import org.framelab.corpus.Corpus;
import org.framelab.corpus.FieldMapping;
import org.framelab.corpus.ReadOptions;
import org.framelab.features.Actor;
import org.framelab.features.AnalysisFiles;
import org.framelab.features.FeatureOptions;
import org.framelab.features.FeatureSets;
import org.framelab.features.FramingFeatures;
import org.framelab.features.NgramVocabulary;
import org.framelab.model.ClassifierSpec;
import org.framelab.report.NgramSummary;
import org.framelab.report.ReportData;
import org.framelab.stats.AgreementOptions;
import org.framelab.util.InputException;
import org.framelab.util.OptionException;
import org.framelab.util.Progress;
import org.framelab.util.Runtime2;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Runs a {@link Study} end to end as a sequence of the application steps ({@code org.framelab.app}):
 * read the corpus, compute features (terms, evidence), compare groups, measure agreement
 * (judgement-level corpora), classify; then {@link #write} turns the step results into the report
 * and writes it with its manifest. The GUI's export calls {@link #write} with the session's step
 * results, so both give the same rows. Deterministic: the same study and input give the same numbers.
 */
public final class StudyRunner {
    private StudyRunner() {}

    /** What a run produced. */
    /** {@code provenance}: how the corpus was read (rows skipped by {@code skip_bad}, with a sample of them). */
    public record Result(Study study, ReportData data, StudyOutputs.Written written, List<String> groupFields,
                         List<String> warnings, AnalysisCache.Outcome cache, org.framelab.corpus.Provenance provenance) {}

    /**
     * The results of the steps a study ran (null or empty where a step did not run).
     *
     * @param comparisons one per grouping field that could be tested
     * @param warnings    warnings of the steps, in order
     * @param cache       what the classifier did with the analysis cache, or null when not known (the GUI's export)
     * @param validation  the span validation ({@code validation:}), or null
     */
    public record Steps(Corpus corpus, FeatureStep.Result features, List<String> groupFields, List<CompareGroups.Result> comparisons,
                        List<MeasureAgreement.FieldResult> agreement, Classify.Result classification, List<String> warnings,
                        AnalysisCache.Outcome cache, Validate.Result validation) {
        public Steps {
            warnings = List.copyOf(new java.util.LinkedHashSet<>(warnings)); // a warning two steps give (tests and classifier), once
        }

        public Steps(Corpus corpus, FeatureStep.Result features, List<String> groupFields, List<CompareGroups.Result> comparisons,
                     List<MeasureAgreement.FieldResult> agreement, Classify.Result classification, List<String> warnings,
                     AnalysisCache.Outcome cache) {
            this(corpus, features, groupFields, comparisons, agreement, classification, warnings, cache, null);
        }

        /** The same steps with a span validation. */
        public Steps withValidation(Validate.Result v) {
            return new Steps(corpus, features, groupFields, comparisons, agreement, classification, warnings, cache, v);
        }

        public Steps(Corpus corpus, FeatureStep.Result features, List<String> groupFields, List<CompareGroups.Result> comparisons,
                     List<MeasureAgreement.FieldResult> agreement, Classify.Result classification, List<String> warnings) {
            this(corpus, features, groupFields, comparisons, agreement, classification, warnings, null);
        }
    }

    public static Result run(Study study, Path studyFile, Progress progress) throws InputException, IOException {
        Runtime2.configure();
        StudyOutputs.Timings tm = new StudyOutputs.Timings();
        Steps steps;
        try {
            steps = compute(study, tm, progress);
        } catch (InputException e) {
            InputException said = studyFile == null ? StudyErrors.inReportTerms(study, e) : StudyErrors.inStudyTerms(study, studyFile, e);
            throw said != null ? said : e;
        } catch (org.framelab.util.NotInDataException e) {
            // in a study file the setting is a key with a line; report names its own flag (cli/Main)
            if (studyFile == null) throw e;
            throw StudyErrors.field(studyFile, "analysis." + e.key(), e);
        }
        return write(study, studyFile, steps, tm, progress);
    }

    /**
     * The warnings about the corpus as read that come before the steps' in every report (a study, {@code report} and the
     * desktop application's export, so their manifests say the same): date values that are not dates (never dropped
     * silently), the reader's notes (cells filled from merged regions, items differing only in quote marks, ...), texts
     * that are empty.
     */
    public static List<String> corpusWarnings(Corpus corpus) {
        List<String> out = new ArrayList<>();
        String dates = org.framelab.corpus.Dates.unreadable(corpus.articles()).describe();
        if (!dates.isEmpty()) out.add(dates);
        out.addAll(corpus.provenance().notes());
        String empty = Corpora.emptyTextWarning(corpus.articles());
        if (!empty.isEmpty()) out.add(empty);
        return out;
    }

    /** Runs every step the study asks for. */
    static Steps compute(Study study, StudyOutputs.Timings tm, Progress progress) throws InputException, IOException {
        tm.start("read corpus");
        Corpus corpus = Corpora.read(study.corpus().path(), readOptions(study), progress);
        tm.stop();
        if (corpus.size() == 0) {
            throw new InputException(study.corpus().path() + ": the corpus has no articles\n  What to do: check corpus.path and corpus.mapping in the study file.");
        }
        List<Article> articles = corpus.articles();
        List<String> groupFields = groupFields(study, corpus);
        List<String> warnings = new ArrayList<>(corpusWarnings(corpus));
        // chosen groups the data does not have stop the study before the features are computed, as compare --groups does
        // (a field no article has stays a warning of the tests' step, as before)
        for (String gf : groupFields) {
            List<String> chosen = study.analysis().groupsOf(gf);
            String[] keys = chosen.isEmpty() ? new String[0] : org.framelab.stats.GroupKey.of(articles, gf);
            if (java.util.Arrays.stream(keys).anyMatch(k -> k != null && !k.isBlank())) org.framelab.app.GroupChoice.apply(gf, keys, chosen);
        }

        tm.start("features");
        AnalysisCache cache = study.outputs().cache();
        AnalysisFiles store = cache.store(w -> {});
        AnalysisStore disk = AnalysisCache.orNone(store);
        FeatureOptions fo = featureOptions(study.features());
        String termGroup = groupFields.isEmpty() ? null : groupFields.get(0);
        FeatureSpec spec = FeatureSets.parse(fo);
        // one analysis of the articles: from the cache when it has them, then lent to the classifier
        CorpusAnalysis analysis = analysisFor(study, fo, spec, articles);
        if (analysis != null) disk.load(analysis, progress);
        FeatureStep.Result fx = FeatureStep.run(articles, spec, analysis, termGroup, study.outputs().evidencePerFeature(), progress);
        if (analysis != null && study.classifier() == null) disk.save(analysis, progress);
        tm.stop();

        tm.start("statistics");
        List<CompareGroups.Result> comparisons = new ArrayList<>();
        for (String gf : groupFields) {
            try {
                CompareGroups.Result r = CompareGroups.run(fx.table(), articles, compareRequest(study, gf), progress);
                comparisons.add(r);
                warnings.addAll(r.warnings());
            } catch (org.framelab.util.NotInDataException e) {
                // a cluster field the data does not have is wrong for every group field, and chosen groups the data does
                // not have are the user's mistake: stop, as for any field the data lacks
                if ("cluster_by".equals(e.key()) || "groups".equals(e.key())) throw e;
                warnings.add("analysis.group_by '" + gf + "': " + e.getMessage() + " - no tests for this field");
            } catch (OptionException e) {
                warnings.add("analysis.group_by '" + gf + "': " + e.getMessage() + " - no tests for this field");
            }
        }
        tm.stop();

        List<MeasureAgreement.FieldResult> agreement = List.of();
        if (study.corpus().annotator() != null) {
            tm.start("agreement");
            agreement = MeasureAgreement.run(corpus, study.analysis().agreementFields(), agreementOptions(study),
                    study.analysis().agreementPerField(), progress);
            for (MeasureAgreement.FieldResult a : agreement) warnings.addAll(a.report().warnings());
            tm.stop();
        }

        Validate.Result validation = null;
        if (study.validation() != null) {
            tm.start("validation");
            validation = Validate.run(validateRequest(study, corpus, fo), progress);
            tm.stop();
        }

        Classify.Result classification = null;
        if (study.classifier() != null) {
            tm.start("classifier");
            classification = Classify.run(classifyRequest(study, fo, corpus.provenance().mapping()), articles,
                    AnalysisStore.chain(AnalysisStore.sharing(analysis), disk), progress);
            warnings.addAll(classification.warnings());
            tm.stop();
        }
        AnalysisCache.Outcome outcome = new AnalysisCache.Outcome(cache, store == null ? null : store.lastUse());
        return new Steps(corpus, fx, groupFields, comparisons, agreement, classification, warnings, outcome, validation);
    }

    /** The validation section as a request of the application layer: the study's families, its seed. */
    static Validate.Request validateRequest(Study study, Corpus corpus, FeatureOptions fo) {
        Study.ValidationSection v = study.validation();
        return new Validate.Request(corpus, new SpanAnnotations.Source(v.spanWords(), v.spans()), fo,
                new SpanValidation.Options(v.bootstrap(), study.validationSeed(), v.label()));
    }

    /** Turns step results into the report and writes it (charts, tables, workbook, notebook, manifest). */
    public static Result write(Study study, Path studyFile, Steps steps, StudyOutputs.Timings tm, Progress progress) throws IOException {
        StudyManifest mf = StudyManifest.of(study, studyFile, steps);
        ReportData data = report(study, steps, mf.overview());
        StudyOutputs.Written w = StudyOutputs.write(study, data, steps.groupFields(), mf.manifest(), tm, progress);
        return new Result(study, data, w, steps.groupFields(), steps.warnings(), steps.cache(), steps.corpus().provenance());
    }

    /** The report rows of the step results: every output (workbook, CSV, notebook, charts) is written from these. */
    public static ReportData report(Study study, Steps steps, List<ReportData.OverviewEntry> overview) {
        FeatureStep.Result fx = steps.features();
        ComparisonRows cmp = ComparisonRows.of(steps.comparisons());
        List<ReportData.PairRow> pairwise = new ArrayList<>();
        for (CompareGroups.Result c : steps.comparisons()) pairwise.addAll(c.pairwise());
        List<ReportData.AgreementRow> agreement = new ArrayList<>();
        for (MeasureAgreement.FieldResult a : steps.agreement()) agreement.addAll(a.rows());
        ReportData.ModelReport model = steps.classification() == null ? null : ModelRows.of(steps.classification());
        ReportData partial = new ReportData(study.name(), List.of(), fx.table(), fx.table().columns(), cmp.groups(), cmp.tests(), fx.terms(),
                fx.evidence(), List.of(), model, agreement, List.of(), List.of(), List.of());
        List<ReportData.MonthlyRow> monthly = List.of();
        String termGroup = steps.groupFields().isEmpty() ? null : steps.groupFields().get(0);
        if (study.analysis().monthly() && termGroup != null) {
            List<String> chartFeatures = StudyCharts.chartFeatures(study, partial);
            CompareGroups.Result first = steps.comparisons().stream().filter(c -> c.request().groupField().equals(termGroup)).findFirst().orElse(null);
            monthly = first != null ? CompareGroups.monthly(fx.table(), chartFeatures, first) : CompareGroups.monthly(fx.table(), chartFeatures, termGroup);
        }
        NgramVocabulary vocabulary = fx.fitted().features() instanceof FramingFeatures ff ? ff.vocabulary() : null;
        return new ReportData(study.name(), overview, fx.table(), fx.table().columns(), cmp.groups(), cmp.tests(), fx.terms(),
                fx.evidence(), monthly, model, agreement, List.of(), List.of(), NgramSummary.rows(fx.table(), vocabulary), cmp.clusters(), cmp.pooled(),
                steps.validation() == null ? null : Validate.report(steps.validation()), pairwise);
    }

    /** The rows of the group comparisons, gathered for the report: group rows, tests, cluster-level rows and pooled ratios. */
    record ComparisonRows(List<ReportData.GroupRow> groups, List<ReportData.TestRow> tests, ReportData.ClusterRows clusters,
                          List<org.framelab.stats.PooledRatio> pooled) {
        static ComparisonRows of(List<CompareGroups.Result> comparisons) {
            List<ReportData.GroupRow> groups = new ArrayList<>();
            List<ReportData.TestRow> tests = new ArrayList<>();
            ReportData.ClusterRows clusters = ReportData.ClusterRows.EMPTY;
            List<org.framelab.stats.PooledRatio> pooled = new ArrayList<>();
            for (CompareGroups.Result c : comparisons) {
                groups.addAll(c.groups());
                tests.addAll(c.tests());
                clusters = clusters.plus(c.clusterRows());
                pooled.addAll(c.pooled());
            }
            return new ComparisonRows(groups, tests, clusters, pooled);
        }
    }

    /** The Overview entries of a run ({@code studyFile} null when there is none). */
    public static List<ReportData.OverviewEntry> overview(Study study, Path studyFile, Steps steps) throws IOException {
        return StudyManifest.of(study, studyFile, steps).overview();
    }

    /** The agreement measures' options: the defaults of {@code framelab agreement}, with the study's (analysis) seed. */
    static AgreementOptions agreementOptions(Study study) {
        AgreementOptions d = AgreementOptions.defaults();
        return d.withBootstrap(d.bootstrapSamples(), study.analysisSeed())
                .withLevel(org.framelab.stats.MeasurementLevel.parse(study.analysis().agreementLevel()));
    }

    static CompareGroups.Request compareRequest(Study study, String groupField) {
        return new CompareGroups.Request(groupField, study.analysis().features(), study.analysis().alpha(), study.analysis().correction(),
                study.analysis().clusterBy(), study.analysisSeed(), study.analysis().groupsOf(groupField));
    }

    /** The classifier section as a request of the application layer. */
    /**
     * One analysis of the articles for the feature step and the classifier: built for every family the
     * classifier evaluates when that includes the feature step's, so the classifier borrows every
     * article's analysis instead of reading the texts again; null when the features need the texts
     * (trigrams).
     */
    static CorpusAnalysis analysisFor(Study study, FeatureOptions fo, FeatureSpec spec, List<Article> articles) {
        if (study.classifier() != null) {
            FeatureSpec widest = Classify.widestSpec(classifyRequest(study, fo));
            if (CorpusAnalysis.supports(widest)) {
                CorpusAnalysis a = CorpusAnalysis.of(articles, widest);
                if (a.covers(spec)) return a;
            }
        }
        return CorpusAnalysis.supports(spec) ? CorpusAnalysis.of(articles, spec) : null;
    }

    static Classify.Request classifyRequest(Study study, FeatureOptions fo) {
        return classifyRequest(study, fo, null);
    }

    /** {@code mapping}: the corpus's, under which a group field that names a mapped column is its role (source -> outlet). */
    static Classify.Request classifyRequest(Study study, FeatureOptions fo, FieldMapping mapping) {
        Study.ClassifierSection c = study.classifier();
        FeatureOptions mfo = c.features().isEmpty() ? fo : FeatureSets.optionsFor(String.join("+", c.features()), fo);
        ClassifierSpec cs = new ClassifierSpec(c.name(), c.options());
        String groupField = mapping == null ? c.groupField() : mapping.role(c.groupField());
        Protocol p = new Protocol.CrossValidation(c.folds(), c.protocol().equals("grouped") ? groupField : null, c.mergeOutletVariants());
        return Classify.Request.of(c.label(), mfo, p, study.seed()).withClassifier(cs).withBootstrap(c.bootstrap()).withAblation(c.ablation())
                .withDedupe(c.dedupe()).withExcludeLabels(c.excludeLabels());
    }

    static final java.util.Set<String> NOT_LABELS = java.util.Set.of("outlet", "source", "year", "quarter", "month", "week", "day");

    /**
     * Read options from the corpus section. Grouping fields and the classifier label are read as
     * label fields too (so that statistics can group by any field of the input, e.g. BABE's {@code type}), except
     * the fields a table of labels per outlet ({@code corpus.outlet_labels}) joins: the input does not have those.
     */
    public static ReadOptions readOptions(Study study) throws org.framelab.corpus.CorpusException {
        Study.CorpusSection c = study.corpus();
        List<String> labels = new ArrayList<>(c.labels());
        List<String> joined = c.outletLabels() == null ? List.of() : org.framelab.corpus.OutletLabels.read(c.outletLabels()).fields();
        if (!labels.isEmpty() || !study.analysis().groupBy().isEmpty() || study.classifier() != null) {
            String label = study.classifier() == null ? null : study.classifier().label();
            if (label != null && !labels.contains(label) && !joined.contains(label)) labels.add(label);
            for (String g : study.analysis().groupBy()) if (!NOT_LABELS.contains(g) && !labels.contains(g) && !joined.contains(g)) labels.add(g);
        }
        FieldMapping m = new FieldMapping(c.id(), c.text(), c.title(), labels, c.outlet(), c.date(), c.item(), c.annotator(), c.dateFormat());
        return ReadOptions.parse(m, c.encoding(), c.delimiter(), c.sheet(), c.skipBad(), c.limit()).withOutletLabels(c.outletLabels());
    }

    static FeatureOptions featureOptions(Study.FeatureSection f) {
        List<Actor> actors = new ArrayList<>();
        for (String a : f.actors()) actors.add(Actor.parse(a));
        return new FeatureOptions(f.families(), f.lexicons(), actors, f.ngrams());
    }

    /** The study's grouping fields; default: the first label field, else the outlet. */
    static List<String> groupFields(Study study, Corpus corpus) {
        if (!study.analysis().groupBy().isEmpty()) {
            List<String> out = new ArrayList<>(); // a column mapped to a role (source -> outlet) is grouped under the role
            for (String g : study.analysis().groupBy()) {
                String f = corpus.provenance().mapping().role(g);
                if (!out.contains(f)) out.add(f);
            }
            return out;
        }
        List<String> labels = corpus.provenance().labelFields(); // with the fields joined per outlet (corpus.outlet_labels)
        if (!labels.isEmpty()) return List.of(labels.get(0));
        boolean outlets = corpus.articles().stream().anyMatch(a -> !a.outlet().isEmpty());
        return outlets ? List.of("outlet") : List.of();
    }

}
