package io.wiretrace.work;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import org.junit.jupiter.api.Test;

class RetryPolicyTest {

    private final RetryPolicy policy = new RetryPolicy(Duration.ofSeconds(10), Duration.ofMinutes(5), 5, 0.2);

    @Test
    void theWaitDoublesWithEachAttemptUpToTheCap() {
        assertThat(policy.delayAfter(1, 0.5)).isEqualTo(Duration.ofSeconds(10));
        assertThat(policy.delayAfter(2, 0.5)).isEqualTo(Duration.ofSeconds(20));
        assertThat(policy.delayAfter(3, 0.5)).isEqualTo(Duration.ofSeconds(40));
        assertThat(policy.delayAfter(10, 0.5)).isEqualTo(Duration.ofMinutes(5));
        assertThat(policy.delayAfter(1_000, 0.5)).isEqualTo(Duration.ofMinutes(5));
    }

    @Test
    void jitterSpreadsTheWaitWithinItsShareAndNeverPastTheCap() {
        assertThat(policy.delayAfter(2, 0.0)).isEqualTo(Duration.ofSeconds(16));
        assertThat(policy.delayAfter(2, 0.999_999)).isBetween(Duration.ofMillis(23_999), Duration.ofSeconds(24));
        assertThat(policy.delayAfter(20, 0.999_999)).isEqualTo(Duration.ofMinutes(5));
    }

    @Test
    void aJobIsExhaustedAfterItsLastAttempt() {
        assertThat(policy.exhausted(4)).isFalse();
        assertThat(policy.exhausted(5)).isTrue();
    }

    @Test
    void nonsensicalPoliciesAreRefused() {
        assertThatThrownBy(() -> new RetryPolicy(Duration.ofSeconds(10), Duration.ofSeconds(1), 5, 0.2))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new RetryPolicy(Duration.ofSeconds(1), Duration.ofSeconds(10), 0, 0.2))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void statusesReadTheirLowerCaseNames() {
        assertThat(JobStatus.of("dead")).isEqualTo(JobStatus.DEAD);
        assertThat(JobStatus.QUEUED.pending()).isTrue();
        assertThat(JobStatus.SUCCEEDED.pending()).isFalse();
        assertThat(JobStatus.FAILED.value()).isEqualTo("failed");
    }

    @Test
    void attemptsCoveringADayRetryForAtLeastADayEvenWhenEveryJitterShortensTheWait() {
        Duration base = Duration.ofSeconds(30);
        Duration max = Duration.ofHours(2);
        int attempts = RetryPolicy.attemptsCovering(base, max, 0.2, Duration.ofHours(24));
        RetryPolicy policy = new RetryPolicy(base, max, attempts, 0.2);
        long shortest = 0;
        for (int attempt = 1; attempt < attempts; attempt++) {
            shortest += policy.delayAfter(attempt, 0).toMillis();
        }
        assertThat(Duration.ofMillis(shortest)).isGreaterThanOrEqualTo(Duration.ofHours(24));
        long oneFewer = shortest - policy.delayAfter(attempts - 1, 0).toMillis();
        assertThat(Duration.ofMillis(oneFewer)).isLessThan(Duration.ofHours(24));
        assertThat(attempts).as("the README says 23 with the defaults").isEqualTo(23);
    }
}
