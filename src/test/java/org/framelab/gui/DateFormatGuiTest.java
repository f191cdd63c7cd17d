package org.framelab.gui;

import org.framelab.corpus.Corpora;
import org.framelab.corpus.Corpus;
import org.framelab.corpus.ReadOptions;
import org.framelab.features.FeatureSets;
import org.framelab.util.Progress;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The date order chosen when opening a corpus: read with it, remembered for the file, and written to an exported study. */
class DateFormatGuiTest {
    @BeforeAll
    static void display() {
        GuiTestSupport.requireDisplay();
    }

    @Test
    void theDialogsDateOrderReadsTheCorpusAndTheExportedStudyKeepsIt(@TempDir Path dir) throws Exception {
        Path csv = Files.writeString(dir.resolve("coded.csv"), "id,text,outlet,leaning,date\n"
                + "a1,The minister said the plan works.,O1,left,05/03/2024\na2,Critics accused the minister.,O2,right,13/01/2024\n");
        MappingDialog.Input in = MainWindow.inspect(csv, null);
        ReadOptions chosen = GuiTestSupport.withMappingDialog(in, d -> {
            assertThat(d.dateFormatBox().getSelectedIndex()).as("detect by default").isZero();
            assertThat(d.options().mapping().dateFormat()).isNull();
            d.dateFormatBox().setSelectedIndex(1); // dmy
            return d.options();
        });
        assertThat(chosen.mapping().dateFormat()).isEqualTo("dmy");
        ReadOptions typed = GuiTestSupport.withMappingDialog(in, d -> {
            d.dateFormatBox().setSelectedItem("dd/MM/yyyy");
            return d.options();
        });
        assertThat(typed.mapping().dateFormat()).isEqualTo("dd/MM/yyyy");
        GuiTestSupport.useMappingDialog(in, d -> {
            d.dateFormatBox().setSelectedItem("yyyy");
            assertThatThrownBy(d::options).isInstanceOf(IllegalArgumentException.class).hasMessageContaining("date_format");
        });
        // remembered for the file, and offered again when it is reopened
        ReadOptions remembered = MappingCodec.decode(MappingCodec.encode(typed));
        assertThat(remembered).isEqualTo(typed);
        String shown = GuiTestSupport.withMappingDialog(MainWindow.inspect(csv, remembered), d -> String.valueOf(d.dateFormatBox().getSelectedItem()));
        assertThat(shown).isEqualTo("dd/MM/yyyy");

        Corpus corpus = Corpora.read(csv, chosen, Progress.NONE);
        assertThat(corpus.articles().get(0).date()).isEqualTo(LocalDate.of(2024, 3, 5));
        Pipelines.Spec spec = new Pipelines.Spec(FeatureSets.FRAMING, Map.of(), List.of());
        Analyses.Snapshot s = new Analyses.Snapshot(csv, chosen, corpus, spec, null, null, null, null, null);
        Path file = Reports.studyFile(s, dir.resolve("session.yaml"));
        assertThat(Files.readString(file)).contains("\n  date_format: dmy\n");
        assertThat(org.framelab.study.StudyFile.read(file).corpus().dateFormat()).isEqualTo("dmy");
    }
}
