package io.wiretrace.work;

import java.time.Instant;
import java.util.UUID;

/**
 * A job of the durable work queue and its progress.
 *
 * @param kind        what the job does (a handler's kind: {@code reuse-match}, {@code follow-credit},
 *                    {@code reanalyze-attributions}...)
 * @param status      {@link JobStatus} in lower case
 * @param subject     what the job is about (its de-duplication key: an article id, a URL), or null
 * @param payload     the job's input as JSON
 * @param total       units of work when known (articles to re-analyse), else 0
 * @param done        units done, {@code failed} units that failed (a job may go on past a failed unit)
 * @param message     a human-readable summary of the outcome
 * @param result      the outcome as JSON (handler-specific), or null
 * @param attempts    attempts started so far, at most {@code maxAttempts}
 * @param lastError   the error of the last failed attempt, kept when the job is retried or dead
 * @param runAt       when the job is (next) due
 * @param leaseOwner  the instance working on it while running, else null
 * @param leaseUntil  when that lease expires unless renewed: after it, any instance takes the job again
 */
public record Job(UUID id, String kind, String status, String subject, String payload, int total, int done,
                  int failed, String message, String result, int attempts, int maxAttempts, String lastError,
                  Instant runAt, String leaseOwner, Instant leaseUntil, Instant createdAt, Instant startedAt,
                  Instant finishedAt) {

    public JobStatus state() {
        return JobStatus.of(status);
    }
}
