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

    /** Items 1 and 3 tie (conflict/economic; economic/morality), item 2 has a majority. */
    static Path tiedSheet(Path dir) throws Exception {
        return XlsxTitleRowsTest.workbook(dir, new String[][]{
                {"article_id", "coder", "frame", "outlet", "text"},
                {"1", "Anna", "economic", "Vox", TEXT},
                {"1", "Ben", "conflict", "Vox", TEXT},
                {"2", "Anna", "morality", "Vox", TEXT + " 2"},
                {"2", "Ben", "morality", "Vox", TEXT + " 2"},
                {"3", "Anna", "morality", "Reuters", TEXT + " 3"},
                {"3", "Ben", "economic", "Reuters", TEXT + " 3"},
        }, null);
    }

    @Test
    void majorityTiesAreCountedPerFieldInTheNotes(@TempDir Path dir) throws Exception {
        Corpus c = Corpora.read(tiedSheet(dir), coding(), Progress.NONE);
        assertThat(c.articles()).extracting(a -> a.label("frame")).containsExactly("conflict", "morality", "economic");
        assertThat(c.provenance().notes()).singleElement().asString()
                .startsWith("2 of 3 items have a tie for the majority of label field 'frame' (e.g. item '1': 'conflict', 'economic' 1 each): "
                        + "the alphabetically first tied value is taken");
        assertThat(CorpusSummary.of(c).toText()).contains("Note: 2 of 3 items have a tie");
    }

    @Test
    void theTieMarkerIsNoFieldInTheListOfFieldsFound(@TempDir Path dir) throws Exception {
        Corpus c = Corpora.read(tiedSheet(dir), coding(), Progress.NONE);
        assertThat(c.articles().get(0).metadata()).containsKey(Article.TIE_MARKER + "frame"); // kept for the program
        assertThat(c.articles().get(0).fieldNames()).contains("frame").noneMatch(f -> f.startsWith("tie:"));
        Cli r = new Cli("compare", tiedSheet(dir).toString(), "--item-field", "article_id", "--annotator-field", "coder",
                "--label-field", "frame", "--group-by", "outlets");
        assertThat(r.code).as(r.err).isEqualTo(3);
        assertThat(r.err).contains("fields found: outlet").contains("frame").doesNotContain("tie:");
    }
}
