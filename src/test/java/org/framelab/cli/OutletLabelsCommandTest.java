package org.framelab.cli;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.FileReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** Labels joined per outlet ({@code --outlet-labels}) reach the per-article tables the commands write. */
class OutletLabelsCommandTest {
    @TempDir
    Path dir;

    private static final String CORPUS = """
            {"id": "1", "text": "Officials said the plan works.", "source": "Reuters", "topic": "economy"}
            {"id": "2", "text": "Critics accused the minister of lying.", "source": "Politico", "topic": "politics"}
            {"id": "3", "text": "The council voted.", "source": "Daily Planet", "topic": "local"}
            """;

    @Test
    void featuresTableHasAColumnForEveryJoinedLabelStreamedAndWithNgrams() throws Exception {
        Path corpus = Files.writeString(dir.resolve("scraped.jsonl"), CORPUS);
        Path table = Files.writeString(dir.resolve("ratings.csv"), "outlet,leaning,rating_year\nReuters,center,2020\npolitico,left,2021\n");
        for (String families : List.of("framing", "framing+ngrams")) {
            Path out = dir.resolve(families.replace('+', '-') + ".csv");
            Run r = new Run("features", corpus.toString(), "--outlet-labels", table.toString(), "--label-field", "topic",
                    "--families", families, "--min-df", "1", "-o", out.toString());
            assertThat(r.code).as(r.err()).isZero();
            List<List<String>> rows = csv(out);
            // the label read from the corpus first, then the joined ones; Daily Planet (not in the table) keeps empty cells
            assertThat(rows.get(0).subList(0, 6)).as(families).containsExactly("id", "outlet", "date", "topic", "leaning", "rating_year");
            assertThat(rows.get(1).subList(3, 6)).containsExactly("economy", "center", "2020");
            assertThat(rows.get(2).subList(3, 6)).containsExactly("politics", "left", "2021");
            assertThat(rows.get(3).subList(3, 6)).containsExactly("local", "", "");
            assertThat(r.err()).contains("1 outlet not in the table: 'Daily Planet' (1)");
        }
    }

    @Test
    void reportGroupsByAndPredictsAJoinedLabel() throws Exception {
        // the demo's nine outlets rated by a table of their own, under a name the corpus does not have
        Path table = Files.writeString(dir.resolve("ratings.csv"), "outlet,rating\nThe Tessaro Clarion,A\nthe ardel record,B\n"
                + "Quayside Dispatch (Online),A\nEbrin Valley Voice,B\n");
        Path out = dir.resolve("rated");
        Run r = new Run("report", Path.of("datasets/demo/articles.jsonl").toString(), "--outlet-labels", table.toString(),
                "--group-by", "rating", "--label", "rating", "--folds", "2", "--no-notebook", "--formats", "png", "-o", out.toString());
        assertThat(r.code).as(r.err()).isZero();
        assertThat(r.out()).contains("grouped by rating").contains("predicting 'rating'");
        // the table is an input of the report: named with its hash in the manifest and its settings
        com.fasterxml.jackson.databind.JsonNode m = new com.fasterxml.jackson.databind.ObjectMapper().readTree(out.resolve("manifest.json").toFile());
        assertThat(m.path("outlet_labels").path("sha256").asText()).isEqualTo(org.framelab.study.StudyOutputs.sha256(table));
        assertThat(m.path("outlet_labels").path("fields").toString()).isEqualTo("[\"rating\"]");
        assertThat(m.path("settings").path("corpus.outlet_labels").asText()).endsWith("ratings.csv");
        List<List<String>> monthly = csv(out.resolve("tables/monthly.csv"));
        assertThat(monthly.stream().skip(1).map(row -> row.get(monthly.get(0).indexOf("group"))).distinct()).containsExactlyInAnyOrder("A", "B");
    }

    private static List<List<String>> csv(Path p) throws Exception {
        try (var parser = org.apache.commons.csv.CSVFormat.RFC4180.parse(new FileReader(p.toFile(), java.nio.charset.StandardCharsets.UTF_8))) {
            return parser.getRecords().stream().map(r -> r.toList()).toList();
        }
    }
}
