package org.framelab.text;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** Every code unit: the table and the ASCII shortcuts answer as {@link Character} does. */
class CharsTest {

    @Test
    void everyCodeUnitIsClassifiedAsCharacterDoes() {
        for (int i = 0; i <= Character.MAX_VALUE; i++) {
            char c = (char) i;
            boolean word = Character.isLetterOrDigit(c) || Character.getType(c) == Character.NON_SPACING_MARK;
            assertThat(Chars.isWord(c)).as("isWord U+%04X", i).isEqualTo(word);
            assertThat(Chars.isLetter(c)).as("isLetter U+%04X", i).isEqualTo(Character.isLetter(c));
            assertThat(Chars.isDigit(c)).as("isDigit U+%04X", i).isEqualTo(Character.isDigit(c));
            assertThat(Chars.isUpperCase(c)).as("isUpperCase U+%04X", i).isEqualTo(Character.isUpperCase(c));
            assertThat(Chars.isLowerCase(c)).as("isLowerCase U+%04X", i).isEqualTo(Character.isLowerCase(c));
            assertThat(Chars.isWhitespace(c)).as("isWhitespace U+%04X", i).isEqualTo(Character.isWhitespace(c));
            assertThat(Chars.isSpace(c)).as("isSpace U+%04X", i)
                    .isEqualTo(Character.isWhitespace(c) || c == '\u00A0' || c == '\u200B' || c == '\uFEFF');
            assertThat(Chars.toLowerCase(c)).as("toLowerCase U+%04X", i).isEqualTo(Character.toLowerCase(c));
        }
    }
}
