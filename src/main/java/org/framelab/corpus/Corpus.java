package org.framelab.corpus;

import java.util.List;
import java.util.Objects;

/** The articles of a corpus plus where they came from. Immutable. */
public record Corpus(List<Article> articles, Provenance provenance) {
    public Corpus {
        articles = List.copyOf(articles);
        Objects.requireNonNull(provenance, "provenance");
    }

    public int size() {
        return articles.size();
    }
}
