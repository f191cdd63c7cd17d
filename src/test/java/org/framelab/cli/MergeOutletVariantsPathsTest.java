package org.framelab.cli;

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

/**
 * The variant warning tells report and study-file users to merge outlet name variants: every path that folds a
 * corpus must offer it (train --merge-outlet-variants, report --merge-outlet-variants, classifier.merge_outlet_variants),
 * and the protocol statement must say the groups were merged.
 */
class MergeOutletVariantsPathsTest {
    @TempDir
    Path tmp;

    /** Outlets with name variants (Fox News / Fox Online News), the label constant per outlet family. */
    private Path corpus() throws Exception {
        String[][] outlets = {{"Fox News", "right"}, {"Fox Online News", "right"}, {"Salon", "left"}, {"Vox", "left"},
                {"Reuters", "center"}, {"AP", "center"}, {"Breitbart News", "right"}, {"The Guardian", "left"}};
        ObjectMapper om = new ObjectMapper();
        List<String> lines = new ArrayList<>();
        int id = 0;
        for (String[] o : outlets) {
            for (int i = 0; i < 6; i++) {
                Map<String, Object> a = new LinkedHashMap<>();
                a.put("id", "a" + id++);
                a.put("text", "Officials said the plan would " + (o[1].equals("left") ? "hurt workers" : o[1].equals("right") ? "cut taxes" : "change rules")
                        + " in district " + i + ". Critics warned of costs.");
                a.put("outlet", o[0]);
                a.put("bias", o[1]);
                lines.add(om.writeValueAsString(a));
            }
        }
        Path p = tmp.resolve("variants.jsonl");
        Files.write(p, lines);
        return p;
    }

    @Test
    void reportTakesTheOptionAndItsProtocolSaysSo() throws Exception {
        Path out = tmp.resolve("rep");
        Run r = new Run("report", corpus().toString(), "--label", "bias", "--group-by", "bias", "--folds", "3", "--merge-outlet-variants",
                "--formats", "png", "--no-notebook", "-o", out.toString());
        assertThat(r.code).as(r.err()).isZero();
        assertThat(r.out()).contains("name variants of one outlet");
        assertThat(Files.readString(out.resolve("manifest.json"))).contains("name variants of one outlet merged");
        // without the grouped protocol there are no groups to merge: a usage error naming the option
        Run s = new Run("report", corpus().toString(), "--label", "bias", "--protocol", "stratified", "--merge-outlet-variants",
                "-o", tmp.resolve("rep2").toString());
        assertThat(s.code).isEqualTo(2);
        assertThat(s.err()).contains("--merge-outlet-variants").doesNotContain("Exception");
    }
}
