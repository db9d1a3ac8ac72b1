package io.wiretrace.webhook;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * One event sent to one webhook, and every attempt so far.
 *
 * @param id          sent as {@code Wiretrace-Delivery}; the same on every retry, so a receiver can drop duplicates
 * @param status      pending (retries left), delivered (a 2xx answer) or failed (attempts exhausted)
 * @param jobId       the work-queue job sending it
 */
public record Delivery(UUID id, long webhookId, long eventId, String eventType, String status, UUID jobId,
                       int attempts, Instant createdAt, Instant deliveredAt, List<Attempt> log) {

    public Delivery {
        log = List.copyOf(log);
    }

    /**
     * One attempt: the receiver's status (null when none came) or the error, and how long it took.
     */
    public record Attempt(int attempt, Instant at, Integer status, String error, long millis) {
    }
}
