package io.wiretrace.store;

import io.wiretrace.article.PageOf;
import io.wiretrace.watch.FeedDocument;
import io.wiretrace.watch.FeedItem;
import io.wiretrace.watch.SourceItem;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * The items (page URLs) each source listed, with what became of them, and the child sitemaps of sitemap indexes.
 * Callers own the transaction.
 */
@ApplicationScoped
public class SourceItemStore {

    /** States of an item. */
    public static final String PENDING = "pending";
    public static final String INGESTED = "ingested";
    public static final String LISTED = "listed";
    public static final String FAILED = "failed";
    public static final String DISALLOWED = "disallowed";

    /** An item to fetch, with its identity key and the attempts made so far. */
    public record Pending(String urlKey, FeedItem item, int attempts) {
    }

    /** A child sitemap to read; {@code readBefore}: it was read in an earlier poll (it changed since). */
    public record Child(String urlKey, String url, Instant lastmod, boolean readBefore) {
    }

    private final EntityManager em;

    public SourceItemStore(EntityManager em) {
        this.em = em;
    }

    /** Of these URL keys, the ones the source has listed before. */
    public Set<String> known(long sourceId, List<String> urlKeys) {
        if (urlKeys.isEmpty()) {
            return Set.of();
        }
        return new HashSet<>(Jdbc.work(em, c -> {
            try (var s = c.prepareStatement("SELECT url_key FROM source_item WHERE source_id = ? AND url_key = ANY(?)")) {
                s.setLong(1, sourceId);
                s.setArray(2, c.createArrayOf("text", urlKeys.toArray()));
                List<String> found = new ArrayList<>();
                try (var r = s.executeQuery()) {
                    while (r.next()) {
                        found.add(r.getString(1));
                    }
                }
                return found;
            }
        }));
    }

    /** Records newly listed items in {@code state} (pending or listed); an item already there is left alone. */
    public void add(long sourceId, Map<String, FeedItem> itemsByKey, String state) {
        Jdbc.work(em, c -> {
            try (var s = c.prepareStatement("INSERT INTO source_item (source_id, url_key, url, guid, title, published_at, "
                    + "updated_at, state) VALUES (?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT DO NOTHING")) {
                for (Map.Entry<String, FeedItem> e : itemsByKey.entrySet()) {
                    FeedItem i = e.getValue();
                    Jdbc.bind(s, sourceId, e.getKey(), i.url(), i.guid(), i.title(), i.publishedAt(), i.updatedAt(), state);
                    s.addBatch();
                }
                s.executeBatch();
            }
            return null;
        });
    }

    /** Up to {@code limit} pending items due for an attempt, newest first. */
    public List<Pending> pending(long sourceId, int limit) {
        return Jdbc.query(em, "SELECT * FROM source_item WHERE source_id = ? AND state = 'pending' AND (retry_at IS NULL "
                        + "OR retry_at <= now()) ORDER BY COALESCE(published_at, updated_at, first_seen_at) DESC LIMIT ?",
                r -> new Pending(r.getString("url_key"), new FeedItem(r.getString("url"), r.getString("guid"),
                        r.getString("title"), Jdbc.instant(r, "published_at"), Jdbc.instant(r, "updated_at")),
                        r.getInt("attempts")), sourceId, limit);
    }

    /** A page of the source's items in one state (all when null), newest first. */
    public PageOf<SourceItem> list(long sourceId, String state, int page, int size) {
        String where = " WHERE source_id = ?" + (state == null ? "" : " AND state = ?");
        Object[] keys = state == null ? new Object[] {sourceId} : new Object[] {sourceId, state};
        long total = Jdbc.query(em, "SELECT count(*) FROM source_item" + where, r -> r.getLong(1), keys).get(0);
        Object[] paged = java.util.stream.Stream.concat(java.util.Arrays.stream(keys),
                java.util.stream.Stream.of(size, (long) page * size)).toArray();
        List<SourceItem> items = Jdbc.query(em, "SELECT * FROM source_item" + where
                        + " ORDER BY COALESCE(published_at, updated_at, first_seen_at) DESC, url_key LIMIT ? OFFSET ?",
                r -> new SourceItem(new FeedItem(r.getString("url"), r.getString("guid"), r.getString("title"),
                        Jdbc.instant(r, "published_at"), Jdbc.instant(r, "updated_at")), r.getString("state"),
                        r.getInt("attempts"), Jdbc.instant(r, "retry_at"), r.getString("last_error"),
                        Jdbc.longOrNull(r, "article_id"), Jdbc.instant(r, "first_seen_at")), paged);
        return new PageOf<>(items, page, size, total);
    }

    /** When the earliest pending item is due (now for a fresh one; its retry time after a failure), if any waits. */
    public Optional<Instant> nextPending(long sourceId) {
        return Jdbc.query(em, "SELECT min(COALESCE(retry_at, now())) AS due FROM source_item WHERE source_id = ? "
                + "AND state = 'pending'", r -> Jdbc.instant(r, "due"), sourceId).stream().filter(Objects::nonNull).findFirst();
    }

    public void ingested(long sourceId, String urlKey, long articleId) {
        Jdbc.update(em, "UPDATE source_item SET state = 'ingested', article_id = ?, attempts = attempts + 1, last_error = NULL,"
                + " retry_at = NULL WHERE source_id = ? AND url_key = ?", articleId, sourceId, urlKey);
    }

    /** An attempt failed: pending again from {@code retryAt}, or failed for good when {@code retryAt} is null. */
    public void failed(long sourceId, String urlKey, String error, Instant retryAt) {
        Jdbc.update(em, "UPDATE source_item SET state = ?, attempts = attempts + 1, last_error = ?, retry_at = ? "
                + "WHERE source_id = ? AND url_key = ?", retryAt == null ? FAILED : PENDING, error, retryAt,
                sourceId, urlKey);
    }

    public void disallowed(long sourceId, String urlKey, String reason) {
        Jdbc.update(em, "UPDATE source_item SET state = 'disallowed', last_error = ?, retry_at = NULL "
                + "WHERE source_id = ? AND url_key = ?", reason, sourceId, urlKey);
    }

    /**
     * What the sources' health shows, for many sources in one query: items per state, items that appeared in the
     * 7 days before {@code now} (by the feed's time, else when first seen) and when the earliest appeared.
     */
    public Map<Long, Figures> figures(List<Long> sourceIds, Instant now) {
        Map<Long, Figures> figures = new LinkedHashMap<>();
        sourceIds.forEach(id -> figures.put(id, new Figures(emptyCounts(), 0, null)));
        if (sourceIds.isEmpty()) {
            return figures;
        }
        Jdbc.work(em, c -> {
            try (var s = c.prepareStatement("SELECT source_id, state, count(*), count(*) FILTER (WHERE "
                    + "COALESCE(published_at, first_seen_at) > CAST(? AS timestamptz) - interval '7 days' "
                    + "AND COALESCE(published_at, first_seen_at) <= CAST(? AS timestamptz)), "
                    + "min(COALESCE(published_at, first_seen_at)) FROM source_item WHERE source_id = ANY(?) "
                    + "GROUP BY source_id, state")) {
                Jdbc.bind(s, now, now);
                s.setArray(3, c.createArrayOf("bigint", sourceIds.toArray()));
                try (var r = s.executeQuery()) {
                    while (r.next()) {
                        Figures f = figures.get(r.getLong(1));
                        f.items().put(r.getString(2), r.getInt(3));
                        Instant first = Jdbc.instant(r, "min");
                        figures.put(r.getLong(1), new Figures(f.items(), f.lastWeek() + r.getInt(4),
                                f.firstAt() == null || (first != null && first.isBefore(f.firstAt())) ? first : f.firstAt()));
                    }
                }
            }
            return null;
        });
        return figures;
    }

    /**
     * @param items    items per state
     * @param lastWeek items that appeared in the last 7 days
     * @param firstAt  when the earliest item appeared, or null when there is none
     */
    public record Figures(Map<String, Integer> items, int lastWeek, Instant firstAt) {
    }

    private static Map<String, Integer> emptyCounts() {
        Map<String, Integer> counts = new LinkedHashMap<>();
        for (String state : List.of(PENDING, INGESTED, LISTED, FAILED, DISALLOWED)) {
            counts.put(state, 0);
        }
        return counts;
    }

    /**
     * New items per day over the last {@code days} days by when they appeared (the feed's time, else when first
     * seen): index 0 is the last 24 hours; only days since the source's earliest item are included.
     */
    public List<Integer> daily(long sourceId, int days, Instant now) {
        List<Integer> counts = new ArrayList<>();
        Jdbc.query(em, "WITH t AS (SELECT CAST(? AS timestamptz) AS now), "
                        + "first AS (SELECT min(COALESCE(published_at, first_seen_at)) AS at FROM source_item WHERE source_id = ?) "
                        + "SELECT d, count(i.url_key) FROM t, first, generate_series(0, ? - 1) d LEFT JOIN source_item i "
                        + "ON i.source_id = ? AND COALESCE(i.published_at, i.first_seen_at) <= (SELECT now FROM t) - d * interval '1 day' "
                        + "AND COALESCE(i.published_at, i.first_seen_at) > (SELECT now FROM t) - (d + 1) * interval '1 day' "
                        + "WHERE t.now - d * interval '1 day' > first.at GROUP BY d ORDER BY d",
                r -> counts.add(r.getInt(2)), now, sourceId, days, sourceId);
        return counts;
    }

    /** Records the child sitemaps an index lists (new ones added, lastmod updated). */
    public void listSitemaps(long sourceId, Map<String, FeedDocument.ChildSitemap> byKey) {
        Jdbc.work(em, c -> {
            try (var s = c.prepareStatement("INSERT INTO source_sitemap (source_id, url_key, url, lastmod) VALUES (?, ?, ?, ?)"
                    + " ON CONFLICT (source_id, url_key) DO UPDATE SET lastmod = EXCLUDED.lastmod")) {
                for (Map.Entry<String, FeedDocument.ChildSitemap> e : byKey.entrySet()) {
                    Jdbc.bind(s, sourceId, e.getKey(), e.getValue().url(), e.getValue().lastmod());
                    s.addBatch();
                }
                s.executeBatch();
            }
            return null;
        });
    }

    /** Child sitemaps never read or changed since they were read, newest first, at most {@code limit}. */
    public List<Child> sitemapsToRead(long sourceId, int limit) {
        return Jdbc.query(em, "SELECT url_key, url, lastmod, read_at IS NOT NULL FROM source_sitemap WHERE source_id = ? AND (read_at IS NULL "
                        + "OR (lastmod IS NOT NULL AND lastmod IS DISTINCT FROM read_lastmod)) "
                        + "ORDER BY lastmod DESC NULLS LAST, url LIMIT ?",
                r -> new Child(r.getString(1), r.getString(2), Jdbc.instant(r, "lastmod"), r.getBoolean(4)), sourceId, limit);
    }

    public void sitemapRead(long sourceId, String urlKey, Instant lastmod, String error) {
        Jdbc.update(em, "UPDATE source_sitemap SET read_at = now(), read_lastmod = ?, last_error = ? "
                + "WHERE source_id = ? AND url_key = ?", lastmod, error, sourceId, urlKey);
    }
}
