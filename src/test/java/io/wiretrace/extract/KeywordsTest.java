package io.wiretrace.extract;

import static org.assertj.core.api.Assertions.assertThat;

import io.wiretrace.support.RandomTexts;
import java.util.Locale;
import org.junit.jupiter.api.Test;

class KeywordsTest {

    /** The contract of {@link Keywords#prepare}: lower case, tabs and newlines as spaces, padded; '-' and '_' as spaces. */
    private static Keywords.Prepared expected(String raw) {
        String plain = " " + raw.toLowerCase(Locale.ROOT).replace('\t', ' ').replace('\n', ' ') + " ";
        return new Keywords.Prepared(plain, plain.replace('-', ' ').replace('_', ' '), Keywords.AsciiChars.of(plain));
    }

    @Test
    void preparesClassStringsOfAnyCharacters() {
        String[] pieces = {"a", "Z", "z", "-", "_", " ", "\t", "\n", "Q", "09", "@~", "\u007f", "É", "İ字"};
        for (String raw : RandomTexts.of(pieces, 20_000, 12, 17)) {
            assertThat(Keywords.prepare(raw)).as("'%s'", raw).isEqualTo(expected(raw));
        }
    }

    @Test
    void findsWordsAndWholeWords() {
        Keywords words = Keywords.of("byline", " hid ");
        assertThat(words.in(Keywords.prepare("Article-BYLINE wrap"))).isTrue();
        assertThat(words.in(Keywords.prepare("box hid_me"))).isTrue();
        assertThat(words.in(Keywords.prepare("hidden box"))).isFalse();
    }
}
