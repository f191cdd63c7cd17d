package org.framelab.features;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.framelab.SharedData;
import org.framelab.corpus.Article;
import org.framelab.text.QuoteKind;
import org.framelab.text.Quotation;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.zip.GZIPInputStream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Quote detection and speaker attribution measured on real AllSides articles against the stand-off
 * annotations in {@code src/test/resources/quotes/speakers.tsv} (see its header for the conventions).
 * Prints quote precision/recall/F1 and speaker accuracy per case type, for the development set (the
 * rules were tuned on it), the held-out set ({@code speakers-heldout.tsv}, annotated after the rules
 * were written) and both.
 */
class QuoteAttributionEvalTest {
    static final String ANNOTATIONS = "/quotes/speakers.tsv";
    static final String HELD_OUT = "/quotes/speakers-heldout.tsv";

    /**
     * A held-out annotation file: the heading of its table ({@code %s} is the file), the name its accuracy is checked
     * under, and the accuracy it must reach.
     */
    record HeldOutSet(String resource, String heading, String name, double floor) {}

    /**
     * How many of the last {@link #HELD_OUT_SETS} no rule has been written from yet (annotated blind, measured before
     * and after the rules of their session): FrameLab's speaker accuracy on new text.
     */
    static final int BLIND_SETS = 4;

    static final List<HeldOutSet> HELD_OUT_SETS = List.of(
            new HeldOutSet(HELD_OUT, "Held-out set (%s, annotated after the rules were written):", "the held-out quotes", 0.85),
            // 10 random articles annotated two sessions after the rules last changed
            new HeldOutSet("/quotes/speakers-heldout2.tsv", "Second held-out set (%s, 10 random articles, annotated two sessions later):",
                    "the second held-out set", 0.85),
            // 10 more random articles, annotated after the rules written from the second set
            new HeldOutSet("/quotes/speakers-heldout3.tsv", "Third held-out set (%s, 10 random articles, annotated after this session's rules):",
                    "the third held-out set", 0.80),
            // 10 more random articles, annotated in session 8 before FrameLab ran on them;
            // 0.84 as first measured (session 8); 0.98 after the rules written from its misses
            new HeldOutSet("/quotes/speakers-heldout4.tsv",
                    "Fourth held-out set (%s, 10 random articles, annotated in session 8 before FrameLab ran on them):", "the fourth held-out set", 0.90),
            // 10 more random articles, annotated in session 9 before FrameLab ran on them;
            // 0.59 as first measured (session 9, before any rule was written from it)
            // 0.74 after session 10's rules (the subject of the quote's sentence, semicolon clauses, "the paper reported");
            // 0.85 (29 of 34) after session 25's documents that speak (a memo, written from its misses)
            new HeldOutSet("/quotes/speakers-heldout5.tsv",
                    "Fifth held-out set (%s, 10 random articles, annotated in session 9 before FrameLab ran on them):", "the fifth held-out set", 0.85),
            // 12 more random articles, annotated in session 10 before FrameLab ran on them;
            // 0.77 as first measured (session 10, annotated blind by a helper session before the rules changed); 0.90 after
            new HeldOutSet("/quotes/speakers-heldout6.tsv",
                    "Sixth held-out set (%s, 12 random articles, annotated in session 10 before FrameLab ran on them):", "the sixth held-out set", 0.87),
            // 12 more random articles, annotated in session 10 after that session's rules were written; session 11's rules
            // were written from it; 0.77 as first measured (session 10, annotated blind after the rules above were written);
            // 0.99 (69 of 70) after session 11's rules, written from its misses
            new HeldOutSet("/quotes/speakers-heldout7.tsv", "Seventh held-out set (%s, 12 random articles, annotated in session 10 after its rules; "
                    + "session 11's rules written from it):", "the seventh held-out set", 0.98),
            // annotated blind in session 11 by a helper session, measured only after that session's rules; 0.72 (41 of 57)
            // as first measured, with session 11's rules (and 0.72 with session 10's: the rules written from the seventh
            // set's misses changed no quote of this set); 0.72 as first measured (blind); 0.84 (48 of 57) after session
            // 24's rules written from its misses; 0.88 (50 of 57) after session 25's (documents that speak)
            new HeldOutSet("/quotes/speakers-heldout8.tsv",
                    "Eighth held-out set (%s, 12 random articles, annotated blind in session 11; session 24's rules written from it):",
                    "the eighth held-out set", 0.87),
            // annotated blind in session 12 by a helper session, measured only after that session's speaker changes;
            // 0.79 (54 of 68) as first measured, with session 11's rules; 0.79 as first measured (blind); 0.85 (58 of 68)
            // after session 24's rules written from its misses; 0.88 (60 of 68) after session 25's (a bill, a carried-over speaker)
            new HeldOutSet("/quotes/speakers-heldout9.tsv",
                    "Ninth held-out set (%s, 12 random articles, annotated blind in session 12; session 24's rules written from it):",
                    "the ninth held-out set", 0.88),
            // annotated blind in session 24 by a helper session that saw neither the rules nor any FrameLab output; measured
            // first with session 23's rules, then with session 24's (written from sets 8 and 9 meanwhile, without these):
            // 0.82 (53 of 65) both times; no rule written from it
            new HeldOutSet("/quotes/speakers-heldout10.tsv",
                    "Tenth held-out set (%s, 12 random articles, annotated blind in session 24; no rule written from it):", "the tenth held-out set", 0.81),
            // the same, drawn with the next seed: 0.76 (44 of 58) with session 23's rules and with session 24's
            new HeldOutSet("/quotes/speakers-heldout11.tsv",
                    "Eleventh held-out set (%s, 12 random articles, annotated blind in session 24; no rule written from it):", "the eleventh held-out set", 0.75),
            // annotated blind in session 25 by a helper session that saw neither the rules nor any FrameLab output; measured
            // first with session 24's rules, then with session 25's (written meanwhile, without it): 0.82 (54 of 66) both times
            new HeldOutSet("/quotes/speakers-heldout12.tsv",
                    "Twelfth held-out set (%s, 12 random articles, annotated blind in session 25; no rule written from it):", "the twelfth held-out set", 0.81),
            // the same, drawn with the next seed: 0.70 (39 of 56) with session 24's rules and with session 25's
            new HeldOutSet("/quotes/speakers-heldout13.tsv",
                    "Thirteenth held-out set (%s, 12 random articles, annotated blind in session 25; no rule written from it):", "the thirteenth held-out set", 0.69));

    /** One annotated quote. */
    record Gold(String article, String snippet, String speaker, String kind) {}

    /** The outcome of one annotated quote. */
    record Outcome(Gold gold, boolean found, boolean speakerRight, String system, String method) {}

    /** The measured numbers. */
    record Scores(List<Outcome> outcomes, int systemInComplete, int truePositivesInComplete) {
        double recall() {
            return (double) outcomes.stream().filter(Outcome::found).count() / outcomes.size();
        }

        double precision() {
            return systemInComplete == 0 ? Double.NaN : (double) truePositivesInComplete / systemInComplete;
        }

        double f1() {
            double p = precision(), r = recall();
            return 2 * p * r / (p + r);
        }

        /** Right speakers among all annotated quotes (a missed quote counts as wrong). */
        double accuracy() {
            return (double) outcomes.stream().filter(Outcome::speakerRight).count() / outcomes.size();
        }

        /** Right speakers among the annotated quotes that were found. */
        double accuracyFound() {
            long found = outcomes.stream().filter(Outcome::found).count();
            return (double) outcomes.stream().filter(Outcome::speakerRight).count() / found;
        }
    }

    @Test
    @Tag("slow") // reads the whole AllSides file (about 10 s)
    void speakerAccuracyOnRealArticles() throws IOException {
        Path corpus = SharedData.require("datasets/allsides/articles.jsonl.gz");
        Annotated development = Annotated.read(ANNOTATIONS);
        List<Annotated> heldOut = new ArrayList<>();
        for (HeldOutSet h : HELD_OUT_SETS) heldOut.add(Annotated.read(h.resource()));
        Annotated allHeldOut = heldOut.get(0);
        for (Annotated a : heldOut.subList(1, heldOut.size())) allHeldOut = allHeldOut.plus(a);
        Annotated every = development.plus(allHeldOut);
        Set<String> ids = new HashSet<>(every.complete());
        for (Gold g : every.gold()) ids.add(g.article());
        Map<String, String> texts = texts(corpus, ids);
        assertThat(texts.keySet()).containsAll(ids);

        Scores dev = development.score(texts);
        List<Scores> held = heldOut.stream().map(a -> a.score(texts)).toList();
        Scores heldAll = allHeldOut.score(texts);
        Scores both = every.score(texts);
        System.out.println("\nDevelopment set (" + ANNOTATIONS + ", the rules were tuned on it):" + table(dev));
        for (int i = 0; i < held.size(); i++) {
            HeldOutSet h = HELD_OUT_SETS.get(i);
            System.out.println(h.heading().formatted(h.resource()) + table(held.get(i)));
        }
        System.out.println("The " + held.size() + " held-out sets:" + table(heldAll));
        Annotated blind = heldOut.get(heldOut.size() - BLIND_SETS);
        for (Annotated a : heldOut.subList(heldOut.size() - BLIND_SETS + 1, heldOut.size())) blind = blind.plus(a);
        System.out.println("The last " + BLIND_SETS + " held-out sets (no rule written from them: new text):" + table(blind.score(texts)));
        System.out.println("All:" + table(both));
        for (Outcome o : both.outcomes()) {
            if (!o.speakerRight()) {
                System.out.printf("  miss %-10s %s \"%s\" expected %s, got %s (%s)%n", o.gold().kind(), o.gold().article(),
                        o.gold().snippet(), o.gold().speaker(), o.found() ? o.system() : "quote not found", o.method());
            }
        }
        assertThat(development.gold().size()).isGreaterThanOrEqualTo(150);
        // 0.94 over the 789 quotes of the development set and sets 1-11; 0.897 with the blind sets 12 and 13 (session 25), 0.904 after its rules
        assertThat(both.accuracy()).as("speaker accuracy over all annotated quotes").isGreaterThanOrEqualTo(0.89);
        for (int i = 0; i < held.size(); i++) {
            HeldOutSet h = HELD_OUT_SETS.get(i);
            assertThat(held.get(i).accuracy()).as("speaker accuracy on " + h.name()).isGreaterThanOrEqualTo(h.floor());
        }
        assertThat(both.f1()).as("quote F1").isGreaterThanOrEqualTo(0.85);
    }

    /** An annotation file's quotes and its completely annotated articles. */
    record Annotated(List<Gold> gold, Set<String> complete) {
        static Annotated read(String resource) throws IOException {
            Annotated a = new Annotated(new ArrayList<>(), new HashSet<>());
            readAnnotations(resource, a.gold(), a.complete());
            return a;
        }

        Annotated plus(Annotated other) {
            Annotated a = new Annotated(new ArrayList<>(gold), new HashSet<>(complete));
            a.gold().addAll(other.gold());
            a.complete().addAll(other.complete());
            return a;
        }

        Scores score(Map<String, String> texts) {
            return QuoteAttributionEvalTest.score(gold, complete, texts, TextAnalyzer.standard());
        }
    }

    static void readAnnotations(String resource, List<Gold> gold, Set<String> complete) throws IOException {
        try (InputStream in = QuoteAttributionEvalTest.class.getResourceAsStream(resource)) {
            BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            for (String line; (line = r.readLine()) != null; ) {
                if (line.isBlank() || line.startsWith("#")) continue;
                String[] f = line.split("\t", -1);
                if (f.length != 5) throw new IllegalStateException("bad annotation line: " + line);
                if (f[2].equals("*")) complete.add(f[1]);
                else gold.add(new Gold(f[1], f[2], f[3], f[4]));
            }
        }
    }

    /** The texts of the articles with the given ids (the id is read before the line is parsed). */
    static Map<String, String> texts(Path corpus, Set<String> ids) throws IOException {
        Map<String, String> out = new HashMap<>();
        ObjectMapper json = new ObjectMapper();
        try (BufferedReader r = new BufferedReader(new InputStreamReader(
                new GZIPInputStream(Files.newInputStream(corpus), 1 << 16), StandardCharsets.UTF_8))) {
            for (String line; (line = r.readLine()) != null && out.size() < ids.size(); ) {
                int q = line.indexOf("\"id\": \"");
                if (q < 0) continue;
                int b = q + 7, e = line.indexOf('"', b);
                if (e < 0 || !ids.contains(line.substring(b, e))) continue;
                JsonNode n = json.readTree(line);
                out.put(n.get("id").asText(), n.get("text").asText());
            }
        }
        return out;
    }

    static Scores score(List<Gold> gold, Set<String> complete, Map<String, String> texts, TextAnalyzer analyzer) {
        Map<String, TextAnalysis> analyses = new HashMap<>();
        for (String id : texts.keySet()) analyses.put(id, analyzer.analyze(Article.of(id, texts.get(id))));
        List<Outcome> out = new ArrayList<>();
        Map<String, Set<Integer>> matched = new HashMap<>();
        for (Gold g : gold) {
            String text = texts.get(g.article());
            String plain = g.snippet().replace("|", "");
            int at = text.indexOf(plain);
            if (at < 0 || text.indexOf(plain, at + 1) >= 0) throw new IllegalStateException("snippet not unique: " + g);
            int pos = at + Math.max(0, g.snippet().indexOf('|'));
            TextAnalysis a = analyses.get(g.article());
            int qi = directQuoteAt(a, pos);
            if (qi < 0) {
                out.add(new Outcome(g, false, false, "", "none"));
                continue;
            }
            matched.computeIfAbsent(g.article(), k -> new HashSet<>()).add(qi);
            QuoteAttribution s = a.speakerOf(qi);
            boolean right = s != null && s.resolved() && sameSpeaker(g.speaker(), s.speaker());
            out.add(new Outcome(g, true, right, s == null ? "" : s.speaker(), s == null ? "none" : s.method().label()));
        }
        int system = 0, tp = 0;
        for (String id : complete) {
            TextAnalysis a = analyses.get(id);
            Set<Integer> m = matched.getOrDefault(id, Set.of());
            for (int qi = 0; qi < a.quotes().size(); qi++) {
                Quotation q = a.quotes().get(qi);
                if (q.kind() != QuoteKind.DIRECT || q.depth() > 0) continue;
                if (m.contains(qi)) {
                    system++;
                    tp++;
                } else if (q.words() > 4) {
                    system++; // a quote the annotator did not mark (fragments of 1-4 words are not coded)
                    System.out.println("  unannotated direct quote in " + id + ": " + q.span().of(a.text()));
                }
            }
        }
        return new Scores(out, system, tp);
    }

    /** The outermost direct quote whose span holds character {@code pos}, or -1. */
    static int directQuoteAt(TextAnalysis a, int pos) {
        List<Quotation> qs = a.quotes();
        for (int i = 0; i < qs.size(); i++) {
            Quotation q = qs.get(i);
            if (q.depth() == 0 && q.kind() == QuoteKind.DIRECT && q.span().begin() <= pos && pos < q.span().end()) return i;
        }
        return -1;
    }

    /**
     * A name matches when the last words agree and one name's words contain the other's ("Trump" =
     * "Donald Trump", not "Bill Clinton" = "Hillary Clinton"); an unnamed source (lower-case in the
     * annotations) when the head nouns agree ("official" = "senior U.S. official").
     */
    static boolean sameSpeaker(String expected, String system) {
        List<String> e = words(expected), s = words(system);
        if (e.isEmpty() || s.isEmpty()) return false;
        if (Character.isLowerCase(expected.charAt(0))) {
            // the head noun: the last word before a modifier ("head of Kurdistan's security council")
            int h = s.size();
            for (int i = 1; i < s.size(); i++) {
                if (Set.of("of", "for", "at", "with", "from", "in", "who", "close", "familiar").contains(s.get(i))) { h = i; break; }
            }
            return singular(e.get(e.size() - 1)).equals(singular(s.get(h - 1)));
        }
        if (!e.get(e.size() - 1).equals(s.get(s.size() - 1))) return false;
        return s.containsAll(e) || e.containsAll(s);
    }

    private static String singular(String w) {
        return w.endsWith("s") && w.length() > 3 ? w.substring(0, w.length() - 1) : w;
    }

    private static List<String> words(String name) {
        List<String> out = new ArrayList<>();
        for (String w : name.toLowerCase(Locale.ROOT).replace('’', '\'').split("[\\s,]+")) {
            if (w.endsWith("'s")) w = w.substring(0, w.length() - 2);
            w = w.replaceAll("^[^\\p{L}\\p{N}]+|[^\\p{L}\\p{N}]+$", "");
            if (w.isEmpty() || w.equals("the") || w.equals("a") || w.equals("an") || w.equals("mr") || w.equals("mrs")
                    || w.equals("ms") || w.equals("dr")) continue;
            out.add(w);
        }
        return out;
    }

    /** Per case type: n, quotes found, speaker accuracy; then quote P/R/F1. */
    static String table(Scores s) {
        Map<String, int[]> by = new LinkedHashMap<>();
        for (String k : List.of("verb", "pronoun", "appositive", "inverted", "title", "according", "colon", "carry", "other")) {
            by.put(k, new int[3]);
        }
        for (Outcome o : s.outcomes()) {
            int[] c = by.computeIfAbsent(o.gold().kind(), k -> new int[3]);
            c[0]++;
            if (o.found()) c[1]++;
            if (o.speakerRight()) c[2]++;
        }
        StringBuilder b = new StringBuilder("\n| case | n | quote found | speaker right | speaker accuracy |\n|---|---|---|---|---|\n");
        int n = 0, f = 0, r = 0;
        for (Map.Entry<String, int[]> e : by.entrySet()) {
            int[] c = e.getValue();
            if (c[0] == 0) continue;
            b.append(String.format(Locale.ROOT, "| %s | %d | %d | %d | %.2f |%n", e.getKey(), c[0], c[1], c[2], (double) c[2] / c[0]));
            n += c[0];
            f += c[1];
            r += c[2];
        }
        b.append(String.format(Locale.ROOT, "| **all** | %d | %d | %d | %.2f |%n", n, f, r, (double) r / n));
        b.append(String.format(Locale.ROOT, "%nquote detection: precision %.2f (%d of %d direct quotes in %s), recall %.2f, F1 %.2f; "
                        + "speaker accuracy of found quotes %.2f%n", s.precision(), s.truePositivesInComplete(), s.systemInComplete(),
                "the fully annotated articles", s.recall(), s.f1(), s.accuracyFound()));
        return b.toString();
    }
}
