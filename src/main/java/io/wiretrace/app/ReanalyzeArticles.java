package io.wiretrace.app;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.wiretrace.attribution.AttributionDetector;
import io.wiretrace.article.Article;
import io.wiretrace.store.ArticleStore;
import io.wiretrace.store.AttributionStore;
import io.wiretrace.work.Job;
import jakarta.enterprise.context.ApplicationScoped;
import io.wiretrace.attribution.Attribution;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jboss.logging.Logger;

/**
 * Re-runs attribution detection on every stored article after the rules change: one job of the work queue (kind
 * {@value #KIND}) that works in steps of {@value #BATCH} articles, each step's new attributions committed with the
 * job's progress and cursor. A crash loses at most one step, which any instance then does again; no article is left
 * half-updated. Only one re-analysis is pending at a time (a second request returns the first).
 */
@ApplicationScoped
public class ReanalyzeArticles implements JobHandler {

    static final String KIND = "reanalyze-attributions";
    private static final int BATCH = 100;
    private static final Logger LOG = Logger.getLogger(ReanalyzeArticles.class);

    private final ArticleStore articles;
    private final AttributionStore attributions;
    private final ArticleOutlets outlets;
    private final AttributionDetector detector;
    private final ArticleSweeps sweeps;

    public ReanalyzeArticles(ArticleStore articles, AttributionStore attributions, ArticleOutlets outlets,
                             AttributionDetector detector, ArticleSweeps sweeps) {
        this.articles = articles;
        this.attributions = attributions;
        this.outlets = outlets;
        this.detector = detector;
        this.sweeps = sweeps;
    }

    @Override
    public String kind() {
        return KIND;
    }

    /** Queues a re-analysis of all stored articles and returns its job. */
    public Job start() {
        return sweeps.start(KIND);
    }

    @Override
    public void handle(Job job, JobContext context) {
        long after = ArticleSweeps.after(job);
        List<Long> batch = QuarkusTransaction.requiringNew().call(() -> articles.idsAfter(after, BATCH));
        if (batch.isEmpty()) {
            context.complete(job.done() + " articles re-analysed with detector " + AttributionDetector.VERSION
                    + (job.failed() == 0 ? "" : ", " + job.failed() + " failed"), null, () -> { });
            return;
        }
        List<Article> loaded = QuarkusTransaction.requiringNew()
                .call(() -> batch.stream().map(articles::find).flatMap(Optional::stream).toList());
        Map<Long, List<Attribution>> detected = new LinkedHashMap<>();
        int failed = job.failed();
        for (Article article : loaded) {
            try {
                detected.put(article.id(), detector.detect(article.extracted()));
            } catch (RuntimeException e) {
                LOG.warnf("re-analysis of article %d failed: %s", article.id(), e.getMessage());
                failed++;
            }
        }
        long next = batch.get(batch.size() - 1);
        context.proceed(ArticleSweeps.payload(next), job.done() + detected.size(), failed, () -> detected.forEach(
                (id, found) -> attributions.replace(id, outlets.resolveTargets(found), AttributionDetector.VERSION)));
    }
}
