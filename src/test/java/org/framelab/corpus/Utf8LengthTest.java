package org.framelab.corpus;

import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;

import static org.junit.jupiter.api.Assertions.assertEquals;

class Utf8LengthTest {
    @Test
    void countsWhatTheEncoderWrites() {
        for (String s : new String[]{"", "plain ASCII", "café – “quoted” ‘scare’", "Ünïcødé ß", "中文 text", "emoji 😀 and 𝔘", "tab\tnew\nline"}) {
            assertEquals(s.getBytes(StandardCharsets.UTF_8).length, Utf8Length.of(s), s);
        }
    }

    @Test
    void aLoneSurrogateCountsThree() {
        assertEquals(4, Utf8Length.of("a\uD800"));
        assertEquals(4, Utf8Length.of("\uDC00a"));
    }
}
