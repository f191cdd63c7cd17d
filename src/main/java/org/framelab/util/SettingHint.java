package org.framelab.util;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * How a message names a setting on every path: the command-line option, the study file's key and the GUI's control in one
 * phrase, {@code --encoding windows-1252 (study file: corpus.encoding: windows-1252; GUI: windows-1252 under 'Encoding' in
 * the corpus mapping dialog)}, or inside parentheses of the message's own {@code (--id-field; study file: corpus.mapping.id;
 * GUI: 'Id' in the corpus mapping dialog)}. The CLI and a study file show the phrase as it is (each reader finds their
 * own form); {@link #forGui} keeps only the GUI's form, so a desktop user is not told to use an option they do not have.
 * The GUI's form is written to stand in the sentence in place of the option.
 */
public final class SettingHint {
    private SettingHint() {}

    /** {@code cli (study file: study; GUI: gui)}; {@code gui} null when the GUI has no such control. */
    public static String phrase(String cli, String study, String gui) {
        return cli + " (study file: " + study + (gui == null ? "" : "; GUI: " + gui) + ")";
    }

    /** An option with its value, e.g. {@code --date-format dmy}: words that are no other option, parenthesis or semicolon. */
    private static final String OPTION = "--[a-z][a-z0-9-]*(?: (?!\\(|--)[^\\s;()]+)*";
    /** The phrase: the option, then in parentheses (after an optional aside) the study-file key and the GUI's form. */
    private static final Pattern PHRASE = Pattern.compile(OPTION + " \\((?:[^();]*; )?study file: [^;()]*; GUI: ([^()]*)\\)");
    /** Inside a parenthesis of the message: the option and the study-file key, then the GUI's form and the rest. */
    private static final Pattern INSIDE = Pattern.compile(OPTION + "; study file: [^;()]*; GUI: ");

    /**
     * {@code message} with each phrase reduced to the GUI's form; a phrase whose clause (since the last {@code ;}, {@code :}
     * or opening parenthesis) names another option before it, a hint giving several commands, is left whole rather than cut.
     */
    public static String forGui(String message) {
        if (message == null || !message.contains("GUI: ")) return message;
        return replace(replace(message, PHRASE, true), INSIDE, false);
    }

    private static String replace(String text, Pattern p, boolean keepGuiGroup) {
        Matcher m = p.matcher(text);
        StringBuilder out = new StringBuilder();
        int last = 0;
        while (m.find()) {
            int clause = Math.max(Math.max(text.lastIndexOf(';', m.start()), text.lastIndexOf(':', m.start())), text.lastIndexOf('(', m.start()));
            boolean several = text.substring(Math.max(clause, last), m.start()).contains("--");
            out.append(text, last, m.start()).append(several ? m.group() : keepGuiGroup ? m.group(1) : "");
            last = m.end();
        }
        return out.append(text, last, text.length()).toString();
    }
}
