package io.wiretrace.app;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.wiretrace.store.JobStore;
import io.wiretrace.work.Job;
import java.util.function.BooleanSupplier;

/**
 * One attempt of a job on the {@link WorkQueue}: the handler's writes commit in one transaction with the job's new
 * state, fenced by the lease (a lease lost to another instance commits nothing). One attempt ends once.
 */
final class AttemptContext implements JobContext {

    private final JobStore jobs;
    private final Job job;
    private final Runnable wake;
    private boolean ended;
    private boolean succeeded;

    AttemptContext(JobStore jobs, Job job, Runnable wake) {
        this.jobs = jobs;
        this.job = job;
        this.wake = wake;
    }

    @Override
    public void complete(String message, String result, Runnable writes) {
        commit(writes, () -> jobs.succeed(job, message, result));
        succeeded = true;
    }

    @Override
    public void complete(String message, String result, int done, int failed, Runnable writes) {
        commit(writes, () -> jobs.succeed(job, message, result, done, failed));
        succeeded = true;
    }

    @Override
    public void proceed(String nextPayload, int done, int failed, Runnable writes) {
        commit(writes, () -> jobs.proceed(job, nextPayload, done, failed));
        wake.run();
    }

    /** Whether the attempt completed or continued the job. */
    boolean ended() {
        return ended;
    }

    /** Whether the attempt completed the job. */
    boolean succeeded() {
        return succeeded;
    }

    private void commit(Runnable writes, BooleanSupplier transition) {
        if (ended) {
            throw new IllegalStateException("job " + job.id() + " was already completed or continued");
        }
        QuarkusTransaction.requiringNew().run(() -> {
            if (!transition.getAsBoolean()) {
                throw new LeaseLost("lease lost (expired and taken over): its writes are not committed");
            }
            writes.run();
        });
        ended = true;
    }
}
