package org.framelab.features;

import org.framelab.corpus.Article;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * The names of the training outlets, left out of the features like boilerplate lines. An article
 * that names its own outlet ("told Fox News", "NPR's Scott Horsley", "Sign up for POLITICO
 * Playbook", "Washington (CNN)") tells which outlet it comes from, not how it frames the story; a
 * classifier that learns those names recognises the training outlets and carries nothing over to
 * outlets it has not seen. Mentions of the same names by other outlets are left out too, so that no
 * outlet name acts as a label.
 *
 * <p>The names are learned from the outlet field of the training articles only (outlets with at
 * least {@link #MIN_ARTICLES} articles), so nothing is learned from test data. Each outlet value
 * gives the name as written and without its edition ("Fox Online News" and "Fox News (Online)"
 * give "Fox" and "Fox News"; "New York Times - News" gives "New York Times"; "TheBlaze.com" gives
 * "TheBlaze"; "The Daily Wire" also gives "Daily Wire"). A one-word name that is also a common
 * lower-case word of the training texts ("Vice", "Time", "Reason") is not masked: its lower-case
 * form in more than {@link #COMMON_WORD_SHARE} of the training articles (of at most
 * {@link #COMMON_WORD_SAMPLE} of them, those with the smallest text hash) shows it is a word before it is a name. An all-capital name (CNN, NPR) is always masked.
 *
 * <p>A mention matches when each word of the name starts with the same character (so "The Hill"
 * is not "the hill") and matches the rest ignoring case ("USA TODAY" = "USA Today"), the words
 * are separated by at most three spaces, hyphens or dots, and a possessive ('s) is masked with the
 * name. A name written as one word is a mention too when it is a web address ("FoxNews.com",
 * "thehill.com": the name's words together, any case, then .com, .org, .net, .co, .us or .tv) or, for
 * a name of two or more words, written with a capital inside ("FoxNews"). Masked characters become white space ({@link RepeatedLines#BLANK}), so evidence offsets do not move.
 */
final class OutletNames {

    /** Outlets with fewer training articles than this give no name. */
    static final int MIN_ARTICLES = NgramOptions.OUTLET_NAME_MIN_ARTICLES;
    /** A one-word name whose lower-case form is in more than this share of training articles is a common word. */
    static final double COMMON_WORD_SHARE = 0.01;

    /** A name has at least this many letters. */
    static final int MIN_LETTERS = 3;

    /** The common-word test reads at most this many training articles, those with the smallest text hash (all of a smaller corpus). */
    static final int COMMON_WORD_SAMPLE = 4096;

    static final OutletNames NONE = new OutletNames(new String[0]);

    private final String[] names;
    /**
     * The look-up tables, built on first use and published as one immutable object, so that a thread
     * that sees it sees all of it (the analysis masks texts on several threads with one instance).
     */
    private volatile Index index;

    /**
     * @param byFirst names by the first character and length of their first word, each as its words (most words first)
     * @param asciiFirst the same for ASCII first characters, by character and first-word length
     * @param glued each name's words written together, lower case ("foxnews"), by first character and length
     */
    private record Index(Map<Long, List<String[]>> byFirst, List<String[]>[][] asciiFirst, Map<Long, List<Glued>> glued,
                         List<Glued>[][] asciiGlued) {}

    /** A name's words written together in lower case, and how many words they are. */
    private record Glued(String lower, int words) {}

    /** The top-level domains after which a name written together is a web address ("FoxNews.com"). */
    private static final String[] DOMAINS = {"com", "org", "net", "co", "us", "tv"};

    OutletNames(String[] names) {
        this.names = names.clone();
        Arrays.sort(this.names);
    }

    /** The names, sorted. */
    List<String> names() { return List.of(names); }

    /** The names of the outlets with at least {@link #MIN_ARTICLES} of the {@code training} articles. */
    static OutletNames learn(List<Article> training) {
        Learner l = new Learner();
        for (Article a : training) l.add(a);
        return l.names();
    }

    /**
     * Learns the names from articles given one at a time (a corpus read as a stream gives the same
     * names as the list): the outlet counts, and for the common-word test a sample of at most
     * {@link #COMMON_WORD_SAMPLE} texts, those with the smallest text hash (independent of the order
     * and the size of the corpus).
     */
    static final class Learner {
        private final Map<String, Integer> perOutlet = new TreeMap<>();
        /** The sample, largest hash first (the one to drop). */
        private final java.util.PriorityQueue<Sampled> sample = new java.util.PriorityQueue<>(
                java.util.Comparator.comparingLong(Sampled::hash).thenComparing(Sampled::text).reversed());

        private record Sampled(long hash, String text) {}

        void add(Article a) {
            String o = a.outlet().strip();
            if (!o.isEmpty()) perOutlet.merge(o, 1, Integer::sum);
            String t = a.text();
            long h = RepeatedLines.hash(t, 0, t.length());
            if (sample.size() < COMMON_WORD_SAMPLE) {
                sample.add(new Sampled(h, t));
            } else {
                Sampled top = sample.peek();
                if (h < top.hash() || (h == top.hash() && t.compareTo(top.text()) < 0)) {
                    sample.poll();
                    sample.add(new Sampled(h, t));
                }
            }
        }

        OutletNames names() {
            List<String> texts = new ArrayList<>(sample.size());
            for (Sampled x : sample) texts.add(x.text());
            return fromCounts(perOutlet, texts);
        }
    }

    /**
     * The names from the training articles per outlet value (stripped, as {@link Learner} counts them)
     * and the sample of training texts for the common-word test (at most {@link #COMMON_WORD_SAMPLE},
     * those with the smallest text hash); what {@link Learner} computes, for a
     * job that counts the outlets and draws the sample in parts (the Spark job).
     */
    static OutletNames fromCounts(Map<String, Integer> perOutlet, List<String> texts) {
        TreeSet<String> names = new TreeSet<>();
        for (Map.Entry<String, Integer> e : perOutlet.entrySet()) {
            if (e.getValue() >= MIN_ARTICLES) names.addAll(forms(e.getKey()));
        }
        // one-word names that are common words of the training texts stay
        Set<String> single = new HashSet<>();
        for (String n : names) if (words(n).length == 1 && !n.equals(n.toUpperCase(Locale.ROOT))) single.add(n.toLowerCase(Locale.ROOT));
        if (!single.isEmpty()) {
            Map<String, Integer> df = lowerCaseDf(texts, single);
            double max = COMMON_WORD_SHARE * texts.size();
            names.removeIf(n -> single.contains(n.toLowerCase(Locale.ROOT)) && df.getOrDefault(n.toLowerCase(Locale.ROOT), 0) > max);
        }
        return names.isEmpty() ? NONE : new OutletNames(names.toArray(new String[0]));
    }

    /** The names an outlet value gives: as written, and without its edition and a leading "The". */
    static List<String> forms(String outlet) {
        List<String> out = new ArrayList<>();
        String s = outlet.replaceAll("\\s*\\([^)]*\\)", " ");
        s = s.replaceAll("\\s+[-\u2013\u2014|:]\\s+.*$", "");
        s = s.replaceAll("(?i)\\b(online news|web news|online|opinion|editorial)\\b", " ");
        s = s.replaceAll("(?i)\\.(com|org|net)\\b", "");
        s = s.replaceAll("\\s+", " ").strip();
        // as written, unless it carries an edition in brackets or after a dash ("CNN (Web News)")
        if (!outlet.contains("(") && !outlet.matches(".*\\s[-\u2013\u2014|:]\\s.*")) add(out, outlet.strip());
        add(out, s);
        if (s.startsWith("The ") && words(s).length >= 3) add(out, s.substring(4));
        return out;
    }

    private static void add(List<String> out, String name) {
        String[] w = words(name);
        // a name needs three letters (an outlet coded "A" or "US" would blank ordinary words); a lower-case
        // id such as "fox-news" never names itself in running text
        if (w.length == 0 || name.chars().filter(Character::isLetter).count() < MIN_LETTERS || out.contains(name)) return;
        if (!Character.isUpperCase(name.codePointAt(0)) && !Character.isDigit(name.codePointAt(0))) return;
        out.add(name);
    }

    /** The words (letters and digits) of a name. */
    static String[] words(String name) {
        return Arrays.stream(name.split("[^\\p{L}\\p{N}]+")).filter(w -> !w.isEmpty()).toArray(String[]::new);
    }

    /** Number of training articles whose text has each lower-case word of {@code lower} (exactly, as a word). */
    private static Map<String, Integer> lowerCaseDf(List<String> texts, Set<String> lower) {
        @SuppressWarnings("unchecked")
        List<String>[] byChar = new List[128];
        for (String w : lower) {
            char c = w.charAt(0);
            if (c >= 128) continue;   // a non-ASCII initial: counted as not common (kept as a name)
            if (byChar[c] == null) byChar[c] = new ArrayList<>();
            byChar[c].add(w);
        }
        List<Map<String, Integer>> parts = FitBlocks.map(texts, block -> {
            Map<String, Integer> m = new HashMap<>();
            Set<String> seen = new HashSet<>();
            for (String t : block) {
                seen.clear();
                int n = t.length();
                boolean prevWord = false;
                for (int i = 0; i < n; i++) {
                    char c = t.charAt(i);
                    boolean word = wordChar(c);
                    if (word && !prevWord) {
                        List<String> cands = c < 128 ? byChar[c] : null;
                        if (cands != null) {
                            for (String w : cands) {
                                int e = i + w.length();
                                if (e <= n && t.regionMatches(i, w, 0, w.length()) && (e == n || !wordChar(t.charAt(e)))) seen.add(w);
                            }
                        }
                    }
                    prevWord = word;
                }
                for (String w : seen) m.merge(w, 1, Integer::sum);
            }
            return m;
        });
        Map<String, Integer> df = new HashMap<>();
        for (Map<String, Integer> m : parts) m.forEach((k, v) -> df.merge(k, v, Integer::sum));
        return df;
    }

    /** Key of a first word in {@link Index#byFirst}: its first character and its length. */
    private static long firstKey(char c, int length) {
        return ((long) c << 32) | length;
    }

    private Index index() {
        Index ix = index;
        if (ix == null) {
            Map<Long, List<String[]>> m = new HashMap<>();
            for (String n : names) {
                String[] w = words(n);
                if (w.length > 0) m.computeIfAbsent(firstKey(w[0].charAt(0), w[0].length()), k -> new ArrayList<>()).add(w);
            }
            for (List<String[]> l : m.values()) l.sort((x, y) -> Integer.compare(y.length, x.length));
            Map<Long, List<Glued>> g = new HashMap<>();
            for (String n : names) {
                String[] w = words(n);
                if (w.length == 0) continue;
                String lower = String.join("", w).toLowerCase(Locale.ROOT);
                g.computeIfAbsent(firstKey(lower.charAt(0), lower.length()), k -> new ArrayList<>()).add(new Glued(lower, w.length));
            }
            ix = new Index(m, byAsciiFirst(m), g, byAsciiFirst(g));
            index = ix;
        }
        return ix;
    }

    /**
     * The lists of a {@link #firstKey} map whose first character is ASCII, by that character and the
     * length, so that the look-ups made for every word of every text need no boxed key.
     */
    private static <T> List<T>[][] byAsciiFirst(Map<Long, List<T>> byKey) {
        @SuppressWarnings("unchecked")
        List<T>[][] out = new List[128][];
        for (Map.Entry<Long, List<T>> e : byKey.entrySet()) {
            int c = (int) (e.getKey() >>> 32);
            int len = (int) (long) e.getKey();
            if (c >= 128) continue;
            @SuppressWarnings("unchecked")
            List<T>[] none = new List[0];
            if (out[c] == null || out[c].length <= len) out[c] = Arrays.copyOf(out[c] == null ? none : out[c], len + 1);
            out[c][len] = e.getValue();
        }
        return out;
    }

    /** Begin/end offsets of the name mentions in {@code text} (with a possessive 's), in text order. */
    int[] mask(String text) {
        if (names.length == 0) return new int[0];
        Index ix = index();
        Map<Long, List<String[]>> idx = ix.byFirst();
        List<String[]>[][] first = ix.asciiFirst();
        int[] out = new int[8];
        int k = 0;
        int n = text.length();
        int i = 0;
        while (i < n) {
            char c = text.charAt(i);
            if (!wordChar(c)) {
                i++;
                continue;
            }
            int j = i + 1;
            while (j < n && wordChar(text.charAt(j))) j++;
            int end = -1;
            List<String[]> cands = null;
            if (c >= 128) {
                cands = idx.get(firstKey(c, j - i));
            } else if (first[c] != null && j - i < first[c].length) {
                cands = first[c][j - i];
            }
            if (cands != null) {
                for (String[] w : cands) {
                    end = match(text, i, w);
                    if (end > 0) break;
                }
            }
            if (end > 0) {
                int d = domainEnd(text, end);   // "CNN.com"
                if (d > 0) end = possessive(text, d);
            } else {
                end = gluedMatch(ix, text, i, j);
            }
            if (end > 0) {
                if (k + 2 > out.length) out = Arrays.copyOf(out, out.length * 2);
                out[k++] = i;
                out[k++] = end;
                i = end;
            } else {
                i = j;
            }
        }
        return Arrays.copyOf(out, k);
    }

    private static final boolean[] ASCII_WORD = new boolean[128];
    static {
        for (char c = 0; c < 128; c++) ASCII_WORD[c] = Character.isLetterOrDigit(c);
    }

    /** A letter or digit (the characters of a name's words). */
    private static boolean wordChar(char c) {
        return c < 128 ? ASCII_WORD[c] : Character.isLetterOrDigit(c);
    }

    /** End of the mention of {@code words} starting at {@code at} (with a possessive), or -1. */
    private static int match(String text, int at, String[] words) {
        int n = text.length();
        int p = at;
        for (int w = 0; w < words.length; w++) {
            if (w > 0) {
                int sep = 0;
                while (p < n && sep < 3 && " -.\u2013\u00a0".indexOf(text.charAt(p)) >= 0) {
                    p++;
                    sep++;
                }
                if (sep == 0) return -1;
            }
            String word = words[w];
            int len = word.length();
            if (p + len > n || text.charAt(p) != word.charAt(0) || !text.regionMatches(true, p + 1, word, 1, len - 1)) return -1;
            p += len;
            if (p < n && wordChar(text.charAt(p))) return -1;
        }
        return possessive(text, p);
    }

    /**
     * End of a name written as one word at {@code [at, wordEnd)}, or -1: its words together, in any case,
     * followed by a top-level domain ("FoxNews.com", "foxnews.com", "thehill.com", "politico.com"), or,
     * for a name of two or more words, with a capital inside ("FoxNews", "FOXNEWS"); with a possessive.
     */
    private static int gluedMatch(Index ix, String text, int at, int wordEnd) {
        int len = wordEnd - at;
        char c = Character.toLowerCase(text.charAt(at));
        List<Glued> cands;
        if (c < 128) {
            List<Glued>[] byLength = ix.asciiGlued()[c];
            cands = byLength != null && len < byLength.length ? byLength[len] : null;
        } else {
            cands = ix.glued().get(firstKey(c, len));
        }
        if (cands == null) return -1;
        for (Glued g : cands) {
            if (!text.regionMatches(true, at, g.lower(), 0, len)) continue;
            int end = domainEnd(text, wordEnd);
            if (end < 0 && g.words() >= 2 && hasInnerCapital(text, at, wordEnd)) end = wordEnd;
            if (end < 0) return -1;
            return possessive(text, end);
        }
        return -1;
    }

    /** End of ".com" (a domain of {@link #DOMAINS}, any case) at {@code p}, or -1. */
    private static int domainEnd(String text, int p) {
        if (p >= text.length() || text.charAt(p) != '.') return -1;
        for (String d : DOMAINS) {
            int e = p + 1 + d.length();
            if (e <= text.length() && text.regionMatches(true, p + 1, d, 0, d.length()) && (e == text.length() || !wordChar(text.charAt(e)))) return e;
        }
        return -1;
    }

    private static boolean hasInnerCapital(String text, int at, int end) {
        for (int p = at + 1; p < end; p++) if (Character.isUpperCase(text.charAt(p))) return true;
        return false;
    }

    /** {@code p}, or the end of a possessive ('s) that starts there. */
    private static int possessive(String text, int p) {
        int n = text.length();
        if (p + 1 < n && (text.charAt(p) == '\'' || text.charAt(p) == '\u2019') && (text.charAt(p + 1) == 's' || text.charAt(p + 1) == 'S')
                && (p + 2 == n || !wordChar(text.charAt(p + 2)))) {
            return p + 2;
        }
        return p;
    }

    /** Two sets of begin/end ranges as one (the blanking order does not matter). */
    static int[] union(int[] a, int[] b) {
        if (b.length == 0) return a;
        if (a.length == 0) return b;
        int[] r = Arrays.copyOf(a, a.length + b.length);
        System.arraycopy(b, 0, r, a.length, b.length);
        return r;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof OutletNames x && Arrays.equals(x.names, names);
    }

    @Override
    public int hashCode() {
        return Arrays.hashCode(names);
    }
}
