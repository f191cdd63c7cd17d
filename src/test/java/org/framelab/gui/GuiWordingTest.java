package org.framelab.gui;

import org.framelab.corpus.Corpora;
import org.framelab.corpus.FieldMapping;
import org.framelab.corpus.ReadOptions;
import org.framelab.util.SettingHint;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.charset.Charset;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

/**
 * Reading errors as the GUI shows them name the mapping dialog's controls, not command-line options; the CLI's message
 * (the exception's own) still names the option, the study key and the control.
 */
class GuiWordingTest {
    /** The GUI's dialog text of the error {@code path} read with {@code o} raises, and the exception's own message. */
    static String[] read(Path path, ReadOptions o) {
        Throwable t = catchThrowable(() -> Corpora.read(path, o, null));
        assertThat(t).as("an error").isNotNull();
        return new String[]{ErrorDialogs.describe(t)[1], t.getMessage()};
    }

    @Test
    void readingErrorsNameTheDialogsControls(@TempDir Path dir) throws Exception {
        // bytes that are not UTF-8, read as UTF-8: the encoding
        Path cp = Files.write(dir.resolve("cp.csv"), "id,text\na1,Gr\u00fc\u00dfe aus K\u00f6ln.\n".getBytes(Charset.forName("windows-1252")));
        String[] enc = read(cp, ReadOptions.parse(FieldMapping.auto(), "UTF-8", null, null, false, 0));
        assertThat(enc[0]).contains("give its encoding, e.g. windows-1252 under 'Encoding' in the corpus mapping dialog")
                .doesNotContain("--encoding").doesNotContain("study file");
        assertThat(enc[1]).contains("--encoding windows-1252 (study file: corpus.encoding: windows-1252; GUI: windows-1252 under 'Encoding'");

        // a broken JSONL line: skip bad rows
        Path jsonl = Files.writeString(dir.resolve("b.jsonl"), "{\"id\":\"a\",\"text\":\"One.\"}\n{oops\n");
        String[] bad = read(jsonl, ReadOptions.defaults());
        assertThat(bad[0]).contains("or use 'Skip bad rows' in the corpus mapping dialog to skip bad lines").doesNotContain("--skip-bad");
        assertThat(bad[1]).contains("--skip-bad (study file: corpus.skip_bad: true; GUI: 'Skip bad rows' in the corpus mapping dialog)");

        // a day-first date without a date order; the same date against the order given
        Path dates = Files.writeString(dir.resolve("d.csv"), "id,text,date\na1,One.,05/03/2024\na2,Two.,13/01/2024\n");
        String[] order = read(dates, ReadOptions.defaults());
        assertThat(order[0]).contains("give the date order: 'dmy' as 'Date order' in the corpus mapping dialog;")
                .contains("correct it or give 'mdy' as 'Date order' in the corpus mapping dialog").doesNotContain("--date-format");
        assertThat(order[1]).contains("--date-format dmy (study file: corpus.date_format: dmy; GUI: 'dmy' as 'Date order'");

        // a repeated id
        Path ids = Files.writeString(dir.resolve("i.csv"), "id,text\na1,One.\na1,Two.\n");
        String[] dup = read(ids, ReadOptions.defaults());
        assertThat(dup[0]).contains("choose another id field ('Id' in the corpus mapping dialog), or use 'Skip bad rows' in the corpus mapping dialog")
                .doesNotContain("--");

        // a mapped field the file lacks (a remembered mapping, or options given to `gui`): the control, without the study key
        String[] field = read(ids, new ReadOptions(new FieldMapping(null, null, null, List.of(), "paper", null, null, null, null),
                null, null, null, false, 0));
        assertThat(field[0]).contains("the field given with 'Outlet' in the corpus mapping dialog does not exist").doesNotContain("--");
        assertThat(field[1]).contains("the field given with --outlet-field (study file: corpus.mapping.outlet) does not exist");
    }

    @Test
    void aHintGivingSeveralCommandsIsLeftWholeAndOptionsWithoutAControlStay() {
        String several = "keep each outlet in one fold: train --group-by outlet; report --protocol grouped --group-field outlet"
                + " (study file: classifier.protocol: grouped; GUI: Classify, Evaluation 'Grouped CV by outlet')";
        assertThat(SettingHint.forGui(several)).isEqualTo(several);
        assertThat(GuiWording.of("check --split-file and --limit.")).isEqualTo("check --split-file and --limit.");
        assertThat(GuiWording.namesAnOption("check --split-file.")).isTrue();
        assertThat(GuiWording.of("check the label field (--label; study file: classifier.label; GUI: Classify, Label to predict; fields: a, b)"))
                .isEqualTo("check the label field (Classify, Label to predict; fields: a, b)");
        assertThat(GuiWording.of("no outlet field; map one with --outlet-field")).isEqualTo("no outlet field; map one with 'Outlet' in the corpus mapping dialog");
        assertThat(GuiWording.namesAnOption("map one with --outlet-field")).isFalse();
    }

    /**
     * The Agreement view's hint for a rare category (a typo or variant): the GUI has no --recode, so it says what can be done
     * here (correct the data and read it again) and gives the agreement command whole, as a command to type in a terminal,
     * its --item-field/--label-field not turned into the mapping dialog's controls.
     */
    @Test
    void theRareCategoryHintSaysWhatTheGuiUserCanDoAndGivesTheCommandWhole() throws Exception {
        java.util.List<org.framelab.stats.Judgement> j = new java.util.ArrayList<>();
        for (int i = 0; i < 600; i++) {
            j.add(new org.framelab.stats.Judgement("i" + i, "A", i % 2 == 0 ? "Biased" : "Non-biased"));
            j.add(new org.framelab.stats.Judgement("i" + i, "B", i == 7 ? "Biassed" : i % 2 == 0 ? "Biased" : "Non-biased"));
        }
        org.framelab.stats.AgreementOptions gui = org.framelab.stats.AgreementOptions.defaults().withBootstrap(0, 1); // as Analyses.agreement
        String shown = GuiWording.of(org.framelab.stats.Agreement.compute(j, gui).warnings().stream()
                .filter(w -> w.startsWith("category")).findFirst().orElseThrow());
        assertThat(shown).startsWith("category 'Biassed' has only 1 judgement(s): if it is a typo or variant, correct it in the data and read"
                        + " the corpus again, or run the agreement command in a terminal: framelab agreement PATH --item-field ITEM"
                        + " --annotator-field CODER --label-field FIELD --recode 'Biassed=OTHER' (with your file and its item, coder and variable columns)")
                .doesNotContain("corpus mapping dialog").doesNotContain("use --recode");
        // every --option the hint names stands inside the command or its "(or ...)" alternative, none as if the GUI had it
        String outside = shown.replaceAll("framelab agreement [^()]*", "").replaceAll("\\(or --missing [^)]*\\)", "");
        assertThat(outside).doesNotContain("--");
    }
}
