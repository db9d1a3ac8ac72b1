package io.wiretrace.app;

import io.wiretrace.article.InvalidInput;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.wiretrace.store.JobQueries;
import io.wiretrace.store.JobStore;
import io.wiretrace.article.PageOf;
import io.wiretrace.work.Job;
import io.wiretrace.work.JobStatus;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Optional;
import java.util.UUID;

/** Reading the work queue's jobs. */
@ApplicationScoped
public class ReadJobs {

    private final JobStore jobs;
    private final JobQueries queries;
    private final WorkQueue queue;

    public ReadJobs(JobStore jobs, JobQueries queries, WorkQueue queue) {
        this.jobs = jobs;
        this.queries = queries;
        this.queue = queue;
    }

    /** A page of jobs, newest first; {@code kind} (null: any) must be a kind the queue knows. */
    public PageOf<Job> list(String kind, JobStatus status, int page, int size) {
        if (kind != null && !queue.kinds().contains(kind)) {
            throw new InvalidInput("kind", "kind '" + kind + "' is not one of " + queue.kinds());
        }
        return QuarkusTransaction.requiringNew().call(() -> queries.list(kind, status, page, size));
    }

    public Optional<Job> job(UUID id) {
        return QuarkusTransaction.requiringNew().call(() -> jobs.byId(id));
    }
}
