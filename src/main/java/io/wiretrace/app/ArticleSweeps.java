package io.wiretrace.app;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.wiretrace.store.ArticleStore;
import io.wiretrace.work.Job;
import jakarta.enterprise.context.ApplicationScoped;

/**
 * Jobs that walk every stored article in id order (re-analysis, rematching): one pending job per kind, its total the
 * number of articles when queued, its place kept in the payload as {@code {"after": id}} and committed with each step.
 */
@ApplicationScoped
public class ArticleSweeps {

    private final ArticleStore articles;
    private final WorkQueue queue;

    public ArticleSweeps(ArticleStore articles, WorkQueue queue) {
        this.articles = articles;
        this.queue = queue;
    }

    /** Queues a sweep of kind {@code kind} over all stored articles (or returns the one already pending). */
    public Job start(String kind) {
        int total = QuarkusTransaction.requiringNew().call(() -> (int) articles.count());
        return queue.enqueue(kind, "all", payload(0), total);
    }

    /** The payload of a sweep that goes on after article {@code after}. */
    static String payload(long after) {
        return "{\"after\":" + after + "}";
    }

    /** The id after which a sweep goes on. */
    static long after(Job job) {
        return Long.parseLong(job.payload().replaceAll("\\D", ""));
    }
}
