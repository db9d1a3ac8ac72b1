package io.wiretrace.app;

import io.wiretrace.store.ReuseMatchStore;
import io.wiretrace.work.Job;
import jakarta.enterprise.context.ApplicationScoped;

/**
 * Runs {@link RematchArticles} over the whole store as one job of the work queue (kind {@value #KIND}), one batch per
 * step: each step rematches the articles after the cursor in its payload and proceeds with the next cursor. A crash
 * repeats at most one batch, which is idempotent.
 */
@ApplicationScoped
public class RematchJob implements JobHandler {

    static final String KIND = "rematch-reuse";

    private final RematchArticles rematch;
    private final ArticleSweeps sweeps;

    public RematchJob(RematchArticles rematch, ArticleSweeps sweeps) {
        this.rematch = rematch;
        this.sweeps = sweeps;
    }

    @Override
    public String kind() {
        return KIND;
    }

    /** Queues a rematch of every stored article and returns its job. */
    public Job start() {
        return sweeps.start(KIND);
    }

    @Override
    public void handle(Job job, JobContext context) {
        long after = ArticleSweeps.after(job);
        RematchArticles.Batch b = rematch.batch(after, RematchArticles.DEFAULT_BATCH);
        int done = job.done() + b.done();
        if (b.next() == null) {
            context.complete(done + " articles rematched under reuse rules version " + ReuseMatchStore.RULES_VERSION,
                    null, () -> { });
            return;
        }
        context.proceed(ArticleSweeps.payload(b.next()), done, job.failed(), () -> { });
    }
}
