package io.wiretrace.app;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.wiretrace.config.WiretraceConfig;
import io.wiretrace.ingest.FetchException;
import io.wiretrace.ingest.FetchOptions;
import io.wiretrace.ingest.FetchedPage;
import io.wiretrace.store.ArticleStore;
import io.wiretrace.store.RecheckStore;
import io.wiretrace.store.SourceItemStore;
import io.wiretrace.url.UrlIdentity;
import io.wiretrace.watch.FeedItem;
import io.wiretrace.watch.RecheckSchedule;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.jboss.logging.Logger;

/**
 * The items of watched sources: records what a poll listed (new ones pending; of a document read for the first time
 * only the newest {@code first-poll-items}, the older ones listed and not fetched) and ingests pending ones through
 * {@link TrackArticle}, the path of {@code POST /api/articles {"url"}}, each fetched politely. An ingested item records
 * how it was found ({@code discoveredVia}) and starts its revision re-checks; a page that fails is retried in later
 * polls with backoff and given up after {@code item-attempts}, never holding up the others; one robots.txt forbids is
 * skipped and counted.
 */
@ApplicationScoped
public class SourceItems {

    private static final Logger LOG = Logger.getLogger(SourceItems.class);

    /** What one round of ingesting did. */
    public record Round(int ingested, int failed, int disallowed, boolean hostBusy) {
    }

    private final SourceItemStore items;
    private final ArticleStore articles;
    private final RecheckStore rechecks;
    private final PoliteFetcher polite;
    private final TrackArticle track;
    private final WiretraceConfig.Sources config;
    private final RecheckSchedule schedule;

    public SourceItems(SourceItemStore items, ArticleStore articles, RecheckStore rechecks, PoliteFetcher polite,
                       TrackArticle track, WiretraceConfig config) {
        this.items = items;
        this.articles = articles;
        this.rechecks = rechecks;
        this.polite = polite;
        this.track = track;
        this.config = config.sources();
        WiretraceConfig.Rechecks r = config.sources().rechecks();
        this.schedule = new RecheckSchedule(r.fraction(), r.maxAge(), r.floor());
    }

    /**
     * Records the items of a document; returns how many were new. {@code firstRead}: the document is read for the
     * first time, so only its newest items are to be fetched.
     */
    public int list(long sourceId, List<FeedItem> listed, boolean firstRead) {
        Map<String, FeedItem> byKey = new LinkedHashMap<>();
        for (FeedItem item : listed) {
            UrlIdentity.parse(item.url()).ifPresent(id -> byKey.putIfAbsent(id.key(), item));
        }
        return QuarkusTransaction.requiringNew().call(() -> {
            Set<String> known = items.known(sourceId, List.copyOf(byKey.keySet()));
            Map<String, FeedItem> fresh = new LinkedHashMap<>();
            byKey.forEach((key, item) -> {
                if (!known.contains(key)) {
                    fresh.put(key, item);
                }
            });
            if (!firstRead) {
                items.add(sourceId, fresh, SourceItemStore.PENDING);
                return fresh.size();
            }
            List<Map.Entry<String, FeedItem>> newest = fresh.entrySet().stream()
                    .sorted(Map.Entry.comparingByValue(FeedItem.NEWEST_FIRST)).toList();
            Map<String, FeedItem> fetch = new LinkedHashMap<>();
            Map<String, FeedItem> older = new LinkedHashMap<>();
            for (Map.Entry<String, FeedItem> e : newest) {
                (fetch.size() < config.firstPollItems() ? fetch : older).put(e.getKey(), e.getValue());
            }
            items.add(sourceId, fetch, SourceItemStore.PENDING);
            items.add(sourceId, older, SourceItemStore.LISTED);
            return fresh.size();
        });
    }

    /** Ingests up to {@code limit} pending items of the source, newest first; stops early when the host is busy. */
    public Round ingest(long sourceId, int limit) {
        int ingested = 0;
        int failed = 0;
        int disallowed = 0;
        for (SourceItemStore.Pending p : QuarkusTransaction.requiringNew().call(() -> items.pending(sourceId, limit))) {
            if (QuarkusTransaction.requiringNew().call(() -> alreadyStored(sourceId, p))) {
                ingested++;
                continue;
            }
            try {
                FetchedPage page = polite.fetch(UrlIdentity.parseHttpUrl(p.item().url()), FetchOptions.PAGE);
                TrackArticle.Result result = track.track(page);
                QuarkusTransaction.requiringNew().run(() -> stored(sourceId, p, result.article().id(), page));
                ingested++;
            } catch (PoliteFetcher.HostBusy e) {
                return new Round(ingested, failed, disallowed, true);
            } catch (PoliteFetcher.Disallowed e) {
                QuarkusTransaction.requiringNew().run(() -> items.disallowed(sourceId, p.urlKey(), e.getMessage()));
                disallowed++;
            } catch (RuntimeException e) {
                failed(sourceId, p, e);
                failed++;
            }
        }
        return new Round(ingested, failed, disallowed, false);
    }

    /**
     * An item whose URL is stored already (ingested by a client or another source) is not fetched again: it is
     * recorded as ingested with its discovery, and its revision re-checks start if none run yet.
     */
    private boolean alreadyStored(long sourceId, SourceItemStore.Pending p) {
        Optional<Long> stored = articles.latestRevision(p.urlKey());
        stored.ifPresent(id -> {
            items.ingested(sourceId, p.urlKey(), id);
            rechecks.discovered(p.urlKey(), sourceId, id, p.item());
            scheduleRechecks(sourceId, p, null, null);
        });
        return stored.isPresent();
    }

    private void stored(long sourceId, SourceItemStore.Pending p, long articleId, FetchedPage page) {
        items.ingested(sourceId, p.urlKey(), articleId);
        rechecks.discovered(p.urlKey(), sourceId, articleId, p.item());
        scheduleRechecks(sourceId, p, page.headers().get("ETag"), page.headers().get("Last-Modified"));
    }

    /** Starts the item's revision re-checks (its age counted from the feed's published time, else now). */
    private void scheduleRechecks(long sourceId, SourceItemStore.Pending p, String etag, String lastModified) {
        if (!config.rechecks().enabled()) {
            return;
        }
        Instant now = Instant.now();
        Instant born = p.item().publishedAt() != null && p.item().publishedAt().isBefore(now) ? p.item().publishedAt() : now;
        schedule.next(born, now).ifPresent(next -> rechecks.schedule(p.urlKey(), p.item().url(), sourceId, born, now,
                next, etag, lastModified));
    }

    private void failed(long sourceId, SourceItemStore.Pending p, RuntimeException e) {
        String error = e instanceof FetchException f ? f.summary()
                : e.getClass().getSimpleName() + ": " + e.getMessage();
        int attempts = p.attempts() + 1;
        Instant retryAt = attempts >= config.itemAttempts() ? null
                : Instant.now().plus(config.backlogDelay().multipliedBy(1L << Math.min(attempts, 20)));
        LOG.infof("source %d: item %s failed (attempt %d%s): %s", sourceId, p.item().url(), attempts,
                retryAt == null ? ", given up" : ", again from " + retryAt, error);
        QuarkusTransaction.requiringNew().run(() -> items.failed(sourceId, p.urlKey(), error, retryAt));
    }

    /** When the earliest item waiting for a later poll is due (a failed one waits for its retry), if any waits. */
    public Optional<Instant> backlog(long sourceId) {
        return QuarkusTransaction.requiringNew().call(() -> items.nextPending(sourceId));
    }

}
