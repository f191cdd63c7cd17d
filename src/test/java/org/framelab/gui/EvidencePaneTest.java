package org.framelab.gui;

import org.framelab.features.Hit;
import org.framelab.text.Span;
import org.junit.jupiter.api.Test;

import javax.swing.SwingUtilities;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicReference;

import static org.assertj.core.api.Assertions.assertThat;

/** The article text keeps the article's character offsets, so highlights land on the hit text (no display needed). */
class EvidencePaneTest {
    @Test
    void windowsLineBreaksDoNotShiftHighlights() throws Exception {
        String text = "First line.\r\nThe minister said it was \"fake\".\r\nEnd.";
        int b = text.indexOf("said");
        Hit said = new Hit("attribution", "attribution.neutral", "say", new Span(b, b + 4), "said", Map.of());
        int q = text.indexOf("\"fake\"");
        Hit scare = new Hit("quotation", "quotation.scare", "scare quote", new Span(q, q + 6), "\"fake\"", Map.of());
        AtomicReference<String[]> shown = new AtomicReference<>();
        SwingUtilities.invokeAndWait(() -> {
            EvidencePane pane = new EvidencePane();
            pane.setText(text);
            pane.setHits(List.of(said, scare), Set.of());
            try {
                var hl = pane.getHighlighter().getHighlights();
                String[] got = new String[hl.length];
                for (int i = 0; i < hl.length; i++) got[i] = pane.getDocument().getText(hl[i].getStartOffset(), hl[i].getEndOffset() - hl[i].getStartOffset());
                shown.set(got);
            } catch (javax.swing.text.BadLocationException e) {
                throw new IllegalStateException(e);
            }
            pane.setHits(List.of(said, scare), Set.of("scare quotes"));
            assertThat(pane.getHighlighter().getHighlights()).hasSize(1);
        });
        assertThat(shown.get()).containsExactlyInAnyOrder("said", "\"fake\"");
    }

    @Test
    void hitsAreClassifiedForTheLegend() {
        Hit speaker = new Hit("attribution", "attribution.speaker", "speaker", new Span(0, 3), "Mr X", Map.of());
        Hit lex = new Hit("subjective", "lexicon.mine.angry.count", "angry", new Span(0, 3), "mad", Map.of("lexicon", "mine"));
        Hit hedge = new Hit("stance", "stance.hedge", "hedge", new Span(0, 3), "may", Map.of());
        Hit title = new Hit("quotation", "quotation.title", "title", new Span(0, 3), "\"Jaws\"", Map.of());
        assertThat(Theme.highlightClass(speaker)).isEqualTo("speakers");
        assertThat(Theme.highlightClass(lex)).isEqualTo("lexicon");
        assertThat(Theme.highlightClass(hedge)).isEqualTo("stance");
        assertThat(Theme.highlightClass(title)).isEqualTo("titles");
        // speakers are derived from the attribution hits' speaker offsets
        Hit verb = new Hit("attribution", "attribution.neutral", "say", new Span(10, 14), "said",
                Map.of("speaker", "The minister", "speaker_begin", "0", "speaker_end", "12"));
        List<Hit> all = Evidence.withSpeakers(List.of(verb), 20);
        assertThat(all).extracting(h -> Theme.highlightClass(h)).containsExactly("attribution", "speakers");
        assertThat(all.get(1).span()).isEqualTo(new Span(0, 12));
    }

    /** One hit of every legend kind: each kind has its own underline, and no two tints are nearly the same colour. */
    @Test
    void everyKindHasItsOwnUnderlineAndADistinctTint() throws Exception {
        String text = "The minister said that the so-called reform may be a disaster for Acme, \"a plan for all\", per the angry list.";
        Object[][] kinds = {
                {"attribution", "attribution.neutral", "said"}, {"attribution", "attribution.speaker", "The minister"},
                {"quotation", "quotation.direct", "\"a plan for all\""}, {"quotation", "quotation.scare", "so-called"},
                {"stance", "stance.hedge", "may"}, {"subjective", "subjective.loaded", "disaster"},
                {"actors", "actors.acme", "Acme"}, {"subjective", "lexicon.mine.angry.count", "angry"}};
        List<Hit> hits = new java.util.ArrayList<>();
        for (Object[] k : kinds) {
            int b = text.indexOf((String) k[2]);
            Map<String, String> attrs = k[1].toString().startsWith("lexicon") ? Map.of("lexicon", "mine") : Map.of();
            hits.add(new Hit((String) k[0], (String) k[1], "c", new Span(b, b + ((String) k[2]).length()), (String) k[2], attrs));
        }
        List<String> classes = hits.stream().map(Theme::highlightClass).toList();
        assertThat(classes).containsExactly("attribution", "speakers", "direct quotes", "scare quotes", "stance", "loaded words", "actors", "lexicon");
        assertThat(classes.stream().map(c -> Theme.colour(c).underline()).distinct()).hasSize(classes.size());
        for (int i = 0; i < classes.size(); i++) {
            for (int j = i + 1; j < classes.size(); j++) {
                java.awt.Color a = Theme.colour(classes.get(i)).lightBg(), b = Theme.colour(classes.get(j)).lightBg();
                int d = Math.abs(a.getRed() - b.getRed()) + Math.abs(a.getGreen() - b.getGreen()) + Math.abs(a.getBlue() - b.getBlue());
                assertThat(d).as(classes.get(i) + " " + a + " vs " + classes.get(j) + " " + b).isGreaterThan(40);
            }
        }
        // the picture, for a look (and a greyscale conversion): target/gui-shots/evidence-kinds.png
        java.awt.image.BufferedImage[] img = new java.awt.image.BufferedImage[1];
        SwingUtilities.invokeAndWait(() -> {
            EvidencePane pane = new EvidencePane();
            pane.setFont(new java.awt.Font(java.awt.Font.SANS_SERIF, java.awt.Font.PLAIN, 15));
            pane.setText(text);
            pane.setSize(560, 200);
            pane.setHits(hits, Set.of());
            assertThat(pane.getHighlighter().getHighlights()).hasSize(kinds.length);
            img[0] = new java.awt.image.BufferedImage(560, 90, java.awt.image.BufferedImage.TYPE_INT_RGB);
            var g = img[0].createGraphics();
            g.setColor(java.awt.Color.WHITE);
            g.fillRect(0, 0, 560, 90);
            pane.paint(g);
            g.dispose();
        });
        Path shots = Path.of(System.getProperty("framelab.buildDir", "target"), "gui-shots");
        java.nio.file.Files.createDirectories(shots);
        javax.imageio.ImageIO.write(img[0], "png", shots.resolve("evidence-kinds.png").toFile());
    }
}
