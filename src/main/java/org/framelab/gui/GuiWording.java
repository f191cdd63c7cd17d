package org.framelab.gui;

import org.framelab.util.SettingHint;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A message of the steps as the desktop app shows it: a hint that names a setting on every path keeps only the GUI's form
 * ({@link SettingHint#forGui}), and the command-line options a message names alone, without the GUI's form, are put in the
 * GUI's words by a small table keyed by the option (the corpus mapping dialog's controls, the Classify view's label).
 * Options the GUI has no control for stay as they are, and so does a command written out to type in a terminal
 * ({@code framelab agreement PATH --item-field ITEM ...}).
 */
final class GuiWording {
    private GuiWording() {}

    private static final String DIALOG = " in the corpus mapping dialog";

    /** Option (with its value where the GUI's words use it) to the GUI's words; longer options first. */
    private static final Map<Pattern, String> OPTIONS = new LinkedHashMap<>();

    static {
        OPTIONS.put(Pattern.compile("--date-format (dmy|mdy|ymd)\\b"), "'$1' as 'Date order'" + DIALOG);
        OPTIONS.put(Pattern.compile("--date-format\\b"), "'Date order'" + DIALOG);
        OPTIONS.put(Pattern.compile("--label-field\\b"), "'Labels'" + DIALOG);
        for (String role : new String[]{"text", "title", "id", "outlet", "date", "item", "annotator"}) {
            String control = role.equals("item") || role.equals("annotator") ? Character.toUpperCase(role.charAt(0)) + role.substring(1) + " field"
                    : Character.toUpperCase(role.charAt(0)) + role.substring(1);
            OPTIONS.put(Pattern.compile("--" + role + "-field\\b"), "'" + control + "'" + DIALOG);
        }
        OPTIONS.put(Pattern.compile("--skip-bad\\b"), "'Skip bad rows'" + DIALOG);
        OPTIONS.put(Pattern.compile("--delimiter\\b"), "'Delimiter'" + DIALOG);
        OPTIONS.put(Pattern.compile("--sheet\\b"), "'Sheet'" + DIALOG);
        OPTIONS.put(Pattern.compile("--encoding (windows-1252|UTF-8|ISO-8859-1|UTF-16)\\b"), "$1 under 'Encoding'" + DIALOG);
        OPTIONS.put(Pattern.compile("--label\\b(?!-)"), "'Label to predict' in the Classify view");
    }

    private static final Pattern STUDY_ONLY = Pattern.compile("(?<=dialog|view) \\(study file: [^;()]*\\)");
    private static final Pattern STUDY_INSIDE = Pattern.compile("(?<=dialog|view); study file: [^;()]*(?=\\))");

    /** A command to type in a terminal ({@code framelab agreement PATH --label-field FIELD ...}): its options are kept as they are. */
    private static final Pattern COMMAND = Pattern.compile("framelab [a-z]+ [A-Z]+ --[^()\\n;]*");

    /** {@code message} in the GUI's words (null stays null). */
    static String of(String message) {
        if (message == null) return null;
        java.util.List<String> commands = new java.util.ArrayList<>();
        Matcher m = COMMAND.matcher(message);
        StringBuilder kept = new StringBuilder();
        while (m.find()) {
            commands.add(m.group());
            m.appendReplacement(kept, "\u0000" + (commands.size() - 1) + "\u0000");
        }
        m.appendTail(kept);
        String s = SettingHint.forGui(kept.toString());
        if (s.contains("--")) {
            for (Map.Entry<Pattern, String> e : OPTIONS.entrySet()) s = e.getKey().matcher(s).replaceAll(e.getValue());
            // what is left of a setting named for the study file only: the GUI's words stand without it
            s = STUDY_ONLY.matcher(STUDY_INSIDE.matcher(s).replaceAll("")).replaceAll("");
        }
        for (int i = 0; i < commands.size(); i++) s = s.replace("\u0000" + i + "\u0000", commands.get(i));
        return s;
    }

    /** Whether {@code message} still names a command-line option after {@link #of} (for tests and reports). */
    static boolean namesAnOption(String message) {
        Matcher m = Pattern.compile("(?<![\\w-])--[a-z][a-z0-9-]+").matcher(of(message));
        return m.find();
    }
}
