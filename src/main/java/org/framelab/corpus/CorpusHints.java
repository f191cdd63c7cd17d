package org.framelab.corpus;

/**
 * How a reading error's hint names a reading option on every path that reads a corpus: the command-line option,
 * the study file's key under {@code corpus:} and the control of the GUI's corpus mapping dialog, in one phrase, so
 * that a study-file or GUI user is not told to use an option only the command line has.
 */
public final class CorpusHints {
    private CorpusHints() {}

    /** Skipping bad rows: {@code --skip-bad}, {@code corpus.skip_bad}, the dialog's check box. */
    public static final String SKIP_BAD = "--skip-bad (study file: corpus.skip_bad: true; GUI: Skip bad rows in the corpus mapping dialog)";

    /** The CSV delimiter. */
    public static final String DELIMITER = "--delimiter (study file: corpus.delimiter; GUI: Delimiter in the corpus mapping dialog)";

    /** The sheet of a workbook. */
    public static final String SHEET = "--sheet (study file: corpus.sheet; GUI: Sheet in the corpus mapping dialog)";

    /** The encoding {@code e}; the GUI's Encoding box lists the common ones ({@code gui} false: not among them). */
    public static String encoding(String e, boolean gui) {
        return "--encoding " + e + " (study file: corpus.encoding: " + e + (gui ? "; GUI: Encoding in the corpus mapping dialog" : "") + ")";
    }
}
