package io.wiretrace.attribution;

import static org.assertj.core.api.Assertions.assertThat;

import io.wiretrace.support.RandomTexts;
import org.junit.jupiter.api.Test;

class WordCharsTest {

    @Test
    void keepsOnlyLettersAndDigits() {
        assertThat(WordChars.only("Valmere Times .")).isEqualTo("ValmereTimes");
        assertThat(WordChars.only("Ⅻ ½ ٣ — Zoë")).isEqualTo("Ⅻ½٣Zoë");
        assertThat(WordChars.only(" -- ")).isEmpty();
    }

    @Test
    void returnsATextOfOnlyLettersAndDigitsAsItIs() {
        String s = "Reuters2024";
        assertThat(WordChars.only(s)).isSameAs(s);
    }

    @Test
    void givesWhatTheRegexGaveOnRandomTexts() {
        // lone surrogates as pieces too: the regex reads an unpaired one as a code point of its own
        String[] pieces = {"a", "Z", "9", " ", ".", ",", "-", "\n", "\u00a0", "é", "ß", "٣", "½", "Ⅻ", "\u0301",
            "\u02b0", "ǅ", "\ud83d\ude00", "\ud835\udc00", "\ud800\udc00", "\udfff", "\ud800"};
        for (String text : RandomTexts.of(pieces, 50_000, 14, 17)) {
            assertThat(WordChars.only(text)).isEqualTo(text.replaceAll("[^\\p{L}\\p{N}]+", ""));
        }
    }
}
