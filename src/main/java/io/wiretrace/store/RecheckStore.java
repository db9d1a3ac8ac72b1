package io.wiretrace.store;

import io.wiretrace.watch.Discovery;
import io.wiretrace.watch.FeedItem;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * How articles were found by watched sources (table {@code article_discovery}, shown as {@code discoveredVia}) and
 * their revision re-checks (table {@code revision_check}). Callers own the transaction.
 */
@ApplicationScoped
public class RecheckStore {

    /** A due re-check. */
    public record Due(String urlKey, String url, long sourceId, Instant bornAt, Instant lastCheckAt, String etag,
                      String lastModified) {
    }

    private final EntityManager em;

    public RecheckStore(EntityManager em) {
        this.em = em;
    }

    public void discovered(String urlKey, long sourceId, long articleId, FeedItem item) {
        Jdbc.update(em, "INSERT INTO article_discovery (url_key, source_id, article_id, item_id, published_at, updated_at, "
                        + "feed_title) VALUES (?, ?, ?, ?, ?, ?, ?) ON CONFLICT DO NOTHING", urlKey, sourceId, articleId,
                item.guid(), item.publishedAt(), item.updatedAt(), item.title());
        Jdbc.update(em, "INSERT INTO outlet_watcher (source_id, outlet_id) SELECT ?, outlet_id FROM article WHERE id = ? "
                + "AND EXISTS (SELECT 1 FROM source WHERE id = ?) ON CONFLICT DO NOTHING", sourceId, articleId, sourceId);
    }

    /** Discoveries of the article's URL (any revision), oldest first. */
    public List<Discovery> discoveries(long articleId) {
        return Jdbc.query(em, "SELECT d.*, s.id IS NULL AS source_deleted FROM article_discovery d "
                        + "JOIN article a ON a.url_key = d.url_key LEFT JOIN source s ON s.id = d.source_id "
                        + "WHERE a.id = ? ORDER BY d.discovered_at, d.source_id",
                r -> new Discovery(r.getLong("source_id"), r.getString("item_id"), Jdbc.instant(r, "published_at"),
                        Jdbc.instant(r, "updated_at"), r.getString("feed_title"), Jdbc.instant(r, "discovered_at"),
                        r.getBoolean("source_deleted")),
                articleId);
    }

    /** Starts re-checks of a URL first fetched now (a URL already scheduled keeps its schedule). */
    public void schedule(String urlKey, String url, long sourceId, Instant bornAt, Instant checkedAt, Instant next,
                         String etag, String lastModified) {
        Jdbc.update(em, "INSERT INTO revision_check (url_key, url, source_id, born_at, last_check_at, next_check_at, etag, "
                        + "last_modified) VALUES (?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT DO NOTHING", urlKey, url, sourceId,
                bornAt, checkedAt, next, etag, lastModified);
    }

    /** Takes up to {@code limit} due re-checks not already queued, and marks them queued. */
    public List<String> takeDue(int limit) {
        return Jdbc.query(em, "UPDATE revision_check SET queued_at = now() WHERE url_key IN (SELECT url_key FROM revision_check "
                + "WHERE next_check_at <= now() AND (queued_at IS NULL OR queued_at < now() - interval '1 hour') "
                + "ORDER BY next_check_at LIMIT ? FOR UPDATE SKIP LOCKED) RETURNING url_key", r -> r.getString(1), limit);
    }

    public Optional<Due> byKey(String urlKey) {
        return Jdbc.query(em, "SELECT * FROM revision_check WHERE url_key = ?", r -> new Due(r.getString("url_key"),
                r.getString("url"), r.getLong("source_id"), Jdbc.instant(r, "born_at"), Jdbc.instant(r, "last_check_at"),
                r.getString("etag"), r.getString("last_modified")), urlKey).stream().findFirst();
    }

    /** Records a check and the next one (null: checks end). */
    public void checked(String urlKey, Instant at, Instant next, String etag, String lastModified, boolean revised,
                        String result) {
        Jdbc.update(em, "UPDATE revision_check SET last_check_at = ?, next_check_at = ?, queued_at = NULL, "
                        + "etag = COALESCE(?, etag), last_modified = COALESCE(?, last_modified), checks = checks + 1, "
                        + "revisions = revisions + CASE WHEN ? THEN 1 ELSE 0 END, last_result = ? WHERE url_key = ?",
                at, next, etag, lastModified, revised, result, urlKey);
    }

    /** Re-check counts of the sources' articles (scheduled, checks done, revisions found), by source id. */
    public Map<Long, long[]> counts(List<Long> sourceIds) {
        Map<Long, long[]> counts = new HashMap<>();
        if (sourceIds.isEmpty()) {
            return counts;
        }
        Jdbc.work(em, c -> {
            try (var s = c.prepareStatement("SELECT source_id, count(*) FILTER (WHERE next_check_at IS NOT NULL), "
                    + "sum(checks), sum(revisions) FROM revision_check WHERE source_id = ANY(?) GROUP BY source_id")) {
                s.setArray(1, c.createArrayOf("bigint", sourceIds.toArray()));
                try (var r = s.executeQuery()) {
                    while (r.next()) {
                        counts.put(r.getLong(1), new long[] {r.getLong(2), r.getLong(3), r.getLong(4)});
                    }
                }
            }
            return null;
        });
        return counts;
    }
}
