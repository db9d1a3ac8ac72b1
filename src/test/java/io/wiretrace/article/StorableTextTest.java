package io.wiretrace.article;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class StorableTextTest {

    @Test
    void nulAndLoneSurrogatesAreFoundPairsAreNot() {
        assertThat(StorableText.firstUnstorable("plain text é 東京 😀")).isEqualTo(-1);
        assertThat(StorableText.firstUnstorable(null)).isEqualTo(-1);
        assertThat(StorableText.firstUnstorable("ab\u0000c")).isEqualTo(2);
        assertThat(StorableText.firstUnstorable("a\ud800b")).isEqualTo(1);
        assertThat(StorableText.firstUnstorable("a\udc00")).isEqualTo(1);
        assertThat(StorableText.firstUnstorable("a\ud83d")).isEqualTo(1);
    }

    @Test
    void checkNamesTheField() {
        assertThatThrownBy(() -> StorableText.check("title", "x\u0000")).isInstanceOf(InvalidInput.class)
                .hasMessageContaining("U+0000").extracting(e -> ((InvalidInput) e).field()).isEqualTo("title");
    }
}
