package io.wiretrace.store;

import java.time.Instant;
import java.util.UUID;

/** A background job and its progress. {@code status}: queued, running, succeeded or failed. */
public record Job(UUID id, String kind, String status, int total, int done, int failed, String message,
                  Instant createdAt, Instant startedAt, Instant finishedAt) {
}
