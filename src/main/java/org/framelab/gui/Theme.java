package org.framelab.gui;

import com.formdev.flatlaf.FlatDarkLaf;
import com.formdev.flatlaf.FlatLaf;
import com.formdev.flatlaf.FlatLightLaf;

import javax.swing.UIManager;
import java.awt.Color;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Look and feel (FlatLaf light or dark; HiDPI scaling comes from FlatLaf and Java's own
 * per-monitor scaling) and the colours FrameLab uses for evidence highlights.
 */
final class Theme {
    private Theme() {}

    static void install(boolean dark) {
        UIManager.put("TabbedPane.showTabSeparators", true);
        UIManager.put("Table.showHorizontalLines", true);
        UIManager.put("Table.intercellSpacing", new java.awt.Dimension(0, 1));
        UIManager.put("ScrollBar.showButtons", false);
        UIManager.put("Component.arc", 6);
        UIManager.put("Button.arc", 6);
        UIManager.put("TextComponent.arc", 6);
        if (dark) FlatDarkLaf.setup();
        else FlatLightLaf.setup();
    }

    static void switchTo(boolean dark) {
        install(dark);
        applyText(textPercent);
        FlatLaf.updateUI();
    }

    /** Text sizes offered by View > Larger/Smaller Text, in percent of the look and feel's own (for a projector or a small screen). */
    static final int[] TEXT_STEPS = {85, 100, 115, 130, 150, 175, 200};
    private static java.awt.Font baseFont;
    private static int textPercent = 100;

    /** Sets the text size of every component made or updated after this (percent of the look and feel's default font, one of {@link #TEXT_STEPS}). */
    static void applyText(int percent) {
        if (baseFont == null) baseFont = UIManager.getFont("defaultFont");
        if (baseFont == null) return;
        int p = nearestStep(percent);
        textPercent = p;
        UIManager.put("defaultFont", new javax.swing.plaf.FontUIResource(baseFont.deriveFont(baseFont.getSize2D() * p / 100f)));
    }

    /** The step nearest to {@code percent} (a hand-edited settings file may hold any number). */
    static int nearestStep(int percent) {
        int best = 100;
        for (int s : TEXT_STEPS) if (Math.abs(s - percent) < Math.abs(best - percent)) best = s;
        return best;
    }

    /** The next step up ({@code +1}) or down ({@code -1}) from the current size, or 100 for {@code 0}; the size set. */
    static int stepText(int direction) {
        int i = java.util.Arrays.binarySearch(TEXT_STEPS, textPercent);
        int p = direction == 0 ? 100 : TEXT_STEPS[Math.max(0, Math.min(TEXT_STEPS.length - 1, i + direction))];
        applyText(p);
        FlatLaf.updateUI();
        return textPercent;
    }

    static int textPercent() {
        return textPercent;
    }

    static boolean isDark() {
        return FlatLaf.isLafDark();
    }

    /**
     * Highlight colours for the evidence families, Okabe–Ito based (colour-blind safe: Okabe &
     * Ito 2008, "Color Universal Design"). Each has a light background (light theme) and a deeper
     * one (dark theme); every family also gets an underline in its full colour, in a style of its own
     * ({@link Underline}), so overlapping highlights stay distinguishable and the kinds differ in grey print too.
     */
    record FamilyColour(Color strong, Color lightBg, Color darkBg, Underline underline) {
        Color background(boolean dark) {
            return dark ? darkBg : lightBg;
        }

        /** The underline's colour: the full colour, a quarter darker on the light theme (orange and sky blue stay visible in grey print). */
        Color line(boolean dark) {
            return dark ? strong : mix(strong, Color.BLACK, 0.25);
        }
    }

    private static final Color[] STRONG = {
            new Color(0x0072B2), // blue
            new Color(0xD55E00), // vermillion
            new Color(0x009E73), // bluish green
            new Color(0xCC79A7), // reddish purple
            new Color(0xE69F00), // orange
            new Color(0x56B4E9), // sky blue
            new Color(0x8C6D00), // olive/brown
            new Color(0x666666), // grey
    };

    /**
     * Highlight classes in legend order with their fixed colour index: what the issue asks to see
     * apart (attribution verbs, speakers, direct quotes, scare quotes, hedges and other stance
     * markers, loaded words), then actors and user lexicons. Unknown classes get the grey. Speakers
     * (reddish purple) and loaded words (orange) are apart in hue; hedges and stance are sky blue, beside the
     * attribution verbs' dark blue but with another line under them.
     */
    private static final String[] CLASSES = {"attribution", "speakers", "direct quotes", "scare quotes",
            "stance", "loaded words", "actors", "lexicon"};
    private static final int[] CLASS_COLOUR = {0, 3, 2, 1, 5, 4, 6, 7};
    private static final Underline[] CLASS_UNDERLINE = {Underline.SOLID, Underline.DOUBLE, Underline.DASHED, Underline.BRACKET,
            Underline.DOTTED, Underline.WAVY, Underline.DASH_DOT, Underline.BOX};
    /**
     * How much white each class's light-theme tint holds: chosen so that no two tints are alike (CIELAB distance at
     * least 22 between any two; with one share of 0.70 for all, vermillion and orange, blue and green were 8–12 apart)
     * and black text stays readable on each (relative luminance at least 0.40).
     */
    private static final double[] CLASS_WHITE = {0.50, 0.50, 0.55, 0.55, 0.75, 0.45, 0.75, 0.45};

    private static final Map<String, FamilyColour> assigned = new LinkedHashMap<>();

    static synchronized FamilyColour colour(String highlightClass) {
        return assigned.computeIfAbsent(highlightClass, k -> {
            int i = familyOrder(k);
            Color s = i < CLASSES.length ? STRONG[CLASS_COLOUR[i]] : STRONG[7];
            Underline u = i < CLASSES.length ? CLASS_UNDERLINE[i] : Underline.THIN;
            double white = i < CLASSES.length ? CLASS_WHITE[i] : 0.70;
            return new FamilyColour(s, mix(s, Color.WHITE, white), mix(s, new Color(0x2B2B2B), 0.50), u);
        });
    }

    /** Position of a highlight class in the legend (unknown classes last). */
    static int familyOrder(String highlightClass) {
        for (int i = 0; i < CLASSES.length; i++) if (CLASSES[i].equals(highlightClass)) return i;
        return CLASSES.length;
    }

    /** Title for the legend. */
    static String familyTitle(String highlightClass) {
        switch (highlightClass) {
            case "attribution": return "Attribution verbs";
            case "speakers": return "Speakers";
            case "direct quotes": return "Direct quotes";
            case "scare quotes": return "Scare quotes";
            case "stance": return "Hedges & stance";
            case "loaded words": return "Loaded words";
            case "actors": return "Actors";
            case "lexicon": return "User lexicons";
            case "titles": return "Titles";
            default: break;
        }
        String s = highlightClass.replace('_', ' ');
        return Character.toUpperCase(s.charAt(0)) + s.substring(1);
    }

    /**
     * The highlight class of a hit: its family, except that quotation hits split into direct and
     * scare quotes, speakers are set apart from attribution verbs, and subjective/loaded language
     * and user lexicons are named for what they show.
     */
    static String highlightClass(org.framelab.features.Hit h) {
        String fam = h.family().toLowerCase(java.util.Locale.ROOT);
        String f = (h.feature() + " " + h.category()).toLowerCase(java.util.Locale.ROOT);
        if (fam.startsWith("attribution")) return f.contains("speaker") || f.contains("anonymous") ? "speakers" : "attribution";
        if (fam.startsWith("quot")) {
            if (f.contains("scare") || f.contains("distanc")) return "scare quotes";
            if (f.contains("title") || f.contains("mention")) return "titles";
            return "direct quotes";
        }
        if (h.attributes().containsKey("lexicon") && !fam.startsWith("ngram")) return "lexicon";
        if (fam.startsWith("stance") || fam.startsWith("epistemic")) return "stance";
        if (fam.startsWith("subjectiv") || fam.startsWith("loaded") || fam.startsWith("sentiment")) return "loaded words";
        if (fam.startsWith("actor")) return "actors";
        if (fam.startsWith("lexicon") || h.attributes().containsKey("lexicon") && !fam.startsWith("ngram")) return "lexicon";
        return fam;
    }

    static Color mix(Color a, Color b, double t) {
        return new Color((int) Math.round(a.getRed() * (1 - t) + b.getRed() * t),
                (int) Math.round(a.getGreen() * (1 - t) + b.getGreen() * t),
                (int) Math.round(a.getBlue() * (1 - t) + b.getBlue() * t));
    }

    /** Chart series colours (same colour-blind-safe set). */
    static Color series(int i) {
        return STRONG[i % STRONG.length];
    }
}
