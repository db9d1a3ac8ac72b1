package io.wiretrace.reuse;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import org.junit.jupiter.api.Test;

class SentenceKeysTest {

    private final SentenceKeys keys = new SentenceKeys();
    private final TextNormalizer normalizer = new TextNormalizer();

    /** Each sentence normalised on its own, as keys were made before a text's tokens were shared. */
    private List<Long> eachSentenceAlone(String text) {
        List<Long> out = new ArrayList<>();
        for (Sentence s : new SentenceSplitter().split(text)) {
            List<String> tokens = normalizer.tokens(s.text());
            if (tokens.size() >= SentenceKeys.MIN_TOKENS) {
                StringBuilder b = new StringBuilder();
                for (String t : tokens) {
                    boolean month = SentenceKeys.MONTHS.contains(t.toLowerCase(Locale.ROOT));
                    b.append(Character.isDigit(t.charAt(0)) || month ? "#" : t).append(' ');
                }
                out.add(Hashing.hash("sentence", b));
            }
        }
        return out;
    }

    private List<Long> shared(String text) {
        return keys.keyed(normalizer.normalize(text)).stream().map(SentenceKeys.Keyed::key).toList();
    }

    @Test
    void numbersAndMonthsShareOnePlaceholder() {
        assertThat(keys.keys("Associated Press - January 8, 2008 7:04 PM ET"))
                .isEqualTo(keys.keys("Associated Press - Monday 12, 2009 9:15 PM ET"));
        assertThat(keys.keys("Too short.")).isEmpty();
    }

    @Test
    void sharedTokensGiveTheKeysOfEachSentenceAlone() {
        for (String text : List.of("The port reopened on Monday. Ships queued for 3.5 km. Trade resumed in January 2024.",
                "He said: \u201cWe will rebuild the dock.\u201d Officials agreed on it.\nStaff and agencies wrote this",
                "It was 1,383 tonnes.\u00a0Prices rose by 12.5 percent today",
                "Rock'n'roll bands played all night. O'Neil's crew left at dawn! Did they return? Nobody knows it yet.",
                "新华社北京4月24日电。记者从海关获悉，港口恢复运营。Ships came back to port on Friday.",
                "U.S. officials met Mr. Smith in Washington. J. Doe said the talks went well.")) {
            assertThat(shared(text)).as(text).isEqualTo(eachSentenceAlone(text));
        }
    }

    @Test
    void sharedTokensGiveTheKeysOfEachSentenceAloneOnRandomTexts() {
        Random random = new Random(4);
        String[] parts = {"word", "Word", "3", "1.5", "’s", "'", ".", ". ", "! ", "? ", ",", "\n", " ", "\u00a0", "é",
                "港", "。", "\"", "”", "(", ")", "-", "Jan", "Mr.", "é\u0301"};
        for (int round = 0; round < 5_000; round++) {
            StringBuilder text = new StringBuilder();
            for (int i = random.nextInt(40); i > 0; i--) {
                text.append(parts[random.nextInt(parts.length)]);
            }
            String s = text.toString();
            assertThat(shared(s)).as(s).isEqualTo(eachSentenceAlone(s));
        }
    }

    @Test
    void aTokenBoundaryIsClosedOnlyBesideAPlainSeparator() {
        assertThat(SentenceKeys.closed("ab cd", 2)).isTrue();
        assertThat(SentenceKeys.closed("ab cd", 0)).isTrue();
        assertThat(SentenceKeys.closed("ab cd", 5)).isTrue();
        assertThat(SentenceKeys.closed("ab.cd", 3)).isFalse();
        assertThat(SentenceKeys.closed("ab'cd", 3)).isFalse();
        assertThat(SentenceKeys.closed("港。港", 2)).isFalse(); // not ASCII: read alone, as before
    }
}
