package io.wiretrace.store;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.HashMap;
import java.util.Map;
import org.hibernate.Session;

/**
 * How many stored articles hold given reuse keys, each counted up to a cap: sentence keys ({@code reuse_sentence}) and
 * anchor-fact keys ({@code reuse_key}, key space 1). One index range read per key, up to the cap, so the cost does not
 * grow with the store. Callers own the transaction.
 */
@ApplicationScoped
public class ReuseKeyCounts {

    private static final String SENTENCES = """
            SELECT k, (SELECT count(*) FROM (SELECT 1 FROM reuse_sentence s WHERE s.key_value = k LIMIT ?) x)
            FROM unnest(?::bigint[]) AS t(k)""";
    /** A stop key (held by more articles than a lookup's cap) counts as the cap without reading its postings. */
    private static final String FACTS = """
            SELECT k, CASE WHEN EXISTS (SELECT 1 FROM reuse_stop_key s WHERE s.key_space = 1 AND s.key_value = k)
                THEN ? ELSE (SELECT count(*) FROM (SELECT 1 FROM reuse_key r WHERE r.key_space = 1
                    AND r.key_value = k LIMIT ?) x) END
            FROM unnest(?::bigint[]) AS t(k)""";

    private final EntityManager em;

    public ReuseKeyCounts(EntityManager em) {
        this.em = em;
    }

    /** How many stored articles hold each sentence key, counting at most {@code cap}. */
    public Map<Long, Integer> sentences(long[] keys, int cap) {
        return counts(SENTENCES, 1, keys, cap);
    }

    /** How many stored articles hold each anchor-fact key, counting at most {@code cap}; a stop key counts as the cap. */
    public Map<Long, Integer> facts(long[] keys, int cap) {
        return counts(FACTS, 2, keys, cap);
    }

    /** Runs {@code sql}, whose first {@code capParameters} parameters are the cap and whose last is the key array. */
    private Map<Long, Integer> counts(String sql, int capParameters, long[] keys, int cap) {
        Map<Long, Integer> out = new HashMap<>();
        if (keys.length == 0) {
            return out;
        }
        em.unwrap(Session.class).doWork(c -> {
            try (PreparedStatement q = c.prepareStatement(sql)) {
                for (int i = 1; i <= capParameters; i++) {
                    q.setInt(i, cap);
                }
                q.setArray(capParameters + 1, c.createArrayOf("bigint", ReuseIndexStore.boxed(keys)));
                try (ResultSet rs = q.executeQuery()) {
                    while (rs.next()) {
                        out.put(rs.getLong(1), rs.getInt(2));
                    }
                }
            }
        });
        return out;
    }
}
