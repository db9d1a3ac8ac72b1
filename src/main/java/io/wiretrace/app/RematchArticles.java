package io.wiretrace.app;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.wiretrace.store.ArticleStore;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import org.jboss.logging.Logger;

/**
 * Judges stored reuse matches again when the rules change (classes, dependence, learned formulas), so earlier false
 * matches do not persist: articles are rematched in batches by ascending id ({@link MatchReuse#rematch}). Queue-agnostic
 * and idempotent: {@link #batch} processes the articles after a cursor and returns the next cursor, so any work queue
 * can run it, retry a batch or resume after a restart; rematching an article twice stores the same matches.
 */
@ApplicationScoped
public class RematchArticles {

    private static final Logger LOG = Logger.getLogger(RematchArticles.class);
    /** Articles per batch: about a second of verification each at the default candidate cap. */
    public static final int DEFAULT_BATCH = 20;

    private final ArticleStore articles;
    private final MatchReuse reuse;

    public RematchArticles(ArticleStore articles, MatchReuse reuse) {
        this.articles = articles;
        this.reuse = reuse;
    }

    /**
     * One batch.
     *
     * @param afterId cursor: articles with a greater id are processed (0 to start)
     * @param size at most this many articles
     * @param done articles rematched in this batch
     * @param next the cursor for the next batch (the last id read), or null when this batch read no article
     */
    public record Batch(long afterId, int size, int done, Long next) {
    }

    /** Rematches up to {@code size} articles with ids above {@code afterId}; a failed article is logged and skipped. */
    public Batch batch(long afterId, int size) {
        if (size < 1) {
            throw new IllegalArgumentException("batch size must be at least 1, got " + size);
        }
        List<Long> ids = QuarkusTransaction.requiringNew().call(() -> articles.idsAfter(afterId, size));
        int done = 0;
        for (long id : ids) {
            try {
                if (reuse.rematch(id)) {
                    done++;
                }
            } catch (RuntimeException e) {
                LOG.errorf(e, "rematch of article %d failed; its stored matches are unchanged", id);
            }
        }
        // the last id read, so a step that read any records its count before the next (empty) one ends the job
        Long next = ids.isEmpty() ? null : ids.get(ids.size() - 1);
        return new Batch(afterId, size, done, next);
    }
}
