package io.wiretrace.store;

import io.wiretrace.work.Job;
import io.wiretrace.work.JobStatus;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * The durable work queue in PostgreSQL (table {@code job}). Due jobs are leased with {@code FOR UPDATE SKIP LOCKED},
 * so concurrent instances never take the same job; every change to a leased job is fenced by its lease (owner and
 * attempt number), so an instance whose lease expired and was taken over cannot complete the job a second time.
 * Callers own the transaction.
 */
@ApplicationScoped
public class JobStore {

    static final String COLUMNS = "id, kind, status, subject, payload, total, done, failed, message, result, "
            + "attempts, max_attempts, last_error, run_at, lease_owner, lease_until, created_at, started_at, finished_at";
    private static final String FENCE = " WHERE id = ? AND status = 'running' AND lease_owner = ? AND attempts = ?";

    private final EntityManager em;

    public JobStore(EntityManager em) {
        this.em = em;
    }

    /**
     * Queues one job of {@code kind} per subject (payload at the same position, total 1), in one statement; a subject
     * whose job is already pending is left as it is (as {@link #enqueue} does).
     */
    public void enqueueAll(String kind, List<String> subjects, List<String> payloads, Instant runAt, int maxAttempts) {
        if (subjects.isEmpty()) {
            return;
        }
        work(c -> {
            try (PreparedStatement s = c.prepareStatement("INSERT INTO job (id, kind, status, subject, payload, total, "
                    + "run_at, max_attempts, created_at) SELECT id, ?, 'queued', subject, payload, 1, ?, ?, now() "
                    + "FROM unnest(?::uuid[], ?::text[], ?::text[]) AS t(id, subject, payload) "
                    + "ON CONFLICT (kind, subject) WHERE subject IS NOT NULL AND status IN ('queued', 'running') DO NOTHING")) {
                s.setString(1, kind);
                s.setTimestamp(2, Timestamp.from(runAt));
                s.setInt(3, maxAttempts);
                s.setArray(4, c.createArrayOf("uuid", subjects.stream().map(x -> UUID.randomUUID()).toArray()));
                s.setArray(5, c.createArrayOf("text", subjects.toArray()));
                s.setArray(6, c.createArrayOf("text", payloads.toArray()));
                return s.executeUpdate();
            }
        });
    }

    /**
     * Queues a job; when {@code subject} is not null and a job of this kind and subject is already pending, nothing is
     * added and that job is returned (enqueueing is idempotent).
     */
    public Job enqueue(String kind, String subject, String payload, int total, Instant runAt, int maxAttempts) {
        return work(c -> {
            try (PreparedStatement s = c.prepareStatement("INSERT INTO job (id, kind, status, subject, payload, total, "
                    + "run_at, max_attempts, created_at) VALUES (?, ?, 'queued', ?, ?, ?, ?, ?, now()) "
                    + "ON CONFLICT (kind, subject) WHERE subject IS NOT NULL AND status IN ('queued', 'running') "
                    + "DO NOTHING RETURNING " + COLUMNS)) {
                s.setObject(1, UUID.randomUUID());
                s.setString(2, kind);
                s.setString(3, subject);
                s.setString(4, payload);
                s.setInt(5, total);
                s.setTimestamp(6, Timestamp.from(runAt));
                s.setInt(7, maxAttempts);
                List<Job> added = read(s);
                if (!added.isEmpty()) {
                    return added.get(0);
                }
            }
            try (PreparedStatement s = c.prepareStatement("SELECT " + COLUMNS + " FROM job WHERE kind = ? AND subject = ?"
                    + " AND status IN ('queued', 'running')")) {
                s.setString(1, kind);
                s.setString(2, subject);
                List<Job> pending = read(s);
                if (pending.isEmpty()) {
                    // finished between the conflict and this read: queue it again
                    return enqueue(kind, subject, payload, total, runAt, maxAttempts);
                }
                return pending.get(0);
            }
        });
    }

    /**
     * Leases up to {@code limit} due jobs of the given kinds to {@code owner}: queued ones whose time has come and
     * running ones whose lease expired (their instance stopped renewing it). Each lease starts a new attempt.
     */
    public List<Job> claim(String owner, Collection<String> kinds, int limit, Duration lease) {
        return work(c -> {
            try (PreparedStatement s = c.prepareStatement("WITH due AS (SELECT id FROM job WHERE kind = ANY(?) AND ("
                    + "(status = 'queued' AND run_at <= now()) OR (status = 'running' AND lease_until < now())) "
                    + "ORDER BY run_at LIMIT ? FOR UPDATE SKIP LOCKED) "
                    + "UPDATE job j SET status = 'running', lease_owner = ?, lease_until = now() + ? * interval '1 millisecond', "
                    + "attempts = j.attempts + 1, started_at = COALESCE(j.started_at, now()) FROM due WHERE j.id = due.id "
                    + "RETURNING " + prefixed())) {
                s.setArray(1, c.createArrayOf("varchar", kinds.toArray()));
                s.setInt(2, limit);
                s.setString(3, owner);
                s.setLong(4, lease.toMillis());
                return read(s);
            }
        });
    }

    /** Leases one job by id if it is queued (at any due time) or its lease expired; empty if another holds it. */
    public Optional<Job> claim(String owner, UUID id, Duration lease) {
        return work(c -> {
            try (PreparedStatement s = c.prepareStatement("WITH due AS (SELECT id FROM job WHERE id = ? AND ("
                    + "status = 'queued' OR (status = 'running' AND lease_until < now())) FOR UPDATE SKIP LOCKED) "
                    + "UPDATE job j SET status = 'running', lease_owner = ?, lease_until = now() + ? * interval '1 millisecond', "
                    + "attempts = j.attempts + 1, started_at = COALESCE(j.started_at, now()) FROM due WHERE j.id = due.id "
                    + "RETURNING " + prefixed())) {
                s.setObject(1, id);
                s.setString(2, owner);
                s.setLong(3, lease.toMillis());
                return read(s).stream().findFirst();
            }
        });
    }

    /** Marks a leased job succeeded; false (nothing written) when the lease is no longer this attempt's. */
    public boolean succeed(Job leased, String message, String result) {
        return fenced(leased, "UPDATE job SET status = 'succeeded', message = ?, result = ?, finished_at = now(), "
                + "lease_owner = NULL, lease_until = NULL", message, result);
    }

    /** {@link #succeed(Job, String, String)} with the job's final progress: {@code done} of {@code done} items. */
    public boolean succeed(Job leased, String message, String result, int done, int failed) {
        return fenced(leased, "UPDATE job SET status = 'succeeded', message = ?, result = ?, total = ?, done = ?, "
                + "failed = ?, finished_at = now(), lease_owner = NULL, lease_until = NULL", message, result, done,
                done, failed);
    }

    /**
     * Records progress of a job that goes on in further steps and queues it again at once with its new payload (the
     * next step may run on any instance); attempts start again from zero for the next step.
     */
    public boolean proceed(Job leased, String payload, int done, int failed) {
        return fenced(leased, "UPDATE job SET status = 'queued', payload = ?, done = ?, failed = ?, attempts = 0, "
                + "run_at = now(), lease_owner = NULL, lease_until = NULL", payload, done, failed);
    }

    /** Queues a leased job again after a failed attempt, due at {@code runAt}. */
    public boolean retry(Job leased, String error, Instant runAt) {
        return fenced(leased, "UPDATE job SET status = 'queued', last_error = ?, run_at = ?, lease_owner = NULL, "
                + "lease_until = NULL", error, Timestamp.from(runAt));
    }

    /** Ends a leased job as failed (permanent error) or dead (attempts exhausted), keeping its last error. */
    public boolean end(Job leased, JobStatus status, String error, String message, String result) {
        if (status != JobStatus.FAILED && status != JobStatus.DEAD) {
            throw new IllegalArgumentException("end() takes failed or dead, not " + status);
        }
        return fenced(leased, "UPDATE job SET status = ?, last_error = ?, message = ?, result = ?, finished_at = now(), "
                + "lease_owner = NULL, lease_until = NULL", status.value(), error, message, result);
    }

    /** Extends the leases {@code owner} holds on these jobs; returns how many it still held. */
    public int renew(String owner, Collection<UUID> ids, Duration lease) {
        if (ids.isEmpty()) {
            return 0;
        }
        return work(c -> {
            try (PreparedStatement s = c.prepareStatement("UPDATE job SET lease_until = now() + ? * interval '1 millisecond' "
                    + "WHERE lease_owner = ? AND status = 'running' AND id = ANY(?)")) {
                s.setLong(1, lease.toMillis());
                s.setString(2, owner);
                s.setArray(3, c.createArrayOf("uuid", ids.toArray()));
                return s.executeUpdate();
            }
        });
    }

    /** Gives back every job {@code owner} holds (an orderly shutdown): queued again at once, the attempt not counted. */
    public int release(String owner) {
        return work(c -> {
            try (PreparedStatement s = c.prepareStatement("UPDATE job SET status = 'queued', attempts = GREATEST(attempts - 1, 0), "
                    + "run_at = now(), lease_owner = NULL, lease_until = NULL WHERE lease_owner = ? AND status = 'running'")) {
                s.setString(1, owner);
                return s.executeUpdate();
            }
        });
    }

    public Optional<Job> byId(UUID id) {
        return work(c -> {
            try (PreparedStatement s = c.prepareStatement("SELECT " + COLUMNS + " FROM job WHERE id = ?")) {
                s.setObject(1, id);
                return read(s).stream().findFirst();
            }
        });
    }

    /** Deletes succeeded jobs finished before {@code before} (failed and dead ones stay for inspection). */
    public int purgeSucceeded(Instant before) {
        return work(c -> {
            try (PreparedStatement s = c.prepareStatement("DELETE FROM job WHERE status = 'succeeded' AND finished_at < ?")) {
                s.setTimestamp(1, Timestamp.from(before));
                return s.executeUpdate();
            }
        });
    }

    private boolean fenced(Job leased, String update, Object... values) {
        return work(c -> {
            try (PreparedStatement s = c.prepareStatement(update + FENCE)) {
                int i = 1;
                for (Object v : values) {
                    s.setObject(i++, v);
                }
                s.setObject(i++, leased.id());
                s.setString(i++, leased.leaseOwner());
                s.setInt(i, leased.attempts());
                return s.executeUpdate() == 1;
            }
        });
    }

    private static String prefixed() {
        return "j." + COLUMNS.replace(", ", ", j.");
    }

    static List<Job> read(PreparedStatement s) throws SQLException {
        List<Job> jobs = new ArrayList<>();
        try (ResultSet r = s.execute() ? s.getResultSet() : null) {
            while (r != null && r.next()) {
                jobs.add(new Job(r.getObject("id", UUID.class), r.getString("kind"), r.getString("status"),
                        r.getString("subject"), r.getString("payload"), r.getInt("total"), r.getInt("done"),
                        r.getInt("failed"), r.getString("message"), r.getString("result"), r.getInt("attempts"),
                        r.getInt("max_attempts"), r.getString("last_error"), instant(r, "run_at"),
                        r.getString("lease_owner"), instant(r, "lease_until"), instant(r, "created_at"),
                        instant(r, "started_at"), instant(r, "finished_at")));
            }
        }
        return jobs;
    }

    private <T> T work(Jdbc.Work<T> work) {
        return Jdbc.work(em, work);
    }

    private static Instant instant(ResultSet r, String column) throws SQLException {
        return Jdbc.instant(r, column);
    }
}
