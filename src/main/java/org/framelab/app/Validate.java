package org.framelab.app;

import org.framelab.chart.ChartExport;
import org.framelab.chart.ValidationCharts;
import org.framelab.corpus.Corpus;
import org.framelab.corpus.CorpusException;
import org.framelab.corpus.SpanAnnotations;
import org.framelab.features.FeatureOptions;
import org.framelab.features.FeatureSets;
import org.framelab.features.FittedFeatures;
import org.framelab.report.ValidationReport;
import org.framelab.report.ValidationSheet;
import org.framelab.report.ValidationTables;
import org.framelab.util.InputException;
import org.framelab.util.Progress;
import org.framelab.validation.SpanValidation;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * {@code validate}: the framing families' evidence against human span annotations (BABE's
 * {@code biased_words}, a stand-off span file). The CLI, the study runner and the GUI call this;
 * {@link SpanValidation} holds the method.
 */
public final class Validate {
    private Validate() {}

    /**
     * @param corpus   the corpus as read
     * @param spans    where its spans come from; a word-list field is detected when both parts are null
     * @param features the feature families and lexicons whose evidence is validated (no n-grams: they have no evidence)
     * @param options  bootstrap, seed and label filter
     * @param outlets  articles of these outlets only, none of those excluded ({@code --outlets},
     *                 {@code --exclude-outlets}; e.g. to validate on held-out outlets)
     * @param gate     evidence counts only in texts this classifier flags ({@code --gate-model}), or null for every text
     */
    public record Request(Corpus corpus, SpanAnnotations.Source spans, FeatureOptions features, SpanValidation.Options options,
                          OutletFilter outlets, EvidenceGate gate) {
        public Request {
            if (outlets == null) outlets = OutletFilter.NONE;
        }

        /** Without a gate. */
        public Request(Corpus corpus, SpanAnnotations.Source spans, FeatureOptions features, SpanValidation.Options options,
                       OutletFilter outlets) {
            this(corpus, spans, features, options, outlets, null);
        }

        /** Every outlet. */
        public Request(Corpus corpus, SpanAnnotations.Source spans, FeatureOptions features, SpanValidation.Options options) {
            this(corpus, spans, features, options, OutletFilter.NONE);
        }
    }

    /** The validation and how the spans were attached (counts of words not found, unknown ids). */
    public record Result(SpanValidation.Result validation, SpanAnnotations.Attached spans, String families, EvidenceGate.Report gate) {
        /** Without a gate. */
        public Result(SpanValidation.Result validation, SpanAnnotations.Attached spans, String families) {
            this(validation, spans, families, null);
        }
    }

    public static Result run(Request r, Progress progress) throws InputException {
        Corpus corpus = r.outlets().apply(r.corpus(), "outlets", "exclude_outlets");
        if (corpus.articles().isEmpty()) {
            throw new org.framelab.util.OptionException("outlets", "no article is left after --outlets/--exclude-outlets");
        }
        SpanAnnotations.Attached attached = attach(corpus, r.spans());
        if (attached.annotated() == 0) {
            throw new CorpusException(file(corpus), -1, null, "no article of the corpus is annotated with spans",
                    "check that the ids of the span file match the corpus ids (--id-field; study file: corpus.mapping.id), or name the"
                            + " word-list field with --span-words (study file: validation.span_words)");
        }
        FeatureOptions fo = r.features();
        List<String> fams = FeatureSets.producing(fo).stream().filter(f -> !f.equals("ngrams")).toList();
        if (fams.isEmpty()) {
            throw new org.framelab.util.OptionException("--families", "n-grams have no evidence spans to validate; choose framing families or a --lexicon");
        }
        FittedFeatures f = FeatureStep.fit(List.of(), FeatureSets.optionsFor(String.join("+", fams), fo), Progress.NONE).features();
        java.util.function.Function<org.framelab.corpus.Article, List<org.framelab.features.Hit>> hits = f::explain;
        EvidenceGate.Report gateReport = null;
        if (r.gate() != null) {
            EvidenceGate.Flags flags = r.gate().flag(attached.corpus().articles(), progress);
            hits = EvidenceGate.filter(hits, flags::passes);
            gateReport = flags.report();
        }
        SpanValidation.Result v = SpanValidation.compute(attached.corpus().articles(), hits, r.options(), progress);
        return new Result(v, attached, String.join("+", fams), gateReport);
    }

    /** The corpus with its spans: the request's source, or the detected word-list field when none is given. */
    public static SpanAnnotations.Attached attach(Corpus corpus, SpanAnnotations.Source source) throws CorpusException {
        SpanAnnotations.Source s = (source == null ? SpanAnnotations.Source.NONE : source).orDetected(corpus.articles());
        if (s.isEmpty()) {
            throw new CorpusException(file(corpus), -1, null, "no span annotations were given",
                    "give a stand-off span file with --spans FILE (id,begin,end,label[,annotator]; study file: validation.spans;"
                            + " GUI: Validate, Load span annotations…) or the field that lists annotated words with --span-words FIELD"
                            + " (study file: validation.span_words)");
        }
        return SpanAnnotations.attach(corpus, s);
    }

    /** Features with fewer hits are left out of the chart (the tables have every row). */
    public static final int CHART_MIN_HITS = 5;
    /** Base name of the outputs: validation.csv, validation.xlsx, validation.png/.svg. */
    public static final String BASE = "validation";

    /** The rows and where the spans came from, for the tables, the sheet and the chart. */
    public static ValidationReport report(Result r) {
        SpanAnnotations.Attached a = r.spans();
        return new ValidationReport(r.validation(), a.source(), r.families(), a.wordsNotFound(), a.unknownIds(), a.notes());
    }

    /**
     * Writes validation.csv, validation.xlsx and the chart (validation.png, validation.svg) into {@code dir}
     * (created if needed), each file atomically; returns the files written.
     */
    public static List<Path> write(Result r, Path dir, boolean rawCsv) throws IOException {
        org.framelab.util.AtomicFolder.createFolder(dir);
        List<Path> out = new ArrayList<>();
        out.add(ValidationTables.write(r.validation(), dir, rawCsv));
        out.add(ValidationSheet.writeWorkbook(report(r), dir.resolve(ValidationSheet.WORKBOOK)));
        out.addAll(ValidationCharts.write(r.validation(), dir.resolve(BASE), java.util.EnumSet.of(ChartExport.Format.PNG, ChartExport.Format.SVG),
                CHART_MIN_HITS, 200));
        return out;
    }

    private static String file(Corpus c) {
        return c.provenance().files().isEmpty() ? "corpus" : c.provenance().files().get(0);
    }
}
