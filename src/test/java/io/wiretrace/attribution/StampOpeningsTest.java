package io.wiretrace.attribution;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class StampOpeningsTest {

    private final StampOpenings openings = StampOpenings.of(List.of("january", "last updated", "today", "perşembe"));

    @Test
    void opensAtAWordsFirstLettersInAnyCaseAndAtDigits() {
        String line = "Reuters - JANUARY 4; Last  updated Today, Perşembe, 10:42";
        assertThat(openings.mayOpen(line, line.indexOf("JANUARY"))).isTrue();
        assertThat(openings.mayOpen(line, line.indexOf("Last"))).isTrue();
        assertThat(openings.mayOpen(line, line.indexOf("Today"))).isTrue();
        assertThat(openings.mayOpen(line, line.indexOf("Perşembe"))).isTrue();
        assertThat(openings.mayOpen(line, line.indexOf("4;"))).isTrue();
        assertThat(openings.mayOpen(line, line.indexOf("10:"))).isTrue();
    }

    @Test
    void neverInsideAWordNorAtOtherWords() {
        String line = "Reuters fromjanuary Jarvis 4a ja";
        assertThat(openings.mayOpen(line, 0)).isFalse();
        assertThat(openings.mayOpen(line, line.indexOf("january"))).isFalse();
        assertThat(openings.mayOpen(line, line.indexOf("Jarvis"))).isFalse();
        assertThat(openings.mayOpen(line, line.indexOf("a ja"))).isFalse();
        assertThat(openings.mayOpen(line, line.length() - 2)).isFalse();
    }

    @Test
    void aShortWordLetsEveryPlaceOpen() {
        StampOpenings withShort = StampOpenings.of(List.of("january", "am tag"));
        assertThat(withShort.mayOpen("Reuters", 0)).isTrue();
        assertThat(withShort.mayOpen("Reuters", 1)).isFalse();
    }
}
