package io.wiretrace.attribution;

import static org.assertj.core.api.Assertions.assertThat;

import io.wiretrace.support.RandomTexts;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

class StartsTest {

    /** Like MaterialCreditRule's INTRO: the start, a bracket or a space after a full stop, then a phrase, then $. */
    private static final Pattern INTRO_LIKE = Pattern.compile(
            "(?iu)(?:^|[(\\[]|(?<=[.;!?])\\s)\\s*(?:with|from) (?<credit>\\p{L}+)\\s*(?:[).;]|$)");

    private static boolean canStart(String s, int i) {
        char c = s.charAt(i);
        return i == 0 || c == '(' || c == '[' || Starts.isSpace(c) && ".;!?".indexOf(s.charAt(i - 1)) >= 0;
    }

    @Test
    void findsWhatASearchOfTheWholeLineFinds() {
        String[] pieces = {"with ", "from ", "WITH ", "AFP", "x", " ", ".", ";", "?", "(", ")", "[", "\t", "\n", "a "};
        for (String s : RandomTexts.of(pieces, 5_000, 16, 6)) {
            assertThat(started(s)).as(s).isEqualTo(searched(s));
        }
    }

    private static List<String> searched(String s) {
        List<String> out = new ArrayList<>();
        Matcher m = INTRO_LIKE.matcher(s);
        while (m.find()) {
            out.add(m.start() + "-" + m.end() + " " + m.group("credit"));
        }
        return out;
    }

    private static List<String> started(String s) {
        List<String> out = new ArrayList<>();
        Matcher m = INTRO_LIKE.matcher(s);
        for (int from = 0; Starts.find(m, s, from, StartsTest::canStart); from = m.end()) {
            out.add(m.start() + "-" + m.end() + " " + m.group("credit"));
        }
        return out;
    }
}
