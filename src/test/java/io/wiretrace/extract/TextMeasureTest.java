package io.wiretrace.extract;

import static org.assertj.core.api.Assertions.assertThat;

import io.wiretrace.support.RandomTexts;
import org.junit.jupiter.api.Test;

class TextMeasureTest {

    @Test
    void spacedScriptsCountBySpaces() {
        assertThat(TextMeasure.words("The dock strike ended on Tuesday.")).isEqualTo(6);
        assertThat(TextMeasure.words("انتهى الإضراب في الميناء يوم الثلاثاء")).isEqualTo(6);
        assertThat(TextMeasure.words("השביתה בנמל הסתיימה ביום שלישי")).isEqualTo(5);
        assertThat(TextMeasure.words("항구 파업이 화요일에 끝났다")).isEqualTo(4);
        assertThat(TextMeasure.words("  ")).isZero();
    }

    @Test
    void unspacedScriptsCountTwoCharactersAWord() {
        // 40 Japanese characters in one run, no spaces: about 20 words, an article's paragraph, not a navigation shell
        String japanese = "気象庁は十三日午後九時十九分ごろ日向灘で震度五弱の地震があったと発表した震源の深さは約三十キロと推定される";
        assertThat(TextMeasure.words(japanese)).isGreaterThanOrEqualTo(20);
        assertThat(TextMeasure.words("新华社北京4月24日电")).isEqualTo(5);
    }

    @Test
    void aCappedCountIsExactUnderTheCapAndAtLeastTheCapOtherwise() {
        String[] pieces = {"a", "b", " ", "\t", "\n", "\u00a0", "新", "华", "社", "ไทย"};
        int cap = 0;
        for (String text : RandomTexts.of(pieces, 20_000, 40, 17)) {
            cap = (cap + 1) % 12;
            int words = TextMeasure.words(text);
            if (words < cap) {
                assertThat(TextMeasure.wordsUpTo(text, cap)).isEqualTo(words);
            } else {
                assertThat(TextMeasure.wordsUpTo(text, cap)).isGreaterThanOrEqualTo(cap);
            }
        }
    }
}
