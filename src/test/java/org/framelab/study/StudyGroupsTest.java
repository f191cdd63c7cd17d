package org.framelab.study;

import org.framelab.app.CompareGroups;
import org.framelab.cli.ExitCodes;
import org.framelab.cli.Run;
import org.framelab.util.InputException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** {@code analysis.groups}: the groups a study compares, its mistakes named by key and line, and a run that compares them. */
class StudyGroupsTest {

    @Test
    void aListAppliesToTheOneGroupingFieldAMappingNamesTheField() throws Exception {
        Study s = StudyFileTest.parse("corpus:\n  path: a.csv\nanalysis:\n  group_by: [outlet]\n  groups: [Fox News, Reuters]\n");
        assertThat(s.analysis().groupsOf("outlet")).containsExactly("Fox News", "Reuters");
        assertThat(StudyRunner.compareRequest(s, "outlet").groups()).containsExactly("Fox News", "Reuters");
        Study m = StudyFileTest.parse("corpus:\n  path: a.csv\nanalysis:\n  group_by: [leaning, outlet]\n  groups:\n    outlet: [A, B, C]\n");
        assertThat(m.analysis().groupsOf("outlet")).containsExactly("A", "B", "C");
        assertThat(StudyRunner.compareRequest(m, "leaning").groups()).isEmpty(); // a field not listed: every group
        assertThat(StudyFileTest.parse("corpus:\n  path: a.csv\n").analysis().groups()).isEmpty();
    }

    @Test
    void mistakesNameTheKeyAndTheLine() {
        assertThatThrownBy(() -> StudyFileTest.parse("corpus:\n  path: a.csv\nanalysis:\n  group_by: [leaning, outlet]\n  groups: [A, B]\n"))
                .isInstanceOf(InputException.class).hasMessageContaining("study.yaml, line 5: 'analysis.groups' lists values, but analysis.group_by has 2 fields")
                .hasMessageContaining("groups: {leaning: [A, B]}");
        assertThatThrownBy(() -> StudyFileTest.parse("corpus:\n  path: a.csv\nanalysis:\n  group_by: [outlet]\n  groups:\n    leaning: [A, B]\n"))
                .isInstanceOf(InputException.class).hasMessageContaining("line 6: 'analysis.groups.leaning': leaning is not a field of analysis.group_by");
        assertThatThrownBy(() -> StudyFileTest.parse("corpus:\n  path: a.csv\nanalysis:\n  group_by: [outlet]\n  groups: [Reuters]\n"))
                .isInstanceOf(InputException.class).hasMessageContaining("line 5").hasMessageContaining("'analysis.groups'")
                .hasMessageContaining("at least 2 groups");
    }

    @Test
    void aRunComparesTheChosenGroupsAndAValueTheDataLacksIsAnErrorAtItsLine(@TempDir Path dir) throws Exception {
        Path corpus = Path.of("datasets/demo/articles.jsonl").toAbsolutePath();
        String head = "name: g\ncorpus:\n  path: " + corpus + "\n  mapping:\n    labels: [leaning]\nfeatures:\n  families: [attribution]\n"
                + "analysis:\n  group_by: [outlet]\n";
        Path bad = dir.resolve("bad.yaml");
        Files.writeString(bad, head + "  groups: [Fox News, The Ardel Record]\n");
        Run r = StudyRunnerTest.cli("run", bad.toString(), "--out", dir.resolve("out").toString(), "--no-notebook");
        assertThat(r.code()).isEqualTo(ExitCodes.BAD_INPUT);
        assertThat(r.err()).contains("bad.yaml, line 10: Invalid analysis.groups: 'Fox News' (not a value of 'outlet' in the data; its values are: ")
                .contains("The Ardel Record (28)").contains("What to do: give two or more").doesNotContain("\tat ");

        Path good = dir.resolve("good.yaml");
        Files.writeString(good, head + "  groups: [Lenn Wire Service, Quayside Dispatch, The Ardel Record]\n");
        Study study = StudyFile.read(good);
        StudyRunner.Result res = StudyRunner.run(new Study(study.name(), study.seed(), study.corpus(), study.features(), study.analysis(),
                null, study.charts(), new Study.OutputSection(dir.resolve("reports"), true, true, null, 2)), good, org.framelab.util.Progress.NONE);
        assertThat(res.data().groups()).extracting(org.framelab.report.ReportData.GroupRow::group).containsOnly("Lenn Wire Service",
                "Quayside Dispatch", "The Ardel Record");
        assertThat(res.warnings()).anyMatch(w -> w.startsWith("Groups of 'outlet' compared (chosen)") && w.contains("156 articles"));
        // which groups differ: the report's rows are the CLI's
        assertThat(res.data().pairwise()).isNotEmpty().allMatch(p -> p.groupField().equals("outlet"));
        Path tables = dir.resolve("reports/g/tables");
        assertThat(Files.readAllLines(tables.resolve("pairwise.csv")).get(0)).startsWith("feature,group_field,test,level,group_a,group_b");
        assertThat(Files.readString(dir.resolve("reports/g/manifest.json"))).contains("\"analysis.groups.outlet\" : \"Lenn Wire Service, Quayside Dispatch, The Ardel Record\"");
        CompareGroups.Request same = new CompareGroups.Request("outlet", List.of(), 0.05, "holm", null, 42,
                List.of("Lenn Wire Service", "Quayside Dispatch", "The Ardel Record"));
        assertThat(StudyRunner.compareRequest(study, "outlet")).isEqualTo(same);
    }
}
