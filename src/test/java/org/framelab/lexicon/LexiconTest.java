package org.framelab.lexicon;

import org.framelab.text.Tokenizer;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class LexiconTest {
    static List<String> matched(Lexicon lex, String text) {
        var t = Tokenizer.DEFAULT.tokenize(text);
        return lex.matches(t).stream().map(m -> t.span(m.firstToken(), m.endToken()).of(text) + "=" + m.categories()).toList();
    }

    @Test
    void singleMultiWordAndWildcardTerms() {
        Lexicon lex = Lexicon.builder("test")
                .add("find out", "factive").add("find", "other").add("outrag*", "loaded")
                .add("Don’t", "negation").add("according to", "attribution").build();
        assertThat(matched(lex, "They found out nothing. Find out! An outrageous, OUTRAGED find. I don't know, according to Ann."))
                .containsExactly("Find out=[factive]", "outrageous=[loaded]", "OUTRAGED=[loaded]", "find=[other]",
                        "don't=[negation]", "according to=[attribution]");
    }

    @Test
    void longestMatchWinsAndPartsAreNotCountedAgain() {
        Lexicon lex = Lexicon.builder("t").add("must", "modal").add("must be", "booster").build();
        assertThat(matched(lex, "It must be true and must go.")).containsExactly("must be=[booster]", "must=[modal]");
    }

    @Test
    void aTermInSeveralCategoriesReportsAll() {
        Lexicon lex = Lexicon.builder("t").add("never", "booster").add("never", "negation").build();
        assertThat(matched(lex, "never")).containsExactly("never=[booster, negation]");
        assertThat(lex.categoriesOf("NEVER")).containsExactly("booster", "negation");
    }

    @Test
    void wildcardPrefixesOfEveryLengthMatchBehindTheHeadFilter() {
        // prefixes of three characters or more sit behind the three-character filter; a shorter one turns it off
        Lexicon long3 = Lexicon.builder("t").add("bia*", "x").add("outrag*", "x").add("\u00e9lit*", "x").add("sham* trial", "y").build();
        assertThat(matched(long3, "Bias, biased BIA bi outrage outraged out \u00c9lite \u00e9lites elite sham trial shams trial sham"))
                .containsExactly("Bias=[x]", "biased=[x]", "BIA=[x]", "outrage=[x]", "outraged=[x]", "\u00c9lite=[x]", "\u00e9lites=[x]",
                        "sham trial=[y]", "shams trial=[y]");
        Lexicon short2 = Lexicon.builder("t").add("ab*", "x").add("outrag*", "x").build();
        assertThat(matched(short2, "ab abs a about outrage ba")).containsExactly("ab=[x]", "abs=[x]", "about=[x]", "outrage=[x]");
        Lexicon short1 = Lexicon.builder("t").add("q*", "x").add("don't", "neg").build();
        assertThat(matched(short1, "Q quiet aq don't")).containsExactly("Q=[x]", "quiet=[x]", "don't=[neg]");
    }

    @Test
    void wildcardMatchesAgreeWithANaiveSearchOnRandomWords() {
        java.util.Random r = new java.util.Random(7);
        String letters = "abcde\u00e9";
        for (int round = 0; round < 200; round++) {
            Lexicon.Builder b = Lexicon.builder("r");
            List<String> prefixes = new java.util.ArrayList<>();
            for (int k = 0; k < 1 + r.nextInt(6); k++) {
                StringBuilder p = new StringBuilder();
                for (int c = 0; c < 1 + r.nextInt(5); c++) p.append(letters.charAt(r.nextInt(letters.length())));
                prefixes.add(p.toString());
                b.add(p + "*", "x");
            }
            Lexicon lex = b.build();
            StringBuilder text = new StringBuilder();
            List<String> expected = new java.util.ArrayList<>();
            for (int w = 0; w < 30; w++) {
                StringBuilder word = new StringBuilder();
                for (int c = 0; c < 1 + r.nextInt(7); c++) word.append(letters.charAt(r.nextInt(letters.length())));
                text.append(word).append(' ');
                if (prefixes.stream().anyMatch(p -> word.toString().startsWith(p))) expected.add(word + "=[x]");
            }
            assertThat(matched(lex, text.toString())).as("prefixes %s", prefixes).isEqualTo(expected);
        }
    }

    @Test
    void wildcardInsideMultiWordTerm() {
        Lexicon lex = Lexicon.builder("t").add("witch hunt*", "loaded").build();
        assertThat(matched(lex, "a witch hunting party and a witch hunt")).containsExactly("witch hunting=[loaded]", "witch hunt=[loaded]");
    }

    @Test
    void contentHashDependsOnContentOnly() {
        Lexicon a = Lexicon.builder("x").add("b", "c1").add("a", "c2").build();
        Lexicon b = Lexicon.builder("x").add("a", "c2").add("B", "c1").build();
        Lexicon c = Lexicon.builder("x").add("a", "c2").add("b", "c2").build();
        assertThat(a.contentHash()).isEqualTo(b.contentHash()).hasSize(64);
        assertThat(a.contentHash()).isNotEqualTo(c.contentHash());
    }

    @Test
    void serialisationKeepsBehaviour() throws Exception {
        Lexicon lex = Lexicon.builder("s").add("outrag*", "loaded").add("so-called", "distancing").build();
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ObjectOutputStream out = new ObjectOutputStream(bytes)) { out.writeObject(lex); }
        Lexicon back = (Lexicon) new ObjectInputStream(new ByteArrayInputStream(bytes.toByteArray())).readObject();
        assertThat(back.contentHash()).isEqualTo(lex.contentHash());
        assertThat(matched(back, "the so-called outrage")).containsExactly("so-called=[distancing]", "outrage=[loaded]");
    }

    @Test
    void invalidTermsAreRejected() {
        assertThatThrownBy(() -> Lexicon.builder("t").add("  ", "c")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Lexicon.builder("t").add("x", " ")).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void inflector() {
        assertThat(Inflector.verbForms("accuse")).containsExactly("accuse", "accuses", "accused", "accusing");
        assertThat(Inflector.verbForms("say")).contains("says", "said", "saying");
        assertThat(Inflector.verbForms("deny")).contains("denies", "denied", "denying");
        assertThat(Inflector.verbForms("admit")).contains("admits", "admitted", "admitting");
        assertThat(Inflector.verbForms("slam")).contains("slammed", "slamming");
        assertThat(Inflector.verbForms("stress")).contains("stresses", "stressed");
        assertThat(Inflector.verbForms("find out")).contains("found out", "finds out");
        assertThat(Inflector.verbForms("agree")).contains("agreed", "agreeing");
        // irregular verbs come from irregular-verbs.txt, in the order listed there
        assertThat(Inflector.verbForms("write")).containsExactly("write", "writes", "wrote", "written", "writing");
        assertThat(Inflector.verbForms("rebut")).containsExactly("rebut", "rebuts", "rebutted", "rebutting");
    }
}
