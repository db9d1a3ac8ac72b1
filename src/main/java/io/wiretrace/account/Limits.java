package io.wiretrace.account;

import java.time.Duration;
import java.time.Instant;

/**
 * Fixed-window counting: a key may make {@code max} requests per {@code window}; the window a time falls in starts at
 * the epoch's multiple of the window length. Pure arithmetic; the counts live in the database.
 */
public record Limits(int max, Duration window) {

    public Instant windowStart(Instant now) {
        long w = window.toMillis();
        return Instant.ofEpochMilli(Math.floorDiv(now.toEpochMilli(), w) * w);
    }

    /** Seconds until the window of {@code now} ends (at least 1). */
    public long secondsLeft(Instant now) {
        long end = windowStart(now).toEpochMilli() + window.toMillis();
        return Math.max(1, (end - now.toEpochMilli() + 999) / 1000);
    }

    /** Whether {@code hits} (this request included) is over the limit; a limit of 0 or less means none. */
    public boolean exceeded(int hits) {
        return max > 0 && hits > max;
    }
}
