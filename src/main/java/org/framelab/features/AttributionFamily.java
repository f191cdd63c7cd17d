package org.framelab.features;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Attribution: reporting verbs in every inflection, split into neutral (said, told, added, noted ...)
 * and evaluative (accused, claimed, alleged, admitted, insisted ...); the said-ratio; anonymous or
 * vague sources (officials said, sources say, critics claim); and for every attribution the speaker
 * phrase, kept in the hits ({@code speaker}, {@code source}, {@code speaker_type}) so a per-source
 * profile of verbs can be built. The source is the resolved one ({@link SpeakerResolver}): the name
 * without its role, a surname as the full name written earlier, a pronoun as the person it stands for.
 */
public final class AttributionFamily implements FeatureFamily {
    private static final long serialVersionUID = 1L;
    public static final String NAME = "attribution";
    static final String SOURCE = "FrameLab attribution-verbs.csv (after Caldas-Coulthard 1994; Recasens et al. 2013 report verbs); sources.txt";

    private final List<FeatureColumn> columns;

    public AttributionFamily() {
        List<FeatureColumn> c = new ArrayList<>();
        Columns.countAndRate(c, "attribution.neutral", NAME, "neutral reporting verbs (say, tell, add, note, explain ... in any inflection)", SOURCE);
        Columns.countAndRate(c, "attribution.evaluative", NAME, "evaluative reporting verbs (accuse, claim, allege, admit, insist, deny, warn ... in any inflection)", SOURCE);
        c.add(new FeatureColumn("attribution.said.count", NAME, "Number of forms of 'say' (say, says, said, saying) used as reporting verbs.", "count", SOURCE));
        c.add(new FeatureColumn("attribution.said_ratio", NAME, "Share of all reporting verbs (neutral and evaluative) that are forms of 'say'.",
                "ratio 0..1", SOURCE, new FeatureColumn.Ratio("attribution.said.count",
                List.of("attribution.neutral.count", "attribution.evaluative.count"), 1, "the text has no reporting verb")));
        Columns.countAndRate(c, "attribution.anonymous", NAME, "attributions to anonymous or vague sources (officials said, sources say, critics claim, a spokesman said)", SOURCE);
        c.add(new FeatureColumn("attribution.named.count", NAME, "Number of attributions to a named person or organisation.", "count", SOURCE));
        c.add(new FeatureColumn("attribution.according_to.count", NAME, "Number of 'according to' attributions.", "count", SOURCE));
        c.add(new FeatureColumn("attribution.sources.count", NAME, "Number of distinct sources (names or source phrases) given a reporting verb.", "count", SOURCE));
        this.columns = List.copyOf(c);
    }

    @Override public String name() { return NAME; }

    @Override public List<FeatureColumn> columns() { return columns; }

    /** The reporting verb (neutral or evaluative) and, for an anonymous speaker, the speaker. */
    @Override
    public java.util.Set<String> hitFeatures() {
        return java.util.Set.of("attribution.neutral", "attribution.evaluative", "attribution.anonymous");
    }

    @Override
    public void extract(TextAnalysis doc, FeatureSink sink) {
        int neutral = 0, evaluative = 0, said = 0, anonymous = 0, named = 0, according = 0;
        Map<String, Boolean> sources = new LinkedHashMap<>();
        boolean hits = sink.wantsHits();
        for (Attribution a : doc.attributions()) {
            boolean neu = a.category().equals("neutral");
            if (neu) neutral++; else evaluative++;
            if (a.lemma().equals("say")) said++;
            if (a.lemma().equals("according to")) according++;
            if (a.speakerType() == Attribution.SpeakerType.ANONYMOUS) anonymous++;
            if (a.speakerType() == Attribution.SpeakerType.NAMED) named++;
            if (!a.source().isEmpty()) sources.put(a.source(), Boolean.TRUE);
            if (hits) {
                Map<String, String> attrs = new LinkedHashMap<>();
                attrs.put("lemma", a.lemma());
                if (a.speakerSpan() != null) {
                    attrs.put("speaker", a.speaker());
                    attrs.put("source", a.source());
                    attrs.put("speaker_begin", Integer.toString(a.speakerSpan().begin()));
                    attrs.put("speaker_end", Integer.toString(a.speakerSpan().end()));
                }
                attrs.put("speaker_type", a.speakerType().name().toLowerCase(java.util.Locale.ROOT));
                sink.hit(new Hit(NAME, neu ? "attribution.neutral" : "attribution.evaluative", a.lemma(), a.verbSpan(),
                        a.verb(), attrs));
                if (a.speakerType() == Attribution.SpeakerType.ANONYMOUS) {
                    sink.hit(new Hit(NAME, "attribution.anonymous", "anonymous source", a.speakerSpan(), a.speaker(),
                            Map.of("lemma", a.lemma(), "speaker", a.speaker(), "source", a.source())));
                }
            }
        }
        int total = neutral + evaluative;
        sink.value(0, neutral);
        sink.value(1, doc.rate(neutral));
        sink.value(2, evaluative);
        sink.value(3, doc.rate(evaluative));
        sink.value(4, said);
        sink.value(5, total == 0 ? Double.NaN : (double) said / total); // undefined without a reporting verb, not 0
        sink.value(6, anonymous);
        sink.value(7, doc.rate(anonymous));
        sink.value(8, named);
        sink.value(9, according);
        sink.value(10, sources.size());
    }
}
