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

    @Test
    void garbledUtf8InJudgementRowsGetsTheSameNoteAsArticleRows(@TempDir Path dir) throws Exception {
        String moji = "The minister said: \u00E2\u20AC\u0153We will not back down.\u00E2\u20AC It\u2019s ok";
        Path f = XlsxTitleRowsTest.workbook(dir, new String[][]{
                {"article_id", "coder", "frame", "text"},
                {"1", "Anna", "conflict", moji},
                {"1", "Ben", "conflict", moji},
                {"2", "Anna", "economic", "plain text"},
                {"2", "Ben", "economic", "plain text"},
        }, null);
        Corpus folded = Corpora.read(f, coding(), Progress.NONE);
        assertThat(folded.provenance().notes()).singleElement().asString()
                .startsWith("1 article contains character pairs such as").contains("(e.g. id 1)");
        // the same rows read one article a row give the same note, for both garbled rows
        try (ArticleStream rows = Corpora.open(f, ReadOptions.defaults())) {
            while (rows.hasNext()) rows.next();
            assertThat(rows.provenance().notes()).anySatisfy(n -> assertThat(n).startsWith("2 articles contain character pairs"));
        }
    }

    @Test
    void anItemIdWithASpaceAtTheEndIsAnItemOfItsOwnAndNoRowIsDroppedAsADuplicate(@TempDir Path dir) throws Exception {
        Path f = XlsxTitleRowsTest.workbook(dir, new String[][]{
                {"article_id", "coder", "frame", "text"},
                {"1001", "Anna", "conflict", TEXT},
                {"1001 ", "Ben", "economic", TEXT},
                {"1001", "Chris", "morality", TEXT},
                {"1002", "Anna", "economic", TEXT + " 2"},
        }, null);
        Corpus c = Corpora.read(f, coding(), Progress.NONE);
        assertThat(c.provenance().rowsSkipped()).isZero();
        assertThat(c.articles()).extracting(Article::id).containsExactly("1001", "1001 ", "1002");
        assertThat(c.articles().stream().mapToInt(a -> a.annotations().size()).sum()).isEqualTo(4);
        assertThat(c.articles().get(1).annotations()).extracting(Annotation::annotator).containsExactly("Ben");
        assertThat(c.provenance().notes()).anySatisfy(n -> assertThat(n)
                .startsWith("1 item value of field 'article_id' differs from another item only in").contains("line 2 '1001' and line 3 '1001 '"));
    }

    @Test
    void aDuplicateIdAcrossItemsNamesTheLinesWhereTheItemsStart(@TempDir Path dir) throws Exception {
        Path f = XlsxTitleRowsTest.workbook(dir, new String[][]{
                {"uid", "article_id", "coder", "frame", "text"},
                {"a", "1001", "Anna", "conflict", TEXT},
                {"a", "1001", "Ben", "conflict", TEXT},
                {"b", "1002", "Anna", "economic", TEXT + " 2"},
                {"a", "1003", "Anna", "economic", TEXT + " 3"},
        }, null);
        ReadOptions byUid = new ReadOptions(new FieldMapping("uid", null, null, List.of("frame"), null, null, "article_id", "coder"),
                null, null, null, false, 0);
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> Corpora.read(f, byUid, Progress.NONE))
                .isInstanceOf(CorpusException.class)
                .hasMessageContaining("line 5")
                .hasMessageContaining("duplicate id 'a': the item whose judgement rows start at line 5 has the id of the item whose rows start at line 2");
    }
}
