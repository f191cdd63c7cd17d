package org.framelab.app;

import org.framelab.corpus.Corpora;
import org.framelab.corpus.Corpus;
import org.framelab.corpus.CorpusException;
import org.framelab.corpus.FieldMapping;
import org.framelab.corpus.ReadOptions;
import org.framelab.features.FeatureOptions;
import org.framelab.features.FeatureTable;
import org.framelab.util.Progress;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** A period comparison on day-first dates: the months are the right ones with the date order, and refused without it. */
class DateFormatCompareTest {
    @Test
    void monthGroupsFollowTheDateOrder(@TempDir Path dir) throws Exception {
        Path f = Files.writeString(dir.resolve("coded.jsonl"), """
                {"id": "a1", "text": "The minister said the plan works.", "outlet": "O1", "date": "05/03/2024"}
                {"id": "a2", "text": "Critics accused the minister of lying.", "outlet": "O2", "date": "13/01/2024"}
                {"id": "a3", "text": "The government announced new measures.", "outlet": "O1", "date": "07/03/2024"}
                {"id": "a4", "text": "Officials claimed the reform would help.", "outlet": "O2", "date": "02/01/2024"}
                """);
        ReadOptions dmy = ReadOptions.defaults().withMapping(FieldMapping.auto().withDateFormat("dmy"));
        Corpus c = Corpora.read(f, dmy, Progress.NONE);
        FeatureStep.Fitted fitted = FeatureStep.fit(c.articles(), new FeatureOptions(List.of("framing"), null, List.of(), null), Progress.NONE);
        FeatureTable table = FeatureStep.table(fitted, c.articles(), 1, Progress.NONE);
        CompareGroups.Result r = CompareGroups.run(table, c.articles(),
                new CompareGroups.Request("month", List.of(), 0.05, null, null, 1), Progress.NONE);
        assertThat(Arrays.asList(r.keys())).containsExactly("2024-03", "2024-01", "2024-03", "2024-01");
        // without the order the read stops before any number is computed: 05/03/2024 would have been May
        assertThatThrownBy(() -> Corpora.read(f, ReadOptions.defaults(), Progress.NONE)).isInstanceOf(CorpusException.class)
                .hasMessageContaining("line 2, field 'date'").hasMessageContaining("--date-format dmy");
    }

    @Test
    void aPeriodComparisonSaysWhichDatesItCouldNotRead(@TempDir Path dir) throws Exception {
        Path f = Files.writeString(dir.resolve("scraped.jsonl"), """
                {"id": "a1", "text": "The minister said the plan works.", "outlet": "O1", "date": "2024-04-05"}
                {"id": "a2", "text": "Critics accused the minister of lying.", "outlet": "O2", "date": "yesterday"}
                {"id": "a3", "text": "The government announced new measures.", "outlet": "O1", "date": 1709596800000}
                {"id": "a4", "text": "Officials claimed the reform would help.", "outlet": "O2"}
                """);
        Corpus c = Corpora.read(f, ReadOptions.defaults(), Progress.NONE);
        FeatureStep.Fitted fitted = FeatureStep.fit(c.articles(), new FeatureOptions(List.of("framing"), null, List.of(), null), Progress.NONE);
        FeatureTable table = FeatureStep.table(fitted, c.articles(), 1, Progress.NONE);
        CompareGroups.Result r = CompareGroups.run(table, c.articles(),
                new CompareGroups.Request("month", List.of(), 0.05, null, null, 1), Progress.NONE);
        // the Unix time stamp (milliseconds) is a date; "yesterday" is not, and the warning says so beside the count
        assertThat(Arrays.asList(r.keys())).containsExactly("2024-04", null, "2024-03", null);
        assertThat(r.warnings()).anySatisfy(w -> assertThat(w).startsWith("2 articles have no value for 'month'")
                .contains("1 article has a date value that is not a date FrameLab reads (e.g. a2: 'yesterday')"));
    }
}
