package org.framelab.features;

import org.framelab.text.Span;
import org.framelab.text.TokenizedText;

import java.util.ArrayList;
import java.util.List;

import static org.framelab.features.SpeakerWords.COURTESY_BIT;
import static org.framelab.features.SpeakerWords.DETERMINER_BIT;
import static org.framelab.features.SpeakerWords.FEMALE;
import static org.framelab.features.SpeakerWords.MALE;
import static org.framelab.features.SpeakerWords.NOT_NAME_BIT;
import static org.framelab.features.SpeakerWords.NOT_NAME_START_BIT;
import static org.framelab.features.SpeakerWords.ORG_BIT;
import static org.framelab.features.SpeakerWords.RUN_BREAK_BIT;
import static org.framelab.features.SpeakerWords.TITLE_BIT;

/**
 * The names of one article for {@link SpeakerResolver}: runs of capitalised words outside quotes,
 * cut after their last title word into a name and a role ("Interior Ministry spokesman Karl Weiss":
 * name Karl Weiss, role Interior Ministry spokesman), people told from organisations, a surname
 * alone read as the full name written earlier ("Weiss" = "Karl Weiss"), and whether a person fits
 * "he" or "she".
 */
final class SpeakerNames {
    /** A speaker: a name (with role) or a phrase, and the words it was taken from. */
    record Speaker(String name, String role, String source, Span span, boolean named, boolean person,
                   boolean group, int token) {}

    private final TokenizedText t;
    private final boolean[] quoted;
    /** Person and organisation mentions outside quotes, in text order. */
    final List<Speaker> mentions = new ArrayList<>();
    /** Per sentence: indices into {@link #mentions}. */
    final SentenceLists mentionsOf;
    /**
     * Surname (lower case) to the full name first written for it ({@link KeyMap#FULL}), and first word of a
     * name (lower case) to the full name ({@link KeyMap#FIRST}): "Geng" = "Geng Shuang".
     */
    private final KeyMap known;
    /** Per token: {@link SpeakerWords#flags} with {@link #FLAGS_KNOWN}, or 0 before the first look-up. */
    private final byte[] flags;
    private static final int FLAGS_KNOWN = 0x80;

    /** {@code quoted}: the tokens inside quotes (no names are looked for there). */
    SpeakerNames(TokenizedText t, boolean[] quoted) {
        this.t = t;
        this.quoted = quoted;
        this.mentionsOf = new SentenceLists(t.sentenceCount());
        this.flags = new byte[t.size()];
        this.known = new KeyMap(t);
    }

    /** The {@link SpeakerWords#flags} of token {@code k}, looked up once. */
    int flags(int k) {
        int f = flags[k];
        if (f == 0) {
            f = SpeakerWords.flags(t, k) | FLAGS_KNOWN;
            flags[k] = (byte) f;
        }
        return f;
    }

    private boolean has(int k, int bit) {
        return (flags(k) & bit) != 0;
    }

    /** Finds the person and organisation mentions outside quotes ({@link #mentions}). */
    void findMentions() {
        int n = t.size();
        int i = 0;
        while (i < n) {
            if (quoted[i] || !isNameWord(i)) {
                i++;
                continue;
            }
            int start = i;
            int end = i + 1;
            if (!isGenitive(i)) {
                int s = t.sentenceOf(start);
                while (end < n && t.sentenceOf(end) == s && !quoted[end] && isNameWord(end)) {
                    end++;
                    if (isGenitive(end - 1)) break;
                }
            }
            // a sentence-initial function word is not part of the name
            while (start < end && (has(start, NOT_NAME_START_BIT) || sentenceAdverb(start))
                    && (start == t.sentenceStart(t.sentenceOf(start)) || t.kind(start - 1) == TokenizedText.QUOTE
                    || t.kind(start - 1) == TokenizedText.PUNCT)) {
                start++;
            }
            if (start < end && !headline(start, end)) {
                Speaker m = nameOf(start, end, false);
                if (m != null && (m.person() || m.group())) {
                    mentionsOf.add(t.sentenceOf(start), mentions.size());
                    mentions.add(m);
                }
            }
            i = end;
        }
    }

    /** Three or more words in capitals: a heading ("BETO O'ROURKE PLEDGES TO ..."), not a name. */
    private boolean headline(int from, int to) {
        if (to - from < 3) return false;
        for (int k = from; k < to; k++) if (!allCaps(k)) return false;
        return true;
    }

    /** No lower-case letter in token {@code k} (read from the text, no string made). */
    private boolean allCaps(int k) {
        String text = t.text();
        for (int c = t.begin(k), e = t.end(k); c < e; c++) {
            char ch = text.charAt(c);
            // ASCII: only a-z are lower case
            if (ch < 128 ? ch >= 'a' && ch <= 'z' : Character.isLowerCase(ch)) return false;
        }
        return true;
    }

    /**
     * "Shockingly, the notes …", "Predictably, …": an adverb in -ly set off by a comma (checked where a
     * sentence or clause opens) is no name.
     */
    private boolean sentenceAdverb(int k) {
        return t.normLength(k) > 4 && t.norm(k).endsWith("ly") && k + 1 < t.size() && t.isPunct(k + 1, ',');
    }

    private boolean isNameWord(int k) {
        if (t.kind(k) != TokenizedText.WORD || !t.isCapitalized(k)) return false;
        if (k > 0 && t.isWord(k - 1) && t.isCapitalized(k - 1) && has(k, RUN_BREAK_BIT)) return false;
        int len = t.normLength(k);
        // a word of five or more capitals is a heading ("DECRIMINALIZE"), not a name
        if (len >= 5 && allCaps(k)) return false;
        // "… with Sen. Ada Cole HERE", "Ada Cole WATCH": a word in capitals after a name written in mixed case is a
        // link or a heading, not part of the name (initials and acronyms of up to three letters are: "John Smith III")
        if (len >= 4 && allCaps(k) && k > 0 && t.isWord(k - 1) && t.isCapitalized(k - 1) && !allCaps(k - 1)) return false;
        return !(len == 1 && t.normEquals(k, "i"));
    }

    /**
     * The length of the lower-case word without a possessive ending: "rahami" for "Rahami’s" (the key of
     * {@link #known}: the first so many characters of {@code t.norm(k)}).
     */
    private int normKeyLength(int k) {
        int len = t.normLength(k);
        if (isGenitive(k)) return len - 2;
        if (isPossessive(k)) return len - 1;
        return len;
    }

    /** "Blackrock's", "Trump’s": a possessive that ends a name run (a plural "Workers'" does not). */
    boolean isGenitive(int k) {
        int e = t.end(k);
        if (e - t.begin(k) < 3) return false;
        char last = t.text().charAt(e - 1);
        return (last == 's' || last == 'S') && isApostrophe(t.text().charAt(e - 2));
    }

    private boolean isPossessive(int k) {
        int e = t.end(k);
        if (e - t.begin(k) < 3) return false;
        char last = t.text().charAt(e - 1), before = t.text().charAt(e - 2);
        return isGenitive(k) || isApostrophe(last) && (before == 's' || before == 'S');
    }

    private static boolean isApostrophe(char c) {
        return c == '\'' || c == '\u2019';
    }

    /**
     * The name in capitalised tokens [from, to): after the last title word; a person (a title, two or
     * more name words, or a known surname) or an organisation; null when nothing is left.
     */
    Speaker nameOf(int from, int to, boolean speakerPosition) {
        int nb = from;
        boolean title = false;
        boolean org = false;
        for (int k = from; k < to - 1; k++) {
            if (has(k, TITLE_BIT)) {
                nb = k + 1;
                title = true;
            }
        }
        // a possessive before the name belongs to the role: "Blackrock's Larry Fink"
        for (int k = nb; k < to - 1; k++) if (isGenitive(k)) nb = k + 1;
        if (nb >= to) return null;
        int words = 0;
        boolean notName = false;
        for (int k = nb; k < to; k++) {
            int f = flags(k);
            if ((f & ORG_BIT) != 0) org = true;
            if (t.isWord(k)) words++;
            if ((f & NOT_NAME_BIT) != 0) notName = true;
        }
        // a surname (or the first word of a name written surname first) of a person named before
        String known = null;
        // (only a person has a name known before: an organisation word or a word that is no name makes none)
        if (words == 1 && !org && !notName) {
            int keyLength = normKeyLength(nb);
            int slot = this.known.find(nb, keyLength, keyHash(nb, keyLength));
            if (slot >= 0) {
                known = this.known.value(slot, KeyMap.FULL);
                if (known == null) known = this.known.value(slot, KeyMap.FIRST);
            }
        }
        boolean person = !org && !notName && (title || words >= 2 || known != null || speakerPosition);
        // "the New York Times": a place in a name that ends with an organisation word is part of it
        boolean group = org && (!notName || has(to - 1, ORG_BIT)) || speakerPosition && !person;
        if (!person && !group) return null;
        String name;
        if (person && known != null) {
            // the full name written before (the words here, never empty, are not needed: one word, nothing to remember)
            name = known;
        } else {
            name = t.text().substring(t.begin(nb), t.end(to - 1));
            if (isPossessive(to - 1)) name = stripPossessive(name);
            if (name.isEmpty()) return null;
            if (person && words >= 2 && words <= 4) {
                putIfAbsent(KeyMap.FULL, to - 1, name);
                putIfAbsent(KeyMap.FIRST, nb, name);
            }
            // "President Obama", then "Obama" alone: a surname written with a title is a person later too
            if (person && title && words == 1 && known == null && !speakerPosition) putIfAbsent(KeyMap.FULL, nb, name);
        }
        String role = roleText(from, nb);
        return new Speaker(name, role, name, t.span(from, to), true, person, group, nb);
    }

    /** {@code String.hashCode()} of the first {@code length} characters of {@code t.norm(k)}. */
    private int keyHash(int k, int length) {
        if (length == t.normLength(k)) return t.normHash(k);
        int h = 0;
        for (int c = 0; c < length; c++) h = 31 * h + t.normChar(k, c);
        return h;
    }

    /** {@code map.putIfAbsent(key of token k, name)} for the map {@code which} of {@link #known}. */
    private void putIfAbsent(int which, int k, String name) {
        int length = normKeyLength(k);
        int h = keyHash(k, length);
        int slot = known.find(k, length, h);
        if (slot < 0) known.add(k, length, h, which, name);
        else if (known.value(slot, which) == null) known.set(slot, which, name);
    }

    String roleText(int from, int to) {
        while (from < to && has(from, DETERMINER_BIT | COURTESY_BIT)) from++;
        int end = to;
        while (end > from && has(end - 1, COURTESY_BIT)) end--;
        if (from >= end) return "";
        String s = t.span(from, end).of(t.text()).strip();
        while (s.endsWith(",")) s = s.substring(0, s.length() - 1).strip();
        return s;
    }

    String apposition(int from, int to) {
        if (from >= to || !has(from, DETERMINER_BIT | TITLE_BIT)) return "";
        return roleText(from, to);
    }

    static String joinRole(String a, String b) {
        if (a.isEmpty()) return b;
        if (b.isEmpty()) return a;
        return a + ", " + b;
    }

    /** A person fits "he" ({@code she} false) or "she" unless the first name or title says otherwise. */
    static boolean fitsGender(Speaker sp, Boolean she) {
        if (she == null) return true;
        String first = lower(firstWord(sp.name()));
        String role = lower(sp.role());
        boolean female = FEMALE.contains(first) || role.startsWith("mrs") || role.startsWith("ms") || role.contains("woman");
        boolean male = MALE.contains(first) || role.startsWith("mr.") || role.startsWith("mr ") || role.equals("mr")
                || role.contains("spokesman") || role.contains("chairman") || role.contains("congressman");
        return she ? !male || female : !female || male;
    }

    /** How many of {@link #mentions} are named before token {@code token} (their tokens ascend). */
    int mentionsBefore(int token) {
        int lo = 0, hi = mentions.size();
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (mentions.get(mid).token() < token) lo = mid + 1;
            else hi = mid;
        }
        return lo;
    }

    /** The first person (or organisation) named in sentence {@code s}. */
    Speaker subjectOf(int s, boolean person, Boolean she) {
        List<Integer> ms = mentionsOf.get(s);
        if (ms == null) return null;
        for (int i : ms) {
            Speaker m = mentions.get(i);
            if (person ? m.person() && fitsGender(m, she) : m.group()) return m;
        }
        return null;
    }

    static String lower(String s) {
        return s.toLowerCase(java.util.Locale.ROOT);
    }

    private static String firstWord(String name) {
        int sp = name.indexOf(' ');
        return sp < 0 ? name : name.substring(0, sp);
    }

    /**
     * Lower-case keys (a name word without its possessive ending) to two values, a full name for the
     * surname ({@link #FULL}) and for the first word ({@link #FIRST}): two maps in one table, so one
     * look-up answers both. A key is the first so many characters of a token's normalised form, kept as
     * the token and the length (the tokens of one text), so no string is made for a key. Open
     * addressing, never removes.
     */
    private static final class KeyMap {
        static final int FULL = 0, FIRST = 1;
        private final TokenizedText t;
        /** Per slot: the token of the key, plus one (0: empty slot). */
        private int[] tokens = new int[16];
        private int[] lengths = new int[16];
        private int[] hashes = new int[16];
        /** Per slot: {@link #FULL} value at 2 * slot, {@link #FIRST} value at 2 * slot + 1 (null when none). */
        private String[] values = new String[32];
        private int size;

        KeyMap(TokenizedText t) {
            this.t = t;
        }

        private static int slot(int h, int mask) {
            return (h * 0x9E3779B9 >>> 16) & mask;
        }

        /** The slot of the key {@code t.norm(k).substring(0, length)}, whose hash is {@code h}, or -1. */
        int find(int k, int length, int h) {
            if (size == 0) return -1;
            int mask = tokens.length - 1;
            for (int p = slot(h, mask); tokens[p] != 0; p = (p + 1) & mask) {
                if (hashes[p] == h && lengths[p] == length && same(tokens[p] - 1, k, length)) return p;
            }
            return -1;
        }

        /** Whether the first {@code length} normalised characters of tokens {@code a} and {@code b} are the same. */
        private boolean same(int a, int b, int length) {
            for (int c = 0; c < length; c++) if (t.normChar(a, c) != t.normChar(b, c)) return false;
            return true;
        }

        String value(int slot, int which) {
            return values[2 * slot + which];
        }

        void set(int slot, int which, String value) {
            values[2 * slot + which] = value;
        }

        /** Adds the key of token {@code k} (not in the table; {@code h} its hash) with {@code value} as its value {@code which}. */
        void add(int k, int length, int h, int which, String value) {
            if ((size + 1) * 2 > tokens.length) grow();
            values[2 * insert(k + 1, length, h) + which] = value;
            size++;
        }

        private int insert(int token, int length, int h) {
            int mask = tokens.length - 1;
            int p = slot(h, mask);
            while (tokens[p] != 0) p = (p + 1) & mask;
            tokens[p] = token;
            lengths[p] = length;
            hashes[p] = h;
            return p;
        }

        private void grow() {
            int[] k0 = tokens, l0 = lengths, h0 = hashes;
            String[] v0 = values;
            tokens = new int[k0.length * 2];
            lengths = new int[k0.length * 2];
            hashes = new int[k0.length * 2];
            values = new String[v0.length * 2];
            for (int i = 0; i < k0.length; i++) {
                if (k0[i] == 0) continue;
                int p = insert(k0[i], l0[i], h0[i]);
                values[2 * p] = v0[2 * i];
                values[2 * p + 1] = v0[2 * i + 1];
            }
        }
    }

    private static String stripPossessive(String s) {
        if (s.endsWith("'s") || s.endsWith("’s")) return s.substring(0, s.length() - 2);
        if (s.endsWith("s'") || s.endsWith("s’")) return s.substring(0, s.length() - 1);
        return s;
    }
}
