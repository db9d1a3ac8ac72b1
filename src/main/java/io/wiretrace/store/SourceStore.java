package io.wiretrace.store;

import io.wiretrace.article.PageOf;
import io.wiretrace.watch.Source;
import io.wiretrace.watch.SourceFilter;
import io.wiretrace.watch.SourceKind;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Watched sources (table {@code source}): their settings, polling state and health. Due sources are taken for polling
 * with {@code FOR UPDATE SKIP LOCKED} and marked queued, so concurrent ticks of several instances queue each once.
 * Callers own the transaction.
 */
@ApplicationScoped
public class SourceStore {

    private static final String SELECT = "SELECT s.*, o.outlet_key FROM source s LEFT JOIN outlet o ON o.id = s.outlet_id";
    /** A poll queued longer ago than this without finishing (its job died) no longer blocks queuing the source. */
    private static final String STALE_QUEUED = "interval '1 hour'";

    /** What a new source is. */
    public record NewSource(String url, String urlKey, SourceKind kind, Long outletId, String title, Duration minInterval,
                            Duration maxInterval) {
    }

    /** The outcome of one poll, written with the source's next due time. */
    public record PollRecord(String status, String detail, boolean failed, boolean newItems, String etag,
                             String lastModified, Duration interval, Instant nextPollAt, String title) {
    }

    /**
     * Ids of the watched outlets, as SQL: those a source is assigned to and those a source brought an article of
     * (table {@code outlet_watcher}, filled as articles are discovered).
     */
    public static final String WATCHED_OUTLET_IDS =
            "(SELECT outlet_id FROM source WHERE outlet_id IS NOT NULL UNION SELECT outlet_id FROM outlet_watcher)";

    private final EntityManager em;

    public SourceStore(EntityManager em) {
        this.em = em;
    }

    /** Inserts the source; empty when a source with the same URL key exists. */
    public Optional<Source> insert(NewSource s) {
        List<Long> ids = Jdbc.query(em, "INSERT INTO source (url, url_key, kind, outlet_id, title, min_interval_ms, "
                        + "max_interval_ms, interval_ms, next_poll_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, now()) "
                        + "ON CONFLICT (url_key) DO NOTHING RETURNING id", r -> r.getLong(1),
                s.url(), s.urlKey(), s.kind().wireName(), s.outletId(), s.title(), s.minInterval().toMillis(),
                s.maxInterval().toMillis(), s.minInterval().toMillis());
        return ids.isEmpty() ? Optional.empty() : byId(ids.get(0));
    }

    public Optional<Source> byId(long id) {
        return Jdbc.query(em, SELECT + " WHERE s.id = ?", SourceStore::read, id).stream().findFirst();
    }

    public Optional<Source> byUrlKey(String urlKey) {
        return Jdbc.query(em, SELECT + " WHERE s.url_key = ?", SourceStore::read, urlKey).stream().findFirst();
    }

    /** A page of the sources the filter keeps, newest first, with how many it keeps in all. */
    public PageOf<Source> page(SourceFilter filter, int page, int size) {
        List<String> where = new ArrayList<>();
        List<Object> values = new ArrayList<>();
        if (filter.outletKey() != null) {
            where.add("(o.outlet_key = ? OR s.id IN (SELECT so.source_id FROM outlet_watcher so "
                    + "JOIN outlet x ON x.id = so.outlet_id WHERE x.outlet_key = ?))");
            values.add(filter.outletKey());
            values.add(filter.outletKey());
        }
        if (filter.paused() != null) {
            where.add(filter.paused() ? "s.paused" : "NOT s.paused");
        }
        if (filter.alerting() != null) {
            where.add(filter.alerting() ? "s.alert_reason IS NOT NULL" : "s.alert_reason IS NULL");
        }
        String condition = where.isEmpty() ? "" : " WHERE " + String.join(" AND ", where);
        long total = Jdbc.query(em, "SELECT count(*) FROM source s LEFT JOIN outlet o ON o.id = s.outlet_id" + condition,
                r -> r.getLong(1), values.toArray()).get(0);
        values.add(size);
        values.add((long) page * size);
        List<Source> items = Jdbc.query(em, SELECT + condition + " ORDER BY s.id DESC LIMIT ? OFFSET ?", SourceStore::read,
                values.toArray());
        return new PageOf<>(items, page, size, total);
    }

    /** The outlet's sources: those assigned to it and those that brought one of its articles. */
    public List<Source> ofOutlet(long outletId) {
        return Jdbc.query(em, SELECT + " WHERE s.outlet_id = ? OR s.id IN (SELECT source_id FROM outlet_watcher "
                + "WHERE outlet_id = ?) ORDER BY s.id", SourceStore::read, outletId, outletId);
    }

    /** The id of the outlet with this key, if any. */
    public Optional<Long> outletId(String outletKey) {
        return Jdbc.query(em, "SELECT id FROM outlet WHERE outlet_key = ?", r -> r.getLong(1), outletKey).stream().findFirst();
    }

    /** Changes the client's settings; the current interval is brought within the new bounds. */
    public void updateSettings(long id, boolean paused, Duration min, Duration max, Duration interval, Long outletId) {
        Jdbc.update(em, "UPDATE source SET paused = ?, min_interval_ms = ?, max_interval_ms = ?, interval_ms = ?, "
                + "outlet_id = ?, updated_at = now(), next_poll_at = CASE WHEN ? THEN next_poll_at "
                + "ELSE LEAST(next_poll_at, now() + ? * interval '1 millisecond') END WHERE id = ?",
                paused, min.toMillis(), max.toMillis(), interval.toMillis(), outletId, paused, interval.toMillis(), id);
    }

    public boolean delete(long id) {
        return Jdbc.update(em, "DELETE FROM source WHERE id = ?", id) > 0;
    }

    /** Takes up to {@code limit} due, unpaused sources not already queued, and marks them queued. */
    public List<Long> takeDue(int limit) {
        return Jdbc.query(em, "UPDATE source SET poll_queued_at = now() WHERE id IN (SELECT id FROM source WHERE NOT paused "
                + "AND next_poll_at <= now() AND (poll_queued_at IS NULL OR poll_queued_at < now() - " + STALE_QUEUED
                + ") ORDER BY next_poll_at LIMIT ? FOR UPDATE SKIP LOCKED) RETURNING id", r -> r.getLong(1), limit);
    }

    /** Locks the source's row for the rest of the transaction (a poll's writes and its health checks). */
    public Optional<Source> lock(long id) {
        return Jdbc.query(em, SELECT + " WHERE s.id = ? FOR UPDATE OF s", SourceStore::read, id).stream().findFirst();
    }

    /** Records a poll: its status, validators, the new interval and due time; failures are counted in a row. */
    public void recordPoll(long id, PollRecord p) {
        Jdbc.update(em, "UPDATE source SET last_poll_at = now(), last_poll_status = ?, last_poll_detail = ?, "
                        + "consecutive_failures = CASE WHEN ? THEN consecutive_failures + 1 ELSE 0 END, "
                        + "last_new_item_at = CASE WHEN ? THEN now() ELSE last_new_item_at END, "
                        + "first_polled_at = CASE WHEN ? THEN first_polled_at ELSE COALESCE(first_polled_at, now()) END, "
                        + "etag = CASE WHEN ? THEN etag ELSE ? END, last_modified = CASE WHEN ? THEN last_modified ELSE ? END, "
                        + "title = COALESCE(?, title), interval_ms = ?, next_poll_at = ?, poll_queued_at = NULL WHERE id = ?",
                p.status(), p.detail(), p.failed(), p.newItems(), p.failed(), p.failed(), p.etag(), p.failed(),
                p.lastModified(), p.title(), p.interval().toMillis(), p.nextPollAt(), id);
    }

    /** Gives a queued poll back without polling (its host was busy): due again at {@code nextPollAt}. */
    public void postpone(long id, Instant nextPollAt) {
        Jdbc.update(em, "UPDATE source SET next_poll_at = ?, poll_queued_at = NULL WHERE id = ?", nextPollAt, id);
    }

    public void setAlert(long id, String reason, Instant at) {
        Jdbc.update(em, "UPDATE source SET alert_reason = ?, alert_at = ? WHERE id = ?", reason, at, id);
    }

    public void clearAlert(long id) {
        Jdbc.update(em, "UPDATE source SET alert_reason = NULL, alert_at = NULL WHERE id = ? AND alert_reason IS NOT NULL", id);
    }

    private static Source read(ResultSet r) throws SQLException {
        return new Source(r.getLong("id"), r.getString("url"), r.getString("url_key"),
                SourceKind.ofWireName(r.getString("kind")).orElseThrow(), Jdbc.longOrNull(r, "outlet_id"),
                r.getString("outlet_key"), r.getString("title"), r.getBoolean("paused"),
                Duration.ofMillis(r.getLong("min_interval_ms")), Duration.ofMillis(r.getLong("max_interval_ms")),
                Duration.ofMillis(r.getLong("interval_ms")), Jdbc.instant(r, "next_poll_at"), r.getString("etag"),
                r.getString("last_modified"), Jdbc.instant(r, "created_at"), Jdbc.instant(r, "first_polled_at"),
                Jdbc.instant(r, "last_poll_at"), r.getString("last_poll_status"), r.getString("last_poll_detail"),
                Jdbc.instant(r, "last_new_item_at"), r.getInt("consecutive_failures"), r.getString("alert_reason"),
                Jdbc.instant(r, "alert_at"));
    }
}
