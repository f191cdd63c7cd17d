package org.framelab.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.framelab.SharedData;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

class AgreementCommandTest {
    static final String FIXTURE = "src/test/resources/stats/krippendorff2011.csv";


    /**
     * BABE SG2 (Spinde et al. 2021): the authors report Krippendorff's alpha 0.40. Reference values
     * computed independently in Python (xlsx parsed with zipfile/ElementTree, items keyed by the raw
     * text, blank labels as missing, brute-force coincidence matrix): alpha 0.39880062302463193,
     * Fleiss' kappa over the 3,640 items with 5 judgements 0.3986569351981698, mean pairwise percent
     * agreement 0.6987969244685662.
     */
    @Test
    @Tag("slow")
    void reproducesPublishedAlphaOnBabeSg2() throws Exception {
        Path p = SharedData.require("datasets/babe/raw_labels_SG2.xlsx");
        Run r = new Run("agreement", p.toString(), "--item-field", "text", "--annotator-field", "annotator_id",
                "--label-field", "label_bias", "--json");
        assertThat(r.code).as(r.err.toString()).isZero();
        JsonNode j = r.json();
        // the one judgement row without a sentence (line 16478) cannot be an item: skipped and reported
        assertThat(j.get("rowsSkipped").asLong()).isEqualTo(1);
        assertThat(j.get("skippedRows").get(0).asText()).contains("line 16478");
        JsonNode res = j.get("results").get(0);
        double alpha = res.get("krippendorffAlpha").get("value").asDouble();
        assertThat(alpha).isCloseTo(0.39880062302463193, within(1e-12));
        assertThat(Math.round(alpha * 100) / 100.0).isEqualTo(0.40);
        assertThat(res.get("fleissKappa").get("kappa").asDouble()).isCloseTo(0.3986569351981698, within(1e-12));
        assertThat(res.get("fleissKappa").get("items").asInt()).isEqualTo(3640);
        assertThat(res.get("percentAgreement").asDouble()).isCloseTo(0.6987969244685662, within(1e-12));
        assertThat(res.get("judgementsRead").asLong()).isEqualTo(18361);
        assertThat(res.get("annotators").asInt()).isEqualTo(8);
        assertThat(res.get("categories").get("Biased, unfair").asInt()).isEqualTo(1);
        assertThat(res.get("warnings").toString()).contains("Biased, unfair");
        double lo = res.get("krippendorffAlpha").get("ciLow").asDouble();
        double hi = res.get("krippendorffAlpha").get("ciHigh").asDouble();
        assertThat(lo).isLessThan(alpha).isGreaterThan(0.35);
        assertThat(hi).isGreaterThan(alpha).isLessThan(0.45);
    }

    /**
     * BABE SG1: published alpha 0.39. Python reference (same method as above): alpha 0.38810205261386743,
     * 27 blank labels excluded, Fleiss' kappa over the 1,664 items with 8 judgements 0.3904373856568847,
     * percent agreement 0.6940427199686459.
     */
    @Test
    @Tag("slow")
    void reproducesPublishedAlphaOnBabeSg1() throws Exception {
        Path p = SharedData.require("datasets/babe/raw_labels_SG1.xlsx");
        Run r = new Run("agreement", p.toString(), "--item-field", "text", "--annotator-field", "annotator_id",
                "--label-field", "label_bias", "--json", "--bootstrap", "0");
        assertThat(r.code).as(r.err.toString()).isZero();
        JsonNode res = r.json().get("results").get(0);
        double alpha = res.get("krippendorffAlpha").get("value").asDouble();
        assertThat(alpha).isCloseTo(0.38810205261386743, within(1e-12));
        assertThat(Math.round(alpha * 100) / 100.0).isEqualTo(0.39);
        assertThat(res.get("excluded").get("missing value ''").asLong()).isEqualTo(27);
        assertThat(res.get("judgementsExcluded").asLong()).isEqualTo(27);
        assertThat(res.get("fleissKappa").get("kappa").asDouble()).isCloseTo(0.3904373856568847, within(1e-12));
        assertThat(res.get("percentAgreement").asDouble()).isCloseTo(0.6940427199686459, within(1e-12));
        assertThat(res.get("krippendorffAlpha").get("ciLow").isNull()).isTrue();
    }

    @Test
    void readableTableOnKrippendorffExample() {
        Run r = new Run("agreement", FIXTURE, "--item-field", "article_id", "--annotator-field", "coder", "--label-field", "tone");
        assertThat(r.code).as(r.err.toString()).isZero();
        String out = r.out.toString();
        // Krippendorff (2011) nominal alpha .743; 7 blank cells reported
        assertThat(out).contains("Krippendorff's alpha (nominal)     0.743");
        assertThat(out).contains("judgements excluded  7").contains("missing value ''");
        // Fleiss over the 8 units with 4 judgements: 0.6414565826330533 (numpy, same table)
        assertThat(out).contains("Fleiss' kappa                      0.641");
        assertThat(out).contains("A           B                  9      0.889   0.845");
    }

    @Test
    void levelsAndJsonFile(@TempDir Path dir) throws Exception {
        Path o = dir.resolve("agreement.json");
        Run r = new Run("agreement", FIXTURE, "--item-field", "article_id", "--annotator-field", "coder", "--label-field", "tone",
                "--level", "interval", "--json", "-o", o.toString());
        assertThat(r.code).as(r.err.toString()).isZero();
        JsonNode written = new ObjectMapper().readTree(Files.readString(o));
        assertThat(written).isEqualTo(r.json());
        // Krippendorff (2011): interval alpha .849 (unrounded 0.8491071428571428 from the Python reference)
        assertThat(written.get("results").get(0).get("krippendorffAlpha").get("value").asDouble())
                .isCloseTo(0.8491071428571428, within(1e-12));
        Run again = new Run("agreement", FIXTURE, "--item-field", "article_id", "--annotator-field", "coder", "--label-field", "tone",
                "--level", "interval", "--json");
        assertThat(again.out.toString()).isEqualTo(r.out.toString());
    }

    @Test
    void severalCodedVariablesGetOneReportEach() throws Exception {
        Run r = new Run("agreement", FIXTURE, "--item-field", "article_id", "--annotator-field", "coder",
                "--label-field", "tone,frame", "--json", "--bootstrap", "0");
        assertThat(r.code).as(r.err.toString()).isZero();
        JsonNode res = r.json().get("results");
        assertThat(res).hasSize(2);
        assertThat(res.get(0).get("field").asText()).isEqualTo("tone");
        assertThat(res.get(1).get("field").asText()).isEqualTo("frame");
        // frame: 48 judgements, none missing; coder D deviates on units 1, 4, 7, 10
        assertThat(res.get(1).get("judgementsUsed").asInt()).isEqualTo(48);
        assertThat(res.get(1).get("categories").size()).isEqualTo(3);
    }

    @Test
    void badUsageAndBadInput() {
        Run noLabel = new Run("agreement", FIXTURE, "--item-field", "article_id", "--annotator-field", "coder");
        assertThat(noLabel.code).isEqualTo(ExitCodes.BAD_USAGE);
        assertThat(noLabel.err.toString()).contains("--label-field");

        Run badLevel = new Run("agreement", FIXTURE, "--item-field", "article_id", "--annotator-field", "coder",
                "--label-field", "tone", "--level", "ratio");
        assertThat(badLevel.code).isEqualTo(ExitCodes.BAD_USAGE);
        assertThat(badLevel.err.toString()).contains("Invalid --level: ratio");

        Run text = new Run("agreement", FIXTURE, "--item-field", "article_id", "--annotator-field", "coder",
                "--label-field", "frame", "--level", "interval");
        assertThat(text.code).isEqualTo(ExitCodes.BAD_INPUT);
        assertThat(text.err.toString()).contains("krippendorff2011.csv").contains("field 'frame'").contains("numeric").contains("'economic'")
                .doesNotContain("Exception");

        Run unknown = new Run("agreement", FIXTURE, "--item-field", "article_id", "--annotator-field", "coder",
                "--label-field", "topic");
        assertThat(unknown.code).isEqualTo(ExitCodes.BAD_INPUT);
        assertThat(unknown.err.toString()).contains("'topic'").contains("tone, frame");
    }

    @Test
    void emptyItemIsSkippedAndReportedOrAnErrorWithStrict() {
        String f = "src/test/resources/stats/empty-item.csv";
        Run r = new Run("agreement", f, "--item-field", "article_id", "--annotator-field", "coder", "--label-field", "tone");
        assertThat(r.code).as(r.err.toString()).isZero();
        assertThat(r.out.toString()).contains("Rows skipped by the reader: 1").contains("line 50");
        assertThat(r.out.toString()).contains("0.743");
        Run strict = new Run("agreement", f, "--item-field", "article_id", "--annotator-field", "coder", "--label-field", "tone", "--strict");
        assertThat(strict.code).isEqualTo(ExitCodes.BAD_INPUT);
        assertThat(strict.err.toString()).contains("line 50").contains("article_id");
    }
}
