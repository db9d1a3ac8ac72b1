package io.wiretrace.app;

import java.time.Instant;

/**
 * Fired (CDI event, synchronously, inside the transaction that records it) when a watched source turns unhealthy:
 * it failed too many times in a row or went silent far below its own normal rate. Observers record it as a
 * {@code source_unhealthy} event.
 *
 * @param sourceId the source
 * @param outletId its outlet, or null when it has none
 * @param url      the source's URL
 * @param reason   why, in words a user reads ("5 failed polls in a row: HTTP 500")
 * @param at       when the alert was raised
 */
public record SourceAlertRaised(long sourceId, Long outletId, String url, String reason, Instant at) {
}
