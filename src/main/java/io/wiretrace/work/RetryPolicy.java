package io.wiretrace.work;

import java.time.Duration;

/**
 * When a failed attempt is tried again: exponential backoff {@code base × 2^(attempt − 1)}, capped at {@code max},
 * spread by up to ±{@code jitter} of itself so that jobs failing together (a site down) do not return together; after
 * {@code maxAttempts} attempts the job is dead. Immutable and thread-safe.
 */
public record RetryPolicy(Duration base, Duration max, int maxAttempts, double jitter) {

    public RetryPolicy {
        if (base.isNegative() || max.compareTo(base) < 0 || maxAttempts < 1 || jitter < 0 || jitter >= 1) {
            throw new IllegalArgumentException("retry policy needs 0 <= base <= max, maxAttempts >= 1, 0 <= jitter < 1");
        }
    }

    /** True when a job that has made {@code attempts} attempts may not be tried again. */
    public boolean exhausted(int attempts) {
        return attempts >= maxAttempts;
    }

    /**
     * The wait before the next attempt after attempt number {@code attempt} (1-based) failed.
     *
     * @param random a number in [0, 1) choosing the jitter
     */
    public Duration delayAfter(int attempt, double random) {
        int doublings = Math.max(0, Math.min(attempt - 1, 40));
        double millis = Math.min((double) max.toMillis(), base.toMillis() * Math.pow(2, doublings));
        double spread = millis * jitter * (2 * random - 1);
        return Duration.ofMillis(Math.max(0, Math.round(Math.min(max.toMillis(), millis + spread))));
    }

    /**
     * The number of attempts whose waits, each at its shortest (jitter taking off all it may), add up to at least
     * {@code span}: with that many attempts a job is retried for at least {@code span} before it is dead.
     */
    public static int attemptsCovering(Duration base, Duration max, double jitter, Duration span) {
        long covered = 0;
        int attempts = 1;
        while (covered < span.toMillis()) {
            int doublings = Math.min(attempts - 1, 40);
            double wait = Math.min((double) max.toMillis(), base.toMillis() * Math.pow(2, doublings));
            covered += (long) Math.max(1, wait * (1 - jitter));
            attempts++;
        }
        return attempts;
    }
}
