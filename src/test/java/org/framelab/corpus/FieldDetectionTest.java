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
