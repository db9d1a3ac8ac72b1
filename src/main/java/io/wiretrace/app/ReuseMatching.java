package io.wiretrace.app;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.wiretrace.reuse.Fingerprint;
import io.wiretrace.reuse.ReuseMatch;
import io.wiretrace.store.ReuseIndexStore;
import io.wiretrace.work.Job;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Reuse matching of stored articles as jobs of the work queue (kind {@value #KIND}, one per article): queued in the
 * transaction that stores the article, done by any instance; the matches commit with the job's completion, so an
 * article is matched once even when an instance dies mid-work.
 */
@ApplicationScoped
public class ReuseMatching implements JobHandler {

    static final String KIND = "reuse-match";
    private static final int FINGERPRINTS_KEPT = 256;

    private final MatchReuse reuse;
    private final ReuseIndexStore index;
    private final WorkQueue queue;
    /** Fingerprints this instance just computed at ingest, so the job need not compute them again (a cache only). */
    private final Map<Long, Fingerprint> recent = new LinkedHashMap<>(64, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<Long, Fingerprint> eldest) {
            return size() > FINGERPRINTS_KEPT;
        }
    };

    public ReuseMatching(MatchReuse reuse, ReuseIndexStore index, WorkQueue queue) {
        this.reuse = reuse;
        this.index = index;
        this.queue = queue;
    }

    @Override
    public String kind() {
        return KIND;
    }

    /**
     * Queues matching of an article stored in the caller's transaction (the job commits with it); {@code fingerprint},
     * if known, is kept to spare the job computing it again on this instance.
     */
    public Job schedule(long articleId, Fingerprint fingerprint) {
        if (fingerprint != null) {
            synchronized (recent) {
                recent.put(articleId, fingerprint);
            }
        }
        return queue.enqueue(KIND, Long.toString(articleId), "{\"articleId\":" + articleId + "}", 1);
    }

    /** Queues the matching of many new articles in the caller's transaction, one statement for all. */
    public void scheduleAll(List<Long> articleIds, List<Fingerprint> fingerprints) {
        synchronized (recent) {
            for (int i = 0; i < articleIds.size(); i++) {
                recent.put(articleIds.get(i), fingerprints.get(i));
            }
        }
        queue.enqueueAll(KIND, articleIds.stream().map(String::valueOf).toList(),
                articleIds.stream().map(id -> "{\"articleId\":" + id + "}").toList());
    }

    /** Matches now on the caller's thread, unless a worker already has the job (the client then sees "pending"). */
    public void runNow(UUID jobId) {
        queue.runNow(jobId);
    }

    public boolean isMatched(long articleId) {
        return QuarkusTransaction.requiringNew().call(() -> index.isMatched(articleId));
    }

    @Override
    public void handle(Job job, JobContext context) {
        long articleId = Long.parseLong(job.subject());
        Fingerprint known;
        synchronized (recent) {
            known = recent.remove(articleId);
        }
        List<ReuseMatch> found = reuse.find(articleId, known);
        context.complete(found.size() + " match(es)", "{\"matches\":" + found.size() + "}",
                () -> reuse.save(articleId, found));
    }
}
