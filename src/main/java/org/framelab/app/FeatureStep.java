package org.framelab.app;

import org.framelab.corpus.Article;
import org.framelab.features.CorpusAnalysis;
import org.framelab.features.CountedFeatures;
import org.framelab.features.FeatureColumn;
import org.framelab.features.FeatureExtraction;
import org.framelab.features.FeatureFamily;
import org.framelab.features.FeatureOptions;
import org.framelab.features.FeatureSets;
import org.framelab.features.FeatureSpec;
import org.framelab.features.FeatureTable;
import org.framelab.features.FittedFeatures;
import org.framelab.features.FramingFeatures;
import org.framelab.features.Hit;
import org.framelab.features.TermCount;
import org.framelab.report.ReportData.EvidenceRow;
import org.framelab.report.ReportData.TermRow;
import org.framelab.stats.GroupKey;
import org.framelab.util.InputException;
import org.framelab.util.Progress;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Function;

/**
 * Compute features: fit the pipeline on a corpus, compute every article's row, count the terms
 * (attribution verbs, scare-quoted terms, sources) per group and sample evidence spans per feature.
 * The study runner, the GUI and {@code compare} use it; the one place evidence is sampled and terms
 * are grouped.
 */
public final class FeatureStep {
    private FeatureStep() {}

    /** Evidence context: characters shown on each side of a hit. */
    public static final int EVIDENCE_CONTEXT = 70;
    /** Evidence is sampled from at most this many articles (in corpus order). */
    public static final int EVIDENCE_SCAN = 3000;
    /** Articles whose evidence is looked for at once (in parallel). */
    static final int EVIDENCE_BATCH = 64;
    /** Evidence rows per feature by default. */
    public static final int DEFAULT_EVIDENCE = 5;

    /** A fitted pipeline with the spec it came from. */
    public record Fitted(FeatureSpec spec, FittedFeatures features) {
        /** The feature set as outputs name it, e.g. {@code framing+ngrams}. */
        public String describe() {
            return spec.describe();
        }
    }

    /**
     * @param terms    term counts per value of {@code termGroup} (empty when termGroup is null and nothing was asked)
     * @param evidence sampled evidence rows (empty when none were asked)
     */
    public record Result(Fitted fitted, FeatureTable table, List<TermRow> terms, List<EvidenceRow> evidence) {}

    /** Fits the pipeline (n-gram vocabulary, boilerplate lines, outlet names) on the articles. */
    public static Fitted fit(List<Article> articles, FeatureOptions options, Progress progress) throws InputException {
        return fit(articles, FeatureSets.parse(options), progress);
    }

    /** Fits a spec already built (its lexicons loaded) on the articles. */
    public static Fitted fit(List<Article> articles, FeatureSpec spec, Progress progress) {
        progress.start("Fitting features (" + spec.describe() + ")", -1);
        FittedFeatures f = spec.fit(articles);
        progress.done();
        return new Fitted(spec, f);
    }

    /** Fits, computes the table, counts terms by {@code termGroup} (null: all articles as one group) and samples evidence. */
    public static Result run(List<Article> articles, FeatureOptions options, String termGroup, int evidencePerFeature,
                             Progress progress) throws InputException, java.io.IOException {
        FeatureSpec spec = FeatureSets.parse(options);
        return run(articles, spec, CorpusAnalysis.supports(spec) ? CorpusAnalysis.of(articles, spec) : null, termGroup,
                evidencePerFeature, progress);
    }

    /**
     * {@link #run(List, FeatureOptions, String, int, Progress)} with the spec fitted from {@code analysis}'s
     * counts of {@code articles} (when it covers the spec; null = from the texts): the table and the terms
     * come from the same single analysis of each article that a classifier evaluated on the same
     * articles reuses.
     */
    public static Result run(List<Article> articles, FeatureSpec spec, CorpusAnalysis analysis, String termGroup, int evidencePerFeature,
                             Progress progress) throws java.io.IOException {
        if (analysis == null || !analysis.covers(spec) || analysis.size() != articles.size()) {
            return run(articles, fit(articles, spec, progress), termGroup, evidencePerFeature, progress);
        }
        int[] all = java.util.stream.IntStream.range(0, articles.size()).toArray();
        progress.start("Fitting features (" + spec.describe() + ")", -1);
        CountedFeatures cf;
        try {
            cf = analysis.fit(spec, all, new int[0], true, progress);
        } finally {
            progress.done();
        }
        Fitted fitted = new Fitted(spec, cf.fitted());
        FeatureTable.Row[] rows = new FeatureTable.Row[all.length];
        java.util.stream.IntStream.range(0, all.length).parallel()
                .forEach(i -> rows[i] = FeatureExtraction.row(articles.get(i), cf.vector(i)));
        FeatureTable table = new FeatureTable(fitted.features().columns(), java.util.Arrays.asList(rows));
        Map<String, Long> sizes = new TreeMap<>();
        List<Article> slotted = inGroupSlot(articles, termGroup, sizes);
        List<TermRow> terms = termRows(FeatureExtraction.termsByGroup(all.length, i -> slotted.get(i).outlet(), cf::terms), sizes);
        List<EvidenceRow> evidence = evidence(fitted.features(), articles, termGroup, evidencePerFeature, progress);
        return new Result(fitted, table, terms, evidence);
    }

    private static Result run(List<Article> articles, Fitted fitted, String termGroup, int evidencePerFeature, Progress progress)
            throws java.io.IOException {
        Map<String, Long> sizes = new TreeMap<>();
        List<Article> slotted = inGroupSlot(articles, termGroup, sizes);
        List<FeatureTable.Row> rows = new ArrayList<>(articles.size());
        int[] next = {0};
        FeatureExtraction.Result fx = FeatureExtraction.stream(fitted.features(), slotted, FeatureExtraction.allCores(), true,
                row -> rows.add(FeatureExtraction.row(articles.get(next[0]++), row.values())), progress);
        FeatureTable table = new FeatureTable(fitted.features().columns(), rows);
        List<TermRow> terms = termRows(fx.terms(), sizes);
        List<EvidenceRow> evidence = evidence(fitted.features(), articles, termGroup, evidencePerFeature, progress);
        return new Result(fitted, table, terms, evidence);
    }

    /** The feature table of every article (all cores, progress, cancel), as {@code framelab features} computes it. */
    public static FeatureTable table(Fitted fitted, List<Article> articles, Progress progress) {
        return table(fitted, articles, 0, progress);
    }

    /** The feature table with {@code threads} workers (0 = all cores). */
    public static FeatureTable table(Fitted fitted, List<Article> articles, int threads, Progress progress) {
        return FeatureExtraction.table(fitted.features(), articles, threads <= 0 ? FeatureExtraction.allCores() : threads, progress);
    }

    /** Streams the rows of a list of articles to {@code sink} in order ({@code threads} 0 = all cores), with term counts when asked. */
    public static FeatureExtraction.Result stream(FittedFeatures fitted, List<Article> articles, int threads, boolean terms,
                                                  FeatureExtraction.RowSink sink, Progress progress) throws java.io.IOException {
        return FeatureExtraction.stream(fitted, articles, threads <= 0 ? FeatureExtraction.allCores() : threads, terms, sink, progress);
    }

    /** Streams the rows of a corpus read as a stream (bounded memory; no fitting possible), in order. */
    public static FeatureExtraction.Result stream(FittedFeatures fitted, org.framelab.corpus.ArticleStream articles, int threads,
                                                  boolean terms, FeatureExtraction.RowSink sink, Progress progress) throws java.io.IOException, InputException {
        return FeatureExtraction.stream(fitted, articles, threads <= 0 ? FeatureExtraction.allCores() : threads, terms, sink, progress);
    }

    /** Term counts per value of {@code termGroup} (the same counts {@link #run} gives). */
    public static List<TermRow> terms(Fitted fitted, List<Article> articles, String termGroup) {
        Map<String, Long> sizes = new TreeMap<>();
        List<Article> slotted = inGroupSlot(articles, termGroup, sizes);
        return termRows(FeatureExtraction.terms(fitted.features(), slotted), sizes);
    }

    private static List<TermRow> termRows(List<TermCount> counts, Map<String, Long> sizes) {
        List<TermRow> out = new ArrayList<>(counts.size());
        for (TermCount t : counts) out.add(new TermRow(t.family(), t.term(), t.category(), t.outlet(), t.count(), sizes.getOrDefault(t.outlet(), 0L)));
        return out;
    }

    /** The articles with their group in the outlet slot (terms are counted per outlet), and the size of each group. */
    private static List<Article> inGroupSlot(List<Article> articles, String group, Map<String, Long> sizes) {
        List<Article> out = new ArrayList<>(articles.size());
        for (Article a : articles) {
            String g = group == null ? "all" : GroupKey.of(a, group);
            if (g == null) g = "(none)";
            sizes.merge(g, 1L, Long::sum);
            out.add(new Article(a.id(), a.title(), a.text(), g, a.date(), a.url(), a.authors(), a.labels(), a.metadata(), a.annotations()));
        }
        return out;
    }


    /**
     * Up to {@code perFeature} evidence rows per feature, from the first articles where it fired (at most
     * {@link #EVIDENCE_SCAN} articles, n-grams left out), sorted by feature and then article order.
     *
     * <p>The rows of a scan of every family of every article, for less: a family that names the features of its
     * hits ({@link FeatureFamily#hitFeatures()}) is no longer run once each of them has its rows (the n-grams, which
     * have no hits, never), and the scan stops when no family is left to run.
     */
    public static List<EvidenceRow> evidence(FittedFeatures fitted, List<Article> articles, String groupField, int perFeature,
                                             Progress progress) {
        List<EvidenceRow> out = new ArrayList<>();
        if (perFeature <= 0) return out;
        Map<String, Integer> count = new TreeMap<>();
        long features = fitted.columns().stream().filter(c -> !c.isNgram()).count();
        int n = Math.min(articles.size(), EVIDENCE_SCAN);
        // per family of a FrameLab pipeline, the features of its hits (null: not declared, always run)
        Map<String, Set<String>> families = new LinkedHashMap<>();
        if (fitted instanceof FramingFeatures ff) for (FeatureFamily f : ff.families()) families.put(f.name(), f.hitFeatures());
        progress.start("Collecting evidence spans", n, "articles");
        boolean done = false;
        // the hits of a batch of articles are found in parallel, then taken in article order: the rows of a sequential scan
        for (int from = 0; from < n && !done; from += EVIDENCE_BATCH) {
            Function<Article, List<Hit>> explain;
            if (fitted instanceof FramingFeatures ff) {
                Set<String> run = open(families, count, perFeature);
                if (run.isEmpty()) break; // every family's features have their rows: no later article adds one
                explain = a -> ff.explain(a, run);
            } else {
                explain = fitted::explain;
            }
            List<List<Hit>> batch = java.util.stream.IntStream.range(from, Math.min(n, from + EVIDENCE_BATCH)).parallel()
                    .mapToObj(i -> explain.apply(articles.get(i))).toList();
            for (int i = 0; i < batch.size() && !done; i++) {
                progress.step(1);
                Article a = articles.get(from + i);
                String g = groupField == null ? "" : GroupKey.of(a, groupField);
                for (Hit h : batch.get(i)) {
                    if (h.family().startsWith("ngram") || h.span().end() > a.text().length()) continue;
                    int c = count.getOrDefault(h.feature(), 0);
                    if (c >= perFeature) continue;
                    count.put(h.feature(), c + 1);
                    out.add(new EvidenceRow(h.feature(), h.category(), a.id(), g == null ? "" : g, h.span().begin(), h.span().end(),
                            h.text(), context(a.text(), h.span().begin(), h.span().end())));
                }
                done = count.size() >= features && count.values().stream().allMatch(x -> x >= perFeature);
            }
        }
        progress.done();
        out.sort(Comparator.comparing(EvidenceRow::feature)); // stable: article order within a feature
        return out;
    }

    /**
     * The families whose hits may still give a row: those that do not name their hit features, and those with a
     * feature short of {@code perFeature} rows. A family left out would only give hits the scan skips.
     */
    static Set<String> open(Map<String, Set<String>> families, Map<String, Integer> count, int perFeature) {
        Set<String> out = new HashSet<>();
        families.forEach((family, hitFeatures) -> {
            if (hitFeatures == null || hitFeatures.stream().anyMatch(f -> count.getOrDefault(f, 0) < perFeature)) out.add(family);
        });
        return out;
    }

    /** The hit with {@link #EVIDENCE_CONTEXT} characters on each side, on one line, with ellipses where cut. */
    public static String context(String text, int begin, int end) {
        int b = Math.max(0, begin - EVIDENCE_CONTEXT), e = Math.min(text.length(), end + EVIDENCE_CONTEXT);
        return (b > 0 ? "\u2026" : "") + text.substring(b, e).replace('\n', ' ') + (e < text.length() ? "\u2026" : "");
    }
}
