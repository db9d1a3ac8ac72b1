package io.wiretrace.store;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.util.List;

/** The revisions of one URL: every stored version of it, oldest first. */
@ApplicationScoped
public class RevisionStore {

    private final EntityManager em;

    public RevisionStore(EntityManager em) {
        this.em = em;
    }

    /**
     * Ids of all versions of the URL an article was stored for (the article itself included), oldest first; only the
     * article itself when it has no URL.
     */
    public List<Long> versionsOf(long articleId) {
        return Jdbc.query(em, "SELECT v.id FROM article a JOIN article v ON v.id = a.id OR (a.url_key IS NOT NULL "
                + "AND v.url_key = a.url_key AND v.duplicate_of IS NULL) WHERE a.id = ? ORDER BY v.id",
                r -> r.getLong(1), articleId);
    }
}
