package org.framelab.cli;

import org.framelab.model.OutletLabelGaps;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code evaluate} with labels joined from a ratings table ({@code --outlet-labels}) that covers only some outlets: it
 * stops (as it does for any unlabelled article), naming the outlets the table lacks with their article counts and
 * saying what to do.
 */
class EvaluatePartialRatingsTest {
    @Test
    void theStopNamesTheOutletsMissingFromTheTable(@TempDir Path dir) throws Exception {
        Path model = dir.resolve("demo.model");
        Run t = new Run("train", "datasets/demo/articles.jsonl", "--label", "leaning", "--features", "framing", "--cv", "2",
                "--bootstrap", "0", "--importance", "0", "-o", model.toString());
        assertThat(t.code()).as(t.err()).isZero();
        // the demo without its leaning field; the table rates two of its nine outlets
        List<String> lines = new ArrayList<>();
        for (String l : Files.readAllLines(Path.of("datasets/demo/articles.jsonl"))) lines.add(l.replaceAll(", \"leaning\": \"[a-z]+\"", ""));
        assertThat(String.join("\n", lines)).doesNotContain("\"leaning\"");
        Path corpus = Files.write(dir.resolve("unrated.jsonl"), lines);
        Path table = Files.writeString(dir.resolve("partial.csv"), "outlet,leaning\nQuayside Dispatch,left\nLenn Wire Service,center\n");
        Run e = new Run("evaluate", model.toString(), corpus.toString(), "--outlet-labels", table.toString(), "--bootstrap", "0");
        assertThat(e.code()).isEqualTo(ExitCodes.BAD_INPUT);
        assertThat(e.err()).contains("184 of 233 articles have no value for label field 'leaning', which is joined per outlet from the ratings"
                        + " table given with --outlet-labels: the table gives no 'leaning' for these 7 outlets: 'Sarn Highland Courier' (30 articles),"
                        + " 'The Ardel Record' (28 articles),")
                .contains("'Tessaro Evening Bulletin' (23 articles).")
                .doesNotContain("Quayside Dispatch").doesNotContain("Lenn Wire Service")
                .contains("What to do: add these outlets (as the corpus writes them) with their 'leaning' to the ratings table, or remove their"
                        + " articles from the corpus")
                .doesNotContain("\tat ");
        // the corpus's own label field missing (no table): the message as before
        Run own = new Run("evaluate", model.toString(), corpus.toString(), "--bootstrap", "0");
        assertThat(own.code()).isEqualTo(ExitCodes.BAD_INPUT);
        assertThat(own.err()).contains("233 of 233 articles have no value for label field 'leaning'").doesNotContain("ratings table");
    }

    @Test
    void manyOutletsAreNamedByArticleCountWithTheRestCounted() {
        Map<String, Long> byOutlet = new TreeMap<>();
        for (int i = 1; i <= 13; i++) byOutlet.put("Outlet " + (char) ('A' + i - 1), (long) i);
        byOutlet.put("", 2L);
        String m = OutletLabelGaps.missing(93, 500, byOutlet, "bias", "given with --outlet-labels").getMessage();
        assertThat(m).contains("the table gives no 'bias' for these 14 outlets: 'Outlet M' (13 articles), 'Outlet L' (12 articles)")
                .contains("'Outlet D' (4 articles), and 4 more outlets (8 articles).").doesNotContain("'Outlet C'").doesNotContain("(no outlet)");
        Map<String, Long> one = Map.of("", 1L);
        assertThat(OutletLabelGaps.missing(1, 5, one, "bias", "given with --outlet-labels").getMessage())
                .contains("for this outlet: (no outlet) (1 article).");
    }
}
