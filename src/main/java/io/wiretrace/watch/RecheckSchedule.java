package io.wiretrace.watch;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/**
 * When to look at an article again for a revision: when the time since the last check is at least {@code fraction}
 * of the article's age, never sooner than {@code floor} after the last check, and never once it is older than
 * {@code maxAge}. With fraction f the next check t solves {@code t - last = f (t - born)}, so
 * {@code t = (last - f born) / (1 - f)}: checks come often while an article is fresh (when corrections happen) and
 * thin out geometrically. Immutable.
 *
 * @param fraction share of the article's age to wait, in (0, 1)
 * @param maxAge   no checks for articles older than this
 * @param floor    least time between two checks
 */
public record RecheckSchedule(double fraction, Duration maxAge, Duration floor) {

    public RecheckSchedule {
        if (!(fraction > 0 && fraction < 1)) {
            throw new IllegalArgumentException("re-check fraction must be in (0, 1): " + fraction);
        }
        if (maxAge.isNegative() || floor.isNegative()) {
            throw new IllegalArgumentException("re-check durations must not be negative: " + maxAge + ", " + floor);
        }
    }

    /** The next check after one at {@code lastCheck} of an article born at {@code born}; empty when checks stop. */
    public Optional<Instant> next(Instant born, Instant lastCheck) {
        Instant start = born.isAfter(lastCheck) ? lastCheck : born;
        double bornMs = start.toEpochMilli();
        double lastMs = lastCheck.toEpochMilli();
        Instant byAge = Instant.ofEpochMilli(Math.round((lastMs - fraction * bornMs) / (1 - fraction)));
        Instant byFloor = lastCheck.plus(floor);
        Instant next = byAge.isAfter(byFloor) ? byAge : byFloor;
        return next.isAfter(start.plus(maxAge)) ? Optional.empty() : Optional.of(next);
    }
}
