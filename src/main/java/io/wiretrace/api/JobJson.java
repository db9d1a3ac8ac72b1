package io.wiretrace.api;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.wiretrace.work.Job;
import java.time.Instant;
import java.util.UUID;

/**
 * A job of the work queue as the API shows it: its kind, status, progress, attempts and last error, the instance
 * holding it while it runs, and its input ({@code payload}) and outcome ({@code result}) as JSON.
 */
public record JobJson(UUID id, String kind, String status, String subject, int total, int done, int failed,
                      String message, JsonNode payload, JsonNode result, int attempts, int maxAttempts,
                      String lastError, Instant runAt, String instance, Instant leaseUntil, Instant createdAt,
                      Instant startedAt, Instant finishedAt) {

    private static final ObjectMapper JSON = new ObjectMapper();

    static JobJson of(Job j) {
        return new JobJson(j.id(), j.kind(), j.status(), j.subject(), j.total(), j.done(), j.failed(), j.message(),
                tree(j.payload()), tree(j.result()), j.attempts(), j.maxAttempts(), j.lastError(), j.runAt(),
                j.leaseOwner(), j.leaseUntil(), j.createdAt(), j.startedAt(), j.finishedAt());
    }

    private static JsonNode tree(String json) {
        if (json == null) {
            return null;
        }
        try {
            return JSON.readTree(json);
        } catch (java.io.IOException e) {
            return JSON.getNodeFactory().textNode(json);
        }
    }
}
