package org.framelab.corpus;

import org.framelab.util.Progress;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The date order checks of an input read in parts (the Spark job's JSON-lines splits) stop with the message of a local
 * read of the whole input, or not at all, however the input is cut.
 */
class DateEvidenceTest {
    /** The message a local read of these dates gives (null: the read succeeds). */
    private static String local(Path dir, List<String> dates, String format) throws Exception {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < dates.size(); i++) {
            sb.append("{\"id\":\"a").append(i).append("\",\"text\":\"Text ").append(i).append(".\",\"date\":\"").append(dates.get(i)).append("\"}\n");
        }
        Path f = dir.resolve("dates.jsonl");
        Files.writeString(f, sb.toString());
        FieldMapping m = new FieldMapping(null, null, null, List.of(), null, null, null, null, format);
        try {
            Corpora.read(f, new ReadOptions(m, null, null, null, false, 0), Progress.NONE);
            return null;
        } catch (CorpusException e) {
            return e.getMessage().replace(f.toString(), "dates.jsonl");
        }
    }

    /** The message of the same dates cut into parts of {@code part} lines, each part's evidence checked in input order. */
    private static String parts(List<String> dates, int part, String format) {
        FieldMapping m = new FieldMapping(null, "text", null, List.of(), null, "date", null, null, format);
        List<DateEvidence.Located> all = new ArrayList<>();
        for (int from = 0; from < dates.size(); from += part) {
            DateEvidence e = new DateEvidence(m);
            for (int i = from; i < Math.min(dates.size(), from + part); i++) e.offer(i - from + 1, Map.of("date", dates.get(i)));
            for (DateEvidence.Value v : e.values()) all.add(new DateEvidence.Located("dates.jsonl", from + v.line(), v.raw()));
        }
        try {
            DateEvidence.check(m, all);
            return null;
        } catch (CorpusException e) {
            return e.getMessage();
        }
    }

    private static void same(Path dir, List<String> dates, String format) throws Exception {
        String whole = local(dir, dates, format);
        for (int part = 1; part <= dates.size(); part++) {
            assertThat(parts(dates, part, format)).as("parts of %d lines, format %s", part, format).isEqualTo(whole);
        }
    }

    @Test
    void aDayFirstDateWithoutAnOrderStopsAsALocalReadDoes(@TempDir Path dir) throws Exception {
        List<String> dates = List.of("05/03/2024", "2024-04-01", "07/08/2024", "13/01/2024", "14/02/2024", "01/02/2024");
        assertThat(local(dir, dates, null)).contains("line 4", "'13/01/2024' can only be a day-first date");
        same(dir, dates, null);
    }

    @Test
    void mixedOrdersNameTheEarlierMonthFirstValue(@TempDir Path dir) throws Exception {
        List<String> dates = List.of("05/03/2024", "1/13/2024", "02/02/2024", "3/14/2024", "25/12/2024", "26/12/2024");
        assertThat(local(dir, dates, null)).contains("line 5", "mixes orders", "line 2 has '1/13/2024'");
        same(dir, dates, null);
    }

    @Test
    void aValueAgainstTheOrderGivenNamesTheFirstThatFitted(@TempDir Path dir) throws Exception {
        List<String> dates = List.of("05/03/2024", "25/03/2024", "06/03/2024", "03/26/2024", "03/27/2024");
        assertThat(local(dir, dates, "dmy")).contains("line 4", "'03/26/2024' does not fit the date order given");
        same(dir, dates, "dmy");
    }

    @Test
    void theNoteOnDatesReadMonthFirstIsALocalRead(@TempDir Path dir) throws Exception {
        // every slash date has day and month 12 or less: read month-first, with the local read's note
        List<String> dates = List.of("2024-01-15", "05/03/2024", "07/08/2024", "11/12/2024", "");
        Path f = dir.resolve("dates.jsonl");
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < dates.size(); i++) {
            sb.append("{\"id\":\"a").append(i).append("\",\"text\":\"Text.\",\"date\":\"").append(dates.get(i)).append("\"}\n");
        }
        Files.writeString(f, sb.toString());
        List<String> local = Corpora.read(f, ReadOptions.defaults(), Progress.NONE).provenance().notes().stream()
                .filter(n -> n.contains("month-first")).toList();
        assertThat(local).singleElement().asString().startsWith("3 slash dates in field 'date' (e.g. " + f + ", line 2: '05/03/2024')");
        FieldMapping m = new FieldMapping(null, "text", null, List.of(), null, "date", null, null, null);
        for (int part = 1; part <= dates.size(); part++) {
            List<DateEvidence.Located> decisive = new ArrayList<>();
            long ambiguous = 0;
            DateEvidence.Located first = null;
            for (int from = 0; from < dates.size(); from += part) {
                DateEvidence e = new DateEvidence(m);
                for (int i = from; i < Math.min(dates.size(), from + part); i++) e.offer(i - from + 1, Map.of("date", dates.get(i)));
                for (DateEvidence.Value v : e.values()) decisive.add(new DateEvidence.Located(f.toString(), from + v.line(), v.raw()));
                if (first == null && e.firstAmbiguous() != null) {
                    first = new DateEvidence.Located(f.toString(), from + e.firstAmbiguous().line(), e.firstAmbiguous().raw());
                }
                ambiguous += e.ambiguous();
            }
            assertThat(DateEvidence.check(m, decisive, ambiguous, first)).as("parts of %d lines", part).isEqualTo(local.get(0));
        }
        // one value that shows the order: no note, locally or in parts
        assertThat(DateEvidence.check(m, List.of(new DateEvidence.Located("x", 9, "1/13/2024")), 3,
                new DateEvidence.Located("x", 2, "05/03/2024"))).isEmpty();
    }

    @Test
    void consistentDatesPassInEveryCut(@TempDir Path dir) throws Exception {
        List<String> us = List.of("05/03/2024", "1/13/2024", "12/31/2023", "07/04/2024");
        assertThat(local(dir, us, null)).isNull();
        same(dir, us, null);
        List<String> dmy = List.of("05/03/2024", "25/03/2024", "31/12/2023");
        assertThat(local(dir, dmy, "dmy")).isNull();
        same(dir, dmy, "dmy");
    }
}
