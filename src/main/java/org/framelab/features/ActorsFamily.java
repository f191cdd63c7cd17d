package org.framelab.features;

import org.framelab.util.OptionException;

import org.framelab.lexicon.Lexicon;
import org.framelab.text.Quotation;
import org.framelab.text.Span;
import org.framelab.text.TokenizedText;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Actors: for each configured actor (e.g. Russia, United States, Kremlin) its mentions, the
 * reporting verbs it gets as a speaker (neutral and evaluative) and the direct quotes attributed to
 * it. Speakers are the resolved ones ({@link SpeakerResolver}): "he said" counts for the actor the
 * pronoun stands for, and a quote counts for the speaker it was attributed to by a verb, a colon,
 * "according to" or carried over from the quote before. The hits carry the verb lemma per actor, so
 * the terms table holds the actor × verb table.
 */
public final class ActorsFamily implements FeatureFamily {
    private static final long serialVersionUID = 1L;
    public static final String NAME = "actors";
    private static final String SOURCE = "user-configured actor list (--actors)";

    private final List<Actor> actors;
    private final Lexicon names;
    private final HashMap<String, Boolean> needsCapital;
    private final String[] slugs;
    private final List<FeatureColumn> columns;

    public ActorsFamily(List<Actor> actors) {
        this.actors = List.copyOf(actors);
        Lexicon.Builder b = Lexicon.builder("actors");
        HashMap<String, Boolean> caps = new HashMap<>();
        Set<String> seen = new HashSet<>();
        slugs = new String[this.actors.size()];
        List<FeatureColumn> c = new ArrayList<>();
        for (int i = 0; i < this.actors.size(); i++) {
            Actor a = this.actors.get(i);
            String slug = Columns.slug(a.name());
            if (!seen.add(slug)) throw new OptionException("actors", "'" + a.name() + "' is listed twice");
            slugs[i] = slug;
            b.category(a.name());
            for (String alias : a.aliases()) {
                b.add(alias, a.name());
                String norm = String.join(" ", org.framelab.text.Tokenizer.normalizeTerm(alias).split("\\s+"));
                boolean cap = !alias.equals(alias.toLowerCase(java.util.Locale.ROOT));
                caps.merge(norm, cap, (x, y) -> x && y);
            }
            String who = "'" + a.name() + "' (" + String.join(", ", a.aliases()) + ")";
            String base = "actor." + slug;
            Columns.countAndRate(c, base + ".mentions", NAME, "mentions of " + who, SOURCE);
            c.add(new FeatureColumn(base + ".neutral.count", NAME, "Number of neutral reporting verbs whose speaker mentions " + who + ".", "count", SOURCE));
            c.add(new FeatureColumn(base + ".evaluative.count", NAME, "Number of evaluative reporting verbs whose speaker mentions " + who + ".", "count", SOURCE));
            c.add(new FeatureColumn(base + ".quotes.count", NAME, "Number of direct quotes attributed to a speaker that mentions " + who + ".", "count", SOURCE));
        }
        this.names = b.build();
        this.needsCapital = caps;
        this.columns = List.copyOf(c);
    }

    public List<Actor> actors() {
        return actors;
    }

    @Override public String name() { return NAME; }

    @Override public List<FeatureColumn> columns() { return columns; }

    /** Per actor its mentions, its reporting verbs (neutral, evaluative) and its quotes; none without actors. */
    @Override
    public Set<String> hitFeatures() {
        Set<String> out = new HashSet<>();
        for (String slug : slugs) {
            for (String kind : List.of(".mentions", ".neutral", ".evaluative", ".quotes")) out.add("actor." + slug + kind);
        }
        return Set.copyOf(out);
    }

    @Override
    public void extract(TextAnalysis doc, FeatureSink sink) {
        if (actors.isEmpty()) return;
        String text = doc.text();
        boolean hits = sink.wantsHits();
        int n = actors.size();
        int[] mentions = new int[n];
        List<int[]> spans = mentions(doc, sink, mentions);
        int[] neutral = new int[n];
        int[] evaluative = new int[n];
        int[] quotes = new int[n];
        for (Attribution at : doc.attributions()) {
            if (at.speakerSpan() == null) continue;
            Set<Integer> who = actorsOf(at.speakerSpan(), at.sourceSpan(), spans);
            if (who.isEmpty()) continue;
            boolean neu = at.category().equals("neutral");
            for (int a : who) {
                if (neu) neutral[a]++; else evaluative[a]++;
                if (hits) {
                    Map<String, String> attrs = new LinkedHashMap<>();
                    attrs.put("actor", actors.get(a).name());
                    attrs.put("lemma", at.lemma());
                    attrs.put("speaker", at.speaker());
                    if (!at.source().isEmpty()) attrs.put("source", at.source());
                    sink.hit(new Hit(NAME, "actor." + slugs[a] + (neu ? ".neutral" : ".evaluative"), actors.get(a).name(),
                            at.verbSpan(), at.verb(), attrs));
                }
            }
        }
        // quotes per actor: the quote's resolved speaker (verb, pronoun, colon, carried over ...)
        for (QuoteAttribution qa : doc.speakers()) {
            if (qa.speakerSpan() == null) continue;
            Set<Integer> who = actorsOf(qa.speakerSpan(), null, spans);
            if (who.isEmpty()) continue;
            Quotation q = doc.quotes().get(qa.quote());
            for (int a : who) {
                quotes[a]++;
                if (hits) {
                    sink.hit(new Hit(NAME, "actor." + slugs[a] + ".quotes", actors.get(a).name(), q.span(),
                            q.span().of(text), Map.of("actor", actors.get(a).name(), "speaker", qa.speaker(),
                            "speaker_resolution", qa.method().label())));
                }
            }
        }
        for (int a = 0; a < n; a++) {
            int base = a * 5;
            sink.value(base, mentions[a]);
            sink.value(base + 1, doc.rate(mentions[a]));
            sink.value(base + 2, neutral[a]);
            sink.value(base + 3, evaluative[a]);
            sink.value(base + 4, quotes[a]);
        }
    }

    /**
     * Counts the actors' mentions into {@code mentions} (with a hit each when wanted); returns the
     * mentions as {begin char, end char, actor}.
     */
    private List<int[]> mentions(TextAnalysis doc, FeatureSink sink, int[] mentions) {
        TokenizedText t = doc.tokens();
        List<int[]> spans = new ArrayList<>();
        Map<String, Integer> actorIndex = new HashMap<>();
        for (int i = 0; i < actors.size(); i++) actorIndex.put(actors.get(i).name(), i);
        names.match(t, doc.wordIds(), (b, e, cats, term) -> {
            if (Boolean.TRUE.equals(needsCapital.get(term)) && !t.isCapitalized(b)) return;
            for (int c : cats) {
                int a = actorIndex.get(names.categories().get(c));
                mentions[a]++;
                spans.add(new int[]{t.begin(b), t.end(e - 1), a});
                if (sink.wantsHits()) {
                    sink.hit(new Hit(NAME, "actor." + slugs[a] + ".mentions", actors.get(a).name(), t.span(b, e),
                            t.span(b, e).of(doc.text()), Map.of("actor", actors.get(a).name())));
                }
            }
        });
        return spans;
    }

    /**
     * The actors mentioned in a speaker phrase as written, or in the words its source resolves to (a
     * pronoun's antecedent); {@code resolved} may be null.
     */
    private static Set<Integer> actorsOf(Span speaker, Span resolved, List<int[]> spans) {
        Set<Integer> out = new java.util.TreeSet<>();
        for (int[] s : spans) {
            if (s[0] >= speaker.begin() && s[1] <= speaker.end()) out.add(s[2]);
            else if (resolved != null && s[0] >= resolved.begin() && s[1] <= resolved.end()) out.add(s[2]);
        }
        return out;
    }
}
