package io.wiretrace.watch;

import java.util.Map;
import java.util.Optional;

/**
 * A source with the figures of its health.
 *
 * @param items       items per state (pending, ingested, listed, failed, disallowed)
 * @param itemsPerDay new items a day over the last 7 days
 * @param rechecks    articles of the source still re-checked for revisions, checks made, revisions found
 */
public record SourceStatus(Source source, Map<String, Integer> items, double itemsPerDay, Rechecks rechecks) {

    /** Revision re-checks of the source's articles. */
    public record Rechecks(long scheduled, long checks, long revisions) {
    }

    public Optional<String> alert() {
        return Optional.ofNullable(source.alertReason());
    }
}
