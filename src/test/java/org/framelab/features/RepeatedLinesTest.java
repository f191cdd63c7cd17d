package org.framelab.features;

import org.framelab.SharedData;
import org.framelab.corpus.Article;
import org.framelab.corpus.Corpora;
import org.framelab.corpus.ArticleStream;
import org.framelab.corpus.ReadOptions;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** Outlet boilerplate (lines repeated verbatim across training articles) is left out of the n-grams. */
class RepeatedLinesTest {
    // Sentences written for this test; the notice imitates the copyright lines news sites append.
    static final String NOTICE = "Copyright 2019 The Example Times. Click here for reprint permission.";

    static List<Article> training(int withNotice) {
        List<Article> l = new ArrayList<>();
        String[] bodies = {"The council approved the budget on Monday.", "Protesters gathered outside the court.",
                "The senator criticised the new tariff.", "Flooding closed two bridges overnight.",
                "The mayor defended the police budget.", "Teachers voted to end the strike.",
                "A storm delayed the rocket launch."};
        for (int i = 0; i < bodies.length; i++) {
            l.add(Article.of("a" + i, bodies[i] + "\n\n" + (i < withNotice ? "  " + NOTICE + " \n" : "More details later.")));
        }
        return l;
    }

    static NgramVocabulary vocabulary(int repeatedLines, List<Article> train) throws Exception {
        FramingFeatures f = (FramingFeatures) FeatureSets.parse("ngrams",
                FeatureOptions.defaults().withNgrams(new NgramOptions(1, 2, 1, 1000, false, true, repeatedLines))).fit(train);
        return f.vocabulary();
    }

    /** The first {@code max} articles of the shared AllSides corpus (the test is skipped without it). */
    static List<Article> allSides(int max) throws Exception {
        List<Article> train = new ArrayList<>();
        try (ArticleStream s = Corpora.open(SharedData.require("datasets/allsides/articles.jsonl.gz"), ReadOptions.defaults())) {
            while (s.hasNext() && train.size() < max) train.add(s.next());
        }
        return train;
    }

    @Test
    void linesOfMultiLineTextsTrimmed() {
        String t = "First line. \n\n  Second line\r\n\tthird\n";
        int[] l = RepeatedLines.lines(t);
        assertThat(l).hasSize(6);
        assertThat(t.substring(l[0], l[1])).isEqualTo("First line.");
        assertThat(t.substring(l[2], l[3])).isEqualTo("Second line");
        assertThat(t.substring(l[4], l[5])).isEqualTo("third");
        assertThat(RepeatedLines.lines("A single sentence, as in BABE.")).isEmpty();
    }

    @Test
    void lineRepeatedInEnoughTrainingArticlesIsSkipped() throws Exception {
        NgramVocabulary v = vocabulary(5, training(5));
        assertThat(v.repeatedLines()).containsExactly(NOTICE);
        assertThat(v.terms()).doesNotContain("reprint", "reprint permission", "copyright").contains("budget", "the mayor");
        // below the threshold the line is ordinary text
        NgramVocabulary below = vocabulary(5, training(4));
        assertThat(below.repeatedLines()).isEmpty();
        assertThat(below.terms()).contains("reprint permission");
        // 0 switches the filter off
        NgramVocabulary off = vocabulary(0, training(7));
        assertThat(off.repeatedLines()).isEmpty();
        assertThat(off.terms()).contains("reprint permission");
    }

    @Test
    void transformSkipsTheLearnedLinesOnlyWhereTheyStandAlone() throws Exception {
        List<Article> train = new ArrayList<>(training(5));
        train.add(Article.of("r", "Reprint permission was requested by the council.\n\nNothing else."));
        FramingFeatures f = (FramingFeatures) FeatureSets.parse("ngrams",
                FeatureOptions.defaults().withNgrams(new NgramOptions(1, 1, 1, 1000, false, true, 5))).fit(train);
        int col = f.vocabulary().indexOf("reprint");
        assertThat(col).isNotNegative();
        int global = f.columns().indexOf(f.columns().stream().filter(c -> c.name().equals("ngram:reprint")).findFirst().orElseThrow());
        // the notice line is skipped, the same word in an ordinary line is counted
        SparseVector v = f.transform(Article.of("x", "The council met.\n" + NOTICE + "\nReprint rules changed."));
        assertThat(v.get(global)).isEqualTo(1.0);
        // a one-line text is never filtered
        SparseVector one = f.transform(Article.of("y", NOTICE));
        assertThat(one.get(global)).isEqualTo(1.0);
    }

    @Test
    void framingFamiliesDoNotReadTheBoilerplateEither() throws Exception {
        FittedFeatures f = FeatureSets.parse("framing+ngrams",
                FeatureOptions.defaults().withNgrams(new NgramOptions(1, 1, 1, 1000, false, true, 5))).fit(training(5));
        String text = "The council met.\n" + NOTICE + "\nThe mayor said the budget was fair.";
        SparseVector v = f.transform(Article.of("x", text));
        // text.tokens (column 0) counts the 3 + 7 words outside the notice line only
        assertThat(v.get(0)).isEqualTo(10.0);
        // evidence offsets still point into the original text
        for (Hit h : f.explain(Article.of("x", text))) {
            assertThat(h.span().begin()).isGreaterThanOrEqualTo(text.indexOf("The mayor"));
        }
        // without the filter the notice's words count
        FittedFeatures off = FeatureSets.parse("framing+ngrams",
                FeatureOptions.defaults().withNgrams(new NgramOptions(1, 1, 1, 1000, false, true, 0))).fit(training(5));
        assertThat(off.transform(Article.of("x", text)).get(0)).isGreaterThan(10.0);
    }

    @Test
    void identicalOneLineRecordsAreNotBoilerplate() throws Exception {
        List<Article> train = new ArrayList<>();
        for (int i = 0; i < 6; i++) train.add(Article.of("s" + i, "The minister slammed the so-called reform."));
        NgramVocabulary v = vocabulary(5, train);
        assertThat(v.repeatedLines()).isEmpty();
        assertThat(v.terms()).contains("slammed");
    }

    @Test
    @Tag("slow")
    void allSidesBoilerplateIsFound() throws Exception {
        NgramVocabulary v = vocabulary(NgramOptions.DEFAULT_REPEATED_LINES, allSides(8000));
        // outlet signatures found in the AllSides texts (Politico, The Hill, Fox News)
        assertThat(v.repeatedLines()).contains("Story Continued Below", "ADVERTISEMENT", "CLICK HERE TO GET THE FOX NEWS APP");
        assertThat(v.repeatedLines().size()).isLessThan(2000);
        assertThat(v.terms()).doesNotContain("story continued", "continued below");
    }
}
