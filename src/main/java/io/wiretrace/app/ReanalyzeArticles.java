package io.wiretrace.app;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.runtime.StartupEvent;
import io.wiretrace.attribution.AttributionDetector;
import io.wiretrace.ingest.Article;
import io.wiretrace.store.ArticleStore;
import io.wiretrace.store.AttributionStore;
import io.wiretrace.store.Job;
import io.wiretrace.store.JobStore;
import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.jboss.logging.Logger;

/**
 * Re-runs attribution detection on every stored article after the rules change, as a background job with progress.
 * Articles are processed in batches, each batch in its own transaction, so a failure loses at most one batch's work
 * and never leaves an article half-updated.
 */
@ApplicationScoped
public class ReanalyzeArticles {

    static final String KIND = "reanalyze-attributions";
    private static final int BATCH = 100;
    private static final Logger LOG = Logger.getLogger(ReanalyzeArticles.class);

    private final ArticleStore articles;
    private final AttributionStore attributions;
    private final ArticleOutlets outlets;
    private final AttributionDetector detector;
    private final JobStore jobs;
    private final ExecutorService worker = Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "wiretrace-reanalyze");
        t.setDaemon(true);
        return t;
    });

    public ReanalyzeArticles(ArticleStore articles, AttributionStore attributions, ArticleOutlets outlets,
                             AttributionDetector detector, JobStore jobs) {
        this.articles = articles;
        this.attributions = attributions;
        this.outlets = outlets;
        this.detector = detector;
        this.jobs = jobs;
    }

    void onStart(@Observes StartupEvent event) {
        int abandoned = QuarkusTransaction.requiringNew().call(jobs::failAbandoned);
        if (abandoned > 0) {
            LOG.warnf("%d background job(s) were interrupted by the last shutdown and are marked failed", abandoned);
        }
    }

    /** Queues a re-analysis of all stored articles and returns its job. */
    public Job start() {
        Job job = QuarkusTransaction.requiringNew().call(() -> jobs.create(KIND, (int) articles.count()));
        worker.submit(() -> run(job.id()));
        return job;
    }

    public Optional<Job> job(UUID id) {
        return QuarkusTransaction.requiringNew().call(() -> jobs.byId(id));
    }

    private void run(UUID jobId) {
        QuarkusTransaction.requiringNew().run(() -> jobs.started(jobId));
        int[] counts = new int[2];
        try {
            long after = 0;
            while (true) {
                final long from = after;
                List<Long> batch = QuarkusTransaction.requiringNew().call(() -> articles.idsAfter(from, BATCH));
                if (batch.isEmpty()) {
                    break;
                }
                List<Long> ids = batch;
                QuarkusTransaction.requiringNew().run(() -> {
                    for (Long id : ids) {
                        reanalyze(id, counts);
                    }
                    jobs.progress(jobId, counts[0], counts[1]);
                });
                after = batch.get(batch.size() - 1);
            }
            QuarkusTransaction.requiringNew().run(() -> jobs.finished(jobId, true,
                    counts[0] + " articles re-analysed with detector " + AttributionDetector.VERSION));
        } catch (RuntimeException e) {
            LOG.error("re-analysis failed", e);
            QuarkusTransaction.requiringNew().run(() -> jobs.finished(jobId, false, e.getMessage()));
        }
    }

    private void reanalyze(long id, int[] counts) {
        try {
            Article article = articles.find(id).orElseThrow();
            attributions.replace(id, outlets.resolveTargets(detector.detect(article.extracted())), AttributionDetector.VERSION);
            counts[0]++;
        } catch (RuntimeException e) {
            LOG.warnf("re-analysis of article %d failed: %s", id, e.getMessage());
            counts[1]++;
        }
    }

    @PreDestroy
    void stop() {
        worker.shutdownNow();
    }
}
