package io.wiretrace.reuse;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class TextNormalizerTest {

    private final TextNormalizer normalizer = new TextNormalizer();

    @Test
    void unifiesQuotesApostrophesDashesCaseAndWidth() {
        NormalizedText curly = normalizer.normalize("“Assad’s RULE”—ended, said ＡＦＰ.");
        NormalizedText plain = normalizer.normalize("\"assad's rule\" - ended said afp");
        assertThat(curly.tokens()).containsExactly("assads", "rule", "ended", "said", "afp");
        assertThat(plain.tokens()).isEqualTo(curly.tokens());
    }

    @Test
    void keepsNumbersWholeAndSplitsHyphenatedNames() {
        assertThat(normalizer.normalize("at least 1,383 civilians, 3.5% of al-Assad's").tokens())
                .containsExactly("at", "least", "1383", "civilians", "35", "of", "al", "assads");
    }

    @Test
    void mapsEveryTokenBackToItsCharactersInTheOriginal() {
        String text = "  Syria’s  foreign\tminister – Fuad  Hussein…";
        NormalizedText n = normalizer.normalize(text);
        assertThat(n.tokens()).containsExactly("syrias", "foreign", "minister", "fuad", "hussein");
        assertThat(text.substring(n.starts()[0], n.ends()[0])).isEqualTo("Syria’s");
        assertThat(text.substring(n.charStart(3), n.charEnd(5))).isEqualTo("Fuad  Hussein");
    }

    @Test
    void splitsHanIntoSingleCharacterTokens() {
        assertThat(normalizer.normalize("叙利亚外长 visited").tokens()).containsExactly("叙", "利", "亚", "外", "长", "visited");
    }

    @Test
    void emptyAndNullTextsHaveNoTokens() {
        assertThat(normalizer.normalize(null).size()).isZero();
        assertThat(normalizer.normalize(" — … ").size()).isZero();
    }
}
