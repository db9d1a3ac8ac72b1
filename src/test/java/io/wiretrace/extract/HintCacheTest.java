package io.wiretrace.extract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;

class HintCacheTest {

    private static final Document PAGE = Jsoup.parse("<div class='photo-credit'>c</div><div class='sidebar'>s</div>"
            + "<div class='sidebar main-content'>m</div><div class='share-tools'>t</div><div class='byline'>b</div>"
            + "<div class='story' id=comments>x</div><div class='story'>y</div><div class='story'>z</div><p>plain</p>");

    private final HintCache cache = new HintCache();

    private HintCache.Hint hint(int index) {
        return cache.of(PAGE.body().child(index));
    }

    @Test
    void testsEachHintOfAClassString() {
        assertThat(hint(0).has(HintCache.CAPTION)).isTrue();
        assertThat(hint(0).has(HintCache.UNLIKELY)).isFalse();
        assertThat(hint(1).has(HintCache.UNLIKELY)).isTrue();
        assertThat(hint(2).has(HintCache.UNLIKELY)).as("a content class keeps the box a candidate").isFalse();
        assertThat(hint(3).has(HintCache.SMALL_BOILERPLATE)).isTrue();
        assertThat(hint(4).has(HintCache.BYLINE)).isTrue();
        assertThat(hint(4).has(HintCache.CAPTION)).isFalse();
        assertThat(hint(1).has(HintCache.CHROME)).as("a sidebar").isTrue();
        assertThat(hint(5).has(HintCache.CHROME)).as("comments, by the id").isTrue();
        assertThat(hint(6).has(HintCache.CHROME)).isFalse();
    }

    @Test
    void weighsTheClassAndTheIdEachOnItsOwn() {
        assertThat(hint(1).weight()).isEqualTo(-25);
        assertThat(hint(6).weight()).isEqualTo(25);
        assertThat(hint(5).weight()).isEqualTo(25 - 25); // a positive class and a negative id
        assertThat(hint(5).has(HintCache.UNLIKELY)).isTrue(); // "comment" in the id
    }

    @Test
    void answersTheSameHintForTheSameClassesAndNoneWithoutThem() {
        assertThat(hint(7)).isSameAs(hint(6));
        assertThat(hint(8).has(HintCache.UNLIKELY)).isFalse();
        assertThat(hint(8).weight()).isZero();
        assertThat(hint(8)).isSameAs(new HintCache().of(PAGE.body().child(8)));
    }

    @Test
    void refusesAnUnknownFlag() {
        assertThatThrownBy(() -> hint(1).has(32)).isInstanceOf(IllegalArgumentException.class);
    }
}
