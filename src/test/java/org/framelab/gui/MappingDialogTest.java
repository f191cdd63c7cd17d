package org.framelab.gui;

import org.framelab.corpus.ReadOptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The mapping dialog: detected roles pre-selected, preview rows, options built from the choices. */
class MappingDialogTest {
    static final Path DEMO = Path.of("datasets/demo/articles.jsonl");

    @BeforeAll
    static void display() {
        GuiTestSupport.requireDisplay();
    }

    @Test
    void detectedFieldsArePreselectedAndBecomeTheReadOptions() throws Exception {
        MappingDialog.Input in = MainWindow.inspect(DEMO, null);
        assertThat(in.fields()).contains("id", "title", "text", "outlet", "date", "leaning");
        assertThat(in.preview()).hasSize(20);
        ReadOptions o = GuiTestSupport.withMappingDialog(in, d -> {
            assertThat(d.textBox().getSelectedItem()).isEqualTo("text");
            return d.options();
        });
        assertThat(o.mapping().textField()).isEqualTo("text");
        assertThat(o.mapping().outletField()).isEqualTo("outlet");
        assertThat(o.mapping().labelFields()).contains("leaning");
        assertThat(o.mapping().isJudgementLevel()).isFalse();
    }

    @Test
    void judgementLevelNeedsItemAndAnnotator() throws Exception {
        MappingDialog.Input in = MainWindow.inspect(DEMO, null);
        GuiTestSupport.useMappingDialog(in, d -> {
            d.judgementBox().setSelected(true);
            assertThatThrownBy(d::options).isInstanceOf(IllegalArgumentException.class)
                    .hasMessageContaining("item field and an annotator field");
        });
    }
}
