package io.wiretrace.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import java.util.Random;
import org.junit.jupiter.api.Test;

class KeywordsTest {

    /** The contract of {@link Keywords#prepare}: lower case, tabs and newlines as spaces, padded; '-' and '_' as spaces. */
    private static Keywords.Prepared expected(String raw) {
        String plain = " " + raw.toLowerCase(Locale.ROOT).replace('\t', ' ').replace('\n', ' ') + " ";
        return new Keywords.Prepared(plain, plain.replace('-', ' ').replace('_', ' '), Keywords.AsciiChars.of(plain));
    }

    @Test
    void preparesClassStringsOfAnyCharacters() {
        Random random = new Random(17);
        String alphabet = "aZz-_ \t\nQ09@~\u007fÉéİ字";
        for (int i = 0; i < 20_000; i++) {
            StringBuilder s = new StringBuilder();
            for (int n = random.nextInt(12); n > 0; n--) {
                s.append(alphabet.charAt(random.nextInt(random.nextBoolean() ? 13 : alphabet.length())));
            }
            assertThat(Keywords.prepare(s.toString())).as("'%s'", s).isEqualTo(expected(s.toString()));
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
