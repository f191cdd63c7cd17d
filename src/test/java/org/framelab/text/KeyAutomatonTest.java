package org.framelab.text;

import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Every occurrence of every key, overlapping ones included, as a naive search finds them. */
class KeyAutomatonTest {

    private static List<String> hits(List<String> keys, String text) {
        List<String> out = new ArrayList<>();
        new KeyAutomaton(keys).scan(text, (k, at) -> out.add(keys.get(k) + "@" + at));
        return out;
    }

    /** Every occurrence of every key, found by trying each key at each position. */
    private static List<String> naive(List<String> keys, String text) {
        List<String> out = new ArrayList<>();
        for (int end = 0; end < text.length(); end++) {
            for (String k : keys) {
                int start = end - k.length() + 1;
                if (start >= 0 && text.startsWith(k, start)) out.add(k + "@" + start);
            }
        }
        return out;
    }

    @Test
    void findsOverlappingAndNestedKeys() {
        List<String> keys = List.of("he", "she", "his", "hers", "/AP", "(AP");
        assertThat(hits(keys, "ushers (AP/AP)")).containsExactly("she@1", "he@2", "hers@2", "(AP@7", "/AP@10");
    }

    @Test
    void agreesWithANaiveSearchOnRandomText() {
        List<String> keys = List.of("ab", "abc", "bca", "c", "aa", "caption", "ption");
        java.util.Random r = new java.util.Random(7);
        for (int round = 0; round < 200; round++) {
            StringBuilder b = new StringBuilder();
            for (int i = 0; i < 60; i++) b.append("abcp\u00e9tion ".charAt(r.nextInt(10)));
            String text = b.toString();
            assertThat(hits(keys, text)).containsExactlyInAnyOrderElementsOf(naive(keys, text));
        }
    }

    @Test
    void agreesWithANaiveSearchWhenMostCharactersAreSkipped() {
        // keys of two or more characters and text mostly of characters in no key: the start state's skip loop
        List<String> keys = List.of("ab", "abc", "bca", "zz", "caption", "ption", "@", "=\"");
        java.util.Random r = new java.util.Random(11);
        String alphabet = "abcptionxyz@=\" \u00e9\u00e9\u00e9";
        for (int round = 0; round < 500; round++) {
            StringBuilder b = new StringBuilder();
            for (int i = 0; i < 1 + r.nextInt(60); i++) b.append(alphabet.charAt(r.nextInt(alphabet.length())));
            String text = b.toString();
            assertThat(hits(keys, text)).as(text).containsExactlyInAnyOrderElementsOf(naive(keys, text));
        }
    }

    @Test
    void aCharacterOutsideAsciiMatchesNoKey() {
        assertThat(hits(List.of("ab"), "a\u00e9b ab")).containsExactly("ab@4");
        assertThatThrownBy(() -> new KeyAutomaton(List.of("caf\u00e9"))).isInstanceOf(IllegalArgumentException.class);
    }
}
