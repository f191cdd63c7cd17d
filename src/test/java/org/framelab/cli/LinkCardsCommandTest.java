package org.framelab.cli;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** Inline link cards, video boxes and other page furniture end to end: reported by {@code corpus info}, left out of {@code features} (texts written for this test). */
class LinkCardsCommandTest {
    @TempDir
    Path dir;

    private static final String PLAIN = "Sen. Ada Cole (D-Ore.) said the plan was late. \\\"It is late,\\\" Cole said.";
    private static final String CARDED = "Sen. Ada Cole Ada Marie ColeSenate panel slams 'radical' budget deal Cole accuses rivals "
            + "of 'sabotage' Report: \\\"We will not back down,\\\" governor says MORE (D-Ore.) said the plan was late. \\\"It is late,\\\" Cole said.";

    private static final String BOX = "JUST WATCHED Rivals: 'sabotage' Replay More Videos ... MUST WATCH Rivals: 'sabotage' 01:51";
    private static final String BOXED = "Sen. Ada Cole (D-Ore.) said the plan was late.\\n" + BOX + "\\n\\\"It is late,\\\" Cole said.";

    private static final String CAPTION = "Enlarge this image toggle caption Lea Kim/Getty Images Lea Kim/Getty Images";
    private static final String CREDIT = "The Associated Press contributed to this report.";
    private static final String FURNISHED = "Sen. Ada Cole (D-Ore.) said the plan was late.\\n" + CAPTION + "\\n\\\"It is late,\\\" Cole said.\\n" + CREDIT;

    private Path corpus() throws Exception {
        Path p = dir.resolve("cards.jsonl");
        Files.write(p, List.of(
                "{\"id\": \"a1\", \"outlet\": \"Paper\", \"text\": \"" + PLAIN + "\"}",
                "{\"id\": \"a2\", \"outlet\": \"Paper\", \"text\": \"" + CARDED + "\"}",
                "{\"id\": \"a3\", \"outlet\": \"Paper\", \"text\": \"" + BOXED + "\"}",
                "{\"id\": \"a4\", \"outlet\": \"Paper\", \"text\": \"" + FURNISHED + "\"}"));
        return p;
    }

    @Test
    void corpusInfoCountsTheCards() throws Exception {
        Path p = corpus();
        Run r = new Run("corpus", "info", p.toString());
        assertThat(r.code).as(r.err()).isZero();
        int chars = CARDED.replace("\\\"", "\"").indexOf(" (D-Ore.)") - "Sen. Ada Cole ".length();
        assertThat(r.out()).contains(String.format("Inline link cards (web page furniture after a name, left out of every analysis): "
                + "1 in 1 articles, %,d characters", chars));
        assertThat(r.out()).contains(String.format("Video boxes (web page furniture between paragraphs, left out of every analysis): "
                + "1 in 1 articles, %,d characters", BOX.length()));
        assertThat(new Run("corpus", "info", p.toString(), "--json").json().path("videoBoxes").path("boxes").asLong()).isEqualTo(1);
        assertThat(r.out()).contains(String.format("Page furniture (captions, photo credits, time stamps, contributor lines, links, web addresses; "
                + "left out of every analysis): 2 pieces in 1 articles, %,d characters", CAPTION.length() + CREDIT.length()));
        JsonNode f = new Run("corpus", "info", p.toString(), "--json").json().path("pageFurniture");
        assertThat(f.path("pieces").asLong()).isEqualTo(2);
        assertThat(f.path("articles").asLong()).isEqualTo(1);
        JsonNode j = new Run("corpus", "info", p.toString(), "--json").json().path("linkCards");
        assertThat(j.path("cards").asLong()).isEqualTo(1);
        assertThat(j.path("articles").asLong()).isEqualTo(1);
    }

    @Test
    void featuresOfACardedArticleAreThoseOfThePlainOne() throws Exception {
        Path p = corpus();
        Path out = dir.resolve("f.csv");
        Run r = new Run("features", p.toString(), "-o", out.toString(), "--no-terms");
        assertThat(r.code).as(r.err()).isZero();
        List<String> rows = Files.readAllLines(out);
        // every column after the id: the card's scare quotes, quote, reporting verbs and loaded words count nowhere
        assertThat(rows.get(2).substring(rows.get(2).indexOf(','))).isEqualTo(rows.get(1).substring(rows.get(1).indexOf(',')));
        // the box's quotes and its MUST (a modal verb) count nowhere either: the same row as the plain text
        assertThat(rows.get(3).substring(rows.get(3).indexOf(','))).isEqualTo(rows.get(1).substring(rows.get(1).indexOf(',')));
        // the caption line and the credit line: page furniture, the same row as the plain text
        assertThat(rows.get(4).substring(rows.get(4).indexOf(','))).isEqualTo(rows.get(1).substring(rows.get(1).indexOf(',')));
    }
}
