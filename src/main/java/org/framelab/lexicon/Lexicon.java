package org.framelab.lexicon;

import org.framelab.util.OptionException;

import org.framelab.text.TokenizedText;
import org.framelab.text.Tokenizer;

import java.io.Serializable;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * Terms grouped in categories, compiled once into hash look-ups on normalised (lower-case) tokens:
 * single words, multi-word terms ({@code find out}, {@code according to}) and {@code *} prefix
 * wildcards on any word ({@code outrag*}). Matching is one pass over the tokens, longest match first;
 * a matched term is not matched again by its parts. Immutable and thread-safe; serialisable so a
 * model file can carry it, and identified by {@link #contentHash()}.
 */
public final class Lexicon implements Serializable {
    private static final long serialVersionUID = 1L;

    /** One term: its words (normalised), which of them are prefixes, and its categories. */
    static final class Entry implements Serializable {
        private static final long serialVersionUID = 1L;
        final String term;
        final String[] words;
        final boolean[] prefix;
        final int[] categories;
        /** {@link String#hashCode()} of each word: a token with another {@link TokenizedText#normHash} is another word. */
        private transient int[] hashes;

        Entry(String term, String[] words, boolean[] prefix, int[] categories) {
            this.term = term;
            this.words = words;
            this.prefix = prefix;
            this.categories = categories;
            this.hashes = hashes(words);
        }

        private static int[] hashes(String[] words) {
            int[] h = new int[words.length];
            for (int k = 0; k < words.length; k++) h[k] = words[k].hashCode();
            return h;
        }

        private void readObject(java.io.ObjectInputStream in) throws java.io.IOException, ClassNotFoundException {
            in.defaultReadObject();
            hashes = hashes(words);
        }

        /** Whether the words after the first (which the caller has matched at {@code start}) follow. */
        boolean matchesAt(TokenizedText t, int start) {
            if (words.length == 1) return true;
            if (start + words.length > t.size()) return false;
            for (int k = 1; k < words.length; k++) {
                if (prefix[k] ? !t.normStartsWith(start + k, words[k])
                        : t.normHash(start + k) != hashes[k] || !t.normEquals(start + k, words[k])) return false;
            }
            return true;
        }
    }

    /** Prefix trie over the first word of wildcard terms. */
    static final class Node implements Serializable {
        private static final long serialVersionUID = 1L;
        char[] keys = new char[0];
        Node[] children = new Node[0];
        Entry[] entries = new Entry[0];
        Node[] ascii;   // direct children for chars < 128 (filled at build time)

        Node next(char c) {
            if (c < 128) return ascii == null ? null : ascii[c];
            int i = Arrays.binarySearch(keys, c);
            return i >= 0 ? children[i] : null;
        }

        void index() {
            for (int k = 0; k < keys.length; k++) {
                if (keys[k] < 128) {
                    if (ascii == null) ascii = new Node[128];
                    ascii[keys[k]] = children[k];
                }
                children[k].index();
            }
        }

        Node child(char c, boolean create) {
            int i = Arrays.binarySearch(keys, c);
            if (i >= 0) return children[i];
            if (!create) return null;
            int ins = -i - 1;
            char[] nk = new char[keys.length + 1];
            Node[] nc = new Node[children.length + 1];
            System.arraycopy(keys, 0, nk, 0, ins);
            System.arraycopy(children, 0, nc, 0, ins);
            nk[ins] = c;
            nc[ins] = new Node();
            System.arraycopy(keys, ins, nk, ins + 1, keys.length - ins);
            System.arraycopy(children, ins, nc, ins + 1, children.length - ins);
            keys = nk;
            children = nc;
            return nc[ins];
        }
    }

    /** Receives matches in text order. */
    @FunctionalInterface
    public interface MatchSink {
        /**
         * @param firstToken first token of the match
         * @param endToken   one past the last token
         * @param categories indices into {@link #categories()}
         * @param term       the lexicon term that matched (as listed, e.g. {@code outrag*})
         */
        void match(int firstToken, int endToken, int[] categories, String term);
    }

    /** One match, for callers that want a list. */
    public record Match(int firstToken, int endToken, List<String> categories, String term) {}

    private final String name;
    private final List<String> categories;
    private final HashMap<String, Entry[]> exact;
    private final Node wildcard;
    private final boolean hasWildcards;
    private final int size;
    private final String hash;
    /** Candidate entries by word id (see {@link WordIds}); rebuilt lazily, never serialised. */
    private transient volatile Entry[][] byId;
    /**
     * A filter in front of the wildcard trie: one bit per first three characters of the wildcard
     * terms' prefixes ({@link #heads}), null when a prefix is shorter than three characters (then
     * every token walks the trie). A token whose first three characters have no bit cannot start any
     * prefix and skips the walk: about 88% of the tokens of news text for the built-in subjective
     * lexicon. Rebuilt with {@link #byId}.
     */
    private transient long[] wildHeads;
    private static final int HEAD_BITS = 1 << 14;

    private Lexicon(String name, List<String> categories, HashMap<String, Entry[]> exact, Node wildcard,
                    boolean hasWildcards, int size, String hash) {
        this.name = name;
        this.categories = categories;
        this.exact = exact;
        this.wildcard = wildcard;
        this.hasWildcards = hasWildcards;
        this.size = size;
        this.hash = hash;
    }

    public static Builder builder(String name) {
        return new Builder(name);
    }

    public String name() { return name; }

    /** Category names in a fixed order (first appearance in the source). */
    public List<String> categories() { return categories; }

    /** Number of distinct terms. */
    public int size() { return size; }

    /** SHA-256 over the sorted terms and their categories: equal content, equal hash. */
    public String contentHash() { return hash; }

    /** Finds every match in the tokens, in text order, longest first at each position. */
    public void match(TokenizedText t, MatchSink sink) {
        if (byId == null) index();
        match(t, WordIds.of(t), sink);
    }

    /**
     * Like {@link #match(TokenizedText, MatchSink)} with the tokens' word ids computed once for all
     * lexicons ({@link WordIds#of(TokenizedText)}).
     */
    public void match(TokenizedText t, int[] wordIds, MatchSink sink) {
        Entry[][] table = byId;
        if (table == null) table = index();
        int n = t.size();
        if (!hasWildcards) {
            // the common case in a loop of its own: most tokens have no candidate and cost one look-up
            int limit = table.length;
            int i = 0;
            while (i < n) {
                int id = wordIds[i];
                Entry[] cands;
                if (id < 0 || id >= limit || (cands = table[id]) == null) {
                    i++;
                    continue;
                }
                Entry best = firstMatch(cands, t, i);
                if (best != null) {
                    sink.match(i, i + best.words.length, best.categories, best.term);
                    i += best.words.length;
                } else {
                    i++;
                }
            }
            return;
        }
        long[] heads = wildHeads;
        int i = 0;
        while (i < n) {
            int id = wordIds[i];
            Entry best = null;
            if (id >= 0 && id < table.length) {
                Entry[] cands = table[id];
                if (cands != null) best = firstMatch(cands, t, i);
            }
            // the wildcard trie, walked only by a token whose first three characters begin a prefix (wildHeads)
            int h3 = heads == null ? -1 : t.normHead(i);
            int head = h3 < 0 ? 0 : head(h3);
            if ((heads == null || h3 >= 0 && (heads[head >>> 6] & 1L << head) != 0)
                    && t.kind(i) != TokenizedText.PUNCT && t.kind(i) != TokenizedText.QUOTE) {
                int len = t.normLength(i);
                Node node = wildcard;
                for (int c = 0; c < len; c++) {
                    node = node.next(t.normChar(i, c));
                    if (node == null) break;
                    for (Entry e : node.entries) {
                        if ((best == null || e.words.length > best.words.length) && e.matchesAt(t, i)) best = e;
                    }
                }
            }
            if (best != null) {
                sink.match(i, i + best.words.length, best.categories, best.term);
                i += best.words.length;
            } else {
                i++;
            }
        }
    }

    /** The first of {@code cands} that matches at token {@code i}: they are longest first (see {@link #index}), so the longest, the first listed among equals. */
    private static Entry firstMatch(Entry[] cands, TokenizedText t, int i) {
        for (Entry e : cands) if (e.matchesAt(t, i)) return e;
        return null;
    }

    private void readObject(java.io.ObjectInputStream in) throws java.io.IOException, ClassNotFoundException {
        in.defaultReadObject();
        index();
    }

    private synchronized Entry[][] index() {
        if (byId != null) return byId;
        String[] words = exact.keySet().toArray(new String[0]);
        int[] ids = WordIds.register(words);
        int max = -1;
        for (int id : ids) max = Math.max(max, id);
        Entry[][] table = new Entry[max + 1][];
        for (int k = 0; k < words.length; k++) {
            Entry[] longestFirst = exact.get(words[k]).clone();
            Arrays.sort(longestFirst, (x, y) -> Integer.compare(y.words.length, x.words.length)); // stable
            table[ids[k]] = longestFirst;
        }
        wildHeads = heads(wildcard);
        byId = table;
        return table;
    }

    /** The bit of a token or prefix that starts with these three characters. */
    private static int head(char a, char b, char c) {
        return head((a * 31 + b) * 31 + c);
    }

    /** The same from the three characters' {@code String.hashCode} ({@link TokenizedText#normHead}). */
    private static int head(int hash3) {
        return hash3 * 0x9E3779B9 >>> 18;
    }

    /** The filter of {@link #wildHeads}: the bits of every trie path three characters deep; null when an entry sits higher. */
    private static long[] heads(Node root) {
        long[] bits = new long[HEAD_BITS / 64];
        for (int x = 0; x < root.keys.length; x++) {
            Node n1 = root.children[x];
            if (n1.entries.length > 0) return null;
            for (int y = 0; y < n1.keys.length; y++) {
                Node n2 = n1.children[y];
                if (n2.entries.length > 0) return null;
                for (int z = 0; z < n2.keys.length; z++) {
                    int h = head(root.keys[x], n1.keys[y], n2.keys[z]);
                    bits[h >>> 6] |= 1L << h;
                }
            }
        }
        return bits;
    }

    public List<Match> matches(TokenizedText t) {
        List<Match> out = new ArrayList<>();
        match(t, (b, e, cats, term) -> {
            List<String> names = new ArrayList<>(cats.length);
            for (int c : cats) names.add(categories.get(c));
            out.add(new Match(b, e, List.copyOf(names), term));
        });
        return out;
    }

    /** Categories of a single term as listed (exact spelling, case-insensitive), empty when absent. */
    public List<String> categoriesOf(String term) {
        String key = Tokenizer.normalizeTerm(term.trim());
        key = String.join(" ", key.split("\\s+"));
        String[] words = key.split(" ");
        Entry[] cands;
        if (words[0].length() > 1 && words[0].endsWith("*")) {
            Node node = wildcard;
            String prefix = words[0].substring(0, words[0].length() - 1);
            for (int c = 0; c < prefix.length() && node != null; c++) node = node.child(prefix.charAt(c), false);
            cands = node == null ? null : node.entries;
        } else {
            cands = exact.get(words[0]);
        }
        if (cands == null) return List.of();
        for (Entry e : cands) {
            if (e.term.equals(key)) {
                List<String> names = new ArrayList<>();
                for (int c : e.categories) names.add(categories.get(c));
                return names;
            }
        }
        return List.of();
    }

    @Override
    public String toString() {
        return "Lexicon[" + name + ", " + size + " terms, categories " + categories + "]";
    }

    /** Collects terms; {@link #build()} compiles them. Not thread-safe. */
    public static final class Builder {
        private final String name;
        private final LinkedHashMap<String, Integer> categoryIndex = new LinkedHashMap<>();
        private final TreeMap<String, TreeSet<Integer>> terms = new TreeMap<>();

        private Builder(String name) {
            if (name == null || name.isBlank()) throw new OptionException("lexicon name", "" + name);
            this.name = name;
        }

        /** Declares a category (so it gets a column even when no term uses it). */
        public Builder category(String category) {
            categoryIndex.computeIfAbsent(checkCategory(category), k -> categoryIndex.size());
            return this;
        }

        /**
         * Adds a term to a category. Words are separated by spaces; a word ending in {@code *} matches
         * any word starting with it. Case and the apostrophe style do not matter.
         */
        public Builder add(String term, String category) {
            String t = normalize(term);
            if (t.isEmpty() || t.equals("*")) throw new OptionException("term", "'" + term + "'");
            int c = categoryIndex.computeIfAbsent(checkCategory(category), k -> categoryIndex.size());
            terms.computeIfAbsent(t, k -> new TreeSet<>()).add(c);
            return this;
        }

        public Builder addAll(Iterable<String> ts, String category) {
            for (String t : ts) add(t, category);
            return this;
        }

        public boolean isEmpty() {
            return terms.isEmpty();
        }

        private static String checkCategory(String category) {
            if (category == null || category.isBlank()) throw new OptionException("category", "'" + category + "'");
            return category.trim();
        }

        static String normalize(String term) {
            return String.join(" ", Tokenizer.normalizeTerm(term.trim()).split("\\s+"));
        }

        public Lexicon build() {
            HashMap<String, List<Entry>> exactLists = new HashMap<>();
            Node root = new Node();
            boolean wild = false;
            StringBuilder canon = new StringBuilder(name).append('\n');
            List<String> cats = List.copyOf(categoryIndex.keySet());
            for (Map.Entry<String, TreeSet<Integer>> me : terms.entrySet()) {
                String term = me.getKey();
                String[] parts = term.split(" ");
                boolean[] prefix = new boolean[parts.length];
                for (int k = 0; k < parts.length; k++) {
                    if (parts[k].length() > 1 && parts[k].endsWith("*")) {
                        prefix[k] = true;
                        parts[k] = parts[k].substring(0, parts[k].length() - 1);
                    }
                }
                int[] c = me.getValue().stream().mapToInt(Integer::intValue).toArray();
                Entry e = new Entry(term, parts, prefix, c);
                if (prefix[0]) {
                    wild = true;
                    Node node = root;
                    for (int k = 0; k < parts[0].length(); k++) node = node.child(parts[0].charAt(k), true);
                    Entry[] ne = Arrays.copyOf(node.entries, node.entries.length + 1);
                    ne[ne.length - 1] = e;
                    node.entries = ne;
                } else {
                    exactLists.computeIfAbsent(parts[0], k -> new ArrayList<>()).add(e);
                }
                canon.append(term).append('\t');
                for (int ci : c) canon.append(cats.get(ci)).append(',');
                canon.append('\n');
            }
            root.index();
            HashMap<String, Entry[]> exact = new HashMap<>(exactLists.size() * 2);
            for (Map.Entry<String, List<Entry>> me : exactLists.entrySet()) {
                exact.put(me.getKey(), me.getValue().toArray(new Entry[0]));
            }
            String hash;
            try {
                byte[] d = MessageDigest.getInstance("SHA-256").digest(canon.toString().getBytes(StandardCharsets.UTF_8));
                StringBuilder hex = new StringBuilder();
                for (byte b : d) hex.append(String.format("%02x", b));
                hash = hex.toString();
            } catch (NoSuchAlgorithmException ex) {
                throw new IllegalStateException("SHA-256 not available", ex);
            }
            Lexicon lex = new Lexicon(name, Collections.unmodifiableList(new ArrayList<>(cats)), exact, root, wild,
                    terms.size(), hash);
            lex.index();
            return lex;
        }
    }
}
