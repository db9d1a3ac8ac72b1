package io.wiretrace.watch;

import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * When a source is unhealthy, in words a user reads: it failed {@code maxFailures} polls in a row, or it went silent
 * far below its own normal rate (the last day's count more than two standard deviations under the mean of the days
 * before, the deviation taken as at least the square root of the mean: item counts are Poisson-like, so a perfectly
 * regular history does not make one missing item an alert). Silence is judged only with at least
 * {@value #MIN_HISTORY_DAYS} days of history and a normal rate of at least one item a day. Immutable.
 */
public record SourceHealthRules(int maxFailures) {

    static final int MIN_HISTORY_DAYS = 7;
    static final int RATE_WINDOW_DAYS = 7;

    /** The alert for this many consecutive failures, if it is one. */
    public Optional<String> failureAlert(int consecutiveFailures, String lastError) {
        if (consecutiveFailures < maxFailures) {
            return Optional.empty();
        }
        return Optional.of(consecutiveFailures + " failed polls in a row" + (lastError == null ? "" : ": " + lastError));
    }

    /**
     * The silence alert, if the source went silent.
     *
     * @param daily item counts per day, index 0 the last 24 hours, 1 the day before, ...; only days within the
     *              source's known history
     */
    public Optional<String> silenceAlert(List<Integer> daily) {
        if (daily.size() < MIN_HISTORY_DAYS + 1) {
            return Optional.empty();
        }
        List<Integer> history = daily.subList(1, daily.size());
        double mean = history.stream().mapToInt(Integer::intValue).average().orElse(0);
        if (mean < 1) {
            return Optional.empty();
        }
        double variance = history.stream().mapToDouble(c -> (c - mean) * (c - mean)).sum() / history.size();
        double sd = Math.max(Math.sqrt(variance), Math.sqrt(mean));
        int today = daily.get(0);
        if (today >= mean - 2 * sd) {
            return Optional.empty();
        }
        return Optional.of(String.format(Locale.ROOT,
                "silent: %d item(s) in the last 24 h, against a normal %.1f ± %.1f a day over %d days",
                today, mean, sd, history.size()));
    }

    /**
     * Items a day over the last {@value #RATE_WINDOW_DAYS} days, or over the days since the first item when the
     * history is shorter (a day begun counts as one).
     *
     * @param lastWeek items that appeared in the last 7 days
     * @param history  time since the earliest item appeared (null when there is none)
     */
    public static double itemsPerDay(int lastWeek, Duration history) {
        if (history == null) {
            return 0;
        }
        long days = Math.min(RATE_WINDOW_DAYS, Math.max(1, (history.toMillis() + DAY_MS - 1) / DAY_MS));
        return lastWeek / (double) days;
    }

    private static final long DAY_MS = Duration.ofDays(1).toMillis();
}
