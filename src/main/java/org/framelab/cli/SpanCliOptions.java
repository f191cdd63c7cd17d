package org.framelab.cli;

import org.framelab.corpus.SpanAnnotations;
import picocli.CommandLine.Option;

import java.nio.file.Path;

/** Where a corpus's human span annotations come from (a picocli mixin of {@code explain}, {@code validate} and {@code lexicon learn}). */
public class SpanCliOptions {
    @Option(names = "--spans", paramLabel = "FILE", description = "Stand-off span annotations: CSV/TSV or JSON lines with id, begin, end, label and optionally annotator (0-based character offsets into the text field, end exclusive).")
    Path spans;

    @Option(names = "--span-words", paramLabel = "FIELD", description = "Field listing the annotated words of each text (['word', 'other word']); default: biased_words/loaded_words when present.")
    String spanWords;

    /** The source given; empty when neither option is. */
    public SpanAnnotations.Source source() {
        return new SpanAnnotations.Source(spanWords, spans);
    }
}
