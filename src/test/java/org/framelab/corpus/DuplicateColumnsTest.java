package org.framelab.corpus;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A column name given twice in a header ({@code id,text,leaning,text}): the second column was read as {@code text_2}
 * and never as the text, silently. Now an error naming the file, the header line, the name and both positions.
 */
class DuplicateColumnsTest {
    @TempDir
    Path tmp;

    @Test
    void aCsvHeaderWithAColumnNameTwiceStopsTheRead() throws Exception {
        Path p = Cli.write(tmp, "dup.csv", "id,text,leaning,text\na1,first,left,second\n");
        Cli r = BadInputTest.info(p, "--skip-bad");
        BadInputTest.assertBad(r, "dup.csv, line 1, field 'text': duplicate column name 'text': columns 2 and 4 of the header both have it",
                "What to do: give each column its own name");
        Path tsv = Cli.write(tmp, "dup.tsv", "\nid\t text \tlabel\ttext\n1\ta\tb\tc\n");
        BadInputTest.assertBad(BadInputTest.info(tsv), "dup.tsv, line 2, field 'text'", "columns 2 and 4");
    }

    @Test
    void anXlsxHeaderWithAColumnNameTwiceStopsTheRead() throws Exception {
        Path x = TestWorkbooks.write(tmp.resolve("dup.xlsx"), wb -> TestWorkbooks.sheet(wb, "data",
                new String[][]{{""}, null, {"id", "text", "leaning", "text"}, {"v0", "v1", "v2", "v3"}}));
        BadInputTest.assertBad(BadInputTest.info(x), "dup.xlsx [data], line 3, field 'text'",
                "duplicate column name 'text': columns 2 (B) and 4 (D) of the header both have it");
    }

    @Test
    void emptyColumnNamesAreStillNamedByTheirPosition() throws Exception {
        Path p = Cli.write(tmp, "empty.csv", "id,text,,label,\n1,a,x,b,y\n");
        assertThat(Corpora.fields(p, ReadOptions.defaults())).containsExactly("id", "text", "column_3", "label", "column_5");
    }
}
