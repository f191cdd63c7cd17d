package org.framelab.corpus;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Quotes in CSV: a quoted field may hold line breaks, but a quote that never closes must not merge
 * rows silently. A quoted field that runs across a line break and is followed by text after its
 * closing quote, or a multi-line row with the wrong number of columns, is a bad row naming the line
 * where the quote opened and where it closed; with --skip-bad that row is skipped and the rows it
 * swallowed are read again.
 */
class CsvQuotesTest {
    @TempDir
    Path tmp;

    private static Cli info(Path p, String... more) {
        return BadInputTest.info(p, more);
    }

    /** The case: 4 rows in, 3 articles out, "Rows skipped: 0" and exit 0 before. */
    @Test
    void quoteThatNeverClosesNoLongerSwallowsTheNextRow() throws Exception {
        Path p = Cli.write(tmp, "runaway.csv", "id,text,label\n1,Officials said so.,left\n2,\"Critics, loudly, disagreed.\",right\n"
                + "3,\"This quote never closes,left\n4,\"Fine text\",center\n");
        Cli r = info(p);
        BadInputTest.assertBad(r, "runaway.csv, line 4, field 'text'", "the quoted field opened on line 4 closes only on line 5",
                "text follows the closing quote there ('Fine text\",center')", "would merge lines 4-5 into one row",
                "What to do: close the quote on line 4", "--skip-bad (study file: corpus.skip_bad: true; GUI: 'Skip bad rows' in the corpus mapping dialog) to skip line 4 and read on from line 5");
        Cli skip = info(p, "--skip-bad");
        assertThat(skip.code).as(skip.err).isZero();
        assertThat(skip.out).contains("Documents: 3").contains("Rows skipped: 1").contains("runaway.csv, line 4: field 'text'");
        Corpus c = Corpora.read(p, new ReadOptions(FieldMapping.auto(), null, null, null, true, 0), null);
        assertThat(c.articles()).extracting(Article::id).containsExactly("1", "2", "4");
        assertThat(c.articles().get(2).text()).isEqualTo("Fine text");
    }

    @Test
    void quotedFieldsMayHoldLineBreaksQuotesAndDelimiters() throws Exception {
        Path p = Cli.write(tmp, "multi.csv", "id,text,label\r\n1,\"First line\r\nsecond line, with a comma\",left\r\n"
                + "2,\"He said \"\"no\"\"\n\nand left.\",right\n3,plain,\"center\"\n4,\"ends the file\nwithout a newline\",x");
        Cli r = info(p);
        assertThat(r.code).as(r.err).isZero();
        assertThat(r.out).contains("Documents: 4").contains("Rows skipped: 0");
        List<Article> a = Corpora.read(p, ReadOptions.defaults(), null).articles();
        assertThat(a).extracting(Article::text).containsExactly("First line\nsecond line, with a comma",
                "He said \"no\"\n\nand left.", "plain", "ends the file\nwithout a newline");
        assertThat(a.get(1).label("label")).isEqualTo("right");
    }

    @Test
    void multiLineRowWithTheWrongColumnCountNamesTheQuoteLines() throws Exception {
        Path p = Cli.write(tmp, "count.csv", "id,text,label\n1,fine,a\n2,\"runaway,b\n3,swallowed\",c,extra\n4,ok,d\n");
        BadInputTest.assertBad(info(p), "count.csv, line 3", "wrong number of columns: 4 instead of 3",
                "a quoted field opened on line 3 closes only on line 4, so the quotes make lines 3-4 one row",
                "close the quote on line 3", "read on from line 4");
        Cli skip = info(p, "--skip-bad");
        assertThat(skip.code).as(skip.err).isZero();
        // line 3 is skipped; line 4 read again has 4 columns itself and is skipped too; line 5 is read
        assertThat(skip.out).contains("Documents: 2").contains("Rows skipped: 2")
                .contains("count.csv, line 3: wrong number of columns").contains("count.csv, line 4: wrong number of columns");
    }

    @Test
    void unterminatedQuoteAtTheEndSkipsOnlyItsLine() throws Exception {
        Path p = Cli.write(tmp, "q.csv", "id,text,label\n1,fine,a\n2,\"never closed,b\n3,more,c\n");
        BadInputTest.assertBad(info(p), "q.csv, line 3, field 'text'", "unterminated quote", "on line 3 is never closed",
                "all lines after it would be part of this field", "--skip-bad (study file: corpus.skip_bad: true; GUI: 'Skip bad rows' in the corpus mapping dialog) to skip line 3");
        Cli skip = info(p, "--skip-bad");
        assertThat(skip.code).as(skip.err).isZero();
        assertThat(skip.out).contains("Documents: 2").contains("Rows skipped: 1").contains("q.csv, line 3: field 'text'");
        Path last = Cli.write(tmp, "last.csv", "id,text\n1,fine\n2,\"open at the very end");
        BadInputTest.assertBad(info(last), "last.csv, line 3, field 'text'", "unterminated quote");
        assertThat(info(last, "--skip-bad").out).contains("Documents: 1").contains("Rows skipped: 1");
    }

    /** The case: the direct quote lost its quote marks ("We will win the minister said."), silently. */
    @Test
    void textAfterAClosingQuoteOnTheSameLineIsABadRowNamingTheFix() throws Exception {
        Path p = Cli.write(tmp, "quote.csv", "id,text,leaning\nc0,fine,right\nc1,\"We will win\" the minister said.,left\nc2,say \"hi\" there,left\n");
        BadInputTest.assertBad(info(p), "quote.csv, line 3, field 'text'", "text follows the closing quote of a quoted field",
                "(\"We will win\" the minister said.)", "its quote marks would be lost",
                "What to do: quote the whole field and double the quotes inside it: \"\"\"We will win\"\" the minister said.\"",
                "--skip-bad");
        Cli skip = info(p, "--skip-bad");
        assertThat(skip.code).as(skip.err).isZero();
        assertThat(skip.out).contains("Documents: 2").contains("Rows skipped: 1").contains("quote.csv, line 3: field 'text': text follows the closing quote");
        Corpus c = Corpora.read(p, new ReadOptions(FieldMapping.auto(), null, null, null, true, 0), null);
        // the row after the bad one is read whole; a quote inside an unquoted field is kept as it is
        assertThat(c.articles()).extracting(Article::text).containsExactly("fine", "say \"hi\" there");
        Path fixed = Cli.write(tmp, "fixed.csv", "id,text,leaning\nc1,\"\"\"We will win\"\" the minister said.\",left\n");
        assertThat(Corpora.read(fixed, ReadOptions.defaults(), null).articles().get(0).text()).isEqualTo("\"We will win\" the minister said.");
    }

    @Test
    void textAfterAClosingQuoteInATabSeparatedFileOrTheHeader() throws Exception {
        Path tsv = Cli.write(tmp, "q.tsv", "id\ttext\tlabel\n1\t\"quoted\" and more\tx\n2\tok\ty\n");
        BadInputTest.assertBad(info(tsv), "q.tsv, line 2, field 'text'", "text follows the closing quote");
        assertThat(info(tsv, "--skip-bad").out).contains("Documents: 1").contains("Rows skipped: 1");
        Path head = Cli.write(tmp, "head.csv", "id,\"text\"x,label\n1,a,b\n");
        BadInputTest.assertBad(info(head, "--skip-bad"), "head.csv, line 1: in the header: text follows the closing quote");
    }

    @Test
    void runawayQuoteInTheHeaderStopsTheRead() throws Exception {
        Path p = Cli.write(tmp, "head.csv", "id,\"text,label\n1,fine,\"a\"\n");
        BadInputTest.assertBad(info(p, "--skip-bad"), "head.csv, line 1", "opened on line 1 closes only on line 2", "in the header");
    }

    @Test
    void runawayQuotesInATabSeparatedFile() throws Exception {
        Path p = Cli.write(tmp, "runaway.tsv", "id\ttext\tlabel\n1\t\"never closed\tleft\n2\t\"Fine\"\tright\n3\tok\tcenter\n");
        BadInputTest.assertBad(info(p), "runaway.tsv, line 2, field 'text'", "closes only on line 3");
        Cli skip = info(p, "--skip-bad");
        assertThat(skip.out).contains("Documents: 2").contains("Rows skipped: 1");
    }

    /** Every line opens a quote that runs to the next line: each is one bad row, read in linear time. */
    @Test
    void manyRunawayQuotesAreEachOneBadRow() throws Exception {
        StringBuilder sb = new StringBuilder("id,text\n");
        for (int i = 0; i < 10_000; i++) sb.append(i).append(",\"open ").append(i).append('\n');
        Path p = Cli.write(tmp, "many.csv", sb.toString());
        long t0 = System.nanoTime();
        Corpus c = Corpora.read(p, new ReadOptions(FieldMapping.auto(), null, null, null, true, 0), null);
        assertThat((System.nanoTime() - t0) / 1e9).isLessThan(10);
        assertThat(c.size()).isZero();
        assertThat(c.provenance().rowsSkipped()).isEqualTo(10_000);
    }
}
