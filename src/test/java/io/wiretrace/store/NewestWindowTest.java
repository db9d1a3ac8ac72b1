package io.wiretrace.store;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class NewestWindowTest {

    @Test
    void aWordWithManyMoreMatchesThanWantedIsLookedForAmongTheNewestIdsFirstInGrowingSpans() {
        // 2,000 wanted of ~40,000 expected among 1,000,000 ids: 10% of the ids hold ~4,000 if spread evenly; then
        // 40% of them; a span of 160% is the rest
        assertThat(NewestWindow.bounds(2000, 40_000, 1L, 1_000_000L)).containsExactly(900_000L, 600_000L);
    }

    @Test
    void noSpanWhenItWouldCoverMostIds() {
        assertThat(NewestWindow.bounds(2000, 5000, 1L, 1_000_000L)).isEmpty(); // 80% of the ids
        assertThat(NewestWindow.bounds(2000, 1500, 1L, 1_000_000L)).isEmpty(); // fewer expected than wanted
        assertThat(NewestWindow.bounds(2000, 6000, 1L, 1_000_000L)).containsExactly(333_333L); // 67%, then the rest
    }

    @Test
    void noSpanWithoutArticlesOrEstimate() {
        assertThat(NewestWindow.bounds(2000, 40_000, null, null)).isEmpty();
        assertThat(NewestWindow.bounds(2000, 0, 1L, 10L)).isEmpty();
    }

    @Test
    void spansFollowTheIdsInUse() {
        // ids 500,001..1,500,000 (older articles deleted): the spans are shares of those
        assertThat(NewestWindow.bounds(5000, 100_000, 500_001L, 1_500_000L)).containsExactly(1_400_000L, 1_100_000L);
    }
}
