package org.framelab.gui;

import org.framelab.app.AnalysisCache;
import org.framelab.corpus.Article;
import org.framelab.corpus.Corpus;
import org.framelab.corpus.ReadOptions;
import org.framelab.corpus.SpanAnnotations;
import org.framelab.features.AnalysisFiles;
import org.framelab.features.AnalysisMemory;

import javax.swing.SwingUtilities;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * What the user has done so far: the corpus and how it was read, and the results of each step.
 * Lives on the event thread (set and read there); background tasks get immutable inputs and hand
 * back immutable results. Views listen for changes.
 */
public final class Session {
    /** What changed, so views refresh only what depends on it. */
    public enum Change { CORPUS, FEATURES, COMPARISON, CLASSIFICATION, AGREEMENT, SPANS, VALIDATION }

    public interface Listener {
        void changed(Change change);
    }

    private final List<Listener> listeners = new CopyOnWriteArrayList<>();
    private Path path;
    private ReadOptions readOptions;
    private Corpus corpus;
    /** The corpus as read, before span annotations were attached (what {@code Validate.run} gets, as on the CLI). */
    private Corpus readCorpus;
    private SpanAnnotations.Source spanSource = SpanAnnotations.Source.NONE;
    private SpanAnnotations.Attached spans;
    private Analyses.Validation validation;
    private Map<String, Integer> indexById = Map.of();
    private Analyses.Features features;
    private Analyses.Comparison comparison;
    private Analyses.Classification classification;
    /** The agreement per coded variable measured on this corpus, in the order first measured (a new run of one replaces it). */
    private final Map<String, Analyses.Agreement> agreements = new java.util.LinkedHashMap<>();
    private Analyses.Agreement agreement;
    /** The article analyses of the last classification, in front of the analysis cache folder (default on). */
    private AnalysisMemory analyses = memoryFor(AnalysisCache.DEFAULT);

    void addListener(Listener l) {
        listeners.add(l);
    }

    void fire(Change c) {
        assert SwingUtilities.isEventDispatchThread();
        for (Listener l : listeners) l.changed(c);
    }

    /** Installs a newly loaded corpus; clears every result computed from the previous one. */
    void setCorpus(Path path, ReadOptions options, Corpus corpus) {
        this.path = path;
        this.readOptions = options;
        this.corpus = corpus;
        this.readCorpus = corpus;
        this.spanSource = SpanAnnotations.Source.NONE;
        this.spans = null;
        this.validation = null;
        Map<String, Integer> idx = new HashMap<>(corpus.size() * 2);
        List<Article> arts = corpus.articles();
        for (int i = 0; i < arts.size(); i++) idx.putIfAbsent(arts.get(i).id(), i);
        this.indexById = idx;
        features = null;
        comparison = null;
        classification = null;
        agreement = null;
        agreements.clear();
        analyses.clear();
        fire(Change.CORPUS);
    }

    /** Where classifications keep their article analyses ({@code gui --cache DIR}, {@code --no-cache}). */
    void useCache(AnalysisCache cache) {
        analyses = memoryFor(cache);
    }

    /** The store classifications use: the last analysis in memory, then the cache folder. */
    AnalysisMemory analyses() {
        return analyses;
    }

    private static AnalysisMemory memoryFor(AnalysisCache cache) {
        AnalysisFiles files = cache.store(w -> System.err.println("framelab: warning: " + w));
        return new AnalysisMemory(AnalysisCache.orNone(files));
    }

    public Path path() {
        return path;
    }

    public ReadOptions readOptions() {
        return readOptions;
    }

    public Corpus corpus() {
        return corpus;
    }

    public boolean hasCorpus() {
        return corpus != null;
    }

    /** Row index of an article id in the corpus, or -1. */
    public int indexOf(String id) {
        Integer i = indexById.get(id);
        return i == null ? -1 : i;
    }

    /** The feature table of the corpus and the pipeline that made it, or null (not computed since the corpus was loaded). */
    Analyses.Features features() {
        return features;
    }

    /** The last group comparison, or null. */
    Analyses.Comparison comparison() {
        return comparison;
    }

    /** The last cross-validated classification, or null. */
    Analyses.Classification classification() {
        return classification;
    }

    /** The last inter-annotator agreement, or null. */
    Analyses.Agreement agreement() {
        return agreement;
    }

    /** The agreement of every coded variable measured on this corpus, each at the level it was measured at. */
    List<Analyses.Agreement> agreements() {
        return List.copyOf(agreements.values());
    }

    /**
     * Span annotations attached to the corpus (same articles in the same order, with their spans):
     * the reader shows them, the Validate view validates against them. Clears the last validation.
     */
    void setSpans(SpanAnnotations.Source source, SpanAnnotations.Attached attached) {
        spanSource = source;
        spans = attached;
        corpus = attached.corpus();
        validation = null;
        fire(Change.SPANS);
    }

    /** The corpus as read, without the span annotations the session attached. */
    Corpus readCorpus() { return readCorpus; }

    /** Where the attached spans came from ({@link SpanAnnotations.Source#NONE} when there are none). */
    SpanAnnotations.Source spanSource() { return spanSource; }

    /** The attached spans and their counts, or null. */
    SpanAnnotations.Attached spans() { return spans; }

    /** The last span validation, or null. */
    Analyses.Validation validation() { return validation; }

    void setValidation(Analyses.Validation v) { validation = v; fire(Change.VALIDATION); }

    // each setter stores the result of one step and tells the listeners
    void setFeatures(Analyses.Features f) { features = f; fire(Change.FEATURES); }
    void setComparison(Analyses.Comparison c) { comparison = c; fire(Change.COMPARISON); }
    void setClassification(Analyses.Classification c) { classification = c; fire(Change.CLASSIFICATION); }
    void setAgreement(Analyses.Agreement a) { agreement = a; agreements.put(a.field(), a); fire(Change.AGREEMENT); }

    /** Label fields of the corpus in order of first appearance (from the effective mapping and the data). */
    public List<String> labelFields() {
        return corpus == null ? List.of() : labelFields(corpus);
    }

    static List<String> labelFields(Corpus corpus) {
        List<String> out = new ArrayList<>();
        for (String f : corpus.provenance().labelFields()) if (!out.contains(f)) out.add(f);
        int n = 0;
        for (Article a : corpus.articles()) {
            for (String f : a.labels().keySet()) if (!out.contains(f)) out.add(f);
            if (++n > 2000) break;
        }
        return out;
    }

    /** The first label field, or null. */
    public String primaryLabel() {
        List<String> l = labelFields();
        return l.isEmpty() ? null : l.get(0);
    }

    /** True when the corpus has an outlet for most articles. */
    public boolean hasOutlets() {
        if (corpus == null || corpus.size() == 0) return false;
        long with = corpus.articles().stream().limit(5000).filter(a -> !a.outlet().isEmpty()).count();
        return with * 2 > Math.min(5000, corpus.size());
    }

    /** Fields one can group by: outlet (when present), label fields, then metadata fields with few distinct values. */
    public List<String> groupingFields() {
        List<String> out = new ArrayList<>();
        if (corpus == null) return out;
        if (hasOutlets()) out.add("outlet");
        out.addAll(labelFields());
        Map<String, java.util.Set<String>> distinct = new java.util.LinkedHashMap<>();
        int n = 0;
        for (Article a : corpus.articles()) {
            for (var e : a.metadata().entrySet()) {
                var s = distinct.computeIfAbsent(e.getKey(), k -> new java.util.HashSet<>());
                if (s.size() <= 60) s.add(e.getValue());
            }
            if (++n >= 5000) break;
        }
        for (var e : distinct.entrySet()) {
            int d = e.getValue().size();
            if (d >= 2 && d <= 50 && !out.contains(e.getKey())) out.add(e.getKey());
        }
        return out;
    }
}
