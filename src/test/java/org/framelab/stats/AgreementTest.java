package org.framelab.stats;

import org.framelab.util.InputException;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

class AgreementTest {

    /**
     * Krippendorff, K. (2011). Computing Krippendorff's Alpha-Reliability. Annenberg School for
     * Communication, University of Pennsylvania. Section E ("a reliability data matrix with
     * missing data"): 4 observers x 12 units, '.' = missing. Published results: nominal alpha = .743,
     * ordinal .815, interval .849. The unrounded values below were recomputed with a brute-force
     * Python coincidence-matrix implementation (permutations of pairable values), which gives
     * those published values when rounded.
     */
    static final String[][] KRIPPENDORFF_2011 = {
            {"A", "1 2 3 3 2 1 4 1 2 . . ."},
            {"B", "1 2 3 3 2 2 4 1 2 5 . 3"},
            {"C", ". 3 3 3 2 3 4 2 2 5 1 ."},
            {"D", "1 2 3 3 2 4 4 1 2 5 1 ."},
    };

    static List<Judgement> krippendorff2011() {
        List<Judgement> j = new ArrayList<>();
        for (String[] coder : KRIPPENDORFF_2011) {
            String[] v = coder[1].split(" ");
            for (int u = 0; u < v.length; u++) j.add(new Judgement("unit" + (u + 1), coder[0], v[u].equals(".") ? "" : v[u]));
        }
        return j;
    }

    static AgreementOptions opts(MeasurementLevel level) {
        return AgreementOptions.defaults().withLevel(level).withBootstrap(0, 1);
    }

    @Test
    void krippendorffAlphaReproducesPublishedWorkedExample() throws InputException {
        List<Judgement> j = krippendorff2011();
        AgreementReport nominal = Agreement.compute(j, opts(MeasurementLevel.NOMINAL));
        AgreementReport ordinal = Agreement.compute(j, opts(MeasurementLevel.ORDINAL));
        AgreementReport interval = Agreement.compute(j, opts(MeasurementLevel.INTERVAL));
        assertThat(nominal.alpha().value()).isCloseTo(0.743421052631579, within(1e-12));
        assertThat(ordinal.alpha().value()).isCloseTo(0.8153875037548814, within(1e-12));
        assertThat(interval.alpha().value()).isCloseTo(0.8491071428571428, within(1e-12));
        // published, rounded to 3 decimals
        assertThat(Math.round(nominal.alpha().value() * 1000)).isEqualTo(743);
        assertThat(Math.round(ordinal.alpha().value() * 1000)).isEqualTo(815);
        assertThat(Math.round(interval.alpha().value() * 1000)).isEqualTo(849);
        // n = 40 pairable values (unit 12 has a single value and is not pairable)
        assertThat(nominal.alpha().pairableValues()).isEqualTo(40);
        assertThat(nominal.pairableItems()).isEqualTo(11);
        assertThat(nominal.items()).isEqualTo(12);
        assertThat(nominal.judgementsRead()).isEqualTo(48);
        assertThat(nominal.judgementsUsed()).isEqualTo(41);
        assertThat(nominal.excluded()).containsExactly(Map.entry("missing value ''", 7L));
        // units 2-9 have 4 values, units 1 and 10 have 3, unit 11 has 2, unit 12 has 1
        assertThat(nominal.ratersPerItem()).containsExactly(Map.entry(1, 1L), Map.entry(2, 1L), Map.entry(3, 2L), Map.entry(4, 8L));
        // percent agreement (mean share of agreeing pairs over the 11 pairable units), same Python script
        assertThat(nominal.percentAgreement()).isCloseTo(0.8181818181818182, within(1e-12));
    }

    @Test
    void cohenKappaOfEveryPairSharingItems() throws InputException {
        AgreementReport r = Agreement.compute(krippendorff2011(), opts(MeasurementLevel.NOMINAL));
        assertThat(r.cohen()).hasSize(6);
        AgreementReport.PairKappa ab = r.cohen().get(0);
        assertThat(ab.annotatorA()).isEqualTo("A");
        assertThat(ab.annotatorB()).isEqualTo("B");
        // Python: A and B share units 1-9 (unit 12: B only); p_o = 8/9, kappa = 0.8448275862068965
        assertThat(ab.items()).isEqualTo(9);
        assertThat(ab.agreement()).isCloseTo(8.0 / 9, within(1e-12));
        assertThat(ab.kappa()).isCloseTo(0.8448275862068965, within(1e-12));
    }

    @Test
    void cohenKappaTextbookExample() {
        // Wikipedia "Cohen's kappa", worked example: 50 proposals, yes/yes 20, yes/no 5, no/yes 10, no/no 15:
        // p_o = 0.7, p_e = 0.5, kappa = 0.4
        double[] k = Agreement.cohenKappa(new long[][]{{20, 5}, {10, 15}});
        assertThat(k[0]).isCloseTo(0.7, within(1e-12));
        assertThat(k[1]).isCloseTo(0.4, within(1e-12));
    }

    @Test
    void fleissKappaTextbookExample() {
        // Wikipedia "Fleiss' kappa", worked example: 10 subjects, 14 raters, 5 categories; kappa = 0.210
        // (unrounded 0.20993070442195522 recomputed with numpy from the same table)
        int[][] t = {{0, 0, 0, 0, 14}, {0, 2, 6, 4, 2}, {0, 0, 3, 5, 6}, {0, 3, 9, 2, 0}, {2, 2, 8, 1, 1},
                {7, 7, 0, 0, 0}, {3, 2, 6, 3, 0}, {2, 5, 3, 2, 2}, {6, 5, 2, 1, 0}, {0, 2, 2, 3, 7}};
        assertThat(Agreement.fleissKappa(t)).isCloseTo(0.20993070442195522, within(1e-12));
    }

    @Test
    void fleissFromJudgementsUsesItemsWithTheModalRaterCount() throws InputException {
        // Same table as judgements: 14 raters r0..r13 each item
        int[][] t = {{0, 0, 0, 0, 14}, {0, 2, 6, 4, 2}, {0, 0, 3, 5, 6}, {0, 3, 9, 2, 0}, {2, 2, 8, 1, 1},
                {7, 7, 0, 0, 0}, {3, 2, 6, 3, 0}, {2, 5, 3, 2, 2}, {6, 5, 2, 1, 0}, {0, 2, 2, 3, 7}};
        List<Judgement> j = new ArrayList<>();
        for (int i = 0; i < t.length; i++) {
            int r = 0;
            for (int c = 0; c < 5; c++) for (int x = 0; x < t[i][c]; x++) j.add(new Judgement("s" + i, "r" + r++, "cat" + (c + 1)));
        }
        // an extra item with only 2 raters: left out of Fleiss (different number of raters), kept for alpha
        j.add(new Judgement("extra", "r0", "cat1"));
        j.add(new Judgement("extra", "r1", "cat1"));
        AgreementReport r = Agreement.compute(j, opts(MeasurementLevel.NOMINAL));
        assertThat(r.fleiss().kappa()).isCloseTo(0.20993070442195522, within(1e-12));
        assertThat(r.fleiss().raters()).isEqualTo(14);
        assertThat(r.fleiss().items()).isEqualTo(10);
        assertThat(r.fleiss().itemsExcluded()).isEqualTo(1);
        assertThat(r.warnings()).anySatisfy(w -> assertThat(w).contains("Fleiss").contains("1 pairable items"));
    }

    @Test
    void nominalAlphaEqualsHandComputedSmallExample() throws InputException {
        // By hand: 3 units, 2 coders: (a,a), (a,b), (b,b). Coincidences: o_aa=2, o_ab=o_ba=1, o_bb=2; n_a=n_b=3, n=6.
        // alpha = 1 - (n-1) * (o_ab+o_ba) / (n_a n_b + n_b n_a) = 1 - 5 * 2 / 18 = 4/9
        List<Judgement> j = List.of(new Judgement("1", "x", "a"), new Judgement("1", "y", "a"),
                new Judgement("2", "x", "a"), new Judgement("2", "y", "b"),
                new Judgement("3", "x", "b"), new Judgement("3", "y", "b"));
        assertThat(Agreement.compute(j, opts(MeasurementLevel.NOMINAL)).alpha().value()).isCloseTo(4.0 / 9, within(1e-12));
    }

    @Test
    void noPairableItemSaysSoInsteadOfBlamingIdenticalValues() throws InputException {
        // every item judged once (e.g. --item-field given the row id): nothing can be paired
        List<Judgement> j = List.of(new Judgement("1", "x", "a"), new Judgement("2", "y", "b"), new Judgement("3", "x", "a"));
        AgreementReport r = Agreement.compute(j, opts(MeasurementLevel.NOMINAL));
        assertThat(r.alpha().value()).isNaN();
        assertThat(r.warnings()).anyMatch(w -> w.startsWith("alpha is undefined: no item has 2 or more judgements"))
                .noneMatch(w -> w.contains("same value"));
        // pairable but identical values: the other reason
        List<Judgement> same = List.of(new Judgement("1", "x", "a"), new Judgement("1", "y", "a"));
        assertThat(Agreement.compute(same, opts(MeasurementLevel.NOMINAL)).warnings())
                .contains("alpha is undefined: all pairable judgements have the same value");
    }

    @Test
    void missingDuplicatesRecodeAndRareCategoriesAreReported() throws InputException {
        List<Judgement> j = new ArrayList<>(krippendorff2011());
        j.add(new Judgement("unit1", "A", "4"));          // duplicate: first (1) kept
        j.add(new Judgement("unit13", "A", "NA"));        // default missing token
        j.add(new Judgement("unit13", "B", " n/a "));     // case-insensitive, trimmed
        AgreementReport r = Agreement.compute(j, opts(MeasurementLevel.NOMINAL));
        assertThat(r.alpha().value()).isCloseTo(0.743421052631579, within(1e-12));
        assertThat(r.excluded()).containsEntry("missing value ''", 7L).containsEntry("missing value 'NA'", 1L)
                .containsEntry("missing value 'n/a'", 1L)
                .containsEntry("duplicate judgement (same item and annotator; the first is kept)", 1L);
        assertThat(r.judgementsExcluded()).isEqualTo(10);
        // as the GUI's Agreement view writes it: reasons spelled out, no map syntax
        assertThat(r.excludedText()).startsWith("7 missing value ''; ").contains("1 missing value 'NA'",
                "1 duplicate judgement (same item and annotator; the first is kept)").doesNotContain("{", "=");
        assertThat(r.judgementsRead()).isEqualTo(51);

        // recode 5 -> 4: the same Python script with every 5 replaced by 4 gives 0.736930860033727
        AgreementOptions rec = new AgreementOptions(MeasurementLevel.NOMINAL, null, Map.of("5", "4"), null, 0, 1);
        double recoded = Agreement.compute(krippendorff2011(), rec).alpha().value();
        assertThat(recoded).isCloseTo(0.736930860033727, within(1e-12));
        assertThat(Agreement.compute(krippendorff2011(), rec).categories()).containsOnlyKeys("1", "2", "3", "4");
    }

    /** The rare-category hint names --recode/--missing only where they exist (the agreement command); elsewhere that command. */
    @Test
    void rareCategoryHintNamesWhatThePathOffers() throws InputException {
        List<Judgement> j = new ArrayList<>();
        for (int i = 0; i < 600; i++) {
            j.add(new Judgement("i" + i, "A", i % 2 == 0 ? "Biased" : "Non-biased"));
            j.add(new Judgement("i" + i, "B", i == 7 ? "Biased, unfair" : i % 2 == 0 ? "Biased" : "Non-biased"));
        }
        AgreementOptions plain = AgreementOptions.defaults().withBootstrap(0, 1);
        String elsewhere = Agreement.compute(j, plain).warnings().stream().filter(w -> w.startsWith("category")).findFirst().orElseThrow();
        assertThat(elsewhere).contains("'Biased, unfair'").contains("correct it in the data and read the corpus again")
                .contains("run the agreement command in a terminal: framelab agreement PATH --item-field ITEM --annotator-field CODER"
                        + " --label-field FIELD --recode 'Biased, unfair=OTHER' (with your file and its item, coder and variable columns)")
                .contains("(or --missing 'Biased, unfair' to leave it out)").doesNotContain("use --recode");
        String command = Agreement.compute(j, plain.withRecodeOptions()).warnings().stream().filter(w -> w.startsWith("category"))
                .findFirst().orElseThrow();
        assertThat(command).contains("use --recode 'Biased, unfair=OTHER' or --missing 'Biased, unfair'").doesNotContain("framelab agreement");
    }

    @Test
    void bootstrapCiIsDeterministicAndBracketsAlpha() throws InputException {
        AgreementOptions o = AgreementOptions.defaults().withBootstrap(1000, 7);
        AgreementReport a = Agreement.compute(krippendorff2011(), o);
        AgreementReport b = Agreement.compute(krippendorff2011(), o);
        assertThat(a.alpha().ciLow()).isEqualTo(b.alpha().ciLow());
        assertThat(a.alpha().ciHigh()).isEqualTo(b.alpha().ciHigh());
        assertThat(a.alpha().ciLow()).isLessThan(a.alpha().value()).isGreaterThan(0.2);
        assertThat(a.alpha().ciHigh()).isGreaterThan(a.alpha().value()).isLessThanOrEqualTo(1.0);
        AgreementReport c = Agreement.compute(krippendorff2011(), AgreementOptions.defaults().withBootstrap(1000, 8));
        assertThat(c.alpha().ciLow()).isNotEqualTo(a.alpha().ciLow());
    }

    @Test
    void levelsNeedFittingValues() {
        List<Judgement> j = List.of(new Judgement("1", "x", "low"), new Judgement("1", "y", "high"),
                new Judgement("2", "x", "mid"), new Judgement("2", "y", "mid"));
        assertThatThrownBy(() -> Agreement.compute(j, opts(MeasurementLevel.INTERVAL)))
                .isInstanceOf(InputException.class).hasMessageContaining("numeric").hasMessageContaining("'high'");
        AgreementOptions ordered = new AgreementOptions(MeasurementLevel.ORDINAL, null, null, List.of("low", "mid"), 0, 1);
        assertThatThrownBy(() -> Agreement.compute(j, ordered)).isInstanceOf(InputException.class).hasMessageContaining("'high'");
    }

    /** The level errors name --level/--order/--recode on the agreement command; elsewhere the study key, the GUI control and that command. */
    @Test
    void levelErrorsNameWhatThePathOffers() {
        List<Judgement> j = List.of(new Judgement("1", "x", "low"), new Judgement("1", "y", "high"));
        AgreementOptions elsewhere = opts(MeasurementLevel.ORDINAL);
        assertThatThrownBy(() -> Agreement.compute(j, elsewhere)).isInstanceOf(InputException.class)
                .hasMessageContaining("the ordinal level of measurement (study file: analysis.agreement_level; GUI: Agreement, Level of measurement)")
                .hasMessageContaining("framelab agreement PATH --item-field ITEM --annotator-field CODER --label-field FIELD --level ordinal"
                        + " --recode VALUE=NUMBER (with your file and its item, coder and variable columns)").hasMessageContaining("(or --level ordinal --order LOW,...,HIGH)")
                .hasMessageNotContaining("use --level nominal");
        assertThatThrownBy(() -> Agreement.compute(j, elsewhere.withRecodeOptions())).isInstanceOf(InputException.class)
                .hasMessageStartingWith("--level ordinal needs numeric values")
                .hasMessageContaining("use --level nominal, give the category order with --order LOW,...,HIGH")
                .hasMessageNotContaining("study file");
        List<Judgement> same = List.of(new Judgement("1", "x", "1"), new Judgement("1", "y", "1.0"));
        assertThatThrownBy(() -> Agreement.compute(same, elsewhere.withRecodeOptions()))
                .hasMessageContaining("What to do: recode one to the other with --recode '1.0=1'");
        assertThatThrownBy(() -> Agreement.compute(same, elsewhere))
                .hasMessageContaining("write them one way in the data, or run the agreement command in a terminal: framelab agreement PATH"
                        + " --item-field ITEM --annotator-field CODER --label-field FIELD --recode '1.0=1'");
    }

    @Test
    void ordinalWithExplicitOrderEqualsNumericCoding() throws InputException {
        String[] names = {"", "one", "two", "three", "four", "five"};
        List<Judgement> named = krippendorff2011().stream()
                .map(x -> new Judgement(x.item(), x.annotator(), x.value().isEmpty() ? "" : names[Integer.parseInt(x.value())]))
                .toList();
        AgreementOptions o = new AgreementOptions(MeasurementLevel.ORDINAL, null, null,
                List.of("one", "two", "three", "four", "five"), 0, 1);
        assertThat(Agreement.compute(named, o).alpha().value()).isCloseTo(0.8153875037548814, within(1e-12));
    }

    @Test
    void optionsValidate() {
        assertThatThrownBy(() -> new AgreementOptions(MeasurementLevel.NOMINAL, null, null, null, 10, 1))
                .hasMessageStartingWith("Invalid bootstrap samples");
        assertThatThrownBy(() -> MeasurementLevel.parse("ratio")).hasMessageStartingWith("Invalid level");
    }
}
