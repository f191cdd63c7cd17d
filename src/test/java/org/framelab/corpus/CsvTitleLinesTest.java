package org.framelab.corpus;

import org.framelab.util.Progress;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * A coding sheet saved from Excel as CSV keeps its title rows above the header ("Framing study 2024,,,"): the
 * header is found below them, as in a workbook ({@link XlsxTitleRowsTest}), the user is told, and a file
 * without title lines is read as before.
 */
class CsvTitleLinesTest {
    private static Path csv(Path dir, String name, String text) throws Exception {
        Path f = dir.resolve(name);
        Files.writeString(f, text, StandardCharsets.UTF_8);
        return f;
    }

    private static ReadOptions skipBad() {
        return new ReadOptions(FieldMapping.auto(), null, null, null, true, 0);
    }

    /** Reading {@code f} stops with {@code message}; with --skip-bad it is read: that corpus. */
    private static Corpus stopsThenSkips(Path f, String message) throws Exception {
        assertThatThrownBy(() -> Corpora.read(f, ReadOptions.defaults(), Progress.NONE))
                .isInstanceOf(CorpusException.class)
                .hasMessageContaining(message);
        return Corpora.read(f, skipBad(), Progress.NONE);
    }

    @Test
    void titleLinesAboveTheHeaderAreNotTheHeader(@TempDir Path dir) throws Exception {
        Path f = csv(dir, "coding.csv", "Framing study 2024 - coding sheet,,,\n"
                + "\"Coder instructions: see codebook, section 2\",,,\n"
                + ",,,\n"
                + "article_id,outlet,text,frame\n"
                + "A1,FAZ,The minister said the plan works.,conflict\n"
                + "A2,taz,\"Critics accused the minister, again.\",economic\n"
                + "A3,taz,too,many,cells\n");
        Corpus c = Corpora.read(f, skipBad(), Progress.NONE);
        assertThat(c.articles()).extracting(Article::id).containsExactly("A1", "A2");
        assertThat(c.articles()).extracting(Article::outlet).containsExactly("FAZ", "taz");
        assertThat(c.articles().get(1).text()).isEqualTo("Critics accused the minister, again.");
        assertThat(c.articles().get(0).label("frame")).isEqualTo("conflict");
        // line numbers stay the file's: the bad row is line 7
        assertThat(c.provenance().rowsSkipped()).isEqualTo(1);
        assertThat(c.provenance().skippedSample()).singleElement().asString().contains("line 7");
        assertThat(c.provenance().notes()).singleElement().asString()
                .startsWith("lines 1-3 hold at most one filled cell each ('Framing study 2024 - coding sheet', "
                        + "'Coder instructions: see codebook, section 2') above line 4")
                .contains("line 4 is the header");
    }

    @Test
    void aOneColumnFileKeepsItsFirstLineAsHeaderAndEveryRow(@TempDir Path dir) throws Exception {
        StringBuilder sb = new StringBuilder("text\n");
        for (int i = 1; i <= 14; i++) sb.append("Article number ").append(i).append(".\n");
        Corpus c = Corpora.read(csv(dir, "one.csv", sb.toString()), ReadOptions.defaults(), Progress.NONE);
        assertThat(c.articles()).hasSize(14);
        assertThat(c.articles().get(0).text()).isEqualTo("Article number 1.");
        assertThat(c.articles().get(13).text()).isEqualTo("Article number 14.");
        assertThat(c.provenance().rowsRead()).isEqualTo(14);
        assertThat(c.provenance().notes()).isEmpty();
    }

    @Test
    void moreThanFiveTitleLinesAreNotTitles(@TempDir Path dir) throws Exception {
        // six one-cell lines before a two-cell line: the first line stays the header, and the two-cell line is a bad row
        Corpus c = stopsThenSkips(csv(dir, "six.csv", "text\nt1\nt2\nt3\nt4\nt5\nid,text\n"),
                "six.csv, line 7: wrong number of columns: 2 instead of 1");
        assertThat(c.articles()).extracting(Article::text).containsExactly("t1", "t2", "t3", "t4", "t5");
        assertThat(c.provenance().notes()).isEmpty();
    }

    @Test
    void aBadRowAmongTheLinesReadAheadStandsWhereItIs(@TempDir Path dir) throws Exception {
        // one-column file whose third line has a field with text after its closing quote: read ahead while looking
        // for a header below title lines, it is still that row's error, after the rows before it
        Corpus c = stopsThenSkips(csv(dir, "bad.csv", "text\nfirst\n\"quoted\" tail\nlast\n"), "bad.csv, line 3");
        assertThat(c.articles()).extracting(Article::text).containsExactly("first", "last");
        assertThat(c.provenance().rowsSkipped()).isEqualTo(1);
    }

    @Test
    void aFileWithoutTitleLinesIsReadAsBefore(@TempDir Path dir) throws Exception {
        Path f = csv(dir, "plain.csv", "id,text\n1,One.\n2,Two.\n");
        Corpus c = Corpora.read(f, ReadOptions.defaults(), Progress.NONE);
        assertThat(c.articles()).extracting(Article::id).containsExactly("1", "2");
        assertThat(c.provenance().notes()).isEmpty();
    }
}
