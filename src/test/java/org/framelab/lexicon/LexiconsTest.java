package org.framelab.lexicon;

import org.framelab.SharedData;
import org.framelab.text.Tokenizer;
import org.framelab.util.InputException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class LexiconsTest {
    @TempDir
    Path dir;

    Path write(String name, String content) throws IOException {
        Path p = dir.resolve(name);
        Files.writeString(p, content, StandardCharsets.UTF_8);
        return p;
    }

    /** Loading {@code content} as the file {@code name} fails with an input error naming each of {@code parts}. */
    void assertLoadFails(String name, String content, String... parts) throws IOException {
        Path p = write(name, content);
        var thrown = assertThatThrownBy(() -> Lexicons.load(p)).isInstanceOf(InputException.class);
        for (String part : parts) thrown.hasMessageContaining(part);
    }

    static int count(Lexicon lex, String text) {
        return lex.matches(Tokenizer.DEFAULT.tokenize(text)).size();
    }

    @Test
    void plainListWithCommentsMultiWordAndWildcards() throws Exception {
        Lexicon lex = Lexicons.load(write("loaded.txt", "# my words\n\nregime\nwitch hunt\nradical*\n"));
        assertThat(lex.name()).isEqualTo("loaded");
        assertThat(lex.categories()).containsExactly("loaded");
        assertThat(lex.size()).isEqualTo(3);
        assertThat(count(lex, "The regime's witch hunt of radicals: a regime.")).isEqualTo(3);
    }

    @Test
    void csvTermCategory() throws Exception {
        Lexicon lex = Lexicons.load("mine", write("m.csv", "\uFEFFterm,category\n# comment\nalleged,distancing\n\"so called\",distancing\nthug*,loaded\n"));
        assertThat(lex.categories()).containsExactly("distancing", "loaded");
        assertThat(lex.categoriesOf("so called")).containsExactly("distancing");
    }

    @Test
    void csvBadLineNamesFileAndLine() throws Exception {
        assertLoadFails("bad.csv", "term,category\nalleged,distancing\nlonely\n", "bad.csv, line 3", "term,category");
    }

    /** A learned lexicon saved as .txt was a plain list of terms "alien,loaded" that never matched, silently. */
    @Test
    void plainListWithATermCategoryRowNamesTheCsvExtension() throws Exception {
        assertLoadFails("learned.txt", "# FrameLab learned lexicon\nterm,category\nalien,loaded\n", "learned.txt, line 2",
                "'term,category' looks like a term,category row", "read as a plain word list",
                "What to do: rename the file to learned.csv to load term,category rows");
        assertLoadFails("words.txt", "regime\nwell, actually, yes\n", "words.txt, line 2", "holds a comma", "never matches", "words.csv");
        Path folder = Files.createDirectories(dir.resolve("lists"));
        Files.writeString(folder.resolve("loaded"), "regime\nalien,loaded\n");
        assertThatThrownBy(() -> Lexicons.load("mine", folder)).isInstanceOf(InputException.class).hasMessageContaining("loaded, line 2");
        // the same rows in a .csv load, and match
        Lexicon lex = Lexicons.load(write("learned.csv", "term,category\nalien,loaded\n"));
        assertThat(count(lex, "An alien plan.")).isEqualTo(1);
        assertThat(Lexicons.readsTermCategoryRows(Path.of("learned.csv"))).isTrue();
        assertThat(Lexicons.readsTermCategoryRows(Path.of("learned.txt"))).isFalse();
    }

    @Test
    void liwcDictionaryWithIrregularities() throws Exception {
        String dic = "%\n1\tfunct\n2\tposemo\n2\tposemo\n3\tnegemo\t\n%\n"
                + "a\t1\n"
                + "good*\t2\n"
                + "kind of\t1\t3\n"
                + "like\t(02 134)2/3\t1\n"
                + "hate\t\t3\t\n"
                + "\n";
        Lexicon lex = Lexicons.load("liwc", write("test.dic", dic));
        assertThat(lex.categories()).containsExactly("funct", "posemo", "negemo");
        assertThat(lex.categoriesOf("kind of")).containsExactly("funct", "negemo");
        assertThat(lex.categoriesOf("like")).containsExactly("funct", "posemo", "negemo");
        assertThat(lex.categoriesOf("hate")).containsExactly("negemo");
        assertThat(count(lex, "a goodness of hate")).isEqualTo(3);
    }

    @Test
    void liwcUnknownCategoryIsAnError() throws Exception {
        assertLoadFails("x.dic", "%\n1\tfunct\n%\na\t1\nthe\t7\n", "x.dic, line 5", "category 7");
        assertLoadFails("y.dic", "1\tfunct\n%\n", "y.dic, line 1");
    }

    @Test
    void mpqaClues() throws Exception {
        String tff = "type=weaksubj len=1 word1=abandon pos1=verb stemmed1=y priorpolarity=negative\n"
                + "type=strongsubj len=1 word1=admirable pos1=adj stemmed1=n priorpolarity=positive\n"
                + "type=weaksubj len=1 word1=impassive pos1=adj stemmed1=n polarity=negative priorpolarity=weakneg\n";
        Lexicon lex = Lexicons.load(write("clues.tff", tff));
        assertThat(lex.categories()).containsExactly("weaksubj", "negative", "strongsubj", "positive");
        assertThat(lex.categoriesOf("abandon*")).containsExactly("weaksubj", "negative");
        assertThat(lex.categoriesOf("impassive")).containsExactly("weaksubj", "negative");
        assertThat(count(lex, "They abandoned the admirable plan.")).isEqualTo(2);
    }

    @Test
    void mpqaBadLine() throws Exception {
        assertLoadFails("bad.tff", "type=weaksubj len=1 word1=abandon priorpolarity=negative\ntype=weaksubj broken\n", "bad.tff, line 2", "key=value");
    }

    @Test
    void wildcardInTheMiddleIsAnError() throws Exception {
        assertLoadFails("w.txt", "ok\nab*cd\n", "w.txt, line 2");
    }

    @Test
    void missingAndEmptyFiles() throws Exception {
        assertThatThrownBy(() -> Lexicons.load(dir.resolve("nope.txt"))).isInstanceOf(InputException.class).hasMessageContaining("not found");
        assertLoadFails("empty.txt", "# nothing\n", "no terms");
    }

    @Test
    void windows1252FileIsRead() throws Exception {
        Path p = dir.resolve("cafe.txt");
        Files.write(p, "caf\u00e9\n".getBytes("windows-1252"));
        assertThat(Lexicons.load(p).categoriesOf("café")).containsExactly("cafe");
    }

    @Test
    void recasensLexiconsFromShared() throws Exception {
        for (String f : new String[]{"assertives_hooper1975.txt", "factives_hooper1975.txt", "hedges_hyland2005.txt",
                "implicatives_karttunen1971.txt", "report_verbs.txt", "bias-lexicon.txt"}) {
            Lexicon lex = Lexicons.load(SharedData.require("lexicons/recasens2013/" + f));
            assertThat(lex.size()).as(f).isGreaterThan(10);
            assertThat(lex.categories()).hasSize(1);
        }
        Lexicon hedges = Lexicons.load(SharedData.require("lexicons/recasens2013/hedges_hyland2005.txt"));
        assertThat(count(hedges, "It apparently appears to be approximately right.")).isEqualTo(3);
        Lexicon folder = Lexicons.load("recasens", SharedData.require("lexicons/recasens2013"));
        assertThat(folder.categories()).contains("hedges_hyland2005", "report_verbs", "bias-lexicon")
                .doesNotContain("README");
    }

    @Test
    void mpqaFromShared() throws Exception {
        Lexicon lex = Lexicons.load(SharedData.require("lexicons/mpqa-subjectivity/subjclueslen1-HLTEMNLP05.tff"));
        assertThat(lex.categories()).contains("strongsubj", "weaksubj", "positive", "negative", "neutral", "both");
        assertThat(lex.size()).isGreaterThan(6000);
        assertThat(lex.categoriesOf("abandon*")).contains("weaksubj", "negative");
        assertThat(count(lex, "The brutal regime abandoned its admirable promises.")).isGreaterThanOrEqualTo(3);
    }
}
