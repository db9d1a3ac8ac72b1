package io.wiretrace.store;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class PhraseWindowTest {

    @Test
    void phraseOperatorsBecomeAnds() {
        assertThat(PhraseWindow.relaxed("'result' <-> 'announc'")).isEqualTo("'result' & 'announc'");
        assertThat(PhraseWindow.relaxed("( 'a' <2> 'b' ) | ( 'c' <-> 'd' <-> 'e' ) & 'f'"))
                .isEqualTo("( 'a' & 'b' ) | ( 'c' & 'd' & 'e' ) & 'f'");
    }

    @Test
    void aQueryWithoutPhraseKeepsTheExactPath() {
        assertThat(PhraseWindow.relaxed("'vote' & 'ballot'")).isNull();
        assertThat(PhraseWindow.relaxed(null)).isNull();
    }

    @Test
    void aNegationKeepsTheExactPath() {
        // relaxed, !('a' <-> 'b') would also exclude articles holding both words apart
        assertThat(PhraseWindow.relaxed("'x' & !( 'a' <-> 'b' )")).isNull();
        assertThat(PhraseWindow.relaxed("'a' <-> 'b' & !'c'")).isNull();
    }

    @Test
    void lexemesAreLeftAlone() {
        assertThat(PhraseWindow.relaxed("'<->' <-> 'it''s'")).isEqualTo("'<->' & 'it''s'");
        assertThat(PhraseWindow.relaxed("'!' <-> 'b'")).isEqualTo("'!' & 'b'");
    }
}
