package org.framelab.cli;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/** {@code --date-format} on the commands that read a corpus, and the refusal of day-first dates read without it. */
class DateFormatCommandTest {
    /** A coding team's export: day-first slash dates, six articles in January and March 2024. */
    static Path dayFirstCsv(Path dir) throws Exception {
        return Files.writeString(dir.resolve("coded.csv"), """
                id,text,outlet,date
                a1,The minister said the plan works and critics disagree.,O1,05/03/2024
                a2,Critics accused the minister of lying about the budget.,O2,13/01/2024
                a3,The government announced new measures on Tuesday.,O1,07/03/2024
                a4,Officials claimed the reform would help families.,O2,02/01/2024
                a5,Experts warned that the plan may fail.,O1,20/03/2024
                a6,The opposition said the numbers were wrong.,O2,09/01/2024
                """);
    }

    @Test
    void corpusInfoRefusesDayFirstDatesWithoutAnOrderAndReadsThemWithOne(@TempDir Path dir) throws Exception {
        Path csv = dayFirstCsv(dir);
        Run r = new Run("corpus", "info", csv.toString());
        assertThat(r.code).isEqualTo(ExitCodes.BAD_INPUT);
        assertThat(r.err()).contains("coded.csv, line 3, field 'date': '13/01/2024' can only be a day-first date")
                .contains("What to do: give the date order: --date-format dmy").doesNotContain("\tat ");
        Run ok = new Run("corpus", "info", csv.toString(), "--date-format", "dmy");
        assertThat(ok.code).as(ok.err()).isZero();
        assertThat(ok.out()).contains("date format=dmy").contains("Dates: 2024-01-02 .. 2024-03-20 (6 with a date, 0 without)");
        Run json = new Run("corpus", "info", csv.toString(), "--date-format", "dd/MM/yyyy", "--json");
        assertThat(json.json().at("/mapping/dateFormat").asText()).isEqualTo("dd/MM/yyyy");
        assertThat(json.json().at("/dates/first").asText()).isEqualTo("2024-01-02");
    }

    @Test
    void aBadDateFormatIsAUsageErrorNamingTheOption(@TempDir Path dir) throws Exception {
        Run r = new Run("corpus", "info", dayFirstCsv(dir).toString(), "--date-format", "MM/yyyy");
        assertThat(r.code).isEqualTo(ExitCodes.BAD_USAGE);
        assertThat(r.err()).startsWith("framelab: Invalid --date-format: 'MM/yyyy'").doesNotContain("\tat ");
    }

    @Test
    void compareByMonthAndFeaturesTakeTheOrder(@TempDir Path dir) throws Exception {
        Path csv = dayFirstCsv(dir);
        Run month = new Run("compare", csv.toString(), "--group-by", "month", "--date-format", "dmy");
        assertThat(month.code).as(month.err()).isZero();
        assertThat(month.out()).contains("Groups by 'month': 2024-01, 2024-03");
        Run us = new Run("compare", csv.toString(), "--group-by", "month", "--date-format", "mdy");
        assertThat(us.code).isEqualTo(ExitCodes.BAD_INPUT);
        assertThat(us.err()).contains("line 3, field 'date': '13/01/2024' does not fit the date order given, month-first (mdy)");
        Path out = dir.resolve("features.csv");
        Run f = new Run("features", csv.toString(), "--date-format", "dmy", "-o", out.toString());
        assertThat(f.code).as(f.err()).isZero();
        assertThat(Files.readString(out)).contains("a1,O1,2024-03-05").contains("a2,O2,2024-01-13");
    }

    @Test
    void mixedOrdersInJsonLinesStopEveryCommand(@TempDir Path dir) throws Exception {
        Path f = Files.writeString(dir.resolve("scraped.jsonl"), """
                {"id": "a1", "text": "First text about the budget.", "date": "1/13/2024"}
                {"id": "a2", "text": "Second text about the reform.", "date": "05/03/2024"}
                {"id": "a3", "text": "Third text about the minister.", "date": "13/01/2024"}
                """);
        for (String[] args : new String[][]{{"corpus", "info"}, {"compare", "--group-by", "month"}}) {
            String[] all = java.util.Arrays.copyOf(args, args.length + 1);
            all[args.length] = f.toString();
            Run r = new Run(all);
            assertThat(r.code).as(String.join(" ", args)).isEqualTo(ExitCodes.BAD_INPUT);
            assertThat(r.err()).contains("scraped.jsonl, line 3, field 'date': the date field mixes orders: line 1 has '1/13/2024'")
                    .doesNotContain("\tat ");
        }
    }
}
