package org.framelab.report;

import org.framelab.validation.SpanValidation;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * What the outputs of a span validation need: the rows ({@link SpanValidation.Result}) and where the
 * spans came from, for validation.csv, the Validation sheet and the chart (CLI, study and GUI alike).
 *
 * @param result        the validation
 * @param spanSource    where the spans came from, in words ("stand-off spans in spans.csv")
 * @param families      the families validated, joined by +
 * @param wordsNotFound listed words without an occurrence in their text
 * @param unknownIds    span rows whose id is not in the corpus
 * @param notes         the first few of those problems
 */
public record ValidationReport(SpanValidation.Result result, String spanSource, String families, long wordsNotFound,
                               long unknownIds, List<String> notes) {
    public ValidationReport {
        notes = notes == null ? List.of() : List.copyOf(notes);
    }

    /** The method and the span source in sentences, for the sheet's note and the manifest. */
    public List<String> method() {
        SpanValidation.Result v = result;
        List<String> out = new ArrayList<>();
        out.add("Spans: " + spanSource + String.format(Locale.ROOT, "; %,d annotated articles of %,d, %,d distinct spans, %,d of %,d word tokens inside spans.",
                v.annotatedArticles(), v.articles(), v.spans(), v.spanTokens(), v.wordTokens()));
        if (wordsNotFound > 0) out.add(String.format(Locale.ROOT, "%,d listed words were not found in their text and are not spans.", wordsNotFound));
        if (unknownIds > 0) out.add(String.format(Locale.ROOT, "%,d span rows name an id that is not in the corpus and were left out.", unknownIds));
        out.add("Families: " + families + ". Hits are the families' evidence spans (the same hits as the Evidence sheet and the GUI's highlights).");
        out.add("Share in spans = hits overlapping an annotated span / hits. Chance rate = word tokens inside spans / word tokens "
                + "(the share a hit at a random word would reach). Enrichment = share in spans / chance rate (1 = chance).");
        out.add("Span recall = annotated spans overlapping at least one hit / spans. Token precision, recall and F1: word tokens "
                + "covered by hits against word tokens covered by spans.");
        out.add(v.options().bootstrap() > 0
                ? String.format(Locale.ROOT, "95%% intervals: percentile bootstrap over articles (%,d resamples, seed %d); every rate is a ratio of sums over the resampled articles.",
                v.options().bootstrap(), v.options().seed())
                : "No intervals (bootstrap 0).");
        out.add(v.annotators().isEmpty()
                ? "The spans carry no annotator: one set of rows (all)."
                : "Rows 'all' use every annotator's spans (identical spans once); then one set of rows per annotator on the articles that annotator coded.");
        if (v.options().label() != null) out.add("Only spans labelled '" + v.options().label() + "'.");
        out.add("Offsets are 0-based UTF-16 characters of the text field; the title is not analysed and carries no spans. See docs/validate.md.");
        return out;
    }
}
