package io.wiretrace.watch;

import java.time.Duration;

/**
 * The adaptive wait between two polls of a source, within its bounds: halved after a poll that found new items,
 * grown by half after one that found none (a 304 included), so a busy feed is polled near its minimum and a quiet
 * one drifts to its maximum. After a failure the wait is the minimum doubled per consecutive failure (exponential
 * backoff), up to the maximum; a server's Retry-After is never undercut. Immutable.
 */
public record PollInterval(Duration min, Duration max) {

    static final double SHRINK = 0.5;
    static final double GROW = 1.5;

    public PollInterval {
        if (min.isNegative() || min.isZero() || max.compareTo(min) < 0) {
            throw new IllegalArgumentException("poll interval bounds need 0 < min <= max: " + min + ", " + max);
        }
    }

    public Duration afterNewItems(Duration current) {
        return clamp(scale(current, SHRINK));
    }

    public Duration afterNothingNew(Duration current) {
        return clamp(scale(current, GROW));
    }

    /** Wait after the {@code consecutiveFailures}-th failure in a row (1 for the first). */
    public Duration afterFailure(int consecutiveFailures) {
        int doublings = Math.min(Math.max(consecutiveFailures - 1, 0), 40);
        double millis = min.toMillis() * Math.pow(2, doublings);
        return millis >= max.toMillis() ? max : Duration.ofMillis((long) millis);
    }

    /** {@code wait}, or the server's Retry-After when that is longer (it may exceed the maximum: the server asked). */
    public static Duration honouring(Duration wait, Duration retryAfter) {
        return retryAfter != null && retryAfter.compareTo(wait) > 0 ? retryAfter : wait;
    }

    /** {@code current} brought within the bounds (bounds changed by the client apply at once). */
    public Duration clamp(Duration current) {
        if (current.compareTo(min) < 0) {
            return min;
        }
        return current.compareTo(max) > 0 ? max : current;
    }

    private static Duration scale(Duration d, double factor) {
        return Duration.ofMillis(Math.round(d.toMillis() * factor));
    }
}
