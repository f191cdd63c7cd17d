package org.framelab.corpus;

import org.framelab.util.SettingHint;

/**
 * How a reading error's hint names a reading option on every path that reads a corpus: the command-line option,
 * the study file's key under {@code corpus:} and the control of the GUI's corpus mapping dialog, in one phrase, so
 * that a study-file or GUI user is not told to use an option only the command line has.
 */
public final class CorpusHints {
    private CorpusHints() {}

    /** Where the GUI's reading options are. */
    public static final String DIALOG = " in the corpus mapping dialog";

    /** The date order: {@code --date-format ORDER}, {@code corpus.date_format: ORDER}, the dialog's Date order. */
    public static String dateOrder(String order) {
        return SettingHint.phrase("--date-format " + order, "corpus.date_format: " + order, "'" + order + "' as 'Date order'" + DIALOG);
    }

    /** Skipping bad rows: {@code --skip-bad}, {@code corpus.skip_bad}, the dialog's check box. */
    public static final String SKIP_BAD = SettingHint.phrase("--skip-bad", "corpus.skip_bad: true", "'Skip bad rows'" + DIALOG);

    /** The CSV delimiter. */
    public static final String DELIMITER = SettingHint.phrase("--delimiter", "corpus.delimiter", "'Delimiter'" + DIALOG);

    /** The sheet of a workbook. */
    public static final String SHEET = SettingHint.phrase("--sheet", "corpus.sheet", "'Sheet'" + DIALOG);

    /** The encoding {@code e}; the GUI's Encoding box lists the common ones ({@code gui} false: not among them). */
    public static String encoding(String e, boolean gui) {
        return SettingHint.phrase("--encoding " + e, "corpus.encoding: " + e, gui ? e + " under 'Encoding'" + DIALOG : null);
    }
}
