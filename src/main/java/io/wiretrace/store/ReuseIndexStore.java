package io.wiretrace.store;

import io.wiretrace.reuse.Candidate;
import io.wiretrace.reuse.CandidatePolicy;
import io.wiretrace.reuse.Fingerprint;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.sql.Array;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import org.hibernate.Session;

/**
 * Fingerprint keys in PostgreSQL ({@code reuse_key}) and candidate lookup over their postings. Lookup reads at most
 * {@code cap + 1} postings per key; a key held by more articles than the cap is boilerplate (a site footer, a stock
 * phrase, "Donald Trump"): it is ignored, and recorded in {@code reuse_stop_key} so that later lookups skip it without
 * reading its postings at all. The cost of a lookup therefore depends on the looked-up keys' postings up to the cap,
 * not on the number of stored articles, and stops growing once a boilerplate key is marked. Stop keys are learned by
 * lookups (every ingest does one) and appended without a unique constraint: no counter row is updated per ingest and
 * concurrent lookups never wait for each other. Callers own the transaction (a read-write one: lookup may append stop
 * keys).
 */
@ApplicationScoped
public class ReuseIndexStore {

    static final short PARTIAL = 0;
    static final short ANCHOR = 1;
    static final short BAND_BASE = 100;
    /** Band keys are near-duplicate signals: keep many more postings before calling them boilerplate. */
    static final int BAND_POSTINGS_FACTOR = 10;

    /**
     * Parameters: band cap, key cap, key spaces, key values, the looking-up article's id, then the policy's minimum band,
     * partial and anchor hits (articles sharing a single footer key are not sent back). {@code live} drops the stop
     * keys (one index probe each), {@code posting} reads at most cap + 1 postings of each remaining key, {@code marked}
     * appends the keys found over their cap to the stop keys, and the rest counts hits per article over keys within
     * their cap.
     */
    private static final String LOOKUP = """
            WITH q AS (
                SELECT t.key_space, t.key_value, CASE WHEN t.key_space >= 100 THEN ?::int ELSE ?::int END AS cap
                FROM unnest(?::smallint[], ?::bigint[]) AS t(key_space, key_value)
            ),
            live AS (
                SELECT q.* FROM q WHERE NOT EXISTS (
                    SELECT 1 FROM reuse_stop_key s
                    WHERE s.key_space = q.key_space AND s.key_value = q.key_value AND s.postings > q.cap)
            ),
            posting AS (
                SELECT l.key_space, l.key_value, l.cap, p.article_id
                FROM live l CROSS JOIN LATERAL (
                    SELECT r.article_id FROM reuse_key r
                    WHERE r.key_space = l.key_space AND r.key_value = l.key_value
                    LIMIT l.cap + 1
                ) p
            ),
            counted AS (
                SELECT key_space, key_value, cap, count(*) AS n FROM posting GROUP BY key_space, key_value, cap
            ),
            marked AS (
                INSERT INTO reuse_stop_key (key_space, key_value, postings)
                SELECT key_space, key_value, n FROM counted WHERE n > cap
            )
            SELECT p.article_id,
                   sum(CASE WHEN p.key_space >= 100 THEN 1 ELSE 0 END) AS bands,
                   sum(CASE WHEN p.key_space = 0 THEN 1 ELSE 0 END) AS partials,
                   sum(CASE WHEN p.key_space = 1 THEN 1 ELSE 0 END) AS anchors
            FROM posting p JOIN counted c ON c.key_space = p.key_space AND c.key_value = p.key_value
            WHERE p.article_id <> ? AND c.n <= c.cap
            GROUP BY p.article_id
            HAVING sum(CASE WHEN p.key_space >= 100 THEN 1 ELSE 0 END) >= ?
                OR sum(CASE WHEN p.key_space = 0 THEN 1 ELSE 0 END) >= ?
                OR sum(CASE WHEN p.key_space = 1 THEN 1 ELSE 0 END) >= ?
            """;

    private final EntityManager em;

    public ReuseIndexStore(EntityManager em) {
        this.em = em;
    }

    /** Stores an article's fingerprint keys and sentence keys (replacing earlier ones). */
    public void index(long articleId, Fingerprint fingerprint, long[] sentenceKeys) {
        indexSentences(articleId, sentenceKeys);
        index(articleId, fingerprint);
    }

    /** Stores an article's sentence keys ({@code SentenceKeys}), replacing earlier ones. */
    public void indexSentences(long articleId, long[] sentenceKeys) {
        em.unwrap(Session.class).doWork(c -> {
            try (PreparedStatement delete = c.prepareStatement("DELETE FROM reuse_sentence WHERE article_id = ?")) {
                delete.setLong(1, articleId);
                delete.executeUpdate();
            }
            try (PreparedStatement insert = c.prepareStatement("""
                    INSERT INTO reuse_sentence (key_value, article_id)
                    SELECT DISTINCT k, ? FROM unnest(?::bigint[]) AS t(k) ON CONFLICT DO NOTHING""")) {
                insert.setLong(1, articleId);
                insert.setArray(2, c.createArrayOf("bigint", boxed(sentenceKeys)));
                insert.executeUpdate();
            }
        });
    }

    static Long[] boxed(long[] keys) {
        return java.util.Arrays.stream(keys).boxed().toArray(Long[]::new);
    }

    /**
     * Stores the fingerprint and sentence keys of new articles (none of them indexed yet), one statement per table for
     * all of them: what {@link #index(long, Fingerprint, long[])} does for each, without its deletes.
     */
    public void indexNew(List<Long> articleIds, List<Fingerprint> fingerprints, List<long[]> sentenceKeys) {
        List<Long> keyArticles = new ArrayList<>();
        List<Short> keySpaces = new ArrayList<>();
        List<Long> keyValues = new ArrayList<>();
        List<Long> sentenceArticles = new ArrayList<>();
        List<Long> sentenceValues = new ArrayList<>();
        Integer[] tokenCounts = new Integer[articleIds.size()];
        for (int i = 0; i < articleIds.size(); i++) {
            Keys keys = Keys.of(fingerprints.get(i));
            for (int k = 0; k < keys.values().length; k++) {
                keyArticles.add(articleIds.get(i));
                keySpaces.add(keys.spaces()[k]);
                keyValues.add(keys.values()[k]);
            }
            for (long key : sentenceKeys.get(i)) {
                sentenceArticles.add(articleIds.get(i));
                sentenceValues.add(key);
            }
            tokenCounts[i] = fingerprints.get(i).tokenCount();
        }
        em.unwrap(Session.class).doWork(c -> {
            try (PreparedStatement insert = c.prepareStatement("""
                    INSERT INTO reuse_sentence (key_value, article_id)
                    SELECT DISTINCT k, a FROM unnest(?::bigint[], ?::bigint[]) AS t(k, a) ON CONFLICT DO NOTHING""")) {
                insert.setArray(1, c.createArrayOf("bigint", sentenceValues.toArray()));
                insert.setArray(2, c.createArrayOf("bigint", sentenceArticles.toArray()));
                insert.executeUpdate();
            }
            try (PreparedStatement insert = c.prepareStatement("""
                    INSERT INTO reuse_key (key_space, key_value, article_id)
                    SELECT DISTINCT s, k, a FROM unnest(?::smallint[], ?::bigint[], ?::bigint[]) AS t(s, k, a)
                    ON CONFLICT DO NOTHING""")) {
                insert.setArray(1, c.createArrayOf("smallint", keySpaces.toArray()));
                insert.setArray(2, c.createArrayOf("bigint", keyValues.toArray()));
                insert.setArray(3, c.createArrayOf("bigint", keyArticles.toArray()));
                insert.executeUpdate();
            }
            try (PreparedStatement upsert = c.prepareStatement("""
                    INSERT INTO reuse_fingerprint (article_id, token_count) SELECT * FROM unnest(?::bigint[], ?::int[])
                    ON CONFLICT (article_id) DO UPDATE SET token_count = EXCLUDED.token_count, computed_at = now()""")) {
                upsert.setArray(1, c.createArrayOf("bigint", articleIds.toArray()));
                upsert.setArray(2, c.createArrayOf("integer", tokenCounts));
                upsert.executeUpdate();
            }
        });
    }

    /** Stores an article's fingerprint keys (replacing earlier ones). */
    public void index(long articleId, Fingerprint fingerprint) {
        Keys keys = Keys.of(fingerprint);
        em.unwrap(Session.class).doWork(c -> {
            try (PreparedStatement delete = c.prepareStatement("DELETE FROM reuse_key WHERE article_id = ?")) {
                delete.setLong(1, articleId);
                delete.executeUpdate();
            }
            try (PreparedStatement insert = c.prepareStatement("""
                    INSERT INTO reuse_key (key_space, key_value, article_id)
                    SELECT DISTINCT s, k, ? FROM unnest(?::smallint[], ?::bigint[]) AS t(s, k)
                    ON CONFLICT DO NOTHING""")) {
                insert.setLong(1, articleId);
                insert.setArray(2, keys.spaces(c));
                insert.setArray(3, keys.values(c));
                insert.executeUpdate();
            }
            try (PreparedStatement upsert = c.prepareStatement("""
                    INSERT INTO reuse_fingerprint (article_id, token_count) VALUES (?, ?)
                    ON CONFLICT (article_id) DO UPDATE SET token_count = EXCLUDED.token_count, computed_at = now()""")) {
                upsert.setLong(1, articleId);
                upsert.setInt(2, fingerprint.tokenCount());
                upsert.executeUpdate();
            }
        });
    }

    /** Records that the article's reuse matches have been computed. */
    public void markMatched(long articleId) {
        em.createNativeQuery("UPDATE reuse_fingerprint SET matched_at = now() WHERE article_id = ?1")
                .setParameter(1, articleId).executeUpdate();
    }

    /** True when the article's matches have been computed (false while pending or without a fingerprint). */
    public boolean isMatched(long articleId) {
        List<?> rows = em.createNativeQuery(
                        "SELECT 1 FROM reuse_fingerprint WHERE article_id = ?1 AND matched_at IS NOT NULL")
                .setParameter(1, articleId).getResultList();
        return !rows.isEmpty();
    }

    /** Articles indexed but not matched yet (e.g. interrupted by a restart), oldest first. */
    @SuppressWarnings("unchecked")
    public List<Long> unmatched(int limit) {
        List<Number> rows = em.createNativeQuery(
                        "SELECT article_id FROM reuse_fingerprint WHERE matched_at IS NULL ORDER BY article_id")
                .setMaxResults(limit).getResultList();
        return rows.stream().map(Number::longValue).toList();
    }

    /** Stored articles sharing keys with {@code fingerprint} that pass {@code policy}, best first. */
    public List<Candidate> candidates(long selfId, Fingerprint fingerprint, CandidatePolicy policy) {
        List<List<Candidate>> found = new ArrayList<>(1);
        em.unwrap(Session.class).doWork(c -> found.add(candidates(c, selfId, fingerprint, policy)));
        return found.get(0);
    }

    /**
     * The lookup on a plain JDBC connection, in the caller's transaction ({@code selfId}: the looking-up article, left
     * out of the result; any id that is not stored when it is not stored yet). Used by the service through
     * {@link #candidates(long, Fingerprint, CandidatePolicy)} and as is by the scale benchmark.
     */
    public static List<Candidate> candidates(Connection c, long selfId, Fingerprint fingerprint, CandidatePolicy policy)
            throws SQLException {
        Keys keys = Keys.of(fingerprint);
        List<Candidate> found = new ArrayList<>();
        try (PreparedStatement lookup = c.prepareStatement(LOOKUP)) {
            lookup.setInt(1, policy.maxPostings() * BAND_POSTINGS_FACTOR);
            lookup.setInt(2, policy.maxPostings());
            lookup.setArray(3, keys.spaces(c));
            lookup.setArray(4, keys.values(c));
            lookup.setLong(5, selfId);
            lookup.setInt(6, policy.minBandHits());
            lookup.setInt(7, policy.minPartialHits());
            lookup.setInt(8, policy.minAnchorHits());
            try (ResultSet rs = lookup.executeQuery()) {
                while (rs.next()) {
                    Candidate candidate = new Candidate(Long.toString(rs.getLong(1)), rs.getInt(2), rs.getInt(3),
                            rs.getInt(4));
                    if (policy.qualifies(candidate)) {
                        found.add(candidate);
                    }
                }
            }
        }
        found.sort(java.util.Comparator.comparingDouble(Candidate::score).reversed()
                .thenComparing(Candidate::articleId));
        return found.size() > policy.maxCandidates() ? List.copyOf(found.subList(0, policy.maxCandidates())) : found;
    }

    /** Key spaces and values of one fingerprint, as SQL arrays. */
    private record Keys(Short[] spaces, Long[] values) {

        static Keys of(Fingerprint f) {
            long[] bands = f.bandKeys();
            long[] partials = f.partialKeys();
            long[] anchors = f.anchorKeys();
            int n = bands.length + partials.length + anchors.length;
            Short[] spaces = new Short[n];
            Long[] values = new Long[n];
            int i = 0;
            for (int b = 0; b < bands.length; b++, i++) {
                spaces[i] = (short) (BAND_BASE + b);
                values[i] = bands[b];
            }
            for (long key : partials) {
                spaces[i] = PARTIAL;
                values[i++] = key;
            }
            for (long key : anchors) {
                spaces[i] = ANCHOR;
                values[i++] = key;
            }
            return new Keys(spaces, values);
        }

        Array spaces(Connection c) throws SQLException {
            return c.createArrayOf("smallint", spaces);
        }

        Array values(Connection c) throws SQLException {
            return c.createArrayOf("bigint", values);
        }
    }
}
