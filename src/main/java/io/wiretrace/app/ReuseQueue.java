package io.wiretrace.app;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.runtime.StartupEvent;
import io.wiretrace.reuse.Fingerprint;
import io.wiretrace.store.ReuseIndexStore;
import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.jboss.logging.Logger;

/**
 * Runs reuse matching of newly stored articles on one background thread, so an ingest answers without waiting for
 * candidate verification. Articles left unmatched by a restart are queued again at start-up.
 */
@ApplicationScoped
public class ReuseQueue {

    private static final Logger LOG = Logger.getLogger(ReuseQueue.class);
    private static final int REQUEUE_AT_START = 10_000;

    private final MatchReuse reuse;
    private final ReuseIndexStore index;
    private final ExecutorService worker = Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "wiretrace-reuse-matcher");
        t.setDaemon(true);
        return t;
    });

    public ReuseQueue(MatchReuse reuse, ReuseIndexStore index) {
        this.reuse = reuse;
        this.index = index;
    }

    void onStart(@Observes StartupEvent event) {
        List<Long> pending = QuarkusTransaction.requiringNew().call(() -> index.unmatched(REQUEUE_AT_START));
        if (!pending.isEmpty()) {
            LOG.infof("re-queueing reuse matching of %d article(s) left unmatched", pending.size());
            pending.forEach(id -> submit(id, null));
        }
    }

    /** Queues matching of a stored, indexed article ({@code fingerprint} may be null: computed again). */
    public void submit(long articleId, Fingerprint fingerprint) {
        worker.submit(() -> matchNow(articleId, fingerprint));
    }

    /** Matches an article now on the caller's thread; a failure is logged, the article stays stored and unmatched. */
    public void matchNow(long articleId, Fingerprint fingerprint) {
        try {
            reuse.matchStored(articleId, fingerprint);
        } catch (RuntimeException e) {
            LOG.errorf(e, "text-reuse matching failed for article %d", articleId);
        }
    }

    public boolean isMatched(long articleId) {
        return QuarkusTransaction.requiringNew().call(() -> index.isMatched(articleId));
    }

    @PreDestroy
    void stop() {
        worker.shutdownNow();
    }
}
