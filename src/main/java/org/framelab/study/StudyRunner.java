package org.framelab.study;

import org.framelab.corpus.Article;
import org.framelab.corpus.Corpora;
import org.framelab.corpus.Corpus;
import org.framelab.corpus.CorpusSummary;
import org.framelab.corpus.FieldMapping;
import org.framelab.corpus.ReadOptions;
import org.framelab.features.Actor;
import org.framelab.features.FeatureColumn;
import org.framelab.features.FeatureExtraction;
import org.framelab.features.FeatureOptions;
import org.framelab.features.FeatureSets;
import org.framelab.features.FeatureSpec;
import org.framelab.features.FeatureTable;
import org.framelab.features.FittedFeatures;
import org.framelab.features.Hit;
import org.framelab.features.NgramOptions;
import org.framelab.features.TermCount;
import org.framelab.report.ReportData;
import org.framelab.report.ReportData.EvidenceRow;
import org.framelab.report.ReportData.GroupRow;
import org.framelab.report.ReportData.MonthlyRow;
import org.framelab.report.ReportData.OverviewEntry;
import org.framelab.report.ReportData.TermRow;
import org.framelab.report.ReportData.TestRow;
import org.framelab.stats.Agreement;
import org.framelab.stats.AgreementOptions;
import org.framelab.stats.AgreementReport;
import org.framelab.stats.Descriptives;
import org.framelab.stats.GroupComparison;
import org.framelab.stats.TestResult;
import org.framelab.stats.TimeSeries;
import org.framelab.util.InputException;
import org.framelab.util.Progress;
import org.framelab.util.Runtime2;

import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * Runs a {@link Study} end to end: reads the corpus, computes the features (with the terms table and
 * evidence spans), describes and tests every feature by group, builds monthly series, measures
 * annotator agreement (judgement-level corpora), evaluates the classifier (when asked), and writes
 * charts, tables, workbook, notebook and manifest via {@link StudyOutputs}. Deterministic: the same
 * study file and input give the same numbers.
 */
public final class StudyRunner {
    private StudyRunner() {}

    /** What a run produced. */
    public record Result(Study study, ReportData data, StudyOutputs.Written written, List<String> groupFields,
                         List<String> warnings) {}

    public static Result run(Study study, Path studyFile, Progress progress) throws InputException, IOException {
        Runtime2.configure();
        StudyOutputs.Timings tm = new StudyOutputs.Timings();
        Map<String, Object> manifest = new LinkedHashMap<>();
        List<String> warnings = new ArrayList<>();

        // 1. corpus
        tm.start("read corpus");
        Corpus corpus = Corpora.read(study.corpus().path(), readOptions(study), progress);
        tm.stop();
        if (corpus.size() == 0) {
            throw new InputException(study.corpus().path() + ": the corpus has no articles\n  What to do: check corpus.path and corpus.mapping in the study file.");
        }
        List<Article> articles = corpus.articles();
        List<String> groupFields = groupFields(study, corpus);

        // 2. features
        tm.start("features");
        FeatureOptions fo = featureOptions(study.features());
        FeatureSpec spec = FeatureSets.parse(fo);
        progress.start("Fitting features (" + spec.describe() + ")", -1);
        FittedFeatures fitted = spec.fit(articles);
        progress.done();
        String termGroup = groupFields.isEmpty() ? null : groupFields.get(0);
        List<Article> byGroup = new ArrayList<>(articles.size());
        Map<String, Long> groupSizes = new TreeMap<>();
        for (Article a : articles) {
            String g = termGroup == null ? "all" : groupValue(a, termGroup);
            if (g == null) g = "(none)";
            groupSizes.merge(g, 1L, Long::sum);
            // the terms table is counted per outlet: hand the extractor the group in the outlet slot
            byGroup.add(new Article(a.id(), a.title(), a.text(), g, a.date(), a.url(), a.authors(), a.labels(), a.metadata(),
                    a.annotations()));
        }
        List<FeatureTable.Row> rows = new ArrayList<>(articles.size());
        int[] next = {0};
        FeatureExtraction.Result fx = FeatureExtraction.stream(fitted, byGroup, FeatureExtraction.allCores(), true,
                row -> rows.add(FeatureExtraction.row(articles.get(next[0]++), row.values())), progressNamed(progress));
        FeatureTable table = new FeatureTable(fitted.columns(), rows);
        List<TermRow> terms = new ArrayList<>();
        for (TermCount t : fx.terms()) {
            terms.add(new TermRow(t.family(), t.term(), t.category(), t.outlet(), t.count(), groupSizes.getOrDefault(t.outlet(), 0L)));
        }
        List<EvidenceRow> evidence = evidence(fitted, articles, termGroup, study.outputs().evidencePerFeature(), progress);
        tm.stop();

        // 3. statistics
        tm.start("statistics");
        List<String> tested = testedFeatures(study, table);
        List<GroupRow> groups = new ArrayList<>();
        List<TestRow> tests = new ArrayList<>();
        progress.start("Describing and testing " + tested.size() + " features by " + String.join(", ", groupFields), groupFields.size());
        for (String gf : groupFields) {
            GroupComparison.Report rep;
            try {
                rep = GroupComparison.analyse(table, gf, tested);
            } catch (IllegalArgumentException e) {
                warnings.add("analysis.group_by '" + gf + "': " + e.getMessage() + " - no tests for this field");
                progress.step(1);
                continue;
            }
            for (var e : rep.descriptives().entrySet()) {
                for (Descriptives d : e.getValue()) {
                    groups.add(new GroupRow(e.getKey(), gf, d.group(), d.n(), d.mean(), d.sd(), d.median(), d.q1(), d.q3(),
                            d.ciLow(), d.ciHigh()));
                }
            }
            for (TestResult t : rep.tests()) {
                double p = study.analysis().correction().equals("bh") ? t.pBh() : t.pHolm();
                tests.add(new TestRow(t.feature(), gf, t.test(), t.groups().size(), t.statistic(), t.df(), t.p(), t.pHolm(),
                        t.pBh(), t.effectName(), t.effect(), p < study.analysis().alpha()));
            }
            if (rep.rowsWithoutGroup() > 0) warnings.add(rep.rowsWithoutGroup() + " articles have no value for '" + gf + "' and are left out of its groups");
            progress.step(1);
        }
        progress.done();
        ReportData partial = new ReportData(study.name(), List.of(), table, table.columns(), groups, tests, terms, evidence,
                List.of(), null, List.of(), List.of(), List.of());
        List<MonthlyRow> monthly = new ArrayList<>();
        if (study.analysis().monthly() && termGroup != null && rows.stream().anyMatch(r -> r.date() != null)) {
            for (String f : StudyCharts.chartFeatures(study, partial).subList(0, Math.min(3, StudyCharts.chartFeatures(study, partial).size()))) {
                for (TimeSeries.Point p : TimeSeries.monthly(table, f, termGroup)) {
                    monthly.add(new MonthlyRow(f, termGroup, p.group(), p.period(), p.n(), p.mean()));
                }
            }
        }
        tm.stop();

        // 4. agreement
        List<ReportData.AgreementRow> agreement = new ArrayList<>();
        if (study.corpus().annotator() != null) {
            tm.start("agreement");
            for (String field : agreementFields(corpus)) {
                AgreementReport r = Agreement.compute(Agreement.judgements(corpus, field),
                        AgreementOptions.defaults().withBootstrap(AgreementOptions.DEFAULT_BOOTSTRAP, study.seed()));
                long items = r.items(), ann = r.annotators(), j = r.judgementsUsed();
                String lvl = r.level().toString().toLowerCase(java.util.Locale.ROOT);
                agreement.add(new ReportData.AgreementRow(field, "percent agreement", lvl, r.percentAgreement(), Double.NaN, Double.NaN, items, ann, j));
                agreement.add(new ReportData.AgreementRow(field, "mean Cohen's kappa (pairs)", lvl, r.meanCohenKappa(), Double.NaN, Double.NaN, items, ann, j));
                if (r.fleiss() != null) agreement.add(new ReportData.AgreementRow(field, "Fleiss' kappa", lvl, r.fleiss().kappa(), Double.NaN, Double.NaN, r.fleiss().items(), ann, j));
                agreement.add(new ReportData.AgreementRow(field, "Krippendorff's alpha", lvl, r.alpha().value(), r.alpha().ciLow(), r.alpha().ciHigh(), items, ann, j));
                warnings.addAll(r.warnings());
            }
            tm.stop();
        }

        // 5. classifier
        ReportData.ModelReport model = null;
        if (study.classifier() != null) {
            tm.start("classifier");
            ModelStep.Outcome mo = ModelStep.evaluate(study, articles, fo, progress);
            model = mo.report();
            warnings.addAll(mo.warnings());
            tm.stop();
        }

        // 6. overview + manifest facts
        CorpusSummary summary = CorpusSummary.of(corpus);
        List<OverviewEntry> ov = new ArrayList<>();
        ov.add(new OverviewEntry("Study", "name", study.name()));
        if (studyFile != null) {
            ov.add(new OverviewEntry("Study", "study file", studyFile.toString()));
            ov.add(new OverviewEntry("Study", "study file SHA-256", StudyOutputs.sha256(studyFile)));
        }
        ov.add(new OverviewEntry("Study", "created", java.time.OffsetDateTime.now(java.time.ZoneOffset.UTC).withNano(0).toString()));
        ov.add(new OverviewEntry("Study", "FrameLab version", Runtime2.version()));
        ov.add(new OverviewEntry("Study", "Java version", System.getProperty("java.version")));
        List<Map<String, Object>> inputs = new ArrayList<>();
        for (String f : corpus.provenance().files()) {
            Path p = Path.of(f);
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
        ov.add(new OverviewEntry("Corpus", "reader", corpus.provenance().reader()));
        ov.add(new OverviewEntry("Corpus", "articles", String.valueOf(corpus.size())));
        ov.add(new OverviewEntry("Corpus", "rows read", String.valueOf(corpus.provenance().rowsRead())));
        ov.add(new OverviewEntry("Corpus", "rows skipped", String.valueOf(corpus.provenance().rowsSkipped())));
        FieldMapping fm = corpus.provenance().mapping();
        ov.add(new OverviewEntry("Corpus", "field mapping", mappingText(fm)));
        addSummary(ov, summary);
        List<Map<String, Object>> lexicons = new ArrayList<>();
        for (var e : study.features().lexicons().entrySet()) {
            Map<String, Object> l = new LinkedHashMap<>();
            l.put("name", e.getKey());
            l.put("path", e.getValue().toString());
            if (Files.isRegularFile(e.getValue())) l.put("sha256", StudyOutputs.sha256(e.getValue()));
            lexicons.add(l);
            ov.add(new OverviewEntry("Lexicons", e.getKey(), e.getValue() + (l.containsKey("sha256") ? "  (SHA-256 " + l.get("sha256") + ")" : "")));
        }
        Map<String, Object> settings = settings(study, spec.describe(), groupFields);
        settings.forEach((k, v) -> ov.add(new OverviewEntry("Settings", k, String.valueOf(v))));
        Map<String, Object> leftOut = leftOut(fitted, ov);
        for (String w : warnings) ov.add(new OverviewEntry("Warnings", "", w));
        if (studyFile != null) {
            Map<String, Object> sf = new LinkedHashMap<>();
            sf.put("path", studyFile.toString());
            sf.put("sha256", StudyOutputs.sha256(studyFile));
            manifest.put("study_file", sf);
        }
        manifest.put("inputs", inputs);
        manifest.put("lexicons", lexicons);
        Map<String, Object> cm = new LinkedHashMap<>();
        cm.put("articles", corpus.size());
        cm.put("rows_read", corpus.provenance().rowsRead());
        cm.put("rows_skipped", corpus.provenance().rowsSkipped());
        cm.put("reader", corpus.provenance().reader());
        cm.put("mapping", mappingText(fm));
        manifest.put("corpus", cm);
        manifest.put("settings", settings);
        if (!leftOut.isEmpty()) manifest.put("left_out_of_features", leftOut);
        manifest.put("warnings", warnings);

        ReportData data = new ReportData(study.name(), ov, table, table.columns(), groups, tests, terms, evidence, monthly,
                model, agreement, List.of(), List.of());
        StudyOutputs.Written w = StudyOutputs.write(study, data, groupFields, manifest, tm, progress);
        return new Result(study, data, w, groupFields, warnings);
    }

    private static Progress progressNamed(Progress p) {
        return p;
    }

    static final java.util.Set<String> NOT_LABELS = java.util.Set.of("outlet", "source", "year", "quarter", "month", "week", "day");

    /**
     * Read options from the corpus section. Grouping fields and the classifier label are read as
     * label fields too (so that statistics can group by any field of the input, e.g. BABE's {@code type}).
     */
    /**
     * The coded variables agreement is measured for: the annotated label fields of the mapping; without
     * label fields, every annotated field with at most 20 distinct values (free-text fields such as
     * BABE's biased_words are not coded categories).
     */
    static List<String> agreementFields(Corpus corpus) {
        List<String> annotated = Agreement.annotatedFields(corpus);
        List<String> labels = corpus.provenance().mapping().labelFields();
        List<String> out = new ArrayList<>();
        for (String f : annotated) {
            if (!labels.isEmpty()) {
                if (labels.contains(f)) out.add(f);
                continue;
            }
            Set<String> values = new java.util.HashSet<>();
            for (Article a : corpus.articles()) {
                for (var an : a.annotations()) if (an.field().equals(f)) values.add(an.value());
                if (values.size() > 20) break;
            }
            if (values.size() <= 20) out.add(f);
        }
        return out;
    }

    static ReadOptions readOptions(Study study) throws InputException {
        Study.CorpusSection c = study.corpus();
        List<String> labels = new ArrayList<>(c.labels());
        if (!labels.isEmpty() || !study.analysis().groupBy().isEmpty() || study.classifier() != null) {
            if (study.classifier() != null && !labels.contains(study.classifier().label())) labels.add(study.classifier().label());
            for (String g : study.analysis().groupBy()) if (!NOT_LABELS.contains(g) && !labels.contains(g)) labels.add(g);
        }
        Charset cs = null;
        if (c.encoding() != null) {
            try {
                cs = Charset.forName(c.encoding());
            } catch (RuntimeException e) {
                throw new IllegalArgumentException("Invalid encoding: '" + c.encoding() + "' (try UTF-8, windows-1252, ISO-8859-1)");
            }
        }
        Character delim = c.delimiter() == null ? null : c.delimiter().equalsIgnoreCase("tab") ? '\t' : c.delimiter().charAt(0);
        FieldMapping m = new FieldMapping(c.id(), c.text(), c.title(), labels, c.outlet(), c.date(), c.item(), c.annotator());
        return new ReadOptions(m, cs, delim, c.sheet(), c.skipBad(), c.limit());
    }

    static FeatureOptions featureOptions(Study.FeatureSection f) {
        List<Actor> actors = new ArrayList<>();
        for (String a : f.actors()) actors.add(Actor.parse(a));
        Study.NgramSection n = f.ngrams();
        return new FeatureOptions(f.families(), f.lexicons(), actors,
                new NgramOptions(n.minN(), n.maxN(), n.minDf(), n.maxFeatures(), n.tfidf(), n.lowercase(), n.repeatedLines(), n.maskOutletNames()));
    }

    /** The study's grouping fields; default: the first label field, else the outlet. */
    static List<String> groupFields(Study study, Corpus corpus) {
        if (!study.analysis().groupBy().isEmpty()) return study.analysis().groupBy();
        List<String> labels = corpus.provenance().mapping().labelFields();
        if (!labels.isEmpty()) return List.of(labels.get(0));
        boolean outlets = corpus.articles().stream().anyMatch(a -> !a.outlet().isEmpty());
        return outlets ? List.of("outlet") : List.of();
    }

    static String groupValue(Article a, String field) {
        switch (field) {
            case "year": return a.date() == null ? null : String.valueOf(a.date().getYear());
            case "month": return a.date() == null ? null : java.time.YearMonth.from(a.date()).toString();
            case "quarter": return a.date() == null ? null : a.date().getYear() + "-Q" + ((a.date().getMonthValue() - 1) / 3 + 1);
            default:
                String v = a.field(field);
                return v == null || v.isEmpty() ? null : v;
        }
    }

    /** The features tested: the study's list (checked), else every non-n-gram column. */
    static List<String> testedFeatures(Study study, FeatureTable table) throws InputException {
        if (!study.analysis().features().isEmpty()) {
            for (String f : study.analysis().features()) {
                if (table.indexOf(f) < 0) {
                    throw new InputException("analysis.features: '" + f + "' is not a feature column of this study"
                            + "\n  What to do: list the columns with ./framelab features --list-features (or see the Columns sheet).");
                }
            }
            return study.analysis().features();
        }
        List<String> out = new ArrayList<>();
        for (FeatureColumn c : table.columns()) if (!StudyCharts.isNgram(c)) out.add(c.name());
        return out;
    }

    /** The first {@code perFeature} hits of every feature, in article order (n-grams left out). */
    /**
     * What the fitted n-gram vocabulary leaves out of every feature (outlet boilerplate lines and the
     * outlets' names), as Overview entries and a manifest map; empty without n-grams.
     */
    static Map<String, Object> leftOut(FittedFeatures fitted, List<OverviewEntry> ov) {
        Map<String, Object> m = new LinkedHashMap<>();
        if (!(fitted instanceof org.framelab.features.FramingFeatures ff) || ff.vocabulary() == null) return m;
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
                        org.framelab.features.NgramOptions.OUTLET_NAME_MIN_ARTICLES, shorten(String.join(", ", names), 600))));
        return m;
    }

    private static String shorten(String s, int max) {
        return s.length() <= max ? s : s.substring(0, max - 3) + "...";
    }

    static List<EvidenceRow> evidence(FittedFeatures fitted, List<Article> articles, String groupField, int perFeature,
                                      Progress progress) {
        List<EvidenceRow> out = new ArrayList<>();
        if (perFeature == 0) return out;
        Map<String, Integer> count = new TreeMap<>();
        Set<String> names = new LinkedHashSet<>();
        for (FeatureColumn c : fitted.columns()) if (!StudyCharts.isNgram(c)) names.add(c.name());
        int scanned = 0;
        progress.start("Collecting evidence spans", Math.min(articles.size(), 3000), "articles");
        for (Article a : articles) {
            if (scanned++ >= 3000) break;
            progress.step(1);
            for (Hit h : fitted.explain(a)) {
                if ("ngrams".equals(h.family())) continue;
                String f = h.feature();
                int c = count.getOrDefault(f, 0);
                if (c >= perFeature) continue;
                count.put(f, c + 1);
                int b = Math.max(0, h.span().begin() - 70), e = Math.min(a.text().length(), h.span().end() + 70);
                String ctx = (b > 0 ? "\u2026" : "") + a.text().substring(b, e).replace('\n', ' ') + (e < a.text().length() ? "\u2026" : "");
                String g = groupField == null ? "" : groupValue(a, groupField);
                out.add(new EvidenceRow(f, h.category(), a.id(), g == null ? "" : g, h.span().begin(), h.span().end(), h.text(), ctx));
            }
            if (count.size() >= names.size() && count.values().stream().allMatch(x -> x >= perFeature)) break;
        }
        progress.done();
        out.sort(java.util.Comparator.comparing(EvidenceRow::feature)); // stable: article order within a feature
        return out;
    }

    /** The corpus summary as one entry per fact (a text dump would lose its column alignment in a spreadsheet). */
    private static void addSummary(List<OverviewEntry> ov, CorpusSummary summary) {
        String sec = "Corpus summary";
        for (var field : summary.labels().entrySet()) {
            long total = field.getValue().values().stream().mapToLong(Long::longValue).sum();
            for (var e : field.getValue().entrySet()) {
                ov.add(new OverviewEntry(sec, "label '" + field.getKey() + "' = " + e.getKey(), String.format(Locale.ROOT,
                        "%,d (%.1f%%)", e.getValue(), total == 0 ? 0.0 : 100.0 * e.getValue() / total)));
            }
        }
        ov.add(new OverviewEntry(sec, "distinct outlets", String.format(Locale.ROOT, "%,d", summary.distinctOutlets())));
        for (CorpusSummary.Count c : summary.topOutlets()) {
            ov.add(new OverviewEntry(sec, "outlet " + c.value(), String.format(Locale.ROOT, "%,d", c.count())));
        }
        CorpusSummary.DateRange d = summary.dates();
        ov.add(new OverviewEntry(sec, "dates", d.first() == null ? "none"
                : d.first() + " .. " + d.last() + String.format(Locale.ROOT, " (%,d with a date, %,d without)", d.withDate(), d.withoutDate())));
        ov.add(new OverviewEntry(sec, "text length, characters", distribution(summary.chars())));
        ov.add(new OverviewEntry(sec, "text length, tokens", distribution(summary.tokens())));
        ov.add(new OverviewEntry(sec, "empty texts", String.valueOf(summary.emptyTexts())));
        ov.add(new OverviewEntry(sec, "duplicate ids", String.valueOf(summary.duplicateIds())));
        ov.add(new OverviewEntry(sec, "duplicate texts", String.valueOf(summary.duplicateTexts())));
        CorpusSummary.JudgementStats j = summary.judgements();
        if (j != null) {
            ov.add(new OverviewEntry(sec, "judgements", String.format(Locale.ROOT, "%,d on %,d items by %,d annotators; per item %s",
                    j.judgements(), j.items(), j.annotators(), distribution(j.perItem()))));
        }
    }

    private static String distribution(CorpusSummary.Distribution x) {
        return String.format(Locale.ROOT, "min %,d, quartiles %,d / %,d / %,d, max %,d, mean %.1f", x.min(), x.q1(), x.median(), x.q3(), x.max(), x.mean());
    }

    static String mappingText(FieldMapping m) {
        List<String> parts = new ArrayList<>();
        if (m.idField() != null) parts.add("id=" + m.idField());
        if (m.textField() != null) parts.add("text=" + m.textField());
        if (m.titleField() != null) parts.add("title=" + m.titleField());
        if (!m.labelFields().isEmpty()) parts.add("labels=" + String.join("+", m.labelFields()));
        if (m.outletField() != null) parts.add("outlet=" + m.outletField());
        if (m.dateField() != null) parts.add("date=" + m.dateField());
        if (m.itemField() != null) parts.add("item=" + m.itemField());
        if (m.annotatorField() != null) parts.add("annotator=" + m.annotatorField());
        return String.join(", ", parts);
    }

    static Map<String, Object> settings(Study s, String featureSpec, List<String> groupFields) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("seed", s.seed());
        m.put("corpus.path", s.corpus().path().toString());
        m.put("features.families", featureSpec);
        Study.NgramSection n = s.features().ngrams();
        m.put("features.ngrams", String.format(Locale.ROOT, "{min_n: %d, max_n: %d, min_df: %d, max_features: %d, tfidf: %b, lowercase: %b, "
                + "repeated_lines: %d, mask_outlet_names: %b}", n.minN(), n.maxN(), n.minDf(), n.maxFeatures(), n.tfidf(), n.lowercase(),
                n.repeatedLines(), n.maskOutletNames()));
        m.put("features.actors", String.join("; ", s.features().actors()));
        m.put("analysis.group_by", String.join(", ", groupFields));
        m.put("analysis.alpha", s.analysis().alpha());
        m.put("analysis.correction", s.analysis().correction());
        m.put("analysis.features", s.analysis().features().isEmpty() ? "all non-n-gram columns" : String.join(", ", s.analysis().features()));
        m.put("analysis.min_month_n", s.analysis().minMonthN());
        if (s.classifier() != null) {
            var c = s.classifier();
            m.put("classifier", c.name() + (c.options().isEmpty() ? "" : " " + c.options()));
            m.put("classifier.label", c.label());
            m.put("classifier.protocol", c.protocol() + (c.protocol().equals("grouped") ? " by " + c.groupField() : "") + ", " + c.folds() + " folds");
            m.put("classifier.bootstrap", c.bootstrap());
            m.put("classifier.ablation", c.ablation());
        }
        m.put("charts.formats", String.join(", ", s.charts().formats()));
        m.put("charts.dpi", s.charts().dpi());
        return m;
    }
}
