package org.framelab.text;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.List;

/**
 * Finds every occurrence of a fixed set of ASCII keys in one pass over a text (Aho &amp; Corasick 1975,
 * "Efficient string matching", CACM 18(6), as a full transition table): one table look-up per
 * character, whatever the number of keys. A character outside ASCII matches no key and restarts the
 * search. The table is over classes of characters (one per character that occurs in a key, one for
 * all others), so that it stays in the first-level cache; and at the start state the scan skips, in
 * a loop without a dependent look-up, every character that does not begin a key's first two
 * characters (and is not a key by itself): most of a text.
 */
final class KeyAutomaton {
    /** What an occurrence is reported to. */
    interface Hit {
        void at(int key, int start);
    }

    private static final int ASCII = 128;
    /** Transitions: {@code next[state * classes + cls[c]]}. */
    private final int[] next;
    private final int[][] out;
    private final int[] lengths;
    /** The class of each ASCII character: 0 for one in no key. */
    private final byte[] cls = new byte[ASCII];
    private final int classes;
    /** Bit {@code a << 7 | b}: the characters a, b (ASCII) begin a key, or a is a key. */
    private final long[] starts = new long[ASCII * ASCII / 64];

    KeyAutomaton(List<String> keys) {
        lengths = new int[keys.size()];
        List<int[]> children = new ArrayList<>();
        List<List<Integer>> ends = new ArrayList<>();
        children.add(new int[ASCII]);
        ends.add(new ArrayList<>());
        for (int k = 0; k < keys.size(); k++) {
            String key = keys.get(k);
            if (key.isEmpty() || !key.chars().allMatch(c -> c < ASCII)) throw new IllegalArgumentException("not an ASCII key: " + key);
            lengths[k] = key.length();
            int s = 0;
            for (int i = 0; i < key.length(); i++) {
                char c = key.charAt(i);
                if (children.get(s)[c] == 0) {
                    children.get(s)[c] = children.size();
                    children.add(new int[ASCII]);
                    ends.add(new ArrayList<>());
                }
                s = children.get(s)[c];
            }
            ends.get(s).add(k);
        }
        int states = children.size();
        int[] next = new int[states * ASCII];
        out = new int[states][];
        int[] fail = new int[states];
        ArrayDeque<Integer> queue = new ArrayDeque<>();
        for (int c = 0; c < ASCII; c++) {
            int child = children.get(0)[c];
            next[c] = child;
            if (child != 0) queue.add(child);
        }
        // breadth first: a state's failure state is shallower, so its transitions are already complete
        List<Integer> order = new ArrayList<>();
        while (!queue.isEmpty()) {
            int s = queue.poll();
            order.add(s);
            for (int c = 0; c < ASCII; c++) {
                int child = children.get(s)[c];
                if (child != 0) {
                    fail[child] = next[fail[s] * ASCII + c];
                    next[s * ASCII + c] = child;
                    queue.add(child);
                } else {
                    next[s * ASCII + c] = next[fail[s] * ASCII + c];
                }
            }
        }
        for (int s : order) {
            List<Integer> mine = new ArrayList<>(ends.get(s));
            if (out[fail[s]] != null) for (int k : out[fail[s]]) mine.add(k);
            out[s] = mine.isEmpty() ? null : mine.stream().mapToInt(Integer::intValue).toArray();
        }
        int k = 1;
        for (String key : keys) for (int i = 0; i < key.length(); i++) if (cls[key.charAt(i)] == 0) cls[key.charAt(i)] = (byte) k++;
        if (k > Byte.MAX_VALUE) throw new IllegalArgumentException("more than 126 distinct characters in the keys");
        classes = k;
        this.next = new int[states * classes];
        for (int s = 0; s < states; s++) {
            for (int c = 0; c < ASCII; c++) this.next[s * classes + cls[c]] = next[s * ASCII + c];
        }
        for (String key : keys) {
            int a = key.charAt(0);
            if (key.length() == 1) {
                for (int b = 0; b < ASCII; b++) starts[(a << 7 | b) >>> 6] |= 1L << (a << 7 | b);
            } else {
                int b = key.charAt(1);
                starts[(a << 7 | b) >>> 6] |= 1L << (a << 7 | b);
            }
        }
    }

    /** Reports every occurrence of every key in {@code text}, in the order of their ends. */
    void scan(String text, Hit hit) {
        scan(text.toCharArray(), hit);
    }

    /**
     * Reports every occurrence of every key in {@code text}, in the order of their ends. Scans a
     * {@code char[]}, not a {@code String}: a text with a character outside Latin-1 (a curly quote)
     * is stored as UTF-16, whose {@code charAt} checks the index on every call, a third of the scan.
     */
    void scan(char[] text, Hit hit) {
        int state = 0;
        int[] next = this.next;
        int[][] out = this.out;
        byte[] cls = this.cls;
        int classes = this.classes;
        int last = text.length - 1;
        long[] starts = this.starts;
        for (int i = 0; i < text.length; i++) {
            if (state == 0) {
                // Skip a while a, b (the next two characters) cannot begin a key and a is no key by
                // itself: reading a then b would lead to the state that reading b from the start
                // leads to, with nothing reported. A character outside ASCII resets the search, so
                // before one only a key of one character can end (bit a << 7 | 0). Written out in the
                // loop: the client compiler that runs `features` does not inline a method here.
                while (i < last) {
                    char a = text[i];
                    if (a < ASCII) {
                        char b = text[i + 1];
                        int bit = a << 7 | (b < ASCII ? b : 0);
                        if ((starts[bit >>> 6] & 1L << bit) != 0) break;
                    }
                    i++;
                }
            }
            char c = text[i];
            if (c >= ASCII) {
                state = 0;
                continue;
            }
            state = next[state * classes + cls[c]];
            int[] o = out[state];
            if (o != null) for (int k : o) hit.at(k, i - lengths[k] + 1);
        }
    }
}
