package io.wiretrace.attribution;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

class SignoffEndingTest {

    private static boolean mayEnd(String text) {
        return SignoffRule.mayEnd(text, text.indexOf('/') >= 0);
    }

    @Test
    void aLineWithoutDashBracketOrSlashCannotEndInACredit() {
        assertThat(mayEnd("The port reopened on Monday.")).isFalse();
        for (String line : List.of("The port reopened on Monday. - AFP", "The port reopened on Monday (dpa)",
                "The port reopened on Monday. \u2014 Reuters", "The port reopened until June. /AFP",
                "The port reopened \u2013 Staff")) {
            assertThat(SignoffRule.ENDING.matcher(line).find()).as(line).isTrue();
            assertThat(mayEnd(line)).as(line).isTrue();
        }
    }

    @Test
    void theCheckNeverSkipsALineThePatternMatches() {
        Random random = new Random(9);
        String[] parts = {"word", "AFP", " ", ".", "-", "\u2014", "\u2013", "(", ")", "/", "\u201d", "1", ","};
        for (int round = 0; round < 20_000; round++) {
            StringBuilder line = new StringBuilder();
            for (int i = random.nextInt(10); i > 0; i--) {
                line.append(parts[random.nextInt(parts.length)]);
            }
            String text = line.toString();
            if (SignoffRule.ENDING.matcher(text).find()) {
                assertThat(mayEnd(text)).as(text).isTrue();
            }
        }
    }
}
