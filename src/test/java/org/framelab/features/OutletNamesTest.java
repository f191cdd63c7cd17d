package org.framelab.features;

import org.framelab.corpus.Article;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** The names of the training outlets are left out of the features ("told Fox News", "NPR's"). */
class OutletNamesTest {

    static Article article(String id, String outlet, String text) {
        return new Article(id, "", text, outlet, null, "", List.of(), Map.of(), Map.of(), List.of());
    }

    /** {@code n} articles of one outlet; sentences written for this test. */
    static List<Article> outlet(String name, int n, String text) {
        List<Article> l = new ArrayList<>();
        for (int i = 0; i < n; i++) l.add(article(name + i, name, text + " Story number " + i + "."));
        return l;
    }

    /** The masked parts of {@code text}. */
    static List<String> masked(OutletNames names, String text) {
        return org.framelab.text.RangeParts.of(text, names.mask(text));
    }

    @Test
    void formsDropTheEditionAndALeadingThe() {
        assertThat(OutletNames.forms("Fox Online News")).containsExactly("Fox Online News", "Fox");
        assertThat(OutletNames.forms("Fox News (Online)")).containsExactly("Fox News");
        assertThat(OutletNames.forms("CNN (Web News)")).containsExactly("CNN");
        assertThat(OutletNames.forms("New York Times - Opinion")).containsExactly("New York Times");
        assertThat(OutletNames.forms("TheBlaze.com")).containsExactly("TheBlaze.com", "TheBlaze");
        assertThat(OutletNames.forms("The Daily Wire")).containsExactly("The Daily Wire", "Daily Wire");
        // "The Hill" without "The" would be a common word
        assertThat(OutletNames.forms("The Hill")).containsExactly("The Hill");
        // lower-case ids (as in BABE: "fox-news") never name themselves in running text
        assertThat(OutletNames.forms("fox-news")).isEmpty();
        // coded outlets: fewer than three letters would blank ordinary words ("A", "US")
        assertThat(OutletNames.forms("A")).isEmpty();
        assertThat(OutletNames.forms("US")).isEmpty();
        assertThat(OutletNames.forms("12")).isEmpty();
        assertThat(OutletNames.forms("NPR")).containsExactly("NPR");
    }

    @Test
    void namesWrittenAsOneWordOrAsAWebAddress() {
        OutletNames names = new OutletNames(new String[]{"Fox News", "The Hill", "Politico", "CNN"});
        String text = "He told FoxNews.com and foxnews.com, FOXNEWS.COM's poll, FoxNews on air; thehill.com, politico.com, CNN.com. "
                + "Not: foxnews, a fox news item, thehill, the politico.";
        assertThat(masked(names, text)).containsExactly("FoxNews.com", "foxnews.com", "FOXNEWS.COM's", "FoxNews", "thehill.com",
                "politico.com", "CNN.com");
    }

    @Test
    void mentionsMatchWordByWordWithThePossessive() {
        OutletNames names = new OutletNames(new String[]{"Fox News", "NPR", "USA TODAY", "The Hill", "Chicago Sun-Times"});
        String text = "He told Fox News on Sunday. NPR's Scott Horsley and USA Today reported it; "
                + "over the hill, FOX NEWS and Foxes, NPRs, The Hill\u2019s poll, the Chicago Sun-Times.";
        assertThat(masked(names, text)).containsExactly("Fox News", "NPR's", "USA Today", "FOX NEWS", "The Hill\u2019s", "Chicago Sun-Times");
        // offsets: masked characters become blanks (white space, not a space), everything else stays where it was
        String blank = RepeatedLines.blank(text, names.mask(text));
        assertThat(blank.replace(RepeatedLines.BLANK, ' ')).hasSameSizeAs(text).startsWith("He told          on Sunday.").contains("over the hill,          and Foxes, NPRs,");
        assertThat(masked(OutletNames.NONE, text)).isEmpty();
    }

    @Test
    void learnedFromTrainingOutletsWithEnoughArticlesAndNotCommonWords() {
        List<Article> train = new ArrayList<>();
        train.addAll(outlet("Politico", 20, "Sign up for Politico Playbook. The senator said the vote was close."));
        train.addAll(outlet("Vice", 20, "The vice president spoke about the vote."));
        train.addAll(outlet("Daily Planet (Online)", 20, "The mayor said the budget was fair."));
        train.addAll(outlet("Small Gazette", 19, "Small Gazette readers wrote in about the vote."));
        OutletNames names = OutletNames.learn(train);
        // Vice is a common lower-case word of these texts; Small Gazette has only 19 articles
        assertThat(names.names()).containsExactly("Daily Planet", "Politico");
    }

    @Test
    void namesAreLearnedOnTheTrainingPartAndLeftOutOfEveryFamily() throws Exception {
        List<Article> train = new ArrayList<>();
        train.addAll(outlet("Daily Planet", 20, "The minister told the Daily Planet that the reform would pass.\n\nCritics disagreed."));
        train.addAll(outlet("Morning Star", 20, "The Morning Star's sources said the reform had failed.\n\nSupporters disagreed."));
        FramingFeatures f = (FramingFeatures) FeatureSets.parse("framing+ngrams",
                FeatureOptions.defaults().withNgrams(new NgramOptions(1, 2, 1, 1000, false, true, 0))).fit(train);
        NgramVocabulary v = f.vocabulary();
        assertThat(v.outletNames()).containsExactly("Daily Planet", "Morning Star");
        assertThat(v.terms()).doesNotContain("planet", "star", "daily planet", "star's", "s").contains("minister", "reform", "sources said");
        // a test article: the training outlets' names are blanked, other names are ordinary words
        int global = f.columns().indexOf(f.columns().stream().filter(c -> c.name().equals("ngram:the")).findFirst().orElseThrow());
        String text = "The Daily Planet said the reform would pass, the Evening Post said it would not.";
        SparseVector x = f.transform(article("t", "Evening Post", text));
        assertThat(x.get(global)).isEqualTo(3.0);   // "The" of "The Daily Planet" is a word, not part of the name
        // text.tokens (column 0) no longer counts "Daily Planet"
        assertThat(x.get(0)).isEqualTo(13.0);
        // switched off, the names are ordinary n-grams
        FramingFeatures off = (FramingFeatures) FeatureSets.parse("ngrams",
                FeatureOptions.defaults().withNgrams(new NgramOptions(1, 2, 1, 1000, false, true, 0, false))).fit(train);
        assertThat(off.vocabulary().outletNames()).isEmpty();
        assertThat(off.vocabulary().terms()).contains("daily planet", "star's");
        // the model file keeps the names: a vocabulary equals itself after a round trip only with them
        assertThat(v).isNotEqualTo(off.vocabulary());
    }

    @Test
    @Tag("slow")
    void allSidesOutletNamesAreFound() throws Exception {
        OutletNames names = OutletNames.learn(RepeatedLinesTest.allSides(8000));
        assertThat(names.names()).contains("CNN", "Fox News", "NPR", "Politico", "Washington Times");
        assertThat(masked(names, "\"We will win,\" he told Fox News. NPR's reporter and Politico agreed."))
                .containsExactly("Fox News", "NPR's", "Politico");
    }
}
