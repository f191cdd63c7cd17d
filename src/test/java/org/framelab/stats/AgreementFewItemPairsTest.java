package org.framelab.stats;

import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/**
 * Pairs of annotators sharing fewer than {@value AgreementReport#MIN_PAIR_ITEMS} items (a name written two ways, 'Ben'
 * and 'ben') are flagged and left out of Light's mean, which the warning gives over all pairs too.
 */
class AgreementFewItemPairsTest {
    /** Anna, Ben and Chris code 20 items (a/b alternating, Chris differing on every 4th); 'ben' codes item 0 with the opposite value. */
    static List<Judgement> coding(boolean withStray) {
        List<Judgement> out = new ArrayList<>();
        for (int i = 0; i < 20; i++) {
            String v = i % 2 == 0 ? "a" : "b";
            out.add(new Judgement("i" + i, "Anna", v));
            if (i != 0 || !withStray) out.add(new Judgement("i" + i, "Ben", v));
            out.add(new Judgement("i" + i, "Chris", i % 4 == 3 ? "a" : v));
        }
        if (withStray) out.add(new Judgement("i0", "ben", "b"));
        return out;
    }

    @Test
    void pairsWithFewSharedItemsAreFlaggedLeftOutOfLightsMeanAndWarnedAbout() throws Exception {
        AgreementReport clean = Agreement.compute(coding(false), AgreementOptions.defaults().withBootstrap(0, 1));
        AgreementReport r = Agreement.compute(coding(true), AgreementOptions.defaults().withBootstrap(0, 1));
        assertThat(r.cohen()).extracting(AgreementReport.PairKappa::annotatorA, AgreementReport.PairKappa::annotatorB,
                AgreementReport.PairKappa::fewItems).contains(
                org.assertj.core.groups.Tuple.tuple("Anna", "ben", true), org.assertj.core.groups.Tuple.tuple("Chris", "ben", true),
                org.assertj.core.groups.Tuple.tuple("Anna", "Ben", false));
        assertThat(r.pairsInMean()).hasSize(3).noneMatch(AgreementReport.PairKappa::fewItems);
        // the stray coder's 1-item pairs (kappa 0) would pull the mean down; without them it is the three coders' mean
        double threeCoders = AgreementReport.mean(r.pairsInMean());
        assertThat(r.meanCohenKappa()).isEqualTo(threeCoders);
        assertThat(r.meanCohenKappa()).isCloseTo(clean.meanCohenKappa(), within(0.06));
        double all = AgreementReport.mean(r.cohen());
        assertThat(all).isLessThan(r.meanCohenKappa() - 0.1);
        assertThat(r.warnings()).anySatisfy(w -> assertThat(w)
                .startsWith("2 annotator pairs share fewer than 10 items ('Anna' and 'ben' 1, 'Chris' and 'ben' 1)")
                .contains("leaves them out and uses the other 3 pairs")
                .contains(String.format(java.util.Locale.ROOT, "over all pairs it would be %.3f", all)));
        assertThat(clean.warnings()).noneMatch(w -> w.contains("fewer than 10 items"));
    }

    @Test
    void whenNoPairSharesEnoughItemsTheMeanUsesEveryPairAndSaysSo() throws Exception {
        List<Judgement> small = new ArrayList<>();
        for (int i = 0; i < 6; i++) {
            small.add(new Judgement("i" + i, "A", i % 2 == 0 ? "x" : "y"));
            small.add(new Judgement("i" + i, "B", i % 3 == 0 ? "x" : "y"));
        }
        AgreementReport r = Agreement.compute(small, AgreementOptions.defaults().withBootstrap(0, 1));
        assertThat(r.cohen()).singleElement().satisfies(k -> assertThat(k.fewItems()).isTrue());
        assertThat(r.meanCohenKappa()).isEqualTo(r.cohen().get(0).kappa());
        assertThat(r.warnings()).anySatisfy(w -> assertThat(w).contains("no pair shares 10 or more, so the mean Cohen's kappa uses every pair"));
    }
}
