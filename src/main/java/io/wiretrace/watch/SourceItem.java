package io.wiretrace.watch;

import java.time.Instant;

/**
 * An item a source listed and what became of it.
 *
 * @param state     pending (to fetch; after a failure, again from {@code retryAt}), ingested, listed (older than
 *                  the first poll's newest items: recorded, not fetched), failed (attempts exhausted), disallowed
 *                  (robots.txt)
 * @param lastError why its last attempt failed or why it was skipped, else null
 * @param articleId the stored article, once ingested
 */
public record SourceItem(FeedItem item, String state, int attempts, Instant retryAt, String lastError, Long articleId,
                         Instant firstSeenAt) {
}
