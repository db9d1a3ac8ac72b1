package io.wiretrace.app;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.wiretrace.store.ArticleStore;
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
    private final ArticleStore articles;
    private final WorkQueue queue;

    public RematchJob(RematchArticles rematch, ArticleStore articles, WorkQueue queue) {
        this.rematch = rematch;
        this.articles = articles;
        this.queue = queue;
    }

    @Override
    public String kind() {
        return KIND;
    }

    /** Queues a rematch of every stored article and returns its job. */
    public Job start() {
        int total = QuarkusTransaction.requiringNew().call(() -> (int) articles.count());
        return queue.enqueue(KIND, "all", "{\"after\":0}", total);
    }

    @Override
    public void handle(Job job, JobContext context) {
        long after = Long.parseLong(job.payload().replaceAll("\\D", ""));
        RematchArticles.Batch b = rematch.batch(after, RematchArticles.DEFAULT_BATCH);
        int done = job.done() + b.done();
        if (b.next() == null) {
            context.complete(done + " articles rematched under reuse rules version " + ReuseMatchStore.RULES_VERSION,
                    null, () -> { });
            return;
        }
        context.proceed("{\"after\":" + b.next() + "}", done, job.failed(), () -> { });
    }
}
