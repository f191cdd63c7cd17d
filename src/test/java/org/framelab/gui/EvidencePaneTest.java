package org.framelab.gui;

import org.framelab.features.Hit;
import org.framelab.text.Span;
import org.junit.jupiter.api.Test;

import javax.swing.SwingUtilities;
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
}
