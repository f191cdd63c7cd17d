package org.framelab.stats;

import java.util.Objects;

/**
 * One annotator's judgement of one item: the input of {@link Agreement}.
 *
 * @param item      the coded unit (article id, sentence text, ...)
 * @param annotator the coder
 * @param value     the value as given; null or blank is a missing judgement
 */
public record Judgement(String item, String annotator, String value) {
    public Judgement {
        Objects.requireNonNull(item, "item");
        Objects.requireNonNull(annotator, "annotator");
    }
}
