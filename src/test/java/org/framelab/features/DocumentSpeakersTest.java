package org.framelab.features;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.framelab.features.SpeakerResolverTest.analyze;
import static org.framelab.features.SpeakerResolverTest.speakerOf;

/**
 * Session 25's rules for documents that speak ({@link DocumentSpeakers}), on invented sentences: a document
 * as the subject after a quote with the people it is from or to after it, "the notes state." after a
 * quote, a document as the subject of a verb that is no reporting verb, a relative clause on a document,
 * and the sentences where a document does not speak; and a quote paragraph after a paragraph about another
 * person, which is that person's, not the last speaker's.
 */
class DocumentSpeakersTest {

    @Test
    void aDocumentFromOnePersonToAnotherSpeaksNotThePersonNamedLast() {
        TextAnalysis a = analyze("The archive released hundreds of pages on Friday.\n\n"
                + "\"The shipment left the harbour two days early and nobody was told,\" the memo from the port's harbour master "
                + "to Transport Secretary Linda Okafor said.");
        assertThat(speakerOf(a, "The shipment").speaker()).isEqualTo("memo");
    }

    @Test
    void aStatementFromAnOfficeIsGivenToTheStatement() {
        TextAnalysis a = analyze("The inquiry closed in May.\n\n\"We accept every finding of the panel and will act on them,\" "
                + "a short statement from the office of Mayor Ruth Adeyemi said.");
        assertThat(speakerOf(a, "We accept").speaker()).isEqualTo("short statement");
    }

    @Test
    void theNotesStateAfterAQuoteMakeTheNotesTheSpeaker() {
        TextAnalysis a = analyze("Investigators wrote down what the engineer told them.\n\n"
                + "\"The valve was opened by hand and left that way for hours,\" the notes state.");
        assertThat(speakerOf(a, "The valve").speaker()).isEqualTo("notes");
    }

    @Test
    void aDocumentAsTheSubjectOfAnotherVerbSpeaksTheQuoteInItsClause() {
        TextAnalysis a = analyze("Senator Paul Mendes spoke first at the hearing.\n\n"
                + "The report calls the flooding of the lower town a \"failure of planning at every level of government.\"\n\n"
                + "The letter describes the new rules as \"a burden no small farm can carry for long.\"");
        assertThat(speakerOf(a, "failure of planning").speaker()).isEqualTo("report");
        assertThat(speakerOf(a, "a burden no small farm").speaker()).isEqualTo("letter");
    }

    @Test
    void aRelativeClauseOnADocumentGivesItTheQuotedWording() {
        TextAnalysis a = analyze("Gov. Helen Marsh spoke at the signing.\n\n"
                + "Lawmakers passed a bill — signed last week by the governor — that lets any \"licensed grower of hemp or "
                + "industrial flax\" sell at farm markets.\n\nThe county also published new guidance, which adds that vendors "
                + "\"must keep every receipt for three full years.\"");
        assertThat(speakerOf(a, "licensed grower").speaker()).isEqualTo("bill");
        assertThat(speakerOf(a, "must keep every receipt").speaker()).endsWith("guidance");
    }

    @Test
    void aDocumentThatIsDescribedDoesNotSpeak() {
        // "the bill is “…”": the writer or someone else calls it that; the document is not the speaker
        TextAnalysis a = analyze("Sen. Maria Lowe attacked the plan on Tuesday. The bill is \"a giveaway to the largest "
                + "landlords in the state,\" she said.\n\nThe agency is collecting \"millions of records every single day\" "
                + "from its cameras, the paper found.");
        assertThat(speakerOf(a, "a giveaway").speaker()).isEqualTo("Maria Lowe");
        assertThat(speakerOf(a, "millions of records").speaker()).isNotEqualTo("agency");
    }

    @Test
    void aPersonsDocumentStillSpeaksForThePerson() {
        // the older rule: "Gorsuch's majority opinion" speaks for its author; a name after "of" is still the name
        TextAnalysis a = analyze("The court ruled 6-3. \"The statute says what it says,\" Justice Ana Ruiz's opinion reads in part."
                + "\n\n\"We will appeal,\" said Tom Vance of the Freight Union.");
        assertThat(speakerOf(a, "We will appeal").speaker()).isEqualTo("Tom Vance");
    }

    @Test
    void aQuoteParagraphAfterAParagraphAboutAnotherPersonIsThatPersons() {
        TextAnalysis a = analyze("\"Prices will keep rising through the winter,\" said analyst Rita Gomez of Harbor Bank.\n\n"
                + "Omar Shah, an economist at Lakeside University, reads the same figures differently. Taken together, Shah "
                + "estimates the new permits will cut rents by a tenth.\n\n"
                + "\"The supply is finally coming. Give it two years and the market will look very different.\"\n\n"
                + "\"Rents always follow supply in the end,\" Shah said.");
        assertThat(speakerOf(a, "The supply is finally").speaker()).isEqualTo("Omar Shah");
    }

    @Test
    void aQuoteParagraphRightAfterTheSpeakersQuoteKeepsThatSpeaker() {
        TextAnalysis a = analyze("Omar Shah, an economist at Lakeside University, studies rents.\n\n"
                + "\"Prices will keep rising through the winter,\" said analyst Rita Gomez of Harbor Bank.\n\n"
                + "\"Nobody is building fast enough to change that this year or next.\"");
        assertThat(speakerOf(a, "Nobody is building").speaker()).isEqualTo("Rita Gomez");
    }

    @Test
    void aParagraphWithAReportingVerbOrAParenthesisIsNotTakenForTheSubjectsQuote() {
        // "…, says former planner X, in an email." speaks (a speaker the rules do not find here); the person the
        // paragraph opens with is not the quote's speaker, nor is a name in parentheses
        TextAnalysis a = analyze("Mayor Dale Ortiz, for instance, ignored every warning. His plan eventually failed, says former "
                + "city planner Ana Ruiz, in an email.\n\n\"He was the clearest case of a man who would not listen to anyone.\"\n\n"
                + "I spoke to Professor Lena Berg on Friday. (Harbor Studies in Urban Affairs)\n\n"
                + "\"Cities rarely learn from the last flood until the next one arrives.\"");
        assertThat(speakerOf(a, "He was the clearest").speaker()).isNotEqualTo("Dale Ortiz");
        assertThat(speakerOf(a, "Cities rarely learn").speaker()).doesNotContain("Harbor");
    }

    @Test
    void aQuoteGoingOnAfterAPersonNamedInTheSameParagraphKeepsItsSpeakers() {
        TextAnalysis a = analyze("\"We agreed on the budget and on the schedule,\" Ada Lin and Ben Roth said in a joint statement. "
                + "Council Chairman Cy Dunn hosted the session.\n\n\"While we were frank about the few differences, we share the goal.\"");
        assertThat(speakerOf(a, "While we were frank").speaker()).isNotEqualTo("Cy Dunn");
    }

    @Test
    void aRelativeClauseAboutAPersonsDocumentLeavesTheSubjectTheSpeaker() {
        TextAnalysis a = analyze("Clyde Barrow further explains that in 1791 the treasury laid out a proposal that followed "
                + "the \"Dutch banking model closely and with great care.\"\n\nThat proposal called for new tariffs on every "
                + "import, the basis for the \"sound money and strong harbours\" slogan of the day.");
        assertThat(speakerOf(a, "Dutch banking model").speaker()).isEqualTo("Clyde Barrow");
        assertThat(speakerOf(a, "sound money").speaker()).isNotEqualTo("proposal");
    }
}
