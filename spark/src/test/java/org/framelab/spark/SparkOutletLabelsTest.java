package org.framelab.spark;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.framelab.spark.SparkTestSupport.csvParts;
import static org.framelab.spark.SparkTestSupport.local;
import static org.framelab.spark.SparkTestSupport.spark;

/**
 * {@code --outlet-labels} in the Spark job: the table joined by the core's {@code OutletLabels} gives the numbers of the
 * local path (aggregates grouped by the joined field equal a local report's groups.csv, the per-article table equals
 * {@code framelab features}, {@code report --from} equals a local report), the same note on the articles left without a
 * value, and the local messages for a bad table.
 */
class SparkOutletLabelsTest {
    static final String DEMO = "datasets/demo/articles.jsonl";
    /**
     * A rating per outlet of the demo corpus: one outlet in capitals (matched ignoring case), one with an empty cell, one
     * (Tessaro Evening Bulletin, 23 articles) not in the table.
     */
    static final String RATINGS = """
            outlet,rating
            Ebrin Valley Voice,left
            Lenn Wire Service,center
            QUAYSIDE DISPATCH,center
            Sarn Highland Courier,right
            Sevra Morning Post,
            The Ardel Record,left
            The Marenland Standard,right
            The Tessaro Clarion,right
            """;

    @TempDir
    Path tmp;

    @Test
    void aggregateByTheJoinedFieldGivesTheLocalReportsGroups() throws Exception {
        Path table = Files.writeString(tmp.resolve("ratings.csv"), RATINGS);
        SparkTestSupport.Run job = spark("aggregate", DEMO, "--outlet-labels", table.toString(), "--group-by", "rating", "--categories", "topic",
                "-o", tmp.resolve("agg").toString(), "--master", "local[2]");
        assertThat(job.code()).as(job.err()).isZero();
        SparkTestSupport.Run here = local("report", DEMO, "--outlet-labels", table.toString(), "--group-by", "rating", "--classifier", "none",
                "-o", tmp.resolve("local").toString(), "--no-notebook", "--formats", "png");
        assertThat(here.code()).as(here.err()).isZero();

        // the values, row by row: feature, group field, group, n, mean, sd, median, quartiles, interval, missing
        List<String> spark = Files.readAllLines(tmp.resolve("agg/groups.csv"));
        List<String> report = Files.readAllLines(tmp.resolve("local/tables/groups.csv"));
        assertThat(spark).hasSize(1 + 47 * 3).isEqualTo(report);
        Map<String, String> n = new LinkedHashMap<>(); // articles per rating, from the first feature's rows
        for (String line : spark.subList(1, 4)) n.put(line.split(",")[2], line.split(",")[3]);
        // left: Ebrin Valley Voice 23 + The Ardel Record 28; center: Lenn 24 + Quayside 25 (capitals); right: 30 + 27 + 27
        assertThat(n).containsOnlyKeys("left", "center", "right").containsEntry("left", "51").containsEntry("center", "49").containsEntry("right", "84");

        // the articles left without a rating are counted and named, by the job as by the local read, never dropped silently
        String note = "Labels per outlet from ratings.csv (rating): 210 of 233 articles matched (185 by the outlet as written; 25 ignoring "
                + "case and spacing), 26 of them of an outlet whose row in ratings.csv has an empty cell, so without a value for that field: "
                + "'Sevra Morning Post' (26); 49 articles without a value for rating; 1 outlet not in the table: 'Tessaro Evening Bulletin' (23); "
                + "add it to ratings.csv.";
        assertThat(job.err()).contains("framelab: note: " + note);
        assertThat(here.out()).contains(note);
        assertThat(job.out()).contains("group by rating: 3 groups (49 articles without a value left out)");
        JsonNode mf = new ObjectMapper().readTree(tmp.resolve("agg/manifest.json").toFile());
        JsonNode ol = mf.at("/input/outlet_labels");
        assertThat(ol.get("path").asText()).isEqualTo(table.toString());
        assertThat(ol.get("sha256").asText()).isEqualTo(org.framelab.util.Sha256.of(table));
        assertThat(List.of(ol.get("articles").asLong(), ol.get("matched").asLong(), ol.get("without_value").asLong())).containsExactly(233L, 210L, 49L);
        assertThat(ol.at("/outlets_not_in_table/Tessaro Evening Bulletin").asLong()).isEqualTo(23);
        assertThat(ol.at("/empty_cells/Sevra Morning Post").asLong()).isEqualTo(26);
        assertThat(mf.at("/groups/rating/articles_without_value").asLong()).isEqualTo(49);
        assertThat(mf.get("notes").toString()).contains("Tessaro Evening Bulletin");
        // the local study manifest hashes the same file
        assertThat(Files.readString(tmp.resolve("local/manifest.json"))).contains(ol.get("sha256").asText());
    }

    @Test
    void featuresThenReportFromByTheJoinedFieldGiveTheLocalReport() throws Exception {
        Path table = Files.writeString(tmp.resolve("ratings.csv"), RATINGS);
        SparkTestSupport.Run job = spark("features", DEMO, "--outlet-labels", table.toString(), "--format", "csv", "--full-precision",
                "-o", tmp.resolve("job").toString(), "--master", "local[2]");
        assertThat(job.code()).as(job.err()).isZero();
        SparkTestSupport.Run from = local("report", "--from", tmp.resolve("job").toString(), "--group-by", "rating",
                "-o", tmp.resolve("from").toString(), "--no-notebook", "--formats", "png");
        assertThat(from.code()).as(from.err()).isZero();
        SparkTestSupport.Run here = local("report", DEMO, "--outlet-labels", table.toString(), "--group-by", "rating", "--classifier", "none",
                "-o", tmp.resolve("local").toString(), "--no-notebook", "--formats", "png");
        assertThat(here.code()).as(here.err()).isZero();
        for (String t : new String[]{"groups.csv", "tests.csv", "articles.csv", "design.csv", "permutation.csv", "terms.csv"}) {
            assertThat(Files.readString(tmp.resolve("from/tables/" + t))).as(t).isEqualTo(Files.readString(tmp.resolve("local/tables/" + t)));
        }
        assertThat(Files.readAllLines(tmp.resolve("from/tables/groups.csv"))).anyMatch(l -> l.contains(",rating,left,"));
        // the report says where the labels came from and what the join left without a value
        String manifest = Files.readString(tmp.resolve("from/manifest.json"));
        assertThat(manifest).contains("outlet_labels").contains("Tessaro Evening Bulletin");
        assertThat(from.out()).contains("the Spark job's join of labels per outlet").contains("49 articles without a value for rating");

        // the table the job joined, given again: accepted, the same numbers
        SparkTestSupport.Run same = local("report", "--from", tmp.resolve("job").toString(), "--group-by", "rating", "--outlet-labels",
                table.toString(), "-o", tmp.resolve("same").toString(), "--no-notebook", "--formats", "png");
        assertThat(same.code()).as(same.err()).isZero();
        assertThat(Files.readString(tmp.resolve("same/tables/groups.csv"))).isEqualTo(Files.readString(tmp.resolve("local/tables/groups.csv")));
        // another table: refused (exit 2), saying how to get its labels
        Path other = Files.writeString(tmp.resolve("other.csv"), RATINGS.replace("Sevra Morning Post,", "Sevra Morning Post,left"));
        SparkTestSupport.Run refused = local("report", "--from", tmp.resolve("job").toString(), "--outlet-labels", other.toString(),
                "-o", tmp.resolve("other").toString(), "--no-notebook");
        assertThat(refused.code()).isEqualTo(2);
        assertThat(refused.err()).contains("not the table the Spark job joined").contains("run the Spark job again with --outlet-labels " + other)
                .doesNotContain("\tat ");
        assertThat(tmp.resolve("other")).doesNotExist();
    }

    /** Every way a name is matched (as written, case, name variant, a variant of two outlets not guessed, no outlet): the local table. */
    @Test
    void perArticleTableAndNoteEqualTheLocalOnesForEveryKindOfMatch() throws Exception {
        Path corpus = Files.writeString(tmp.resolve("scraped.jsonl"), """
                {"id": "1", "text": "Officials said the plan works.", "site": "Reuters"}
                {"id": "2", "text": "Critics accused the minister.", "site": "POLITICO "}
                {"id": "3", "text": "The mayor told reporters.", "site": "Fox Online News"}
                {"id": "4", "text": "Sources said the deal is off.", "site": "New York Times - Opinion"}
                {"id": "5", "text": "The council voted.", "site": "Daily Planet"}
                {"id": "6", "text": "No outlet here."}
                """);
        Path table = Files.writeString(tmp.resolve("ratings.tsv"), """
                outlet\tleaning\trating_year
                Reuters\tcenter\t2020
                Politico\tleft\t
                Fox News (Online)\tright\t2021
                New York Times - News\tleft\t2020
                New York Times (Opinion)\tleft\t2021
                """);
        SparkTestSupport.Run job = spark("features", corpus.toString(), "--outlet-labels", table.toString(), "--format", "csv",
                "-o", tmp.resolve("job").toString(), "--master", "local[2]");
        assertThat(job.code()).as(job.err()).isZero();
        SparkTestSupport.Run here = local("features", corpus.toString(), "--outlet-labels", table.toString(), "-o", tmp.resolve("local.csv").toString());
        assertThat(here.code()).as(here.err()).isZero();
        // a file this small is one split, spread over the cores: the rows in id order
        List<String> rows = sorted(csvParts(tmp.resolve("job/features")));
        assertThat(rows).isEqualTo(sorted(Files.readAllLines(tmp.resolve("local.csv"))));
        assertThat(rows.get(0)).startsWith("id,outlet,date,leaning,rating_year,");
        List<String> labels = new ArrayList<>();
        for (String r : rows.subList(1, rows.size())) labels.add(String.join("|", List.of(r.split(",", -1)).subList(3, 5)));
        assertThat(labels).containsExactly("center|2020", "left|", "right|2021", "|", "|", "|");
        String note = here.err().lines().filter(l -> l.contains("Labels per outlet")).findFirst().orElseThrow();
        assertThat(job.err()).contains(note.substring(note.indexOf("Labels per outlet")));
        assertThat(note).contains("'Fox Online News' as 'Fox News (Online)'").contains("1 without an outlet");
    }

    @Test
    void aBadTableOrAFieldTheCorpusHasStopsTheJobWithTheLocalMessage() throws Exception {
        Path noName = Files.writeString(tmp.resolve("noname.csv"), "outlet,rating\nThe Ardel Record,left\n,right\n");
        SparkTestSupport.Run here = local("report", DEMO, "--outlet-labels", noName.toString(), "-o", tmp.resolve("local").toString());
        assertThat(here.code()).isEqualTo(3);
        String message = here.err().lines().filter(l -> l.contains("noname.csv")).findFirst().orElseThrow();
        assertThat(message).contains("line 3").contains("a row gives labels ({rating=right}) but no outlet name");
        for (String cmd : new String[]{"aggregate", "features", "train"}) {
            List<String> args = new ArrayList<>(List.of(cmd, DEMO, "--outlet-labels", noName.toString(), "-o", tmp.resolve(cmd).toString()));
            if (cmd.equals("train")) args.addAll(List.of("--label", "rating"));
            SparkTestSupport.Run job = spark(args.toArray(new String[0]));
            assertThat(job.code()).as(cmd + ": " + job.err()).isEqualTo(3);
            assertThat(job.err()).as(cmd).contains(message).contains("What to do").doesNotContain("\tat ");
            assertThat(tmp.resolve(cmd)).as(cmd).doesNotExist();
        }
        // the demo corpus has a field 'leaning': a table giving it too is the local error, before any output
        Path leaning = Files.writeString(tmp.resolve("leaning.csv"), "outlet,leaning\nThe Ardel Record,left\n");
        SparkTestSupport.Run dup = local("features", DEMO, "--outlet-labels", leaning.toString(), "-o", tmp.resolve("dup.csv").toString());
        assertThat(dup.code()).isEqualTo(3);
        SparkTestSupport.Run job = spark("features", DEMO, "--outlet-labels", leaning.toString(), "-o", tmp.resolve("dup-job").toString());
        assertThat(job.code()).as(job.err()).isEqualTo(3);
        assertThat(job.err()).contains("the corpus already has a field 'leaning', and the table of labels per outlet (leaning.csv) gives it too")
                .contains("rename the column in leaning.csv").doesNotContain("\tat ");
        assertThat(dup.err()).contains("the corpus already has a field 'leaning', and the table of labels per outlet (leaning.csv) gives it too");
        assertThat(tmp.resolve("dup-job")).doesNotExist();
    }

    /** The header, then the rows sorted. */
    private static List<String> sorted(List<String> lines) {
        List<String> out = new ArrayList<>(lines.subList(0, 1));
        out.addAll(lines.subList(1, lines.size()).stream().sorted().toList());
        return out;
    }
}
