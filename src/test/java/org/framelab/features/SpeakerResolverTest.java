package org.framelab.features;

import org.framelab.corpus.Article;
import org.framelab.features.QuoteAttribution.Method;
import org.framelab.text.QuoteKind;
import org.framelab.text.Quotation;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/** Quote-level speakers on invented sentences, one or more per way of attributing a quote. */
class SpeakerResolverTest {

    static TextAnalysis analyze(String text) {
        return TextAnalyzer.standard().analyze(Article.of("t", text));
    }

    /** The speaker of the direct quote that starts with {@code first}. */
    static QuoteAttribution speakerOf(TextAnalysis a, String first) {
        for (QuoteAttribution s : a.speakers()) {
            Quotation q = a.quotes().get(s.quote());
            if (q.inner().of(a.text()).startsWith(first)) return s;
        }
        throw new AssertionError("no direct quote starting with " + first + " in " + a.speakers());
    }

    static final String SPOKESMAN = "\"We will not negotiate,\" Interior Ministry spokesman Karl Weiss said on Monday.";
    static final String PRONOUN = "Hospital director Mara Lindqvist visited the ward on Tuesday. "
            + "\"The staff have done everything they could,\" she said.";
    static final String OTHER_GENDER = "Senator Paul Okafor met Governor Susan Hale in Lagos. "
            + "\"Governor Hale is wrong about the budget,\" he said.";
    static final String APPOSITIVES = "\"The bridge will reopen in May,\" the mayor, Tom Ng, told the council. "
            + "\"Prices will rise again next year,\" Ada Brennan, an economist at Halden Bank, said.";
    static final String INVERTED = "\"We were not told anything,\" said a nurse, who asked not to be named. "
            + "\"The party is united,\" insisted party chairman Olu Bello.";
    static final String TOLD_REPORTERS = "Deputy Health Minister Ines Moreau told reporters, \"The vaccine is safe.\"";
    static final String ACCORDING_TO = "According to the study's lead author, Prof. Hana Kowalski, \"the effect was small.\"";
    static final String COLONS = "Weiss said on Monday: \"The border stays open.\"\n\nThe minister added:\n\n"
            + "\"Nobody will be turned away.\"";
    static final String CARRY_OVER = "\"We lost everything,\" said farmer Jonas Petrauskas. \"The river came at night.\"\n\n"
            + "\"Nobody warned us.\"\n\nThe council declined to comment.";
    static final String SURNAME = "Opposition leader Dana Whitfield spoke first. \"It is a bad law,\" Whitfield said.";
    /** A roundup: each excerpt's source on the line below it (one excerpt runs over two paragraphs), or after a dash. */
    static final String ROUNDUP = """
            From the Left

            “The port deal leaves the city with the debt and the company with the profit.”

            Lena Vasquez, The Harbour Ledger

            “The council signed before reading the contract. It should have waited a month.

            “Now it will have to renegotiate from a weaker position.”

            Tomas H. Reyes, Coastal Review

            “Critics forget that the old port lost money every year.” — Priya Anand, letter to the editor, Daily Courier

            “A good deal for the region.”

            Editorial Board, Northern Times""";
    /** Not a source line: a caption-like name without a comma, and a sentence. */
    static final String NO_SOURCE_LINE = """
            "We will build the bridge," said Mayor Ana Ruiz.

            "It opens next spring."

            Ana Ruiz

            "Nobody asked the fishermen."

            The council met on Monday, as planned.""";
    /** An apposition, then a relative clause, before the verb (one sentence each). */
    static final String RELATIVE_CLAUSE = """
            Polls vary. Nora Lind, founder of Lind Research, which tracks the race, said, “Turnout decides it.” \
            Lee Harmon, the mayor, who opposed the plan, said, “We lost the vote.”""";
    /** A name with an affiliation: before the verb, and as an apposition. */
    static final String AFFILIATION = """
            The court ruled for the city. Dror Ladin of the American Civil Liberties Union said, “The wall must go.” \
            Their lawyer, Ines Okoro of the Coastal Rights Project, said, “We will appeal at once.”""";

    /** A spokeswoman quoted at a briefing; a general's statement with scare quotes inside a direct quote. */
    static final String SEED = "\"We reject this,\" Foreign Ministry spokeswoman Maria Zakharova told a briefing in Moscow. "
            + "Gen. Viktor Orlov said in a statement: \"The so-called 'opposition' is dragging the country into a 'civil war'.\"";

    /**
     * The speaker expected for the direct quote of {@code text} that starts with {@code quote}; a null
     * {@code speaker}, {@code role}, {@code method} or {@code named} is not checked for that case.
     */
    record Case(String name, String text, String quote, String speaker, String role, Method method, Boolean named) {
        @Override
        public String toString() {
            return name + ": \"" + quote + "...\"";
        }
    }

    /** Session 8 rules: a source cited at the end of the sentence, a reflexive, an account, an unnamed person as antecedent. */
    static final String SESSION_8 = """
            The port authority met on Friday. "The quay will be closed for a month," and the work is "long overdue for cranes built in 1971" \
            after years of delays, the Harbour Gazette reports.

            Mayor Ilse Brandt herself announced that "the fees will not rise this year."

            The Dockers Union Twitter account tweeted that "every shift will stop at noon tomorrow."

            "Why was nobody asked about the night shifts?" bemoaned a port official to the Gazette. Asked about \
            Brandt, he said, "She has never been to the quay at night."

            The court has articulated that the rule is "applied the same way to every party before it."
            """;

    static Stream<Case> cases() {
        return Stream.of(
                new Case("name and role are kept apart", SPOKESMAN, "We will not", "Karl Weiss", "Interior Ministry spokesman", Method.VERB, true),
                new Case("a pronoun resolves to the person named before", PRONOUN, "The staff", "Mara Lindqvist", null, Method.PRONOUN, null),
                new Case("a pronoun skips a person of the other gender and names inside quotes", OTHER_GENDER, "Governor Hale", "Paul Okafor", null, null, null),
                new Case("appositive speaker after the verb's object", APPOSITIVES, "The bridge", "Tom Ng", "mayor", null, null),
                new Case("appositive speaker with a role phrase", APPOSITIVES, "Prices", "Ada Brennan", "economist at Halden Bank", null, null),
                new Case("inverted verb, unnamed speaker", INVERTED, "We were not", "nurse", null, null, false),
                new Case("inverted verb, named speaker", INVERTED, "The party", "Olu Bello", "party chairman", null, null),
                new Case("title before the name and told reporters", TOLD_REPORTERS, "The vaccine", "Ines Moreau", "Deputy Health Minister", null, null),
                new Case("according to, with an appositive name", ACCORDING_TO, "the effect", "Hana Kowalski", null, Method.ACCORDING, null),
                new Case("colon-introduced quote", COLONS, "The border", "Weiss", null, Method.COLON, null),
                new Case("colon-introduced quote at the end of a paragraph", COLONS, "Nobody", null, null, Method.COLON, null),
                new Case("the quote with the verb", CARRY_OVER, "We lost", "Jonas Petrauskas", null, null, null),
                new Case("a second quote carries the speaker over", CARRY_OVER, "The river", "Jonas Petrauskas", null, Method.CARRY_OVER, null),
                new Case("the next paragraph carries the speaker over", CARRY_OVER, "Nobody", "Jonas Petrauskas", null, null, null),
                new Case("a surname is the full name written before", SURNAME, "It is", "Dana Whitfield", null, null, null),
                new Case("seed example: spokeswoman at a briefing", SEED, "We reject", "Maria Zakharova", "Foreign Ministry spokeswoman", null, null),
                new Case("an apposition and a relative clause before the verb", RELATIVE_CLAUSE, "Turnout", "Nora Lind", null, Method.VERB, true),
                new Case("the name, a role, a relative clause", RELATIVE_CLAUSE, "We lost", "Lee Harmon", null, Method.VERB, true),
                new Case("a name before 'of the' and an organisation", AFFILIATION, "The wall", "Dror Ladin", null, Method.VERB, true),
                new Case("an apposition with an affiliation", AFFILIATION, "We will appeal", "Ines Okoro", "Their lawyer", Method.VERB, true),
                new Case("roundup: the source on the line below", ROUNDUP, "The port deal", "Lena Vasquez", null, Method.SOURCE_LINE, true),
                new Case("roundup: an excerpt over two paragraphs, first part", ROUNDUP, "The council signed", "Tomas H. Reyes", null, Method.SOURCE_LINE, null),
                new Case("roundup: an excerpt over two paragraphs, second part", ROUNDUP, "Now it will", "Tomas H. Reyes", null, Method.SOURCE_LINE, null),
                new Case("roundup: the source after a dash", ROUNDUP, "Critics forget", "Priya Anand", null, Method.SOURCE_LINE, null),
                new Case("roundup: an editorial board names the outlet", ROUNDUP, "A good deal", "Northern Times", null, Method.SOURCE_LINE, null),
                new Case("a name alone on the next line is not a source line", NO_SOURCE_LINE, "It opens", "Ana Ruiz", null, Method.CARRY_OVER, null),
                new Case("a sentence on the next line is not a source line", NO_SOURCE_LINE, "Nobody asked", "Ana Ruiz", null, Method.CARRY_OVER, null),
                new Case("seed example: a general's statement", SEED, "The so-called", "Viktor Orlov", null, Method.COLON, null),
                new Case("a source cited at the end of the sentence", SESSION_8, "The quay will", "Harbour Gazette", null, Method.SENTENCE, null),
                new Case("a partial quote before the source at the end of the sentence", SESSION_8, "long overdue for", "Harbour Gazette", null, null, null),
                new Case("a reflexive after the name is not part of it", SESSION_8, "the fees", "Ilse Brandt", null, Method.VERB, true),
                new Case("an organisation's Twitter account speaks for it", SESSION_8, "every shift", "Dockers Union", null, null, null),
                new Case("an inverted evaluative verb (bemoan)", SESSION_8, "Why was nobody", "port official", null, Method.VERB, false),
                new Case("a pronoun right after an unnamed person's quote is that person", SESSION_8, "She has never", "port official", null, Method.PRONOUN, null),
                new Case("articulate is a reporting verb", SESSION_8, "applied the same", "court", null, null, null));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void speakerOfEachQuote(Case c) {
        QuoteAttribution s = speakerOf(analyze(c.text()), c.quote());
        if (c.speaker() != null) assertThat(s.speaker()).isEqualTo(c.speaker());
        if (c.role() != null) assertThat(s.role()).isEqualTo(c.role());
        if (c.method() != null) assertThat(s.method()).isEqualTo(c.method());
        if (c.named() != null) assertThat(s.named()).isEqualTo(c.named());
    }

    @Test
    void theSpeakerSpanCoversRoleAndName() {
        TextAnalysis a = analyze(SPOKESMAN);
        assertThat(speakerOf(a, "We will not").speakerSpan().of(a.text())).isEqualTo("Interior Ministry spokesman Karl Weiss");
    }

    @Test
    void aPronounAttributionsSourceIsResolvedToo() {
        // the per-source profile counts it for her
        TextAnalysis a = analyze(PRONOUN);
        Attribution said = a.attributions().stream().filter(x -> x.verb().equals("said")).findFirst().orElseThrow();
        assertThat(said.speaker()).isEqualTo("she");
        assertThat(said.source()).isEqualTo("Mara Lindqvist");
    }

    @Test
    void aCarriedOverSpeakerHasNoCueToken() {
        assertThat(speakerOf(analyze(CARRY_OVER), "The river").cueToken()).isEqualTo(-1);
    }

    @Test
    void theSeedExampleHasTwoScareQuotesWithoutSpeakers() {
        TextAnalysis a = analyze(SEED);
        Map<QuoteKind, List<String>> byKind = a.quotes().stream().collect(Collectors.groupingBy(Quotation::kind,
                Collectors.mapping(q -> q.inner().of(a.text()), Collectors.toList())));
        assertThat(byKind.get(QuoteKind.SCARE)).containsExactly("opposition", "civil war");
        // scare quotes get no speaker entry
        assertThat(a.speakers()).hasSize(2);
    }

    @Test
    void aQuoteWithoutAnySpeakerIsNone() {
        TextAnalysis a = analyze("\"Nothing here is attributed to anyone at all, not a single word.\"");
        assertThat(a.speakers()).hasSize(1);
        assertThat(a.speakers().get(0).method()).isEqualTo(Method.NONE);
        assertThat(a.speakers().get(0).speaker()).isEmpty();
        assertThat(a.speakers().get(0).speakerSpan()).isNull();
    }

    @Test
    void withoutAReportingVerbTheNamedSubjectOfTheQuotesSentenceSpeaks() {
        // written for this test after the kinds of the sixth held-out set: no reporting verb at all
        TextAnalysis a = analyze("Officials met in the capital on Monday. \"The budget is balanced,\" Finance Minister Ada Obi said. "
                + "Based on figures from the Harbour Authority, Lena Park, an economist at the bank, estimates that \"the port will lose a third of its trade.\" "
                + "And in the Senate, Leader Tom Voss called the plan \"reckless,\" adding, \"We will vote against it in its present form.\"");
        assertThat(speakerOf(a, "the port will").speaker()).isEqualTo("Lena Park");
        assertThat(speakerOf(a, "the port will").method()).isEqualTo(Method.SENTENCE);
        assertThat(speakerOf(a, "We will vote").speaker()).isEqualTo("Tom Voss");
        // a noun phrase opening the sentence is its subject, not a name later in it
        TextAnalysis b = analyze("\"We need the money now,\" said Mayor Ruth Adler. The council discussed the Clean Harbour Act, "
                + "and called it \"a fair deal for every family in the city.\"");
        assertThat(speakerOf(b, "a fair deal").speaker()).isEqualTo("Ruth Adler");
    }

    @Test
    void aSemicolonEndsTheClauseWhoseVerbIntroducesAQuote() {
        TextAnalysis a = analyze("Senator Jo Hart warned that \"the bill will fail in the House\"; Governor Sam Reyes claimed "
                + "to be \"the only person who can still rescue it this year.\"");
        assertThat(speakerOf(a, "the bill will").speaker()).isEqualTo("Jo Hart");
        assertThat(speakerOf(a, "the only person").speaker()).isEqualTo("Sam Reyes");
    }

    @Test
    void theMediumThatReportedAQuoteIsNotItsSpeaker() {
        TextAnalysis a = analyze("Asked about the talks, Governor Sam Reyes denied them. When a reporter pressed him, he responded, "
                + "\"No, they are not happening at all,\" the paper reported.");
        assertThat(speakerOf(a, "No, they are").speaker()).isEqualTo("Sam Reyes");
    }

    @Test
    void theRoleOfAPersonNamedBeforeNamesTheSpeakerAndQuotedVerbsAreNoAntecedents() {
        TextAnalysis a = analyze("Her report contrasts with Governor Ana Silva's more upbeat view. "
                + "The governor said the programme \"is working in every district of the state.\"");
        assertThat(speakerOf(a, "is working").speaker()).isEqualTo("Ana Silva");
        // "the governor can ask us" is inside the quote: "he" is the man named before, not the governor
        TextAnalysis b = analyze("Governor Ana Silva spoke on Monday. Rep. Tom Reed, who leads the committee, was more hopeful. "
                + "\"When we come back, the governor can ask us for more money and we will listen,\" he told reporters.");
        assertThat(speakerOf(b, "When we come back").speaker()).isEqualTo("Tom Reed");
    }

    @Test
    void aNameBeforeHowItSpokeAndTitlesJoinedByAndBeforeAnInvertedName() {
        TextAnalysis a = analyze("Governor Ana Silva in a series of posts said the plan was \"dead on arrival in the assembly.\" "
                + "\"Costs are rising in every region we cover,\" said Harbour Institute President and CEO Lena Park.");
        assertThat(speakerOf(a, "dead on arrival").speaker()).isEqualTo("Ana Silva");
        assertThat(speakerOf(a, "Costs are rising").speaker()).isEqualTo("Lena Park");
        assertThat(speakerOf(a, "Costs are rising").role()).isEqualTo("Harbour Institute President and CEO");
    }

    // ---------------------------------------------------------------- session 11

    @Test
    void anAbbreviatedTitleOrTheChamberNamesTheRoleNoun() {
        TextAnalysis a = analyze("Senate Majority Whip Dana Ortiz spoke to supporters in Denver on Friday. "
                + "The senator added, \"We will not let this bill die in committee.\"");
        assertThat(speakerOf(a, "We will not let").speaker()).isEqualTo("Dana Ortiz");
        TextAnalysis b = analyze("Gov. Ray Lindgren signed the order on Monday. Mayor Ida Paulsen stayed away. "
                + "\"It is a good day for every county in the state,\" the governor said.");
        assertThat(speakerOf(b, "It is a good day").speaker()).isEqualTo("Ray Lindgren");
        TextAnalysis c = analyze("Rep. Ana Cruz voted against the plan. Mayor Ida Paulsen backed it. "
                + "\"This budget fails the veterans of this district,\" the congresswoman said.");
        assertThat(speakerOf(c, "This budget fails").speaker()).isEqualTo("Ana Cruz");
        // a senator brought in unnamed just before is not the senator named further back
        TextAnalysis d = analyze("Sen. Ray Lindgren backed the bill. One Democratic senator on the fence said colleagues were torn. "
                + "\"Many of us will vote no and hope it passes anyway,\" said the senator, who asked not to be named.");
        assertThat(speakerOf(d, "Many of us").speaker()).isEqualTo("senator");
    }

    @Test
    void theMediumAfterPerIsNotTheSpeaker() {
        TextAnalysis a = analyze("Governor Sam Reyes denied the report. \"We reject these claims entirely and will say no more,\" "
                + "said the spokeswoman per Reuters.");
        assertThat(speakerOf(a, "We reject these").speaker()).isEqualTo("spokeswoman");
    }

    @Test
    void aSurnameWrittenWithATitleIsAPersonLater() {
        TextAnalysis a = analyze("President Lund met the premier on Monday.\n\n"
                + "\"We will not give in to this,\" opposition leader Carla Diaz said.\n\n"
                + "While some of his critics tried to block the deal, Lund used his speech to hint that \"the border will stay open to trade.\"");
        assertThat(speakerOf(a, "the border will stay").speaker()).isEqualTo("Lund");
    }

    @Test
    void aNamesSpokespersonIsNotTheName() {
        TextAnalysis a = analyze("Mayor Tom Ng left the hall early. Ng's spokesman later sent a reply to the council, saying, "
                + "\"The mayor has nothing to add to what he said on Monday.\"");
        QuoteAttribution s = speakerOf(a, "The mayor has nothing");
        assertThat(s.speaker()).endsWith("spokesman");
        assertThat(s.named()).isFalse();
    }

    @Test
    void aDocumentThatReadsSpeaksByItsHeadNoun() {
        TextAnalysis a = analyze("Governor Sam Reyes met the two ministers on Monday. The plan would \"cut the emissions of the region "
                + "in half by the end of the decade\" reads a joint statement from the two ministries.\n\n"
                + "\"Every member state must report its figures to the secretariat by June,\" reads an advisory issued on Tuesday.");
        assertThat(speakerOf(a, "cut the emissions").speaker()).contains("statement");
        assertThat(speakerOf(a, "Every member state").speaker()).contains("advisory");
        TextAnalysis b = analyze("\"We will meet again in May,\" Governor Sam Reyes said. The final communique reads: "
                + "\"The parties agree to share their catch data every quarter.\"");
        assertThat(speakerOf(b, "The parties agree").speaker()).isEqualTo("final communique");
    }

    @Test
    void anEpithetWithANameInItIsThePersonJustNamed() {
        TextAnalysis a = analyze("\"We will hire more officers,\" Police Chief Ron Hale said.\n\n"
                + "Finance adviser Ola Berg, who ran Harbour Bank for a decade, is the favourite for the post. "
                + "(The former Harbour Bank chief has said \"the rules need a full review before the autumn.\")");
        assertThat(speakerOf(a, "the rules need").speaker()).isEqualTo("Ola Berg");
        // a description with "of" or a plural is not one person's epithet
        TextAnalysis b = analyze("Reporter Ada Ruiz visited the front line this week. "
                + "But the head of Harbour's security council tells Ruiz, \"I wish the army were ready for that, but it is not.\"");
        assertThat(speakerOf(b, "I wish the army").speaker()).isNotEqualTo("Ada Ruiz");
    }

    @Test
    void reportersWritingForAnOutletAreTheOutlet() {
        TextAnalysis a = analyze("Mayor Tom Ng denied any deal. Then on Friday, Anna Sole, Ben Ortiz and Ed Marsh report for the "
                + "New York Herald, citing two officials, that the deal was signed. They say that \"the contract was never shown to the council at all.\"");
        assertThat(speakerOf(a, "the contract was never").speaker()).isEqualTo("New York Herald");
    }

    @Test
    void aDocumentBeforeAColonWhenTheSentenceIsAboutAThing() {
        TextAnalysis a = analyze("\"We are in it to win,\" Dana Ortiz said.\n\nThe poster on which Ortiz launched her run happened to show "
                + "one thing worth a look—namely, the slogan printed below: \"Paid for by people, not by the banks.\"");
        assertThat(speakerOf(a, "Paid for by people").speaker()).contains("slogan");
    }

    @Test
    void unnamedPluralSourcesByTheirHeadNoun() {
        TextAnalysis a = analyze("\"Prices will recover,\" fund manager Mia Holt says.\n\n"
                + "\"Stay calm and wait it out\" is a line most market analysts repeat to their clients.");
        assertThat(speakerOf(a, "Stay calm").speaker()).endsWith("analysts");
        TextAnalysis b = analyze("\"We will win this,\" Governor Sam Reyes said.\n\nOver the years, voters heard from bank executives"
                + "—even those who back the party—that the plan would \"wreck the pension system for a generation.\"");
        assertThat(speakerOf(b, "wreck the pension").speaker()).endsWith("executives");
    }

    @Test
    void anOrganisationOpeningTheClauseIsTheSubjectOfAQuoteWithoutAVerb() {
        TextAnalysis a = analyze("\"We saw the storm coming,\" Captain Lena Park said.\n\n"
                + "The Northern Fisheries Establishment, the main regulator of the region, concluded that the ferry "
                + "\"was never fit to sail in the winter storms of the north.\"");
        assertThat(speakerOf(a, "was never fit").speaker()).isEqualTo("Northern Fisheries Establishment");
    }

    @Test
    void aQuoteAfterALetterIsSpeechButTheLetterXIsAMention() {
        TextAnalysis a = analyze("In reply, Chief Judge Ana Ruiz offered a rebuke, writing in a letter, \"Judges know that criticism comes "
                + "with the job, but threats against them are another matter.\" The form used the letter \"B\" for both.");
        assertThat(speakerOf(a, "Judges know").speaker()).isEqualTo("Ana Ruiz");
        assertThat(a.quotes().stream().filter(q -> q.inner().of(a.text()).equals("B")).map(Quotation::kind)).containsExactly(QuoteKind.MENTION);
    }

    @Test
    void aPronounAfterASentenceWhoseSubjectIsARoleIsThePersonWithThatRole() {
        TextAnalysis a = analyze("Chairwoman Ines Moreau wrote to the council on Friday. \"Costs are rising,\" she said.\n\n"
                + "The chairwoman referenced in her letter a bill named for Mary Olsen, and praised it.\n\n"
                + "Costs would fall, she said, in the letter, \"by sharing the work between the two hospitals in the valley.\"");
        assertThat(speakerOf(a, "by sharing the work").speaker()).isEqualTo("Ines Moreau");
    }

    @Test
    void thePaperIsTheMediumNamedBefore() {
        TextAnalysis a = analyze("Mayor Tom Ng denied it. The Harbour Herald first reported the sale on Monday. "
                + "\"The port will be sold to the highest bidder before the end of the year,\" the paper said.");
        assertThat(speakerOf(a, "The port will be sold").speaker()).isEqualTo("Harbour Herald");
    }

    @Test
    void twoNamesJoinedByAndSpeakTogether() {
        TextAnalysis a = analyze("The appeals court ruled on Friday. \"The transfer of these funds cannot stand under the law,\" "
                + "wrote Judges Ada Cole and Ben Ortiz.");
        assertThat(speakerOf(a, "The transfer of these").speaker()).isEqualTo("Ada Cole and Ben Ortiz");
    }
}
