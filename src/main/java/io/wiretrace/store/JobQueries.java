package io.wiretrace.store;

import io.wiretrace.article.PageOf;
import io.wiretrace.work.Job;
import io.wiretrace.work.JobStatus;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

/** What the work queue holds, read: pages of jobs and the counts per kind and status. Callers own the transaction. */
@ApplicationScoped
public class JobQueries {

    private final EntityManager em;

    public JobQueries(EntityManager em) {
        this.em = em;
    }

    /** Jobs newest first, optionally of one kind and/or status, with the total that matched. */
    public PageOf<Job> list(String kind, JobStatus status, int page, int size) {
        return work(c -> {
            String where = " WHERE (?::varchar IS NULL OR kind = ?) AND (?::varchar IS NULL OR status = ?)";
            long total;
            try (PreparedStatement s = c.prepareStatement("SELECT count(*) FROM job" + where)) {
                bindFilter(s, kind, status);
                try (ResultSet r = s.executeQuery()) {
                    r.next();
                    total = r.getLong(1);
                }
            }
            try (PreparedStatement s = c.prepareStatement("SELECT " + JobStore.COLUMNS + " FROM job" + where
                    + " ORDER BY created_at DESC, id LIMIT ? OFFSET ?")) {
                bindFilter(s, kind, status);
                s.setInt(5, size);
                s.setLong(6, (long) page * size);
                return new PageOf<>(JobStore.read(s), page, size, total);
            }
        });
    }

    /** Counts per kind and status, with the age of the oldest due queued job of each kind. */
    public List<QueueStats> stats() {
        return work(c -> {
            try (PreparedStatement s = c.prepareStatement("SELECT kind, status, count(*), "
                    + "EXTRACT(EPOCH FROM now() - min(run_at) FILTER (WHERE status = 'queued' AND run_at <= now())) "
                    + "FROM job GROUP BY kind, status"); ResultSet r = s.executeQuery()) {
                List<QueueStats> out = new ArrayList<>();
                while (r.next()) {
                    double age = r.getDouble(4);
                    out.add(new QueueStats(r.getString(1), JobStatus.of(r.getString(2)), r.getLong(3),
                            r.wasNull() ? 0 : age));
                }
                return out;
            }
        });
    }

    /** Jobs of one kind, status and count, and how long the oldest due one has waited (seconds). */
    public record QueueStats(String kind, JobStatus status, long count, double oldestDueSeconds) {
    }

    private static void bindFilter(PreparedStatement s, String kind, JobStatus status) throws SQLException {
        s.setString(1, kind);
        s.setString(2, kind);
        String st = status == null ? null : status.value();
        s.setString(3, st);
        s.setString(4, st);
    }

    private <T> T work(Jdbc.Work<T> work) {
        return Jdbc.work(em, work);
    }
}
