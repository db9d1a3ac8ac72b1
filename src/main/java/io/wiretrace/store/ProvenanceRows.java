package io.wiretrace.store;

import io.wiretrace.attribution.Attribution;
import io.wiretrace.attribution.AttributionKind;
import io.wiretrace.url.UrlIdentity;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import org.hibernate.Session;

/**
 * What a provenance graph needs of many stored articles at once: one query per question for a whole breadth-first
 * frontier ({@code = ANY(?)} over indexed columns), reading only the columns the graph uses (no body text, no
 * snapshot, no match details). Callers own the transaction.
 */
@ApplicationScoped
public class ProvenanceRows {

    private final EntityManager em;

    public ProvenanceRows(EntityManager em) {
        this.em = em;
    }

    /**
     * An article as a graph node needs it.
     *
     * @param outletKey its outlet's key, null when unknown
     * @param revisionOf id of the revision it replaces, null when none
     * @param urlKey     its URL identity key, null for a text without URL
     */
    public record ArticleRow(long id, String url, String finalUrl, String canonicalUrl, String title,
                             Instant publishedAt, Instant createdAt, Long revisionOf, String outletKey, String urlKey,
                             String contentSha256) {
    }

    /** One attribution of an article; the target's name and domain are as stored (resolve the key for the outlet's). */
    public record CreditRow(long articleId, Attribution attribution) {
    }

    /** One stored reuse match (A = lower id) with the figures the graph uses. */
    public record MatchRow(long articleA, long articleB, String reuseClass, double containmentAInB,
                           double containmentBInA) {
    }

    /** A (source id, found id) pair: which article of the query led to which article id. */
    public record Link(long from, long to) {
    }

    private static final String ARTICLES = """
            SELECT a.id, a.url, a.final_url, a.canonical_url, a.title, a.published_at, a.created_at, a.revision_of,
                   o.outlet_key, a.url_key, a.content_sha256
            FROM article a LEFT JOIN outlet o ON o.id = a.outlet_id WHERE a.id = ANY(?) ORDER BY a.id""";
    private static final String CREDITS = """
            SELECT t.article_id, t.kind, o.outlet_key, t.target_name, t.target_domain, t.mention, t.evidence_text,
                   t.evidence_location, t.evidence_start, t.evidence_end, t.confidence, t.rule, t.reason, t.target_url
            FROM attribution t LEFT JOIN outlet o ON o.id = t.target_outlet_id
            WHERE t.article_id = ANY(?) ORDER BY t.article_id, t.position""";
    private static final String MATCHES = """
            SELECT article_a, article_b, reuse_class, containment_a_in_b, containment_b_in_a FROM reuse_match
            WHERE (article_a = ANY(?) OR article_b = ANY(?)) AND reuse_class NOT IN ('same_story', 'none')
            ORDER BY article_a, article_b""";
    private static final String REVISIONS =
            "SELECT revision_of, id FROM article WHERE revision_of = ANY(?) ORDER BY revision_of, id";
    private static final String AT_URLS = """
            SELECT id FROM article WHERE url_key = ANY(?) OR final_url_key = ANY(?) OR canonical_url_key = ANY(?)
            ORDER BY id LIMIT ?""";
    private static final String MENTIONING =
            "SELECT DISTINCT article_id FROM attribution WHERE target_url_key = ANY(?) ORDER BY article_id LIMIT ?";

    public List<ArticleRow> articles(Collection<Long> ids) {
        return ids.isEmpty() ? List.of() : query(ARTICLES, (c, q) -> q.setArray(1, longs(c, ids)), rs -> new ArticleRow(
                rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4), rs.getString(5), instant(rs, 6),
                instant(rs, 7), rs.getObject(8, Long.class), rs.getString(9), rs.getString(10), rs.getString(11)));
    }

    public List<CreditRow> credits(Collection<Long> articleIds) {
        return articleIds.isEmpty() ? List.of() : query(CREDITS, (c, q) -> q.setArray(1, longs(c, articleIds)),
                rs -> new CreditRow(rs.getLong(1), new Attribution(
                        AttributionKind.valueOf(rs.getString(2).toUpperCase(Locale.ROOT)),
                        new Attribution.Target(rs.getString(3), rs.getString(4), rs.getString(5), rs.getString(6),
                                rs.getString(14)),
                        new Attribution.Evidence(rs.getString(7), rs.getString(8), rs.getObject(9, Integer.class),
                                rs.getObject(10, Integer.class)), rs.getDouble(11), rs.getString(12), rs.getString(13))));
    }

    /** Derivation-relevant matches (not same-story) involving any of the articles. */
    public List<MatchRow> matches(Collection<Long> articleIds) {
        return articleIds.isEmpty() ? List.of() : query(MATCHES, (c, q) -> {
            q.setArray(1, longs(c, articleIds));
            q.setArray(2, longs(c, articleIds));
        }, rs -> new MatchRow(rs.getLong(1), rs.getLong(2), rs.getString(3), rs.getDouble(4), rs.getDouble(5)));
    }

    /** Later revisions of the articles, as (article, revision) links. */
    public List<Link> revisionsOf(Collection<Long> articleIds) {
        return articleIds.isEmpty() ? List.of() : query(REVISIONS, (c, q) -> q.setArray(1, longs(c, articleIds)),
                rs -> new Link(rs.getLong(1), rs.getLong(2)));
    }

    /**
     * Ids of articles stored at any form of these URLs (requested, final or canonical URL with the same
     * {@link UrlIdentity} key), at most {@code limit}.
     */
    public List<Long> idsAtUrls(Collection<String> urls, int limit) {
        List<String> keys = keys(urls);
        return keys.isEmpty() ? List.of() : query(AT_URLS, (c, q) -> {
            for (int i = 1; i <= 3; i++) {
                q.setArray(i, c.createArrayOf("text", keys.toArray()));
            }
            q.setInt(4, limit);
        }, rs -> rs.getLong(1));
    }

    /** Ids of articles crediting any form of one of these URLs (same {@link UrlIdentity} key), at most {@code limit}. */
    public List<Long> articlesCrediting(Collection<String> urls, int limit) {
        List<String> keys = keys(urls);
        return keys.isEmpty() ? List.of() : query(MENTIONING, (c, q) -> {
            q.setArray(1, c.createArrayOf("text", keys.toArray()));
            q.setInt(2, limit);
        }, rs -> rs.getLong(1));
    }

    private static List<String> keys(Collection<String> urls) {
        return urls.stream().map(UrlIdentity::keyOrNull).filter(k -> k != null).distinct().toList();
    }

    private interface Binder {
        void bind(Connection c, PreparedStatement q) throws SQLException;
    }

    private interface RowMapper<T> {
        T map(ResultSet rs) throws SQLException;
    }

    private <T> List<T> query(String sql, Binder binder, RowMapper<T> mapper) {
        List<T> out = new ArrayList<>();
        em.unwrap(Session.class).doWork(c -> {
            try (PreparedStatement q = c.prepareStatement(sql)) {
                binder.bind(c, q);
                try (ResultSet rs = q.executeQuery()) {
                    while (rs.next()) {
                        out.add(mapper.map(rs));
                    }
                }
            }
        });
        return out;
    }

    private static java.sql.Array longs(Connection c, Collection<Long> ids) throws SQLException {
        return c.createArrayOf("bigint", ids.toArray());
    }

    private static Instant instant(ResultSet rs, int column) throws SQLException {
        Timestamp t = rs.getTimestamp(column);
        return t == null ? null : t.toInstant();
    }
}
