package io.wiretrace.app;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.wiretrace.config.WiretraceConfig;
import io.wiretrace.ingest.FetchException;
import io.wiretrace.ingest.FetchedPage;
import io.wiretrace.store.SourceItemStore;
import io.wiretrace.store.SourceStore;
import io.wiretrace.url.UrlIdentity;
import io.wiretrace.watch.FeedDocument;
import io.wiretrace.watch.FeedItem;
import io.wiretrace.watch.PollInterval;
import io.wiretrace.watch.RetryAfter;
import io.wiretrace.watch.Source;
import io.wiretrace.watch.SourceKind;
import io.wiretrace.watch.UnparseableFeed;
import io.wiretrace.work.Job;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Polls watched sources as jobs of the work queue (kind {@value #KIND}, subject the source id, so one source is polled
 * by one instance at a time). What is due lives in PostgreSQL ({@code source.next_poll_at}); the tick queues due
 * sources ({@link #queueDue}). A poll: conditional GET of the feed (a 304 does nothing more), parse, record new items,
 * read changed child sitemaps of an index (capped per poll), ingest pending items (capped per poll), then record the
 * outcome, the next adaptive interval and the health in the transaction that completes the job.
 */
@ApplicationScoped
public class PollSources implements JobHandler {

    static final String KIND = "poll-source";

    /** What one poll found, to be recorded. */
    private record Outcome(String status, String detail, boolean failed, int newItems, String etag, String lastModified,
                           Duration retryAfter, String title) {

        /** With items found in child sitemaps added. */
        Outcome plus(int fromSitemaps) {
            if (fromSitemaps == 0) {
                return this;
            }
            return new Outcome("new_items", detail + ", " + fromSitemaps + " new in child sitemaps", false,
                    newItems + fromSitemaps, etag, lastModified, retryAfter, title);
        }
    }

    private final SourceStore sources;
    private final SourceItemStore items;
    private final SourceDocuments documents;
    private final SourceItems itemWork;
    private final SourceHealth health;
    private final WorkQueue queue;
    private final WiretraceConfig.Sources config;

    public PollSources(SourceStore sources, SourceItemStore items, SourceDocuments documents, SourceItems itemWork,
                       SourceHealth health, WorkQueue queue, WiretraceConfig config) {
        this.sources = sources;
        this.items = items;
        this.documents = documents;
        this.itemWork = itemWork;
        this.health = health;
        this.queue = queue;
        this.config = config.sources();
    }

    @Override
    public String kind() {
        return KIND;
    }

    /** Queues a poll of each due source not already queued (at most {@code limit}); returns how many. */
    public int queueDue(int limit) {
        return QuarkusTransaction.requiringNew().call(() -> {
            List<Long> due = sources.takeDue(limit);
            due.forEach(id -> queue.enqueue(KIND, Long.toString(id), "{\"sourceId\":" + id + "}", 1));
            return due.size();
        });
    }

    @Override
    public void handle(Job job, JobContext context) {
        long id = Long.parseLong(job.subject());
        Optional<Source> found = QuarkusTransaction.requiringNew().call(() -> sources.byId(id));
        if (found.isEmpty() || found.get().paused()) {
            context.complete(found.isEmpty() ? "source removed" : "source paused", null,
                    () -> found.ifPresent(s -> sources.postpone(id, s.nextPollAt())));
            return;
        }
        Source source = found.get();
        Outcome outcome;
        try {
            outcome = poll(source);
        } catch (PoliteFetcher.HostBusy e) {
            context.complete(e.getMessage(), null, () -> sources.postpone(id, Instant.now().plus(e.retryIn())));
            return;
        }
        if (source.kind() == SourceKind.SITEMAP_INDEX && !outcome.failed()) {
            outcome = outcome.plus(readSitemaps(id)); // new or changed ones, also when the index itself answered 304
        }
        SourceItems.Round round = itemWork.ingest(id, config.maxItemsPerPoll());
        Instant now = Instant.now();
        Instant backlogDue = round.hostBusy()
                || (source.kind() == SourceKind.SITEMAP_INDEX && !sitemapsToRead(id, 1).isEmpty())
                ? now : itemWork.backlog(id).orElse(null);
        boolean backlog = backlogDue != null;
        String detail = outcome.failed() ? outcome.detail() : outcome.detail() + "; " + round.ingested() + " ingested, "
                + round.failed() + " failed, " + round.disallowed() + " disallowed by robots.txt"
                + (backlog ? "; more items wait for the next polls" : "");
        SourceStore.PollRecord record = record(source, outcome, detail, backlogDue);
        context.complete(outcome.status() + ": " + detail, null, () -> {
            sources.lock(id);
            sources.recordPoll(id, record);
            health.judge(id);
        });
    }

    private Outcome poll(Source source) {
        FetchedPage page;
        try {
            page = documents.fetch(source.url(), source.etag(), source.lastModified());
        } catch (PoliteFetcher.Disallowed e) {
            return failure("failed", e.getMessage(), null);
        } catch (FetchException e) {
            Duration retryAfter = RetryAfter.parse(e.retryAfter(), Instant.now()).orElse(null);
            return failure("failed", e.summary(), retryAfter);
        }
        // a full answer's own validators (none when it sent none), so stale ones are never sent again
        String etag = page.headers().get("ETag");
        String lastModified = page.headers().get("Last-Modified");
        if (page.status() == 304) {
            return new Outcome("not_modified", "304 Not Modified", false, 0, source.etag(), source.lastModified(), null,
                    null);
        }
        FeedDocument document;
        try {
            document = documents.parse(page);
        } catch (UnparseableFeed e) {
            return failure("unparseable", e.getMessage(), null);
        }
        int fresh = itemWork.list(source.id(), document.items(), source.firstPolledAt() == null);
        if (document.kind() == SourceKind.SITEMAP_INDEX) {
            listSitemaps(source.id(), document.sitemaps());
        }
        return new Outcome(fresh > 0 ? "new_items" : "no_new_items", fresh + " new item(s)", false, fresh, etag,
                lastModified, null, document.title());
    }

    /** Records the child sitemaps an index lists (new ones, changed lastmods). */
    private void listSitemaps(long sourceId, List<FeedDocument.ChildSitemap> children) {
        Map<String, FeedDocument.ChildSitemap> byKey = new LinkedHashMap<>();
        children.forEach(c -> UrlIdentity.parse(c.url()).ifPresent(id -> byKey.putIfAbsent(id.key(), c)));
        QuarkusTransaction.requiringNew().run(() -> items.listSitemaps(sourceId, byKey));
    }

    /** Reads the index's new or changed child sitemaps, at most {@code max-sitemaps-per-poll}; returns new items. */
    private int readSitemaps(long sourceId) {
        int fresh = 0;
        for (SourceItemStore.Child child : sitemapsToRead(sourceId, config.maxSitemapsPerPoll())) {
            String error = null;
            try {
                List<FeedItem> listed = new ArrayList<>(documents.parse(documents.fetch(child.url(), null, null)).items());
                fresh += itemWork.list(sourceId, listed, !child.readBefore());
            } catch (PoliteFetcher.HostBusy e) {
                break;
            } catch (RuntimeException e) {
                error = e.getClass().getSimpleName() + ": " + e.getMessage();
            }
            String failure = error;
            QuarkusTransaction.requiringNew().run(() -> items.sitemapRead(sourceId, child.urlKey(), child.lastmod(), failure));
        }
        return fresh;
    }

    private List<SourceItemStore.Child> sitemapsToRead(long sourceId, int limit) {
        return QuarkusTransaction.requiringNew().call(() -> items.sitemapsToRead(sourceId, limit));
    }

    /**
     * The poll's record with its next due time: the adaptive interval, or sooner while items wait (after
     * {@code backlog-delay}, or when the earliest waiting item's retry is due), or the failure backoff.
     */
    private SourceStore.PollRecord record(Source source, Outcome outcome, String detail, Instant backlogDue) {
        PollInterval bounds = source.bounds();
        Duration interval = bounds.clamp(source.interval());
        Duration wait;
        if (outcome.failed()) {
            wait = PollInterval.honouring(bounds.afterFailure(source.consecutiveFailures() + 1), outcome.retryAfter());
        } else {
            interval = outcome.newItems() > 0 ? bounds.afterNewItems(interval) : bounds.afterNothingNew(interval);
            wait = interval;
            if (backlogDue != null) {
                Duration untilDue = Duration.between(Instant.now(), backlogDue);
                Duration soon = untilDue.compareTo(config.backlogDelay()) > 0 ? untilDue : config.backlogDelay();
                wait = soon.compareTo(interval) < 0 ? soon : interval;
            }
        }
        return new SourceStore.PollRecord(outcome.status(), detail, outcome.failed(), outcome.newItems() > 0,
                outcome.etag(), outcome.lastModified(), interval, Instant.now().plus(wait), outcome.title());
    }

    private static Outcome failure(String status, String detail, Duration retryAfter) {
        return new Outcome(status, detail, true, 0, null, null, retryAfter, null);
    }
}
