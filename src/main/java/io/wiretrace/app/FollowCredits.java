package io.wiretrace.app;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.wiretrace.attribution.Attribution;
import io.wiretrace.config.WiretraceConfig;
import io.wiretrace.article.ArticleInput;
import io.wiretrace.ingest.FetchException;
import io.wiretrace.article.InvalidInput;
import io.wiretrace.extract.NoArticleFound;
import io.wiretrace.store.JobQueries;
import io.wiretrace.store.ProvenanceRows;
import io.wiretrace.article.StoredAttribution;
import io.wiretrace.url.UrlIdentity;
import io.wiretrace.work.Job;
import io.wiretrace.work.JobStatus;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Provider;
import java.util.ArrayList;
import java.util.List;
import org.jboss.logging.Logger;

/**
 * Optional (wiretrace.provenance.follow-credits.*, off by default): after an ingest stores a new article, the URLs its
 * attributions credit are queued as jobs of kind {@value #KIND} (one pending job per URL), which fetch and ingest them
 * through {@link TrackArticle}, so the same fetcher, address filter, timeouts and size caps apply and a refused or
 * failed page stores nothing. At most {@code max-urls} URLs per article, {@code max-depth} credit hops from the
 * client's article. A refused page (address filter, size, type) fails for good; a network error is retried with backoff.
 */
@ApplicationScoped
public class FollowCredits implements JobHandler {

    static final String KIND = "follow-credit";
    private static final Logger LOG = Logger.getLogger(FollowCredits.class);
    private static final int RECENT = 200;

    /** What became of one credited URL. */
    public enum Status { PENDING, INGESTED, ALREADY_STORED, REFUSED, FAILED }

    /**
     * @param creditedBy id of the article whose attribution names the URL
     * @param depth      credit hops from the article a client ingested (1 = credited by it)
     * @param articleId  the stored article at the URL (ingested or already there), else null
     * @param reason     why it was refused or failed, else null
     */
    public record Outcome(String url, long creditedBy, int depth, Status status, Long articleId, String reason) {
    }

    private final Provider<TrackArticle> track;
    private final ProvenanceRows rows;
    private final WiretraceConfig.FollowCredits config;
    private final WorkQueue queue;
    private final JobQueries jobs;
    private final ObjectMapper json;
    /** The depth of the credit being followed on this thread (0: an ingest by a client). */
    private final ThreadLocal<Integer> followingDepth = ThreadLocal.withInitial(() -> 0);

    public FollowCredits(Provider<TrackArticle> track, ProvenanceRows rows, WiretraceConfig config, WorkQueue queue,
                         JobQueries jobs, ObjectMapper json) {
        this.track = track;
        this.rows = rows;
        this.config = config.provenance().followCredits();
        this.queue = queue;
        this.jobs = jobs;
        this.json = json;
    }

    @Override
    public String kind() {
        return KIND;
    }

    /**
     * Queues the credited URLs of a newly stored article (when enabled), in the transaction that stores it. An article
     * stored while a credit is being followed is one hop deeper than the article that credited it.
     */
    public void afterIngest(long articleId, String ownUrl, List<StoredAttribution> attributions) {
        int depth = followingDepth.get() + 1;
        if (!config.enabled() || depth > config.maxDepth()) {
            return;
        }
        for (String url : creditedUrls(attributions, ownUrl, config.maxUrls())) {
            ObjectNode payload = json.createObjectNode().put("url", url).put("creditedBy", articleId).put("depth", depth);
            queue.enqueue(KIND, url, payload.toString(), 1);
        }
    }

    /** The latest outcomes, newest first (at most {@value #RECENT}), read from the queue. */
    public List<Outcome> recent() {
        List<Job> recent = QuarkusTransaction.requiringNew().call(() -> jobs.list(KIND, null, 0, RECENT).items());
        return recent.stream().map(this::outcome).toList();
    }

    @Override
    public void handle(Job job, JobContext context) {
        JsonNode payload = read(job.payload());
        String url = payload.path("url").asText();
        long creditedBy = payload.path("creditedBy").asLong();
        int depth = payload.path("depth").asInt(1);
        List<Long> stored = QuarkusTransaction.requiringNew().call(() -> rows.idsAtUrls(List.of(url), 1));
        if (!stored.isEmpty()) {
            log(url, creditedBy, depth, Status.ALREADY_STORED, stored.get(0));
            context.complete("already stored as article " + stored.get(0), result(Status.ALREADY_STORED, stored.get(0)),
                    () -> { });
            return;
        }
        followingDepth.set(depth);
        try {
            TrackArticle.Result result = track.get().track(new ArticleInput.FromUrl(url));
            log(url, creditedBy, depth, Status.INGESTED, result.article().id());
            context.complete("ingested as article " + result.article().id(), result(Status.INGESTED, result.article().id()),
                    () -> { });
        } catch (FetchException e) {
            if (e.isTransient()) {
                throw e;
            }
            String reason = e.summary();
            LOG.warnf("not following credited URL %s (credited by article %d, depth %d): %s", url, creditedBy, depth, reason);
            throw new PermanentJobFailure(reason, result(Status.REFUSED, null), e);
        } catch (InvalidInput | NoArticleFound e) {
            throw new PermanentJobFailure(e.getMessage(), result(Status.REFUSED, null), e);
        } finally {
            followingDepth.remove();
        }
    }

    private Outcome outcome(Job job) {
        JsonNode payload = read(job.payload());
        JsonNode result = job.result() == null ? null : read(job.result());
        Status status = switch (job.state()) {
            case QUEUED, RUNNING -> Status.PENDING;
            case DEAD -> Status.FAILED;
            default -> result == null ? Status.FAILED : Status.valueOf(result.path("status").asText("FAILED"));
        };
        Long articleId = result == null || !result.hasNonNull("articleId") ? null : result.get("articleId").asLong();
        String reason = job.state() == JobStatus.SUCCEEDED ? null : job.lastError();
        return new Outcome(payload.path("url").asText(), payload.path("creditedBy").asLong(),
                payload.path("depth").asInt(1), status, articleId, reason);
    }

    private String result(Status status, Long articleId) {
        ObjectNode node = json.createObjectNode().put("status", status.name());
        if (articleId != null) {
            node.put("articleId", articleId);
        }
        return node.toString();
    }

    private JsonNode read(String text) {
        try {
            return json.readTree(text);
        } catch (java.io.IOException e) {
            throw new IllegalStateException("job payload is not JSON: " + e.getMessage(), e);
        }
    }

    private static void log(String url, long creditedBy, int depth, Status status, long articleId) {
        LOG.infof("credited URL %s (credited by article %d, depth %d): %s as article %d", url, creditedBy, depth, status,
                articleId);
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
}
