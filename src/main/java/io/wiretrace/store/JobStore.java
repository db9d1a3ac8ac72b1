package io.wiretrace.store;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

/** Background jobs. Callers own the transaction. */
@ApplicationScoped
public class JobStore implements PanacheRepositoryBase<JobEntity, UUID> {

    public Job create(String kind, int total) {
        JobEntity e = new JobEntity();
        e.id = UUID.randomUUID();
        e.kind = kind;
        e.status = "queued";
        e.total = total;
        e.createdAt = Instant.now();
        persist(e);
        return toRecord(e);
    }

    public Optional<Job> byId(UUID id) {
        return findByIdOptional(id).map(JobStore::toRecord);
    }

    public void started(UUID id) {
        findByIdOptional(id).ifPresent(e -> {
            e.status = "running";
            e.startedAt = Instant.now();
        });
    }

    public void progress(UUID id, int done, int failed) {
        findByIdOptional(id).ifPresent(e -> {
            e.done = done;
            e.failed = failed;
        });
    }

    public void finished(UUID id, boolean succeeded, String message) {
        findByIdOptional(id).ifPresent(e -> {
            e.status = succeeded ? "succeeded" : "failed";
            e.message = message;
            e.finishedAt = Instant.now();
        });
    }

    /** Jobs left queued or running by a previous process cannot finish: mark them failed. */
    public int failAbandoned() {
        return update("status = 'failed', message = 'interrupted by a restart', finishedAt = ?1 "
                + "where status in ('queued', 'running')", Instant.now());
    }

    static Job toRecord(JobEntity e) {
        return new Job(e.id, e.kind, e.status, e.total, e.done, e.failed, e.message, e.createdAt, e.startedAt,
                e.finishedAt);
    }
}
