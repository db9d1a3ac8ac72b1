package io.wiretrace.app;

import io.wiretrace.work.Job;
import io.wiretrace.work.RetryPolicy;
import java.util.Optional;

/**
 * Does the work of one kind of queued job. Handlers are idempotent: a job may be attempted again after a failure or
 * after its instance died, so a handler makes its writes through {@link JobContext} (committed together with the job's
 * completion, fenced by its lease) or writes what is safe to write twice.
 */
public interface JobHandler {

    /** The job kind this handler does ({@code reuse-match}...). */
    String kind();

    /**
     * Does one attempt of the job. Returning without calling {@link JobContext#complete} or {@link JobContext#proceed}
     * completes the job with no further writes. A {@link PermanentJobFailure} ends it as failed; any other exception
     * is retried with backoff until the attempts run out.
     */
    void handle(Job job, JobContext context);

    /**
     * The retry rules of this kind's jobs (attempts, backoff); empty: the queue's configured ones. Webhook deliveries,
     * retried for a day, have their own.
     */
    default Optional<RetryPolicy> retryPolicy() {
        return Optional.empty();
    }
}
