package org.framelab.corpus;

import java.nio.charset.Charset;
import java.util.Locale;

/**
 * UTF-8 text decoded as a one-byte encoding (windows-1252, ISO-8859-1) shows tell-tale pairs: a UTF-8 lead byte
 * read as {@code Ã} or {@code Â} before a character of U+0080-U+00BF ({@code Ã¼} for ü, {@code Ã©} for é,
 * {@code Â } for a no-break space) and the three bytes of the typographic quotes and dashes read as {@code â€}
 * ({@code â€œ}, {@code â€™}, {@code â€"}). Such text is either a UTF-8 file read with the wrong {@code --encoding}
 * or text garbled before FrameLab read it (common in scraped corpora); either way the user should know, since every
 * lexicon and n-gram then misses the garbled words. Portuguese or French capitals ({@code NÃO}, {@code ÂGE}) are
 * followed by letters outside U+0080-U+00BF and do not count.
 */
final class Mojibake {
    private Mojibake() {}

    /** Whether the text has such a pair (the searches are the JDK's vectorised indexOf). */
    static boolean in(String t) {
        if (t == null || t.isEmpty()) return false;
        if (t.indexOf("\u00E2\u20AC") >= 0) return true;
        for (char lead : new char[]{'\u00C3', '\u00C2'}) {
            for (int i = t.indexOf(lead); i >= 0 && i + 1 < t.length(); i = t.indexOf(lead, i + 1)) {
                char n = t.charAt(i + 1);
                if (n >= '\u0080' && n <= '\u00BF') return true;
            }
        }
        return false;
    }

    /** The load summary's note. */
    static String note(long articles, String firstId, Charset given) {
        String where = given != null && !given.name().equalsIgnoreCase("UTF-8")
                ? "the file was read as " + given.name() + " (--encoding; study file: corpus.encoding; GUI: 'Encoding'" + CorpusHints.DIALOG
                        + "): it is probably UTF-8, so give no encoding and let FrameLab detect it"
                : "the texts were garbled before FrameLab read them (UTF-8 saved as windows-1252 and back); repair them at the source or with a tool such as ftfy";
        return String.format(Locale.ROOT, "%,d article%s contain%s character pairs such as '\u00C3\u00BC' or '\u00E2\u20AC\u0153' that UTF-8 text shows when it is "
                + "decoded as a one-byte encoding (e.g. id %s): %s; lexicons and n-grams miss the garbled words", articles, articles == 1 ? "" : "s",
                articles == 1 ? "s" : "", firstId, where);
    }
}
