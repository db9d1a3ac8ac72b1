package io.wiretrace.app;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.wiretrace.store.ArticleStore;
import io.wiretrace.store.Job;
import io.wiretrace.store.JobStore;
import io.wiretrace.store.ReuseMatchStore;
import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.jboss.logging.Logger;

/**
 * Runs {@link RematchArticles} over the whole store as a background job with progress ({@code /api/jobs/{id}}), batch
 * after batch from the first id. Until the durable work queue carries the batches, this single thread does.
 */
@ApplicationScoped
public class RematchJob {

    static final String KIND = "rematch-reuse";
    private static final Logger LOG = Logger.getLogger(RematchJob.class);

    private final RematchArticles rematch;
    private final ArticleStore articles;
    private final JobStore jobs;
    private final ExecutorService worker = Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "wiretrace-rematch");
        t.setDaemon(true);
        return t;
    });

    public RematchJob(RematchArticles rematch, ArticleStore articles, JobStore jobs) {
        this.rematch = rematch;
        this.articles = articles;
        this.jobs = jobs;
    }

    /** Queues a rematch of every stored article and returns its job. */
    public Job start() {
        Job job = QuarkusTransaction.requiringNew().call(() -> jobs.create(KIND, (int) articles.count()));
        worker.submit(() -> run(job));
        return job;
    }

    private void run(Job job) {
        QuarkusTransaction.requiringNew().run(() -> jobs.started(job.id()));
        try {
            int done = 0;
            Long cursor = 0L;
            while (cursor != null) {
                RematchArticles.Batch b = rematch.batch(cursor, RematchArticles.DEFAULT_BATCH);
                done += b.done();
                int progress = done;
                QuarkusTransaction.requiringNew().run(() -> jobs.progress(job.id(), progress, 0));
                cursor = b.next();
            }
            int total = done;
            QuarkusTransaction.requiringNew().run(() -> jobs.finished(job.id(), true,
                    total + " articles rematched under reuse rules version " + ReuseMatchStore.RULES_VERSION));
        } catch (RuntimeException e) {
            LOG.error("rematch failed", e);
            QuarkusTransaction.requiringNew().run(() -> jobs.finished(job.id(), false, e.getMessage()));
        }
    }

    @PreDestroy
    void stop() {
        worker.shutdownNow();
    }
}
