package io.wiretrace.attribution;

import static org.assertj.core.api.Assertions.assertThat;

import io.wiretrace.outlet.OutletRegistry;
import java.util.List;
import org.junit.jupiter.api.Test;

class WordListTest {

    private final WordList list = WordList.of(List.of("staff", "haber merkezi", "本报"));

    @Test
    void findsWholeWordsAndPhrasesInAnyCase() {
        assertThat(list.inText("Harbour Staff")).isTrue();
        assertThat(list.inText("HABER MERKEZİ".toLowerCase(java.util.Locale.ROOT).replace("i̇", "i"))).isTrue();
        assertThat(list.inText("Staffordshire Times")).isFalse();
        assertThat(list.inText("Haber Ajansı")).isFalse();
    }

    @Test
    void findsEntriesOfUnspacedScriptsAnywhere() {
        assertThat(list.inText("本报讯")).isTrue();
        assertThat(list.inText("新华网")).isFalse();
    }

    @Test
    void theBundledListsLoad() {
        assertThat(SourceLabelRule.NOT_A_SOURCE.inText("Redacción")).isTrue();
        var reuters = OutletRegistry.fromClasspath().byKey("reuters").orElseThrow();
        assertThat(MediaGroups.BUNDLED.publishes(reuters, "www.reutersagency.com")).isTrue();
        assertThat(MediaGroups.BUNDLED.publishes(reuters, "trust.org")).isTrue();
        assertThat(MediaGroups.BUNDLED.publishes(reuters, "harbourdaily.com")).isFalse();
    }
}
