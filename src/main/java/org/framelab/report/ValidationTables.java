package org.framelab.report;

import org.framelab.validation.SpanValidation;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The rows of a span validation ({@link SpanValidation}) as {@code validation.csv}: one row per
 * annotator (or {@code all}), family and feature column, with each rate and its bootstrap interval
 * (empty cells where a rate is undefined, e.g. no hits). The column names are documented in docs/validate.md.
 */
public final class ValidationTables {
    private ValidationTables() {}

    public static final String FILE = "validation.csv";

    /** Header of {@link #FILE}. */
    public static final List<String> HEADER = List.of("annotator", "family", "feature", "articles", "hits", "hits_in_spans",
            "share_in_spans", "share_low", "share_high", "chance_rate", "enrichment", "enrichment_low", "enrichment_high",
            "spans", "spans_found", "span_recall", "span_recall_low", "span_recall_high",
            "token_precision", "token_precision_low", "token_precision_high",
            "token_recall", "token_recall_low", "token_recall_high", "token_f1", "token_f1_low", "token_f1_high");

    /** The cells of one row, in {@link #HEADER} order (numbers as in every CSV table of FrameLab). */
    public static List<String> cells(SpanValidation.Row r) {
        List<String> c = new ArrayList<>(List.of(r.annotator(), r.family(), r.feature(), Long.toString(r.articles()),
                Long.toString(r.hits()), Long.toString(r.hitsInSpans())));
        est(c, r.shareInSpans());
        c.add(CsvTables.num(r.chanceRate().value()));
        est(c, r.enrichment());
        c.add(Long.toString(r.spans()));
        c.add(Long.toString(r.spansFound()));
        est(c, r.spanRecall());
        est(c, r.tokenPrecision());
        est(c, r.tokenRecall());
        est(c, r.tokenF1());
        return c;
    }

    private static void est(List<String> c, SpanValidation.Estimate e) {
        c.add(CsvTables.num(e.value()));
        c.add(CsvTables.num(e.low()));
        c.add(CsvTables.num(e.high()));
    }

    /** Writes {@code validation.csv} (atomically) into {@code dir}. */
    public static Path write(SpanValidation.Result v, Path dir, boolean raw) throws IOException {
        return CsvTables.csv(raw, dir.resolve(FILE), HEADER, p -> {
            for (SpanValidation.Row r : v.rows()) p.printRecord(cells(r));
        });
    }
}
