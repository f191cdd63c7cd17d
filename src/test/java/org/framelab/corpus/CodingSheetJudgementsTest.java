package org.framelab.corpus;

import org.framelab.util.Progress;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** A coding team's sheet read as judgements ({@code --item-field article_id --annotator-field coder}): what the load summary tells. */
class CodingSheetJudgementsTest {
    static final String TEXT = "The minister said the plan works.";

    static ReadOptions coding() {
        return new ReadOptions(new FieldMapping(null, null, null, List.of("frame"), null, null, "article_id", "coder"),
                null, null, null, false, 0);
    }

    @Test
    void annotatorNamesDifferingOnlyInCaseOrSpacingAreNoted(@TempDir Path dir) throws Exception {
        Path f = XlsxTitleRowsTest.workbook(dir, new String[][]{
                {"article_id", "coder", "frame", "text"},
                {"1", "Anna", "conflict", TEXT},
                {"1", "Ben", "conflict", TEXT},
                {"2", "Anna", "economic", TEXT + " 2"},
                {"2", "ben", "economic", TEXT + " 2"},
                {"3", "Anna", "economic", TEXT + " 3"},
                {"3", "Ben ", "economic", TEXT + " 3"},
        }, null);
        Corpus c = Corpora.read(f, coding(), Progress.NONE);
        assertThat(c.articles().get(2).annotations()).extracting(Annotation::annotator).containsExactly("Anna", "Ben");
        assertThat(c.provenance().notes()).singleElement().asString()
                .startsWith("1 annotator name of field 'coder' differs from another only in case or spacing (e.g. line 3 'Ben' and line 5 'ben')")
                .contains("read as different annotators");
    }

    @Test
    void consistentAnnotatorNamesGiveNoNote(@TempDir Path dir) throws Exception {
        Path f = XlsxTitleRowsTest.workbook(dir, new String[][]{
                {"article_id", "coder", "frame", "text"},
                {"1", "Anna", "conflict", TEXT},
                {"1", "Ben", "conflict", TEXT},
        }, null);
        assertThat(Corpora.read(f, coding(), Progress.NONE).provenance().notes()).isEmpty();
    }
}
