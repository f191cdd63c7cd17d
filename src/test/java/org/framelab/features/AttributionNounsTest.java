package org.framelab.features;

import org.framelab.text.Tokenizer;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Reporting-verb lemmas that are often nouns (remark, state, claim, charge, report, note, comment ...): the noun
 * readings AllSides articles showed most often are not counted as reporting verbs, and the verb readings next to them
 * still are. Every sentence is written for this test.
 */
class AttributionNounsTest {
    /** The reporting verbs found in {@code sentence}, as written. */
    static List<String> verbs(String sentence) {
        return AttributionFinder.standard().find(Tokenizer.DEFAULT.tokenize(sentence)).stream().map(Attribution::verb).toList();
    }

    @Test
    void nounReadingsAreNotReportingVerbs() {
        // after an adjective in lower case, a comma or colon no longer makes the word a verb
        assertThat(verbs("In his prepared remarks, the senator thanked the staff.")).isEmpty();
        assertThat(verbs("The campaign is spending heavily in key states: Florida, Ohio and Arizona.")).isEmpty();
        assertThat(verbs("He faces criminal charges, prosecutors said.")).containsExactly("said");
        assertThat(verbs("Initial jobless claims, a measure of layoffs, fell last week.")).isEmpty();
        // a list item after a comma
        assertThat(verbs("The money goes to federal, state and local agencies.")).isEmpty();
        assertThat(verbs("The fund pays city, state, or county workers.")).isEmpty();
        assertThat(verbs("The bill's sponsors, state attorney general Ann Lee among them, agreed.")).isEmpty();
        // a possessive, also a capitalised one
        assertThat(verbs("Editor's note: this story was updated on Monday.")).isEmpty();
        assertThat(verbs("Mueller's report, released in April, found no conspiracy.")).isEmpty();
        // an -s form after a plural quantifier or source word is a plural noun ("many claim" would be the verb)
        assertThat(verbs("In many states, the rules differ.")).isEmpty();
        assertThat(verbs("The three states that allow it are small.")).isEmpty();
        assertThat(verbs("Both reports, however, were wrong.")).isEmpty();
        // "that" opening a relative clause, not a complement clause
        assertThat(verbs("Trump made similar remarks that were widely shared.")).isEmpty();
        assertThat(verbs("The group tracked charges that have been dropped.")).isEmpty();
    }

    @Test
    void verbReadingsStillCount() {
        assertThat(verbs("He remarks that the plan is late.")).containsExactly("remarks");
        assertThat(verbs("Smith remarks that the plan is late.")).containsExactly("remarks");
        assertThat(verbs("Critics claim the plan is late.")).containsExactly("claim");
        assertThat(verbs("Smith claims the plan is late.")).isEmpty(); // as before: a bare -s form after a name needs a complement
        assertThat(verbs("Smith claims that the plan is late.")).containsExactly("claims");
        assertThat(verbs("The lawsuit claims that the company lied.")).containsExactly("claims");
        assertThat(verbs("The indictment charges that the men lied.")).containsExactly("charges");
        assertThat(verbs("The report states: “We found no evidence.”")).containsExactly("states");
        assertThat(verbs("The girl replies, “I was never there.”")).containsExactly("replies");
        assertThat(verbs("“It is over,” states the report.")).containsExactly("states");
        assertThat(verbs("The plan is late, notes Dr. Ann Blessing.")).containsExactly("notes");
        assertThat(verbs("The Associated Press reports that the vote was close.")).containsExactly("reports");
        assertThat(verbs("He was the first to respond, officials said.")).containsExactly("respond", "said");
        assertThat(verbs("But his lawyers claim, in a filing, that he was abroad.")).containsExactly("claim");
        assertThat(verbs("Under tremendous stress, the staff kept working.")).isEmpty();
        assertThat(verbs("Let's note that the vote was close.")).containsExactly("note");
    }

    @Test
    void aDocumentOrMediumAsSubjectMakesTheFormAVerbBeforeAComma() {
        assertThat(verbs("The damage is already done, the report states, and it will grow.")).containsExactly("states");
        assertThat(verbs("But as the paper notes, the vote was close.")).containsExactly("notes");
        assertThat(verbs("In addition, the memo states, the agency refused every request.")).containsExactly("states");
        assertThat(verbs("The lawsuit states: the company lied to its clients.")).containsExactly("states");
        // other nouns before the -s form stay nouns
        assertThat(verbs("Forget about the early states, it is all about money.")).isEmpty();
        assertThat(verbs("He kept his campaign promises, including the wall.")).isEmpty();
        assertThat(verbs("It called on its member states, which include Egypt, to act.")).isEmpty();
        // a document noun without a determiner is part of a longer noun phrase
        assertThat(verbs("He read out the court report notes, then left.")).isEmpty();
    }
}
