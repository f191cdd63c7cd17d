package org.framelab.study;

import org.framelab.cli.ExitCodes;
import org.framelab.cli.Run;
import org.framelab.util.InputException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** {@code corpus.date_format} in a study file: checked with its line, handed to the reader, refused day-first dates without it. */
class StudyDateFormatTest {
    @Test
    void theKeyIsReadCheckedAndHandedToTheReader() throws Exception {
        Study s = StudyFileTest.parse("corpus:\n  path: coded.csv\n  mapping:\n    date: published\n  date_format: DMY\n");
        assertThat(s.corpus().dateFormat()).isEqualTo("dmy");
        assertThat(StudyRunner.readOptions(s).mapping().dateFormat()).isEqualTo("dmy");
        assertThat(StudyRunner.readOptions(s).mapping().dateField()).isEqualTo("published");
        assertThat(StudyFileTest.parse("corpus:\n  path: coded.csv\n").corpus().dateFormat()).isNull();
        assertThatThrownBy(() -> StudyFileTest.parse("corpus:\n  path: coded.csv\n  date_format: MM/yyyy\n"))
                .isInstanceOf(InputException.class)
                .hasMessageContaining("study.yaml, line 3: 'corpus.date_format': Invalid date_format: 'MM/yyyy'");
    }

    @Test
    void aStudyOnDayFirstDatesRunsWithTheKeyAndStopsWithoutIt(@TempDir Path dir) throws Exception {
        Files.writeString(dir.resolve("coded.csv"), """
                id,text,outlet,leaning,date
                a1,The minister said the plan works and critics disagree.,O1,left,05/03/2024
                a2,Critics accused the minister of lying about the budget.,O2,right,13/01/2024
                a3,The government announced new measures on Tuesday.,O3,left,07/03/2024
                a4,Officials claimed the reform would help families.,O4,right,02/01/2024
                """);
        String base = "name: dates\ncorpus:\n  path: coded.csv\n%sanalysis:\n  group_by: leaning\noutputs:\n  dir: " + dir.resolve("out")
                + "\n  notebook: false\n  workbook: false\ncharts:\n  formats: [png]\n";
        Path without = Files.writeString(dir.resolve("without.yaml"), base.formatted(""));
        Run r = StudyRunnerTest.cli("run", without.toString());
        assertThat(r.code()).isEqualTo(ExitCodes.BAD_INPUT);
        assertThat(r.err()).contains("coded.csv, line 3, field 'date': '13/01/2024' can only be a day-first date")
                .contains("corpus.date_format: dmy").doesNotContain("\tat ");
        Path with = Files.writeString(dir.resolve("with.yaml"), base.formatted("  date_format: dmy\n"));
        Run ok = StudyRunnerTest.cli("run", with.toString());
        assertThat(ok.code()).as(ok.err()).isZero();
        String articles = Files.readString(dir.resolve("out/dates/tables/articles.csv"));
        assertThat(articles).contains("a1,O1,2024-03-05").contains("a2,O2,2024-01-13");
        assertThat(Files.readString(dir.resolve("out/dates/manifest.json"))).contains("date_format=dmy");
    }
}
