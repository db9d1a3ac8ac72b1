package io.wiretrace.app;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.wiretrace.attribution.Attribution;
import io.wiretrace.config.WiretraceConfig;
import io.wiretrace.ingest.ArticleInput;
import io.wiretrace.ingest.FetchException;
import io.wiretrace.store.ProvenanceRows;
import io.wiretrace.store.StoredAttribution;
import io.wiretrace.url.UrlIdentity;
import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Provider;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedDeque;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import org.jboss.logging.Logger;

/**
 * Optional (wiretrace.provenance.follow-credits.*, off by default): after a client's ingest stores a new article, the
 * URLs its attributions credit that are not stored yet are fetched and ingested on one background thread through
 * {@link TrackArticle}, so the same fetcher, address filter, timeouts and size caps apply and a refused or failed page
 * stores nothing. At most {@code max-urls} URLs per article, {@code max-depth} credit hops from the client's article;
 * each URL is followed once at a time. Every outcome is logged with its reason and kept in {@link #recent()}.
 */
@ApplicationScoped
public class FollowCredits {

    private static final Logger LOG = Logger.getLogger(FollowCredits.class);
    private static final int QUEUE = 1_000;
    private static final int RECENT = 200;

    /** What became of one credited URL. */
    public enum Status { INGESTED, ALREADY_STORED, REFUSED, FAILED, DROPPED }

    /**
     * @param creditedBy id of the article whose attribution names the URL
     * @param depth      credit hops from the article a client ingested (1 = credited by it)
     * @param articleId  the stored article at the URL (ingested or already there), else null
     * @param reason     why it was refused, failed or dropped, else null
     */
    public record Outcome(String url, long creditedBy, int depth, Status status, Long articleId, String reason) {
    }

    private final Provider<TrackArticle> track;
    private final ProvenanceRows rows;
    private final WiretraceConfig.FollowCredits config;
    private final ThreadLocal<Boolean> onWorker = ThreadLocal.withInitial(() -> false);
    private final Set<String> inFlight = ConcurrentHashMap.newKeySet();
    private final Deque<Outcome> recent = new ConcurrentLinkedDeque<>();
    private final ThreadPoolExecutor worker = new ThreadPoolExecutor(1, 1, 0, TimeUnit.MILLISECONDS,
            new ArrayBlockingQueue<>(QUEUE), r -> {
                Thread t = new Thread(r, "wiretrace-credit-follower");
                t.setDaemon(true);
                return t;
            });

    public FollowCredits(Provider<TrackArticle> track, ProvenanceRows rows, WiretraceConfig config) {
        this.track = track;
        this.rows = rows;
        this.config = config.provenance().followCredits();
    }

    /**
     * Queues the credited URLs of an article a client just ingested (when enabled) and returns at once. Articles this
     * class ingests itself are followed from {@link #follow} with their own depth, not from here.
     */
    public void afterIngest(long articleId, String ownUrl, List<StoredAttribution> attributions) {
        if (config.enabled() && !onWorker.get()) {
            queue(articleId, ownUrl, attributions, 1);
        }
    }

    /** The latest outcomes, newest first (at most {@value #RECENT}). */
    public List<Outcome> recent() {
        return List.copyOf(recent);
    }

    private void queue(long articleId, String ownUrl, List<StoredAttribution> attributions, int depth) {
        if (depth > config.maxDepth()) {
            return;
        }
        for (String url : creditedUrls(attributions, ownUrl, config.maxUrls())) {
            if (!inFlight.add(url)) {
                continue;
            }
            try {
                worker.execute(() -> follow(url, articleId, depth));
            } catch (RejectedExecutionException e) {
                inFlight.remove(url);
                record(new Outcome(url, articleId, depth, Status.DROPPED, null, "follow queue full (" + QUEUE + ")"));
            }
        }
    }

    private void follow(String url, long creditedBy, int depth) {
        onWorker.set(true);
        try {
            List<Long> stored = QuarkusTransaction.requiringNew().call(() -> rows.idsAtUrls(List.of(url), 1));
            if (!stored.isEmpty()) {
                record(new Outcome(url, creditedBy, depth, Status.ALREADY_STORED, stored.get(0), null));
                return;
            }
            TrackArticle.Result result = track.get().track(new ArticleInput.FromUrl(url));
            record(new Outcome(url, creditedBy, depth, Status.INGESTED, result.article().id(), null));
            if (result.created()) {
                queue(result.article().id(), url, result.attributions(), depth + 1);
            }
        } catch (FetchException e) {
            record(new Outcome(url, creditedBy, depth, Status.REFUSED, null, e.reason() + ": " + e.getMessage()));
        } catch (RuntimeException e) {
            record(new Outcome(url, creditedBy, depth, Status.FAILED, null,
                    e.getClass().getSimpleName() + ": " + e.getMessage()));
        } catch (Error e) {
            record(new Outcome(url, creditedBy, depth, Status.FAILED, null,
                    e.getClass().getSimpleName() + ": " + e.getMessage()));
            throw e;
        } finally {
            inFlight.remove(url);
            onWorker.set(false);
        }
    }

    private void record(Outcome o) {
        if (o.status() == Status.INGESTED || o.status() == Status.ALREADY_STORED) {
            LOG.infof("credited URL %s (credited by article %d, depth %d): %s as article %d", o.url(), o.creditedBy(),
                    o.depth(), o.status(), o.articleId());
        } else {
            LOG.warnf("not following credited URL %s (credited by article %d, depth %d): %s", o.url(), o.creditedBy(),
                    o.depth(), o.reason());
        }
        recent.addFirst(o);
        while (recent.size() > RECENT) {
            recent.pollLast();
        }
    }

    /** Distinct http(s) URLs the attributions name as their target, other than the article's own, at most {@code max}. */
    static List<String> creditedUrls(List<StoredAttribution> attributions, String ownUrl, int max) {
        List<String> urls = new ArrayList<>();
        for (StoredAttribution stored : attributions) {
            Attribution.Target t = stored.attribution().target();
            String url = t == null ? null : t.creditedUrl();
            if (url != null && !UrlIdentity.same(url, ownUrl) && urls.stream().noneMatch(u -> UrlIdentity.same(u, url))
                    && urls.size() < max) {
                urls.add(url);
            }
        }
        return urls;
    }

    @PreDestroy
    void stop() {
        worker.shutdownNow();
    }
}
