package io.wiretrace.watch;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import org.junit.jupiter.api.Test;

class PollIntervalTest {

    private final PollInterval bounds = new PollInterval(Duration.ofMinutes(5), Duration.ofHours(24));

    @Test
    void shrinksWhileNewItemsArriveDownToTheMinimum() {
        assertThat(bounds.afterNewItems(Duration.ofMinutes(60))).isEqualTo(Duration.ofMinutes(30));
        assertThat(bounds.afterNewItems(Duration.ofMinutes(8))).isEqualTo(Duration.ofMinutes(5));
    }

    @Test
    void growsWhileNothingArrivesUpToTheMaximum() {
        assertThat(bounds.afterNothingNew(Duration.ofMinutes(10))).isEqualTo(Duration.ofMinutes(15));
        Duration d = Duration.ofMinutes(5);
        for (int i = 0; i < 30; i++) {
            d = bounds.afterNothingNew(d);
        }
        assertThat(d).isEqualTo(Duration.ofHours(24));
    }

    @Test
    void backsOffExponentiallyOnFailuresUpToTheMaximum() {
        assertThat(bounds.afterFailure(1)).isEqualTo(Duration.ofMinutes(5));
        assertThat(bounds.afterFailure(2)).isEqualTo(Duration.ofMinutes(10));
        assertThat(bounds.afterFailure(4)).isEqualTo(Duration.ofMinutes(40));
        assertThat(bounds.afterFailure(50)).isEqualTo(Duration.ofHours(24));
    }

    @Test
    void retryAfterIsNeverUndercut() {
        assertThat(PollInterval.honouring(Duration.ofMinutes(5), Duration.ofHours(2))).isEqualTo(Duration.ofHours(2));
        assertThat(PollInterval.honouring(Duration.ofMinutes(5), Duration.ofSeconds(30))).isEqualTo(Duration.ofMinutes(5));
        assertThat(PollInterval.honouring(Duration.ofMinutes(5), null)).isEqualTo(Duration.ofMinutes(5));
    }

    @Test
    void clampsToNewBounds() {
        assertThat(bounds.clamp(Duration.ofSeconds(1))).isEqualTo(Duration.ofMinutes(5));
        assertThat(bounds.clamp(Duration.ofDays(3))).isEqualTo(Duration.ofHours(24));
    }

    @Test
    void refusesInvertedBounds() {
        assertThatThrownBy(() -> new PollInterval(Duration.ofHours(1), Duration.ofMinutes(1)))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void readsRetryAfterInSecondsAndAsADate() {
        java.time.Instant now = java.time.Instant.parse("2026-12-06T00:00:00Z");
        assertThat(RetryAfter.parse("120", now)).contains(Duration.ofSeconds(120));
        assertThat(RetryAfter.parse("Sun, 06 Dec 2026 01:00:00 GMT", now)).contains(Duration.ofHours(1));
        assertThat(RetryAfter.parse("soon", now)).isEmpty();
        assertThat(RetryAfter.parse("99999999", now)).contains(Duration.ofDays(7));
    }
}
