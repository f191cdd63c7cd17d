package org.framelab.validation;

import org.framelab.app.Validate;
import org.framelab.corpus.Article;
import org.framelab.corpus.Corpora;
import org.framelab.corpus.Corpus;
import org.framelab.corpus.CorpusException;
import org.framelab.corpus.ReadOptions;
import org.framelab.corpus.SpanAnnotations;
import org.framelab.features.FeatureOptions;
import org.framelab.features.Hit;
import org.framelab.text.Span;
import org.framelab.util.Progress;
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
 * {@link SpanValidation} and the span reader against counts made by hand: a tiny corpus with
 * hand-placed hits, and the demo corpus's stand-off span file ({@code datasets/demo/spans.csv})
 * with the real framing families. The expected numbers are counted in the comments, not computed.
 */
class SpanValidationTest {
    static final Path DEMO = Path.of("datasets/demo/articles.jsonl");
    static final Path DEMO_SPANS = Path.of("datasets/demo/spans.csv");
    static final double EPS = 1e-9;

    static final String T1 = "Officials claimed the plan was a disaster for everyone.";
    static final String T2 = "Nothing here is loaded at all.";
    static final String T3 = "Not annotated, so its hits never count.";

    /** t1 and t2 are annotated (t2 by a, with no span), t3 is not in the span file. */
    static Corpus tiny(Path dir) throws Exception {
        Path jsonl = dir.resolve("tiny.jsonl");
        Files.writeString(jsonl, String.join("\n",
                "{\"id\": \"t1\", \"text\": \"" + T1 + "\"}",
                "{\"id\": \"t2\", \"text\": \"" + T2 + "\"}",
                "{\"id\": \"t3\", \"text\": \"" + T3 + "\"}") + "\n", StandardCharsets.UTF_8);
        return Corpora.read(jsonl, ReadOptions.defaults(), Progress.NONE);
    }

    /** a marks "claimed" and "a disaster" in t1 and reads t2 without marking; b marks "disaster" in t1 only. */
    static Path tinySpans(Path dir) throws Exception {
        Path f = dir.resolve("spans.csv");
        Files.writeString(f, "id,begin,end,label,annotator\n"
                + "t1,10,17,loaded,a\n"        // claimed
                + "t1,31,41,loaded,a\n"        // a disaster
                + "t2,,,,a\n"                  // coded, nothing marked
                + "t1,33,41,loaded,b\n", StandardCharsets.UTF_8);   // disaster
        return f;
    }

    /** Hand-placed hits: fam.x on claimed and everyone, fam.y on plan and disaster (t1), fam.y on loaded (t2) and t3. */
    static List<Hit> hits(Article a) {
        List<Hit> out = new ArrayList<>();
        switch (a.id()) {
            case "t1" -> {
                out.add(hit("fam.x", a.text(), "claimed"));
                out.add(hit("fam.y", a.text(), "plan"));
                out.add(hit("fam.y", a.text(), "disaster"));
                out.add(hit("fam.x", a.text(), "everyone"));
            }
            case "t2" -> out.add(hit("fam.y", a.text(), "loaded"));
            default -> out.add(hit("fam.x", a.text(), "hits"));
        }
        return out;
    }

    static Hit hit(String feature, String text, String word) {
        int at = text.indexOf(word);
        return new Hit("fam", feature, feature, new Span(at, at + word.length()), word, Map.of());
    }

    @Test
    void tinyCorpusAgainstHandCount(@TempDir Path dir) throws Exception {
        assertThat(T1.substring(10, 17)).isEqualTo("claimed");
        assertThat(T1.substring(31, 41)).isEqualTo("a disaster");
        assertThat(T1.substring(33, 41)).isEqualTo("disaster");
        SpanAnnotations.Attached at = SpanAnnotations.attach(tiny(dir), new SpanAnnotations.Source(null, tinySpans(dir)));
        assertThat(at.spans()).isEqualTo(3);
        assertThat(at.annotated()).isEqualTo(2);
        SpanValidation.Result v = SpanValidation.compute(at.corpus().articles(), SpanValidationTest::hits,
                new SpanValidation.Options(0, 1, null), Progress.NONE);
        // words: t1 "Officials claimed the plan was a disaster for everyone" = 9, t2 "Nothing here is loaded at all" = 6
        // spans of all annotators, identical ones once: claimed, a disaster, disaster = 3; words inside them:
        // claimed, a, disaster = 3 of 15; chance rate 3/15 = 0.2. t3 is not annotated and left out.
        assertThat(v.articles()).isEqualTo(3);
        assertThat(v.annotatedArticles()).isEqualTo(2);
        assertThat(v.spans()).isEqualTo(3);
        assertThat(v.wordTokens()).isEqualTo(15);
        assertThat(v.spanTokens()).isEqualTo(3);
        assertThat(v.annotators()).containsExactly("a", "b");
        // rows: all, then a, then b; family row before its features
        assertThat(v.rows()).extracting(r -> r.annotator() + ":" + r.unit()).containsExactly(
                "all:fam", "all:fam.x", "all:fam.y", "a:fam", "a:fam.x", "a:fam.y", "b:fam", "b:fam.x", "b:fam.y");

        // all, family: hits claimed, plan, disaster, everyone, loaded = 5; in a span: claimed, disaster = 2 (share 0.4,
        // enrichment 0.4 / 0.2 = 2); spans found: claimed, a disaster, disaster (both overlap the hit) = 3 of 3;
        // token precision 2 of 5 hit words, recall 2 of 3 span words, F1 2 * 0.4 * (2/3) / (0.4 + 2/3) = 0.5
        check(v.row("all", "fam"), 2, 5, 2, 3, 3, 0.4, 0.2, 2.0, 1.0, 0.4, 2.0 / 3, 0.5);
        // fam.x: claimed (in), everyone (out): share 0.5, enrichment 2.5, spans found 1 of 3, P 1/2, R 1/3, F1 0.4
        check(v.row("all", "fam.x"), 2, 2, 1, 3, 1, 0.5, 0.2, 2.5, 1.0 / 3, 0.5, 1.0 / 3, 0.4);
        // fam.y: plan (out), disaster (in), loaded (out): share 1/3, enrichment 5/3; found "a disaster" and
        // "disaster" = 2 of 3; P 1/3 (disaster of plan, disaster, loaded), R 1/3 (disaster of claimed, a, disaster)
        check(v.row("all", "fam.y"), 2, 3, 1, 3, 2, 1.0 / 3, 0.2, 5.0 / 3, 2.0 / 3, 1.0 / 3, 1.0 / 3, 1.0 / 3);
        // annotator a: t1 and t2 (2 articles), spans claimed + a disaster, span words claimed, a, disaster = 3 of 15;
        // hits in spans claimed, disaster = 2 of 5; found both spans; P 2/5, R 2/3
        check(v.row("a", "fam"), 2, 5, 2, 2, 2, 0.4, 0.2, 2.0, 1.0, 0.4, 2.0 / 3, 0.5);
        // annotator b: coded t1 only (9 words), one span "disaster" (1 word): chance 1/9; the 4 hits of t1, one in
        // the span (share 0.25, enrichment 0.25 * 9 = 2.25); span found 1 of 1; P 1/4, R 1/1, F1 2 * 0.25 / 1.25 = 0.4
        check(v.row("b", "fam"), 1, 4, 1, 1, 1, 0.25, 1.0 / 9, 2.25, 1.0, 0.25, 1.0, 0.4);
        // b, fam.x: claimed and everyone, neither in b's span: share 0, enrichment 0, recall 0, P 0, R 0, F1 0
        check(v.row("b", "fam.x"), 1, 2, 0, 1, 0, 0, 1.0 / 9, 0, 0, 0, 0, 0);
        // without bootstrap, no intervals
        assertThat(v.row("all", "fam").enrichment().low()).isNaN();
    }

    @Test
    void labelFilterKeepsOnlyThatLabel(@TempDir Path dir) throws Exception {
        Path f = dir.resolve("labels.csv");
        Files.writeString(f, "id,begin,end,label\nt1,10,17,verb\nt1,33,41,noun\n", StandardCharsets.UTF_8);
        SpanAnnotations.Attached at = SpanAnnotations.attach(tiny(dir), new SpanAnnotations.Source(null, f));
        SpanValidation.Result v = SpanValidation.compute(at.corpus().articles(), SpanValidationTest::hits,
                new SpanValidation.Options(0, 1, "verb"), Progress.NONE);
        // only "claimed" (1 word of t1's 9); no annotator column: no per-annotator rows
        assertThat(v.annotators()).isEmpty();
        assertThat(v.rows()).extracting(SpanValidation.Row::annotator).containsOnly(SpanValidation.ALL);
        check(v.row("all", "fam.x"), 1, 2, 1, 1, 1, 0.5, 1.0 / 9, 4.5, 1.0, 0.5, 1.0, 2 * 0.5 / 1.5);
    }

    /**
     * The demo span file (six articles, two annotators, 26 distinct spans) with the real framing families.
     * Hand count from the texts (datasets/demo/articles.jsonl) and datasets/demo/source/spans.py:
     * <ul>
     *   <li>words (whitespace-separated pieces with a letter or digit; "highlandcourier.example" is two words):
     *       demo-001 170, demo-034 150, demo-035 152 (its dateline "ARDEL (LWS) —" is page furniture, blanked),
     *       demo-038 145, demo-039 134, demo-041 138 = 889;</li>
     *   <li>span words, hyphenated words one word ("long-overdue", "hard-working"), "1.4" one word:
     *       a: 001 modernisation 1 + claimed 1 + the rule of law 4 + who took home a bonus of 1.4 million marks last year 11
     *       + boasted 1 = 18; 034 boasted 1 + the rule of law 4 + The powerful 2 + modernisation 1 + chaos 1 = 9;
     *       035 none; 038 insisted, long-overdue, complained = 3; 039 long-overdue, boasted, hard-working majority 2,
     *       claimed = 5; 041 claimed, long-overdue, peaceful = 3; total 38 in 20 spans.
     *       b: 001 modernisation 1 + shipping lobby 2 + the rule of law 4 + sided with 2 + boasted 1 = 10; 034 boasted,
     *       the rule of law 4, Clearly, modernisation, chaos = 8; 035 private security force 3; 038 insisted,
     *       long-overdue, the cost to the taxpayer 5 = 7; 039 long-overdue, boasted, hard-working majority 2 = 4;
     *       041 claimed, long-overdue, switch off the country's busiest port 6, peaceful = 9; total 41 in 21 spans.
     *       Both (union, 26 distinct spans): a's 38 + b's words a lacks (shipping lobby 2, sided with 2, Clearly 1,
     *       private security force 3, the cost to the taxpayer 5, switch off ... port 6) = 38 + 19 = 57.</li>
     *   <li>evaluative attribution verbs: 001 claimed, boasted; 034 boasted; 035 none (said, told); 038 insisted,
     *       complained; 039 boasted, claimed; 041 claimed ("explained" is neutral) = 8, all inside a span of a or b;
     *       b did not mark claimed (001), complained (038), claimed (039): 5 in b's spans.</li>
     *   <li>scare quotes: 001 ‘modernisation’, ‘the rule of law’; 034 the same two; 041 'peaceful' = 5, each a
     *       span of both annotators; hit words 1 + 4 + 4 + 1 + 1 = 11.</li>
     * </ul>
     */
    @Test
    void demoSpanFileAgainstHandCount() throws Exception {
        Validate.Result r = demo(new SpanValidation.Options(200, 42, null));
        SpanValidation.Result v = r.validation();
        assertThat(r.spans().spans()).isEqualTo(41);          // 20 spans of a + 21 of b
        assertThat(r.spans().unknownIds()).isZero();
        // span annotations are not coded variables: the corpus summary has no judgement statistics
        assertThat(org.framelab.corpus.CorpusSummary.of(r.spans().corpus()).judgements()).isNull();
        assertThat(v.annotatedArticles()).isEqualTo(6);
        assertThat(v.articles()).isEqualTo(233);
        assertThat(v.spans()).isEqualTo(26);
        assertThat(v.wordTokens()).isEqualTo(889);
        assertThat(v.spanTokens()).isEqualTo(57);
        assertThat(v.annotators()).containsExactly("a", "b");
        double all = 57.0 / 889, a = 38.0 / 889, b = 41.0 / 889;
        // evaluative verbs, all: 8 hits, 8 in spans, 8 spans found of 26; P 8/8, R 8/57
        check(v.row("all", "attribution.evaluative"), 6, 8, 8, 26, 8, 1.0, all, 1 / all, 8.0 / 26, 1.0, 8.0 / 57, f1(1, 8.0 / 57));
        check(v.row("a", "attribution.evaluative"), 6, 8, 8, 20, 8, 1.0, a, 1 / a, 8.0 / 20, 1.0, 8.0 / 38, f1(1, 8.0 / 38));
        check(v.row("b", "attribution.evaluative"), 6, 8, 5, 21, 5, 5.0 / 8, b, 5.0 / 8 / b, 5.0 / 21, 5.0 / 8, 5.0 / 41,
                f1(5.0 / 8, 5.0 / 41));
        // scare quotes: 5 hits, all in spans, 5 spans found; P 11/11, R 11/57 (a: 11/38, b: 11/41)
        check(v.row("all", "quotation.scare"), 6, 5, 5, 26, 5, 1.0, all, 1 / all, 5.0 / 26, 1.0, 11.0 / 57, f1(1, 11.0 / 57));
        check(v.row("a", "quotation.scare"), 6, 5, 5, 20, 5, 1.0, a, 1 / a, 5.0 / 20, 1.0, 11.0 / 38, f1(1, 11.0 / 38));
        check(v.row("b", "quotation.scare"), 6, 5, 5, 21, 5, 1.0, b, 1 / b, 5.0 / 21, 1.0, 11.0 / 41, f1(1, 11.0 / 41));
        // intervals: around the point where the point is not at a bound
        SpanValidation.Estimate e = v.row("b", "attribution.evaluative").enrichment();
        assertThat(e.low()).isLessThanOrEqualTo(e.value());
        assertThat(e.high()).isGreaterThanOrEqualTo(e.value());
    }

    @Test
    void bootstrapIsDeterministicForASeed() throws Exception {
        SpanValidation.Result one = demo(new SpanValidation.Options(300, 7, null)).validation();
        SpanValidation.Result two = demo(new SpanValidation.Options(300, 7, null)).validation();
        SpanValidation.Result other = demo(new SpanValidation.Options(300, 8, null)).validation();
        assertThat(two.rows()).isEqualTo(one.rows());
        assertThat(other.rows()).isNotEqualTo(one.rows());
        // the point estimates do not depend on the seed
        for (int i = 0; i < one.rows().size(); i++) {
            assertThat(other.rows().get(i).enrichment().value()).isEqualTo(one.rows().get(i).enrichment().value());
        }
    }

    static Validate.Result demo(SpanValidation.Options o) throws Exception {
        Corpus c = Corpora.read(DEMO, ReadOptions.defaults(), Progress.NONE);
        return Validate.run(new Validate.Request(c, new SpanAnnotations.Source(null, DEMO_SPANS),
                FeatureOptions.defaults().withFamilies(List.of("framing")), o), Progress.NONE);
    }

    @Test
    void badSpanFilesNameFileLineAndField(@TempDir Path dir) throws Exception {
        Corpus c = tiny(dir);
        assertBad(c, dir, "nobegin.csv", "id,start,end,label\nt1,1,2,x\n", 1, "begin", "no field 'begin'");
        assertBad(c, dir, "text.csv", "id,begin,end,label\nt1,0,4,x\nt1,x1,4,x\n", 3, "begin", "'x1' is not a character offset");
        // t1 has 55 characters
        assertBad(c, dir, "past.csv", "id,begin,end,label\nt1,50,56,x\n", 2, "end", "past the end of the text (55 characters)");
        assertBad(c, dir, "reversed.csv", "id,begin,end,label\nt1,9,3,x\n", 2, "end", "empty or reversed");
        assertBad(c, dir, "nolabel.csv", "id,begin,end,label\nt1,0,4,\n", 2, "label", "the label is empty");
        // an unknown id is counted and named, not an error
        Path f = dir.resolve("unknown.csv");
        Files.writeString(f, "id,begin,end,label\nt1,0,9,x\nnope,0,3,x\nnope,3,5,x\n", StandardCharsets.UTF_8);
        SpanAnnotations.Attached at = SpanAnnotations.attach(c, new SpanAnnotations.Source(null, f));
        assertThat(at.unknownIds()).isEqualTo(2);
        assertThat(at.spans()).isEqualTo(1);
        assertThat(at.notes()).first().asString().contains("unknown.csv, line 3").contains("no article with id 'nope'");
    }

    static void assertBad(Corpus c, Path dir, String name, String content, long line, String field, String problem) throws Exception {
        Path f = dir.resolve(name);
        Files.writeString(f, content, StandardCharsets.UTF_8);
        assertThatThrownBy(() -> SpanAnnotations.attach(c, new SpanAnnotations.Source(null, f)))
                .isInstanceOf(CorpusException.class)
                .satisfies(x -> {
                    CorpusException ce = (CorpusException) x;
                    assertThat(ce.file()).endsWith(name);
                    assertThat(ce.line()).isEqualTo(line);
                    assertThat(ce.field()).isEqualTo(field);
                })
                .hasMessageContaining(name + ", line " + line + ", field '" + field + "'")
                .hasMessageContaining(problem)
                .hasMessageContaining("What to do");
    }

    static double f1(double p, double r) {
        return 2 * p * r / (p + r);
    }

    static void check(SpanValidation.Row r, long articles, long hits, long in, long spans, long found, double share,
                      double chance, double enrichment, double spanRecall, double p, double rec, double f1) {
        assertThat(r).as("row").isNotNull();
        String u = r.annotator() + ":" + r.unit();
        assertThat(r.articles()).as(u + " articles").isEqualTo(articles);
        assertThat(r.hits()).as(u + " hits").isEqualTo(hits);
        assertThat(r.hitsInSpans()).as(u + " hits in spans").isEqualTo(in);
        assertThat(r.spans()).as(u + " spans").isEqualTo(spans);
        assertThat(r.spansFound()).as(u + " spans found").isEqualTo(found);
        assertThat(r.shareInSpans().value()).as(u + " share").isCloseTo(share, within(EPS));
        assertThat(r.chanceRate().value()).as(u + " chance").isCloseTo(chance, within(EPS));
        assertThat(r.enrichment().value()).as(u + " enrichment").isCloseTo(enrichment, within(EPS));
        assertThat(r.spanRecall().value()).as(u + " span recall").isCloseTo(spanRecall, within(EPS));
        assertThat(r.tokenPrecision().value()).as(u + " token P").isCloseTo(p, within(EPS));
        assertThat(r.tokenRecall().value()).as(u + " token R").isCloseTo(rec, within(EPS));
        assertThat(r.tokenF1().value()).as(u + " token F1").isCloseTo(f1, within(EPS));
    }
}
