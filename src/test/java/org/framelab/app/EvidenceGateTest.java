package org.framelab.app;

import org.framelab.corpus.Article;
import org.framelab.corpus.Corpora;
import org.framelab.corpus.Corpus;
import org.framelab.corpus.ReadOptions;
import org.framelab.corpus.SpanAnnotations;
import org.framelab.features.Hit;
import org.framelab.model.Prediction;
import org.framelab.text.Span;
import org.framelab.util.OptionException;
import org.framelab.util.Progress;
import org.framelab.validation.SpanValidation;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

/**
 * The evidence gate ({@code validate --gate-model}) on a tiny hand-made corpus: hits of texts the
 * gate does not flag are dropped, the chance rate and the spans stay those of every text. Every
 * expected number is counted by hand in the comments.
 */
class EvidenceGateTest {
    static final double EPS = 1e-9;
    static final String T1 = "Officials claimed the plan was a disaster.";
    static final String T2 = "Critics slammed the mild report.";
    static final String T3 = "The report was mild and calm.";

    static List<Article> corpus(Path dir) throws Exception {
        Path jsonl = dir.resolve("tiny.jsonl");
        Files.writeString(jsonl, String.join("\n",
                "{\"id\": \"t1\", \"text\": \"" + T1 + "\"}",
                "{\"id\": \"t2\", \"text\": \"" + T2 + "\"}",
                "{\"id\": \"t3\", \"text\": \"" + T3 + "\"}") + "\n", StandardCharsets.UTF_8);
        Path spans = dir.resolve("spans.csv");
        Files.writeString(spans, "id,begin,end,label\n"
                + "t1,10,17,loaded\n"      // claimed
                + "t2,8,15,loaded\n"       // slammed
                + "t3,,,\n", StandardCharsets.UTF_8);   // coded, nothing marked
        Corpus c = Corpora.read(jsonl, ReadOptions.defaults(), Progress.NONE);
        return SpanAnnotations.attach(c, new SpanAnnotations.Source(null, spans)).corpus().articles();
    }

    /** t1: claimed, disaster; t2: slammed, mild; t3: mild, calm. */
    static List<Hit> hits(Article a) {
        List<String> words = switch (a.id()) {
            case "t1" -> List.of("claimed", "disaster");
            case "t2" -> List.of("slammed", "mild");
            default -> List.of("mild", "calm");
        };
        List<Hit> out = new ArrayList<>();
        for (String w : words) {
            int at = a.text().indexOf(w);
            out.add(new Hit("fam", "fam.x", w, new Span(at, at + w.length()), w, Map.of()));
        }
        return out;
    }

    @Test
    void gateDropsTheHitsOfTextsItDoesNotFlag(@TempDir Path dir) throws Exception {
        assertThat(T1.substring(10, 17)).isEqualTo("claimed");
        assertThat(T2.substring(8, 15)).isEqualTo("slammed");
        List<Article> articles = corpus(dir);
        // P(Biased): t1 0.9, t2 0.4, t3 0.6; threshold 0.5 flags t1 and t3
        Map<String, Double> p = Map.of("t1", 0.9, "t2", 0.4, "t3", 0.6);
        SpanValidation.Options o = new SpanValidation.Options(0, 1, null);
        SpanValidation.Result all = SpanValidation.compute(articles, EvidenceGateTest::hits, o, Progress.NONE);
        SpanValidation.Result gated = SpanValidation.compute(articles,
                EvidenceGate.filter(EvidenceGateTest::hits, a -> p.get(a.id()) >= 0.5), o, Progress.NONE);
        // words: 7 + 5 + 6 = 18, two of them in spans (claimed, slammed): chance 2/18 = 1/9, with or without the gate
        for (SpanValidation.Result v : List.of(all, gated)) {
            assertThat(v.wordTokens()).isEqualTo(18);
            assertThat(v.spanTokens()).isEqualTo(2);
            assertThat(v.spans()).isEqualTo(2);
        }
        // no gate: 6 hits, 2 in spans: share 1/3, enrichment (1/3)/(1/9) = 3; both spans found
        SpanValidation.Row r = all.row(SpanValidation.ALL, "fam");
        assertThat(r.hits()).isEqualTo(6);
        assertThat(r.hitsInSpans()).isEqualTo(2);
        assertThat(r.enrichment().value()).isCloseTo(3.0, within(EPS));
        assertThat(r.spanRecall().value()).isCloseTo(1.0, within(EPS));
        // gate: t2's slammed and mild dropped; 4 hits (claimed, disaster, mild, calm), 1 in a span: share 1/4,
        // enrichment (1/4)/(1/9) = 2.25; spans found: claimed only, 1 of 2
        SpanValidation.Row g = gated.row(SpanValidation.ALL, "fam");
        assertThat(g.hits()).isEqualTo(4);
        assertThat(g.hitsInSpans()).isEqualTo(1);
        assertThat(g.enrichment().value()).isCloseTo(2.25, within(EPS));
        assertThat(g.spanRecall().value()).isCloseTo(0.5, within(EPS));
        // token precision 1 of 4 hit words, recall 1 of 2 span words
        assertThat(g.tokenPrecision().value()).isCloseTo(0.25, within(EPS));
        assertThat(g.tokenRecall().value()).isCloseTo(0.5, within(EPS));
    }

    @Test
    void reportCountsTheGateAgainstGoldLabels() {
        List<String> labels = List.of("Biased", "Non-biased");
        List<Prediction> preds = List.of(
                new Prediction("t1", "Biased", "Biased", new double[]{0.9, 0.1}, 0, ""),
                new Prediction("t2", "Biased", "Non-biased", new double[]{0.4, 0.6}, 0, ""),
                new Prediction("t3", "Non-biased", "Biased", new double[]{0.6, 0.4}, 0, ""),
                new Prediction("t4", null, "Biased", new double[]{0.7, 0.3}, 0, ""));
        EvidenceGate.Report r = EvidenceGate.report(labels, "Biased", "label_bias", 0.5, preds);
        // passed: t1, t3, t4 (0.9, 0.6, 0.7 >= 0.5); t4 has no gold value and is not scored
        assertThat(r.articles()).isEqualTo(4);
        assertThat(r.passed()).isEqualTo(3);
        assertThat(r.scored()).isEqualTo(3);
        // of the scored passed texts (t1, t3) one is Biased; of the Biased texts (t1, t2) one passed
        assertThat(r.gatePrecision()).isCloseTo(0.5, within(EPS));
        assertThat(r.gateRecall()).isCloseTo(0.5, within(EPS));
        // accuracy 1/3 (t1); F1 Biased: TP 1, FP 1, FN 1 -> 0.5; Non-biased: TP 0 -> 0; macro 0.25
        assertThat(r.accuracy()).isCloseTo(1.0 / 3, within(EPS));
        assertThat(r.macroF1()).isCloseTo(0.25, within(EPS));
    }

    @Test
    void badSettingsAreTheUsersMistake() {
        assertThatThrownBy(() -> new EvidenceGate(Path.of("m.model"), "Biased", 1.5)).isInstanceOf(OptionException.class);
        assertThatThrownBy(() -> new EvidenceGate(Path.of("m.model"), " ", 0.5)).isInstanceOf(OptionException.class);
        assertThat(new EvidenceGate(Path.of("m.model"), " Biased ", 0.5).label()).isEqualTo("Biased");
    }
}
