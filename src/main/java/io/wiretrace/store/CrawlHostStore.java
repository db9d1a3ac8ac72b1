package io.wiretrace.store;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/**
 * Politeness per host, shared by all instances (table {@code crawl_host}): a host's turn is taken under its row lock
 * (one request in flight per host, a least delay between two), and a global cap on requests in flight is counted
 * under one transaction-scoped advisory lock. Callers own the transaction (one short one per call).
 */
@ApplicationScoped
public class CrawlHostStore {

    /** Advisory lock key serialising turn-taking, so the global count cannot be overrun by concurrent takers. */
    private static final long TURN_LOCK = 0x57697265_54726163L;

    /** A host's turn: granted, or how long to wait before asking again. */
    public record Turn(boolean granted, Duration waitFor) {
    }

    /** A cached robots.txt: the status it answered (0: the fetch failed), its text, when it was read. */
    public record Robots(int status, String body, Instant readAt) {
    }

    private final EntityManager em;

    /** A host as a turn sees it: how long until its delay since the last request has passed, and a request in flight. */
    private record HostState(long delayMillis, boolean busy) {
    }

    /** How soon to ask again for a host whose request is in flight. */
    static final Duration BUSY_RETRY = Duration.ofMillis(250);

    public CrawlHostStore(EntityManager em) {
        this.em = em;
    }

    /**
     * Takes the host's turn when no request to it is in flight, its delay since the last one has passed and fewer than
     * {@code maxInFlight} requests are in flight in all; the turn is held for at most {@code hold} (a crashed holder's
     * turn lapses). Refused while a request is in flight, the caller is told to ask again in {@link #BUSY_RETRY}, not
     * at the end of that request's hold.
     */
    public Turn take(String host, int maxInFlight, Duration hold) {
        Jdbc.update(em, "INSERT INTO crawl_host (host) VALUES (?) ON CONFLICT DO NOTHING", host);
        Jdbc.query(em, "SELECT pg_advisory_xact_lock(?)", r -> 1, TURN_LOCK);
        HostState state = Jdbc.query(em, "SELECT GREATEST(0, EXTRACT(EPOCH FROM (next_allowed_at - now())) * 1000), "
                        + "COALESCE(busy_until > now(), false) FROM crawl_host WHERE host = ? FOR UPDATE",
                r -> new HostState((long) Math.ceil(r.getDouble(1)), r.getBoolean(2)), host).get(0);
        if (state.busy()) {
            // a request in flight: its hold is only its longest possible time, and it usually ends far sooner
            return new Turn(false, BUSY_RETRY);
        }
        if (state.delayMillis() > 0) {
            return new Turn(false, Duration.ofMillis(state.delayMillis()));
        }
        long inFlight = Jdbc.query(em, "SELECT count(*) FROM crawl_host WHERE busy_until > now()", r -> r.getLong(1)).get(0);
        if (inFlight >= maxInFlight) {
            return new Turn(false, Duration.ofMillis(100));
        }
        Jdbc.update(em, "UPDATE crawl_host SET busy_until = now() + ? * interval '1 millisecond' WHERE host = ?",
                hold.toMillis(), host);
        return new Turn(true, Duration.ZERO);
    }

    /** Ends the host's turn; its next request may start {@code delay} from now. */
    public void release(String host, Duration delay) {
        Jdbc.update(em, "UPDATE crawl_host SET busy_until = NULL, next_allowed_at = now() + ? * interval '1 millisecond' "
                + "WHERE host = ?", delay.toMillis(), host);
    }

    public Optional<Robots> robots(String host) {
        return Jdbc.query(em, "SELECT robots_status, robots_body, robots_read_at FROM crawl_host WHERE host = ? "
                        + "AND robots_read_at IS NOT NULL", r -> new Robots(r.getInt(1), r.getString(2),
                        Jdbc.instant(r, "robots_read_at")), host).stream().findFirst();
    }

    public void saveRobots(String host, int status, String body) {
        Jdbc.update(em, "INSERT INTO crawl_host (host, robots_status, robots_body, robots_read_at) VALUES (?, ?, ?, now()) "
                + "ON CONFLICT (host) DO UPDATE SET robots_status = EXCLUDED.robots_status, "
                + "robots_body = EXCLUDED.robots_body, robots_read_at = now()", host, status, body);
    }
}
