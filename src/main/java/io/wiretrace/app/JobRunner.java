package io.wiretrace.app;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.wiretrace.store.JobStore;
import io.wiretrace.work.Job;
import io.wiretrace.work.JobStatus;
import io.wiretrace.work.RetryPolicy;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;
import org.jboss.logging.Logger;

/**
 * Runs one leased job of the {@link WorkQueue} to its end: its handler's work, then done, failed for good, retried
 * later with backoff, or dead when its attempts are spent (also when each lease expired with its instance).
 */
final class JobRunner {

    private static final Logger LOG = Logger.getLogger(JobRunner.class);

    private final JobStore jobs;
    private final Map<String, JobHandler> handlers;
    private final QueueMetrics metrics;
    private final RetryPolicy retry;
    private final Runnable wake;

    JobRunner(JobStore jobs, Map<String, JobHandler> handlers, QueueMetrics metrics, RetryPolicy retry, Runnable wake) {
        this.jobs = jobs;
        this.handlers = handlers;
        this.metrics = metrics;
        this.retry = retry;
        this.wake = wake;
    }

    void run(Job job) {
        long started = System.nanoTime();
        AttemptContext context = new AttemptContext(jobs, job, wake);
        try {
            if (job.attempts() > job.maxAttempts()) {
                String error = "lease expired in each of " + job.maxAttempts() + " attempts (its instance stopped)"
                        + (job.lastError() == null ? "" : "; last error: " + job.lastError());
                inTransaction(() -> jobs.end(job, JobStatus.DEAD, error, null, null));
                metrics.ended(job, JobStatus.DEAD, started);
                return;
            }
            JobHandler handler = handlers.get(job.kind());
            handler.handle(job, context);
            if (!context.ended()) {
                context.complete(null, null, () -> { });
            }
            metrics.ended(job, context.succeeded() ? JobStatus.SUCCEEDED : JobStatus.QUEUED, started);
        } catch (JobContext.LeaseLost e) {
            LOG.warnf("job %s (%s): %s", job.id(), job.kind(), e.getMessage());
        } catch (PermanentJobFailure e) {
            LOG.infof("job %s (%s) failed for good: %s", job.id(), job.kind(), e.getMessage());
            inTransaction(() -> jobs.end(job, JobStatus.FAILED, e.getMessage(), e.getMessage(), e.result()));
            metrics.ended(job, JobStatus.FAILED, started);
        } catch (RuntimeException | StackOverflowError | OutOfMemoryError e) {
            fail(job, e, started);
        }
    }

    /** The retry rules of a kind: its handler's own, else the configured ones. */
    RetryPolicy policyOf(String kind) {
        JobHandler handler = handlers.get(kind);
        return handler == null ? retry : handler.retryPolicy().orElse(retry);
    }

    private void fail(Job job, Throwable e, long started) {
        String error = e.getClass().getSimpleName() + ": " + e.getMessage();
        RetryPolicy policy = policyOf(job.kind());
        try {
            if (policy.exhausted(job.attempts())) {
                LOG.errorf(e, "job %s (%s) is dead after %d attempts", job.id(), job.kind(), job.attempts());
                inTransaction(() -> jobs.end(job, JobStatus.DEAD, error, null, null));
                metrics.ended(job, JobStatus.DEAD, started);
            } else {
                Instant next = Instant.now().plus(policy.delayAfter(job.attempts(), ThreadLocalRandom.current().nextDouble()));
                LOG.warnf("job %s (%s) attempt %d failed, next at %s: %s", job.id(), job.kind(), job.attempts(), next, error);
                inTransaction(() -> jobs.retry(job, error, next));
                metrics.retried(job);
            }
        } catch (RuntimeException again) {
            LOG.errorf(again, "job %s (%s): could not record the failure; the lease will expire and it will be retried",
                    job.id(), job.kind());
        }
    }

    private static void inTransaction(java.util.function.BooleanSupplier write) {
        QuarkusTransaction.requiringNew().call(write::getAsBoolean);
    }
}
