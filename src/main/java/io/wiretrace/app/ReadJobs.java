package io.wiretrace.app;

import io.quarkus.narayana.jta.QuarkusTransaction;
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

    public ReadJobs(JobStore jobs) {
        this.jobs = jobs;
    }

    public PageOf<Job> list(String kind, JobStatus status, int page, int size) {
        return QuarkusTransaction.requiringNew().call(() -> jobs.list(kind, status, page, size));
    }

    public Optional<Job> job(UUID id) {
        return QuarkusTransaction.requiringNew().call(() -> jobs.byId(id));
    }
}
