package org.framelab.features;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.framelab.features.SpeakerResolverTest.analyze;
import static org.framelab.features.SpeakerResolverTest.speakerOf;

/**
 * Session 24's speaker rules, each for a class of English news constructions, on invented sentences:
 * a phrase set off by commas between speaker and verb ({@link DetachedSpeakers}), a subject pronoun
 * after a fronted phrase, the person who opens the sentence as the antecedent of a later pronoun,
 * epithets ("the former governor"), an adverb in -ly or a word in capitals that is no name, and
 * "did indeed say".
 */
class DetachedSpeakersTest {

    @Test
    void aParentheticalBetweenSubjectAndVerbKeepsTheSubject() {
        TextAnalysis a = analyze("The mayor praised the new timetable. A union spokeswoman, in response to the letter, said: "
                + "\"We welcome any talks.\"\n\nThe council, however, said \"the budget is fixed for this year.\"");
        assertThat(speakerOf(a, "We welcome").speaker()).endsWith("spokeswoman");
        assertThat(speakerOf(a, "the budget").speaker()).isEqualTo("council");
    }

    @Test
    void aFrontedParticipleOfSpeakingTakesTheNameAfterItsComma() {
        TextAnalysis a = analyze("The vote was close. Speaking at a town hall in Dover on Friday, Gov. Ada Brennan, D-Del., "
                + "summed up her view: \"The plan is too expensive,\" she told the crowd.");
        assertThat(speakerOf(a, "The plan").speaker()).isEqualTo("Ada Brennan");
    }

    @Test
    void aFrontedParticipleBeforeTheWritersOwnIIsNoSpeaker() {
        // "Reporting on …, I've been struck …": the writer, not a person named
        for (String subject : new String[]{"I've", "I", "We're"}) {
            TextAnalysis a = analyze("The city has changed. Reporting on the protests in recent weeks, " + subject
                    + " been struck by how few people will give their names.");
            assertThat(a.speakers()).as(subject).allSatisfy(q -> assertThat(q.speaker()).doesNotStartWith(subject));
            assertThat(a.attributions()).as(subject).allSatisfy(at -> assertThat(String.valueOf(at.speaker())).doesNotStartWith(subject));
        }
    }

    @Test
    void anInvertedClauseInsideTheSentenceNamesTheSpeaker() {
        TextAnalysis a = analyze("Critics of the levy spoke up this week. The measure, wrote Sen. Marta Oyelaran in an op-ed, "
                + "is \"a tax on every family that drives to work and cannot afford a newer car.\"");
        assertThat(speakerOf(a, "a tax on every family").speaker()).isEqualTo("Marta Oyelaran");
    }

    @Test
    void toldAfterACommaIsFollowedByItsListenerNotItsSpeaker() {
        // "…, told Channel Four …" in the middle of a sentence names who heard it; the rule leaves it alone
        assertThat(DetachedSpeakers.find(org.framelab.text.Tokenizer.DEFAULT.tokenize(
                "The deal, told Channel Four, was signed."), 3, 4, "tell")).isNull();
    }

    @Test
    void aSubjectPronounAfterAFrontedPhraseContinuesTheChain() {
        TextAnalysis a = analyze("Councillor Ben Okoro defended the zoning plan in a long interview on Monday.\n\n"
                + "On Thursday, he returned to the radio studio of host Tom Keller. Later that evening, he sounded calmer.\n\n"
                + "\"I regret nothing,\" he said.");
        // the pronoun chain ("Later that evening, he … On Thursday, he …") leads back past the host named as an object
        assertThat(speakerOf(a, "I regret nothing").speaker()).endsWith("Ben Okoro");
    }

    @Test
    void aNameBeforeAParentheticalHeSaidIsNotTheSpeaker() {
        TextAnalysis a = analyze("The report was written by analyst Pavel Novak. Brennan, he said, has not answered it.\n\n"
                + "\"She must answer the questions in public,\" he said.");
        assertThat(speakerOf(a, "She must answer").speaker()).isEqualTo("Pavel Novak");
    }

    @Test
    void thePersonWhoOpensTheSentenceIsTheAntecedentOfALaterPronoun() {
        TextAnalysis a = analyze("Professor Lina Haddad wrote a letter about the budget.\n\n"
                + "Rep. Tomas Ferreira cut the debate short: \"We have heard enough,\" he told committee chair Rita Olsen.");
        assertThat(speakerOf(a, "We have heard enough").speaker()).isEqualTo("Tomas Ferreira");
    }

    @Test
    void anEpithetWithAModifierStandsForThePersonJustNamed() {
        TextAnalysis a = analyze("Ruth Calder spent the morning with voters in Keene. \"I will win this state,\" "
                + "the former governor said.\n\nAn aide said later that \"the polls are tightening.\"\n\n"
                + "\"Nobody is ahead,\" said the second aide.");
        assertThat(speakerOf(a, "I will win").speaker()).isEqualTo("Ruth Calder");
        // a counting word ("the second aide") brings in another unnamed source, no epithet for Ruth Calder
        assertThat(speakerOf(a, "Nobody is ahead").speaker()).endsWith("aide");
    }

    @Test
    void aLawmakerDescriptionIsAnEpithetToo() {
        TextAnalysis a = analyze("Congressman Ed Pruitt filed the bill on Monday. Pruitt says the rules are too strict.\n\n"
                + "\"We want to protect small charities,\" the Ohio lawmaker explained.");
        assertThat(speakerOf(a, "We want to protect").speaker()).isEqualTo("Ed Pruitt");
    }

    @Test
    void anOpeningAdverbInLyIsNoName() {
        TextAnalysis a = analyze("Inspectors reviewed the plant in March.\n\nRemarkably, the notes confirm the pumps failed twice.\n\n"
                + "\"The valves were never replaced,\" the notes say.");
        assertThat(speakerOf(a, "The valves").speaker()).isEqualTo("notes");
    }

    @Test
    void aWordInCapitalsAfterANameIsNotPartOfIt() {
        TextAnalysis a = analyze("Read the full interview with Mayor Clara Webb HERE.\n\n"
                + "\"We start with the schools,\" she said.");
        assertThat(speakerOf(a, "We start").speaker()).isEqualTo("Clara Webb");
    }

    @Test
    void didIndeedSayKeepsTheNameApartFromTheAuxiliary() {
        TextAnalysis a = analyze("The debate went late. Okafor did indeed say: \"I was wrong about the tariff.\"");
        assertThat(speakerOf(a, "I was wrong").speaker()).isEqualTo("Okafor");
    }
}
