package io.wiretrace.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Random;
import org.junit.jupiter.api.Test;

class WhitespaceTest {

    @Test
    void collapsesRunsOfBlanksToOneSpace() {
        assertThat(Whitespace.collapse("  Jane \t\n Roe\r\n")).isEqualTo(" Jane Roe ");
        assertThat(Whitespace.collapse("a\u000Bb\fc")).isEqualTo("a b c");
    }

    @Test
    void returnsATextThatNeedsNoChangeAsItIs() {
        String s = "Staff and agencies";
        assertThat(Whitespace.collapse(s)).isSameAs(s);
        assertThat(Whitespace.collapse("")).isEmpty();
    }

    @Test
    void keepsNoBreakAndOtherUnicodeSpacesUnlessAsked() {
        assertThat(Whitespace.collapse("a\u00a0 b\u2003c")).isEqualTo("a\u00a0 b\u2003c");
        assertThat(Whitespace.collapseWithNoBreak("a\u00a0 b\u00a0c\u2003")).isEqualTo("a b c\u2003");
    }

    @Test
    void givesWhatTheRegexGaveOnRandomTexts() {
        Random random = new Random(17);
        String alphabet = "ab \t\n\r\f\u000B\u00a0\u2003\u3000é";
        for (int round = 0; round < 20_000; round++) {
            StringBuilder s = new StringBuilder();
            for (int i = random.nextInt(12); i > 0; i--) {
                s.append(alphabet.charAt(random.nextInt(alphabet.length())));
            }
            String text = s.toString();
            assertThat(Whitespace.collapse(text)).isEqualTo(text.replaceAll("\\s+", " "));
            assertThat(Whitespace.collapseWithNoBreak(text))
                    .isEqualTo(text.replace('\u00a0', ' ').replaceAll("\\s+", " "));
        }
    }
}
