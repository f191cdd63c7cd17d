package org.framelab.corpus;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class FieldDetectionTest {
    @Test
    void babeHeader() {
        FieldMapping m = Corpora.detect(List.of("text", "news_link", "outlet", "topic", "type", "label_bias",
                "label_opinion", "biased_words"), FieldMapping.auto());
        assertThat(m.textField()).isEqualTo("text");
        assertThat(m.idField()).isNull();
        assertThat(m.outletField()).isEqualTo("outlet");
        // label_bias is the sentence label (primary); type is the outlet's leaning
        assertThat(m.labelFields()).containsExactly("label_bias", "label_opinion", "type");
    }

    @Test
    void allsidesJsonlAndJsonFiles() {
        FieldMapping a = Corpora.detect(List.of("id", "title", "text", "source", "source_url", "url", "date", "authors",
                "topic", "bias"), FieldMapping.auto());
        assertThat(a.textField()).isEqualTo("text");
        assertThat(a.idField()).isEqualTo("id");
        assertThat(a.outletField()).isEqualTo("source");
        assertThat(a.dateField()).isEqualTo("date");
        assertThat(a.labelFields()).containsExactly("bias");
        FieldMapping j = Corpora.detect(List.of("topic", "source", "bias", "url", "title", "date", "authors", "content",
                "content_original", "source_url", "bias_text", "ID"), FieldMapping.auto());
        assertThat(j.textField()).isEqualTo("content");
        assertThat(j.idField()).isEqualTo("ID");
        assertThat(j.labelFields()).containsExactly("bias_text");
    }

    @Test
    void aGermanCodingSheetIsMappedWithoutOptions() {
        // the headers of a German-speaking coding team's sheet (Excel, with spaces and umlauts)
        FieldMapping m = Corpora.detect(List.of("Artikel-ID", "Medium", "Datum", "Überschrift", "Inhalt", "Frame", "Tonalität", "Codierer"),
                FieldMapping.auto());
        assertThat(m.idField()).isEqualTo("Artikel-ID");
        assertThat(m.outletField()).isEqualTo("Medium");
        assertThat(m.dateField()).isEqualTo("Datum");
        assertThat(m.titleField()).isEqualTo("Überschrift");
        assertThat(m.textField()).isEqualTo("Inhalt");
        assertThat(m.labelFields()).containsExactly("Frame", "Tonalität");
        FieldMapping z = Corpora.detect(List.of("Nr", "Zeitung", "Erscheinungsdatum", "Titel", "Volltext", "Ausrichtung"), FieldMapping.auto());
        assertThat(z.outletField()).isEqualTo("Zeitung");
        assertThat(z.dateField()).isEqualTo("Erscheinungsdatum");
        assertThat(z.titleField()).isEqualTo("Titel");
        assertThat(z.textField()).isEqualTo("Volltext");
        assertThat(z.labelFields()).containsExactly("Ausrichtung");
        assertThat(z.idField()).isNull(); // "Nr" is not taken for an id: ids then come from the row
    }

    @Test
    void spacesAndHyphensInColumnNamesCountAsUnderscores() {
        // the spreadsheet spelling of the usual names, and Lena's sheet with a tone column
        FieldMapping m = Corpora.detect(List.of("Article ID", "Publication Date", "News Outlet", "Headline", "Full Text", "coder", "frame", "tone"),
                FieldMapping.auto());
        assertThat(m.idField()).isEqualTo("Article ID");
        assertThat(m.dateField()).isEqualTo("Publication Date");
        assertThat(m.outletField()).isEqualTo("News Outlet");
        assertThat(m.titleField()).isEqualTo("Headline");
        assertThat(m.textField()).isEqualTo("Full Text");
        assertThat(m.labelFields()).containsExactly("frame", "tone");
        // an English name present wins over a German one, an exact spelling over a spaced one
        FieldMapping e = Corpora.detect(List.of("text", "Inhalt", "source", "Quelle", "full text"), FieldMapping.auto());
        assertThat(e.textField()).isEqualTo("text");
        assertThat(e.outletField()).isEqualTo("source");
    }

    @Test
    void givenFieldsAreKeptAndOthersDetected() {
        FieldMapping given = new FieldMapping(null, "body_html", null, List.of("my_label"), null, null, null, null);
        FieldMapping m = Corpora.detect(List.of("headline", "body_html", "publisher", "published", "my_label", "bias"), given);
        assertThat(m.textField()).isEqualTo("body_html");
        assertThat(m.titleField()).isEqualTo("headline");
        assertThat(m.outletField()).isEqualTo("publisher");
        assertThat(m.dateField()).isEqualTo("published");
        assertThat(m.labelFields()).containsExactly("my_label");
    }

    @Test
    void noTextFieldGivesNullAndReadingListsTheFields() {
        FieldMapping m = Corpora.detect(List.of("alpha", "beta"), FieldMapping.auto());
        assertThat(m.textField()).isNull();
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> FieldDetection.validate("f.csv", List.of("alpha", "beta"), m))
                .hasMessageContaining("alpha, beta").hasMessageContaining("--text-field");
    }

    @Test
    void judgementLevelItemIsNotALabel() {
        FieldMapping given = new FieldMapping(null, null, null, List.of(), null, null, "text", "annotator_id");
        FieldMapping m = Corpora.detect(List.of("text", "news_link", "outlet", "topic", "type", "label_bias",
                "label_opinion", "biased_words", "annotator_id", "Label_bias_0-1", "df_id"), given);
        assertThat(m.textField()).isEqualTo("text");
        assertThat(m.labelFields()).containsExactly("label_bias", "label_opinion", "type");
        assertThat(m.isJudgementLevel()).isTrue();
    }
}
