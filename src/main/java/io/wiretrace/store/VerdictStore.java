package io.wiretrace.store;

import io.wiretrace.article.PageOf;
import io.wiretrace.verdict.FindingKey;
import io.wiretrace.verdict.FindingType;
import io.wiretrace.verdict.RuleAccuracy;
import io.wiretrace.verdict.Verdict;
import io.wiretrace.verdict.VerdictEntry;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Verdicts, append-only (a trigger refuses updates and deletes): a finding's latest row stands. Callers own the
 * transaction.
 */
@ApplicationScoped
public class VerdictStore {

    private static final String COLUMNS = "id, finding_type, finding_identity, finding_context, verdict, note, author, "
            + "producer, machine_confidence, summary, article_keys, article_ids, created_at";
    /** The latest verdict of each finding (hash and context), as a derived table. */
    private static final String LATEST = "(SELECT DISTINCT ON (finding_hash, finding_context) " + COLUMNS
            + ", finding_hash FROM verdict ORDER BY finding_hash, finding_context, created_at DESC, id DESC) v";

    private final EntityManager em;

    public VerdictStore(EntityManager em) {
        this.em = em;
    }

    /** Stores a verdict and returns it with its id and time. */
    public VerdictEntry add(VerdictEntry e) {
        return Jdbc.work(em, c -> {
            try (var s = c.prepareStatement("INSERT INTO verdict (finding_type, finding_hash, finding_identity, "
                    + "finding_context, verdict, note, author, producer, machine_confidence, summary, article_keys, "
                    + "article_ids) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) RETURNING " + COLUMNS)) {
                Jdbc.bind(s, e.key().type().wireName(), e.key().hash(), e.key().identity(), e.key().context(),
                        e.verdict().wireName(), e.note(), e.author(), e.producer(), e.machineConfidence(), e.summary(),
                        c.createArrayOf("text", e.articleKeys().toArray()),
                        c.createArrayOf("bigint", e.articleIds().toArray()));
                try (ResultSet r = s.executeQuery()) {
                    r.next();
                    return entry(r);
                }
            }
        });
    }

    /** The latest verdict of every finding whose key has one of these hashes. */
    public List<VerdictEntry> latest(Collection<String> hashes) {
        if (hashes.isEmpty()) {
            return List.of();
        }
        return Jdbc.work(em, c -> Jdbc.query(em, "SELECT " + COLUMNS + " FROM " + LATEST
                + " WHERE finding_hash = ANY(?) ORDER BY id", VerdictStore::entry,
                c.createArrayOf("text", hashes.stream().distinct().toArray())));
    }

    /** Every verdict, newest first, optionally of one type, one author or one article (as then stored). */
    public PageOf<VerdictEntry> history(FindingType type, String author, Long articleId, int page, int size) {
        String where = " WHERE (CAST(? AS TEXT) IS NULL OR finding_type = ?) AND (CAST(? AS TEXT) IS NULL OR author = ?)"
                + " AND (CAST(? AS BIGINT) IS NULL OR ? = ANY(article_ids))";
        Object[] args = {name(type), name(type), author, author, articleId, articleId};
        long total = Jdbc.query(em, "SELECT count(*) FROM verdict" + where, r -> r.getLong(1), args).get(0);
        Object[] paged = Arrays.copyOf(args, args.length + 2);
        paged[args.length] = size;
        paged[args.length + 1] = (long) page * size;
        List<VerdictEntry> items = Jdbc.query(em, "SELECT " + COLUMNS + " FROM verdict" + where
                + " ORDER BY created_at DESC, id DESC LIMIT ? OFFSET ?", VerdictStore::entry, paged);
        return new PageOf<>(items, page, size, total);
    }

    /** The verdicts that stand (latest per finding), oldest first after {@code afterId}, at most {@code limit}. */
    public List<VerdictEntry> standing(long afterId, int limit) {
        return Jdbc.query(em, "SELECT " + COLUMNS + " FROM " + LATEST + " WHERE id > ? ORDER BY id LIMIT ?",
                VerdictStore::entry, afterId, limit);
    }

    /** Per finding type and producer, how many standing verdicts confirm and how many reject. */
    public List<RuleAccuracy> accuracy() {
        return Jdbc.query(em, "SELECT finding_type, producer, count(*) FILTER (WHERE verdict = 'confirmed'), "
                + "count(*) FILTER (WHERE verdict = 'rejected') FROM " + LATEST
                + " GROUP BY finding_type, producer ORDER BY finding_type, producer", r -> new RuleAccuracy(
                FindingType.parse(r.getString(1)).orElseThrow(), r.getString(2), r.getLong(3), r.getLong(4)));
    }

    /** Each stored article's key ({@link FindingKey#article}), by id; unknown ids are left out. */
    public Map<Long, String> articleKeys(Collection<Long> ids) {
        Map<Long, String> out = new HashMap<>();
        if (ids.isEmpty()) {
            return out;
        }
        Jdbc.work(em, c -> Jdbc.query(em, "SELECT a.id, a.url_key, a.content_sha256, CASE WHEN a.url_key IS NULL THEN "
                        + "(SELECT min(b.id) FROM article b WHERE b.url_key IS NULL AND b.content_sha256 = a.content_sha256 "
                        + "AND b.input_kind = a.input_kind) ELSE a.id END FROM article a WHERE a.id = ANY(?)",
                r -> out.put(r.getLong(1), FindingKey.article(r.getString(2), r.getString(3), r.getLong(1), r.getLong(4))),
                c.createArrayOf("bigint", ids.stream().distinct().toArray())));
        return out;
    }

    /** The newest stored articles' ids, newest first. */
    public List<Long> newestArticleIds(int limit) {
        return Jdbc.query(em, "SELECT id FROM article WHERE duplicate_of IS NULL ORDER BY id DESC LIMIT ?",
                r -> r.getLong(1), limit);
    }

    /** Keys of the watched outlets (a source is assigned to them or brought one of their articles). */
    public Set<String> watchedOutlets() {
        return new HashSet<>(Jdbc.query(em, "SELECT outlet_key FROM outlet WHERE id IN " + SourceStore.WATCHED_OUTLET_IDS,
                r -> r.getString(1)));
    }

    /** Ids of the stored articles an article key names (every revision of a URL; duplicates aside). */
    public List<Long> articlesNamed(String articleKey) {
        if (articleKey.startsWith("url:")) {
            return Jdbc.query(em, "SELECT id FROM article WHERE url_key = ? AND duplicate_of IS NULL ORDER BY id",
                    r -> r.getLong(1), articleKey.substring(4));
        }
        String text = articleKey.substring(articleKey.indexOf(':') + 1);
        int hash = text.indexOf('#');
        if (hash >= 0) { // a later article with the same content, named by its id
            return Jdbc.query(em, "SELECT id FROM article WHERE url_key IS NULL AND content_sha256 = ? AND id = ?",
                    r -> r.getLong(1), text.substring(0, hash), Long.parseLong(text.substring(hash + 1)));
        }
        // the first article without URL holding the content (of each input kind)
        return Jdbc.query(em, "SELECT min(id) FROM article WHERE url_key IS NULL AND content_sha256 = ? "
                + "GROUP BY input_kind ORDER BY 1", r -> r.getLong(1), text);
    }

    private static String name(FindingType type) {
        return type == null ? null : type.wireName();
    }

    private static VerdictEntry entry(ResultSet r) throws SQLException {
        FindingKey key = new FindingKey(FindingType.parse(r.getString(2)).orElseThrow(), r.getString(3), r.getString(4));
        Timestamp at = r.getTimestamp(13);
        return new VerdictEntry(r.getLong(1), key, Verdict.parse(r.getString(5)).orElseThrow(), r.getString(6),
                r.getString(7), r.getString(8), r.getObject(9, Double.class), r.getString(10),
                Arrays.asList((String[]) array(r.getArray(11))), Arrays.asList((Long[]) array(r.getArray(12))),
                at.toInstant());
    }

    private static Object array(Array a) throws SQLException {
        return a.getArray();
    }
}
