package io.wiretrace.api;

import io.wiretrace.watch.FeedCandidate;
import io.wiretrace.watch.Source;
import io.wiretrace.watch.SourceStatus;
import java.time.Instant;
import java.util.List;
import java.util.Map;

/** A watched source as the API shows it, with its health. */
public record SourceJson(long id, String url, String kind, String title, String outlet, boolean paused,
                         String minInterval, String maxInterval, Instant createdAt, Health health,
                         Map<String, Integer> items, Rechecks rechecks) {

    /**
     * @param lastPollStatus      new_items, no_new_items, not_modified, failed or unparseable (null before the first)
     * @param itemsPerDay         new items a day over the last 7 days
     * @param consecutiveFailures failed polls in a row
     * @param currentInterval     the adaptive wait between polls now (ISO-8601)
     * @param alert               why the source is unhealthy, or null
     */
    public record Health(Instant lastPollAt, String lastPollStatus, String lastPollDetail, Instant lastNewItemAt,
                         double itemsPerDay, int consecutiveFailures, Instant nextPollAt, String currentInterval,
                         Alert alert) {
    }

    public record Alert(String reason, Instant at) {
    }

    /** Revision re-checks of the source's articles: still scheduled, checks made, revisions found. */
    public record Rechecks(long scheduled, long checks, long revisions) {
    }

    /** The answer to a homepage URL: feeds and sitemaps to choose from (no source was made). */
    /**
     * What a homepage offers to watch.
     *
     * @param note why there is nothing to choose, when {@code candidates} is empty (else null)
     */
    public record Candidates(List<FeedCandidate> candidates, String note) {

        static Candidates of(String url, List<FeedCandidate> candidates) {
            return new Candidates(candidates, candidates.isEmpty() ? url + " is a web page, not a feed, and it announces "
                    + "no feed (<link rel=\"alternate\">) and its robots.txt lists no sitemap: find the site's feed or "
                    + "sitemap address and post that" : null);
        }
    }

    static SourceJson of(SourceStatus status) {
        Source s = status.source();
        Health health = new Health(s.lastPollAt(), s.lastPollStatus(), s.lastPollDetail(), s.lastNewItemAt(),
                Math.round(status.itemsPerDay() * 100) / 100.0, s.consecutiveFailures(), s.paused() ? null : s.nextPollAt(),
                s.interval().toString(), s.alertReason() == null ? null : new Alert(s.alertReason(), s.alertAt()));
        return new SourceJson(s.id(), s.url(), s.kind().wireName(), s.title(), s.outletKey(), s.paused(),
                s.minInterval().toString(), s.maxInterval().toString(), s.createdAt(), health, status.items(),
                new Rechecks(status.rechecks().scheduled(), status.rechecks().checks(), status.rechecks().revisions()));
    }
}
