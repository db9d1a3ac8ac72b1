package io.wiretrace.watch;

import java.time.Duration;
import java.time.Instant;

/**
 * A watched source as stored: what it is, how it is polled, and its health.
 *
 * @param interval            the current adaptive wait between polls
 * @param lastPollStatus      new_items, no_new_items, not_modified, failed or unparseable; null before the first poll
 * @param lastPollDetail      what the last poll did or why it failed (the parser's reason for an unparseable document)
 * @param consecutiveFailures failed polls in a row (0 after a success)
 * @param alertReason         why the source is unhealthy, or null
 */
public record Source(
        long id, String url, String urlKey, SourceKind kind, Long outletId, String outletKey, String title,
        boolean paused, Duration minInterval, Duration maxInterval, Duration interval, Instant nextPollAt,
        String etag, String lastModified, Instant createdAt, Instant firstPolledAt, Instant lastPollAt,
        String lastPollStatus, String lastPollDetail, Instant lastNewItemAt, int consecutiveFailures,
        String alertReason, Instant alertAt) {

    public PollInterval bounds() {
        return new PollInterval(minInterval, maxInterval);
    }
}
