package org.framelab.corpus;

import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Word lists (BABE's biased_words) parsed and matched to whole-word spans. */
class SpanWordsTest {
    @Test
    void parsesPythonJsonAndPlainLists() {
        assertThat(SpanAnnotations.parseWords("['bizarre', 'characteristically']")).containsExactly("bizarre", "characteristically");
        assertThat(SpanAnnotations.parseWords("[\"so-called\", 'Trump\\'s cronies']")).containsExactly("so-called", "Trump's cronies");
        assertThat(SpanAnnotations.parseWords("slammed, claimed ;  touted ")).containsExactly("slammed", "claimed", "touted");
        assertThat(SpanAnnotations.parseWords("[]")).isEmpty();
        assertThat(SpanAnnotations.parseWords("nan")).isEmpty();
        assertThat(SpanAnnotations.parseWords(" None ")).isEmpty();
        assertThat(SpanAnnotations.parseWords("['a', 'a']")).containsExactly("a");
    }

    private static Article article(String id, String text, String words) {
        return new Article(id, "", text, "", null, "", List.of(), Map.of(), Map.of("biased_words", words), List.of());
    }

    @Test
    void everyWholeWordOccurrenceIgnoringCaseAndApostrophes() {
        // "claim" is not inside "claimed" or "reclaim"; "Trump’s" (curly) matches "Trump's"
        Article a = article("1", "Claim after claim: he claimed to reclaim Trump’s claim.", "['claim', \"Trump's\"]");
        List<Annotation> out = new ArrayList<>();
        long[] notFound = {0};
        SpanAnnotations.wordSpans(a, "", "biased_words", a.metadata().get("biased_words"), out, new ArrayList<>(), notFound);
        List<String> covered = out.stream().map(s -> a.text().substring(s.begin(), s.end())).toList();
        assertThat(covered).containsExactly("Claim", "claim", "claim", "Trump’s");
        assertThat(out.get(0).begin()).isEqualTo(0);
        assertThat(out.get(1).begin()).isEqualTo(12);
        assertThat(notFound[0]).isZero();
    }

    @Test
    void wordsNotFoundAreCountedAndNamed() throws CorpusException {
        Corpus c = new Corpus(List.of(article("s1", "A bizarre law.", "['bizzare', 'law']"), article("s2", "Plain text.", "[]")),
                new Provenance(List.of("babe.csv"), "csv", FieldMapping.auto(), 2, 0, List.of()));
        SpanAnnotations.Attached at = SpanAnnotations.attach(c, new SpanAnnotations.Source("biased_words", null));
        assertThat(at.spans()).isEqualTo(1);
        assertThat(at.annotated()).isEqualTo(2);   // an empty list is "coded, nothing marked"
        assertThat(at.wordsNotFound()).isEqualTo(1);
        assertThat(at.notes()).containsExactly("article s1: listed word 'bizzare' is not in the text");
        assertThat(SpanAnnotations.spans(at.corpus().articles().get(0))).singleElement()
                .satisfies(s -> assertThat(s.value()).isEqualTo("biased_words"));
        assertThat(SpanAnnotations.isAnnotated(at.corpus().articles().get(1))).isTrue();
    }

    @Test
    void aMissingWordFieldIsAClearError() {
        Corpus c = new Corpus(List.of(Article.of("1", "text")),
                new Provenance(List.of("x.csv"), "csv", FieldMapping.auto(), 1, 0, List.of()));
        assertThatThrownBy(() -> SpanAnnotations.attach(c, new SpanAnnotations.Source("biased_words", null)))
                .isInstanceOf(CorpusException.class)
                .hasMessageContaining("x.csv, field 'biased_words': no article has this word-list field")
                .hasMessageContaining("--span-words");
    }
}
