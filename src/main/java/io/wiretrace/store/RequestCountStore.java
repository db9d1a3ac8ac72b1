package io.wiretrace.store;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.time.Instant;

/** Requests counted per key and window (table {@code request_count}), shared by every instance. */
@ApplicationScoped
public class RequestCountStore {

    private final EntityManager em;

    public RequestCountStore(EntityManager em) {
        this.em = em;
    }

    /** Counts one request of {@code bucket} in the window starting at {@code windowStart}; returns the window's count. */
    public int hit(String bucket, Instant windowStart) {
        return Jdbc.query(em, "INSERT INTO request_count (bucket, window_start, hits) VALUES (?, ?, 1) "
                + "ON CONFLICT (bucket, window_start) DO UPDATE SET hits = request_count.hits + 1 RETURNING hits",
                r -> r.getInt(1), bucket, windowStart).get(0);
    }

    /** The count of {@code bucket} in the window starting at {@code windowStart} (0 when none). */
    public int count(String bucket, Instant windowStart) {
        return Jdbc.query(em, "SELECT hits FROM request_count WHERE bucket = ? AND window_start = ?", r -> r.getInt(1),
                bucket, windowStart).stream().findFirst().orElse(0);
    }

    /** Deletes windows that started before {@code before}. */
    public int purge(Instant before) {
        return Jdbc.update(em, "DELETE FROM request_count WHERE window_start < ?", before);
    }
}
