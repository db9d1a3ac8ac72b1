package io.wiretrace.store;

import io.wiretrace.reuse.Dependence;
import io.wiretrace.reuse.ReuseMatch;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.List;
import org.hibernate.Session;

/**
 * Verified reuse matches, one row per pair with the lower id as A. Callers own the transaction and pass matches
 * oriented with {@code aId < bId}.
 */
@ApplicationScoped
public class ReuseMatchStore {

    /**
     * Version of the matching rules that stored matches are judged by; raise it when classes, dependence or formulas
     * change, and rematch ({@code RematchArticles}) so earlier judgements do not persist. 1: dependence and learned
     * formulas (issue 14). 2: rewrites need the writer's own shared words, page furniture makes no partial reuse,
     * same_story counts measured numbers and no titles (issue 14, precision on real pages). 3: derived threshold 0.70,
     * chosen on two labelled domains (more pairs independent, and their rewrites same_story). 4: with the order
     * unknown, two copies that depend on each other alike name no derived text. 5: two copies of an earlier common
     * source are not copies of each other. 6: common sources ordered by the match's own rule of which came first. 7: the share of the later text's names the
     * source never writes decides wholly against partially derived.
     */
    public static final int RULES_VERSION = 7;

    private final EntityManager em;
    private final JsonColumns json;

    public ReuseMatchStore(EntityManager em, JsonColumns json) {
        this.em = em;
        this.json = json;
    }

    /** Inserts or replaces the match of a pair. */
    public void save(ReuseMatch match) {
        long a = Long.parseLong(match.aId());
        long b = Long.parseLong(match.bId());
        if (a >= b) {
            throw new IllegalArgumentException("matches are stored with aId < bId, got " + a + ", " + b);
        }
        String body = json.write(match);
        em.unwrap(Session.class).doWork(c -> {
            try (PreparedStatement upsert = c.prepareStatement("""
                    INSERT INTO reuse_match (article_a, article_b, reuse_class, containment_a_in_b, containment_b_in_a,
                        jaccard, earlier_id, reason, passages, paraphrases, summary_json, dependence,
                        dependence_confidence, derived_id, derived_share_a, derived_share_b, source_coverage, rules_version)
                    VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                    ON CONFLICT (article_a, article_b) DO UPDATE SET reuse_class = EXCLUDED.reuse_class,
                        containment_a_in_b = EXCLUDED.containment_a_in_b, containment_b_in_a = EXCLUDED.containment_b_in_a,
                        jaccard = EXCLUDED.jaccard, earlier_id = EXCLUDED.earlier_id, reason = EXCLUDED.reason,
                        passages = EXCLUDED.passages, paraphrases = EXCLUDED.paraphrases,
                        summary_json = EXCLUDED.summary_json, dependence = EXCLUDED.dependence,
                        dependence_confidence = EXCLUDED.dependence_confidence, derived_id = EXCLUDED.derived_id,
                        derived_share_a = EXCLUDED.derived_share_a, derived_share_b = EXCLUDED.derived_share_b,
                        source_coverage = EXCLUDED.source_coverage, rules_version = EXCLUDED.rules_version,
                        computed_at = now()""")) {
                upsert.setLong(1, a);
                upsert.setLong(2, b);
                upsert.setString(3, match.reuseClass().name().toLowerCase(java.util.Locale.ROOT));
                upsert.setDouble(4, match.containmentAInB());
                upsert.setDouble(5, match.containmentBInA());
                upsert.setDouble(6, match.jaccard());
                upsert.setObject(7, match.earlierId() == null ? null : Long.parseLong(match.earlierId()));
                upsert.setString(8, match.reason());
                upsert.setInt(9, match.passages().size());
                upsert.setInt(10, match.paraphrases().size());
                upsert.setString(11, body);
                Dependence d = match.dependence();
                upsert.setString(12, d == null ? null : d.level().code());
                upsert.setObject(13, d == null ? null : d.confidence());
                upsert.setObject(14, d == null || d.derivedId() == null ? null : Long.parseLong(d.derivedId()));
                upsert.setObject(15, d == null ? null : d.derivedShareA());
                upsert.setObject(16, d == null ? null : d.derivedShareB());
                upsert.setObject(17, d == null ? null : d.sourceCoverage());
                upsert.setInt(18, RULES_VERSION);
                upsert.executeUpdate();
            }
        });
    }

    /** Whether any stored match was judged by rules older than {@code version} (one index probe). */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public boolean anyJudgedBefore(int version) {
        return !em.createNativeQuery("SELECT 1 FROM reuse_match WHERE rules_version < ?1 LIMIT 1")
                .setParameter(1, version).getResultList().isEmpty();
    }

    /** Removes a stored match (the pair no longer qualifies). */
    public void delete(long x, long y) {
        em.createNativeQuery("DELETE FROM reuse_match WHERE article_a = ?1 AND article_b = ?2")
                .setParameter(1, Math.min(x, y)).setParameter(2, Math.max(x, y)).executeUpdate();
    }

    /** Removes every stored match of the article (it is matched again from scratch). */
    public void deleteAllOf(long articleId) {
        em.createNativeQuery("DELETE FROM reuse_match WHERE article_a = ?1 OR article_b = ?1")
                .setParameter(1, articleId).executeUpdate();
    }

    /** Every stored match involving the article, as stored (A = lower id). */
    public List<ReuseMatch> of(long articleId) {
        List<ReuseMatch> out = new ArrayList<>();
        em.unwrap(Session.class).doWork(c -> {
            try (PreparedStatement q = c.prepareStatement(
                    "SELECT summary_json FROM reuse_match WHERE article_a = ? OR article_b = ?")) {
                q.setLong(1, articleId);
                q.setLong(2, articleId);
                try (ResultSet rs = q.executeQuery()) {
                    while (rs.next()) {
                        out.add(json.read(rs.getString(1), ReuseMatch.class));
                    }
                }
            }
        });
        return out;
    }
}
