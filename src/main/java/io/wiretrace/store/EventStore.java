package io.wiretrace.store;

import com.fasterxml.jackson.core.type.TypeReference;
import io.wiretrace.article.PageOf;
import io.wiretrace.event.Event;
import io.wiretrace.event.EventEvidence;
import io.wiretrace.event.EventQuery;
import io.wiretrace.event.EventType;
import io.wiretrace.event.NewEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Optional;

/** Events (table {@code event}), recorded once per idempotency key, listed newest first. */
@ApplicationScoped
public class EventStore {

    private static final String SELECT = "SELECT e.id, e.type, e.idempotency_key, o.outlet_key AS outlet_key, "
            + "r.outlet_key AS related_outlet_key, e.article_id, e.related_article_id, e.source_id, e.confidence, e.summary, "
            + "e.evidence, e.created_at FROM event e LEFT JOIN outlet o ON o.id = e.outlet_id "
            + "LEFT JOIN outlet r ON r.id = e.related_outlet_id";
    private static final String FILTER = " WHERE (CAST(? AS TEXT) IS NULL OR e.type = ?)"
            + " AND (CAST(? AS TEXT) IS NULL OR o.outlet_key = ? OR r.outlet_key = ?)"
            + " AND (CAST(? AS TIMESTAMPTZ) IS NULL OR e.created_at >= ?)";
    private static final TypeReference<List<EventEvidence>> EVIDENCE = new TypeReference<>() {
    };

    private final EntityManager em;
    private final JsonColumns json;

    public EventStore(EntityManager em, JsonColumns json) {
        this.em = em;
        this.json = json;
    }

    /** Records the event unless one with its key exists; returns it when this call recorded it. */
    public Optional<Event> record(NewEvent e) {
        List<Long> ids = Jdbc.query(em, "INSERT INTO event (type, idempotency_key, outlet_id, related_outlet_id, "
                        + "article_id, related_article_id, source_id, confidence, summary, evidence) VALUES (?, ?, "
                        + "(SELECT id FROM outlet WHERE outlet_key = ?), (SELECT id FROM outlet WHERE outlet_key = ?), ?, ?, ?, ?, ?, ?) "
                        + "ON CONFLICT (idempotency_key) DO NOTHING RETURNING id", r -> r.getLong(1),
                e.type().code(), e.key(), e.outletKey(), e.relatedOutletKey(), e.articleId(), e.relatedArticleId(),
                e.sourceId(), e.confidence(), e.summary(), json.write(e.evidence()));
        return ids.isEmpty() ? Optional.empty() : byId(ids.get(0));
    }

    public Optional<Event> byId(long id) {
        return Jdbc.query(em, SELECT + " WHERE e.id = ?", this::event, id).stream().findFirst();
    }

    public PageOf<Event> list(EventQuery q, int page, int size) {
        String type = q.type() == null ? null : q.type().code();
        Object[] filter = {type, type, q.outletKey(), q.outletKey(), q.outletKey(), q.since(), q.since()};
        List<Event> items = Jdbc.query(em, SELECT + FILTER + " ORDER BY e.id DESC LIMIT ? OFFSET ?", this::event,
                concat(filter, size, (long) page * size));
        long total = Jdbc.query(em, "SELECT count(*) FROM event e LEFT JOIN outlet o ON o.id = e.outlet_id "
                + "LEFT JOIN outlet r ON r.id = e.related_outlet_id" + FILTER, r -> r.getLong(1), filter).get(0);
        return new PageOf<>(items, page, size, total);
    }

    /** Events of an article (as the article or the related one), newest first. */
    public List<Event> ofArticle(long articleId, int limit) {
        return Jdbc.query(em, SELECT + " WHERE e.article_id = ? OR e.related_article_id = ? ORDER BY e.id DESC LIMIT ?",
                this::event, articleId, articleId, limit);
    }

    /**
     * True when the outlet is watched (a source is assigned to it or brought one of its articles), or an article of a
     * watched outlet credits it (its work reaches the watched outlet's readers through that credit).
     */
    public boolean isWatchedOrCreditedByWatched(String outletKey) {
        return Jdbc.query(em, "SELECT EXISTS (SELECT 1 FROM outlet o WHERE o.outlet_key = ? AND o.id IN "
                        + SourceStore.WATCHED_OUTLET_IDS + ") OR EXISTS (SELECT 1 FROM attribution t "
                        + "JOIN outlet o ON o.id = t.target_outlet_id JOIN article a ON a.id = t.article_id "
                        + "WHERE o.outlet_key = ? AND a.outlet_id IN " + SourceStore.WATCHED_OUTLET_IDS + ")",
                r -> r.getBoolean(1), outletKey, outletKey).get(0);
    }

    /** Key of a source's outlet, or empty. */
    public Optional<String> outletKeyOf(Long outletId) {
        if (outletId == null) {
            return Optional.empty();
        }
        return Jdbc.query(em, "SELECT outlet_key FROM outlet WHERE id = ?", r -> r.getString(1), outletId).stream().findFirst();
    }

    /** Which of these URL keys some stored attribution credits (a cheap test before {@link #articlesCreditingUrl}). */
    public java.util.Set<String> creditedUrlKeys(java.util.Collection<String> urlKeys) {
        if (urlKeys.isEmpty()) {
            return java.util.Set.of();
        }
        return new java.util.HashSet<>(Jdbc.work(em, c -> {
            try (java.sql.PreparedStatement s = c.prepareStatement(
                    "SELECT DISTINCT target_url_key FROM attribution WHERE target_url_key = ANY(?)")) {
                s.setArray(1, c.createArrayOf("text", urlKeys.toArray()));
                List<String> found = new java.util.ArrayList<>();
                try (ResultSet r = s.executeQuery()) {
                    while (r.next()) {
                        found.add(r.getString(1));
                    }
                }
                return found;
            }
        }));
    }

    /** Ids of other articles with an attribution whose credited URL has this identity key. */
    public List<Long> articlesCreditingUrl(String urlKey, long exceptArticleId) {
        return Jdbc.query(em, "SELECT DISTINCT article_id FROM attribution WHERE target_url_key = ? AND article_id <> ? "
                + "ORDER BY article_id LIMIT 100", r -> r.getLong(1), urlKey, exceptArticleId);
    }

    private Event event(ResultSet r) throws SQLException {
        return new Event(r.getLong("id"), EventType.of(r.getString("type")).orElseThrow(), r.getString("idempotency_key"),
                r.getString("outlet_key"), r.getString("related_outlet_key"), Jdbc.longOrNull(r, "article_id"),
                Jdbc.longOrNull(r, "related_article_id"), Jdbc.longOrNull(r, "source_id"), r.getDouble("confidence"),
                r.getString("summary"), json.read(r.getString("evidence"), EVIDENCE), Jdbc.instant(r, "created_at"));
    }

    private static Object[] concat(Object[] a, Object... b) {
        Object[] out = java.util.Arrays.copyOf(a, a.length + b.length);
        System.arraycopy(b, 0, out, a.length, b.length);
        return out;
    }
}
