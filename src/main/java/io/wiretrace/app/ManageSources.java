package io.wiretrace.app;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.wiretrace.article.InvalidInput;
import io.wiretrace.config.WiretraceConfig;
import io.wiretrace.extract.FeedLinks;
import io.wiretrace.ingest.FetchedPage;
import io.wiretrace.outlet.Outlet;
import io.wiretrace.article.PageOf;
import io.wiretrace.store.SourceItemStore;
import io.wiretrace.store.SourceStore;
import io.wiretrace.url.UrlIdentity;
import io.wiretrace.watch.FeedCandidate;
import io.wiretrace.watch.FeedDocument;
import io.wiretrace.watch.NotAFeed;
import io.wiretrace.watch.PollInterval;
import io.wiretrace.watch.Source;
import io.wiretrace.watch.SourceConflict;
import io.wiretrace.watch.SourceFilter;
import io.wiretrace.watch.SourceItem;
import io.wiretrace.watch.SourceNotFound;
import io.wiretrace.watch.SourceStatus;
import io.wiretrace.watch.UnparseableFeed;
import jakarta.enterprise.context.ApplicationScoped;
import java.net.URI;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/**
 * Adds, lists, changes and removes watched sources. Adding fetches the URL once (politely): a feed or sitemap becomes a
 * source, due at once; a homepage is not a feed and answers with the feeds it announces and the sitemaps its
 * robots.txt lists, for the client to choose from. Removing a source keeps the articles it brought.
 */
@ApplicationScoped
public class ManageSources {

    static final Duration LEAST_INTERVAL = Duration.ofSeconds(1);
    /** The longest bound: a source polled less than once a year is not watched (and milliseconds must fit a long). */
    static final Duration GREATEST_INTERVAL = Duration.ofDays(365);
    static final List<String> ITEM_STATES = List.of(SourceItemStore.PENDING, SourceItemStore.INGESTED,
            SourceItemStore.LISTED, SourceItemStore.FAILED, SourceItemStore.DISALLOWED);

    /** What adding a URL gave: a source, or the candidates found on a homepage (no source made). */
    public sealed interface Added permits Created, Candidates {
    }

    public record Created(SourceStatus source) implements Added {
    }

    public record Candidates(List<FeedCandidate> candidates) implements Added {
    }

    private final SourceStore sources;
    private final SourceItemStore items;
    private final SourceDocuments documents;
    private final PoliteFetcher polite;
    private final OutletDirectory outlets;
    private final SourceHealth health;
    private final WiretraceConfig.Sources config;

    public ManageSources(SourceStore sources, SourceItemStore items, SourceDocuments documents, PoliteFetcher polite,
                         OutletDirectory outlets, SourceHealth health, WiretraceConfig config) {
        this.sources = sources;
        this.items = items;
        this.documents = documents;
        this.polite = polite;
        this.outlets = outlets;
        this.health = health;
        this.config = config.sources();
    }

    public Added add(String url, String outletKey, Duration min, Duration max) {
        UrlIdentity identity = identity(url);
        PollInterval bounds = bounds(min == null ? config.minInterval() : min, max == null ? config.maxInterval() : max,
                max == null);
        Long outletId = outletId(outletKey, url);
        refuseDuplicate(identity);
        FetchedPage page = documents.fetch(identity.received(), null, null);
        if (SourceDocuments.isHtml(page)) {
            return new Candidates(candidates(page));
        }
        FeedDocument document;
        try {
            document = documents.parse(page);
        } catch (UnparseableFeed e) {
            throw new NotAFeed(identity.received() + " is not a feed, a sitemap or a homepage: " + e.getMessage(), e);
        }
        SourceStore.NewSource fresh = new SourceStore.NewSource(identity.received(), identity.key(), document.kind(),
                outletId, document.title(), bounds.min(), bounds.max());
        Source created = QuarkusTransaction.requiringNew().call(() -> sources.insert(fresh))
                .orElseThrow(() -> conflict(identity));
        return new Created(health.status(created.id()));
    }

    /** A page of the sources the filter keeps, with their health. */
    public PageOf<SourceStatus> page(SourceFilter filter, int page, int size) {
        return QuarkusTransaction.requiringNew().call(() -> {
            PageOf<Source> found = sources.page(filter, page, size);
            return new PageOf<>(health.statuses(found.items()), found.page(), found.size(), found.total());
        });
    }

    public SourceStatus get(long id) {
        return health.status(id);
    }

    /** The sources of an outlet (empty when it has none or does not exist). */
    public List<SourceStatus> ofOutlet(String outletKey) {
        return QuarkusTransaction.requiringNew().call(() -> health.statuses(sources.outletId(outletKey)
                .map(sources::ofOutlet).orElse(List.of())));
    }

    /** A page of the source's items in one state (all when null), newest first. */
    public PageOf<SourceItem> items(long id, String state, int page, int size) {
        if (state != null && !ITEM_STATES.contains(state)) {
            throw new InvalidInput("state", "state '" + state + "' is not one of " + ITEM_STATES);
        }
        return QuarkusTransaction.requiringNew().call(() -> {
            sources.byId(id).orElseThrow(() -> new SourceNotFound(id));
            return items.list(id, state, page, size);
        });
    }

    /** Changes what the client set; a null leaves that setting as it is. */
    public SourceStatus update(long id, Boolean paused, Duration min, Duration max, String outletKey) {
        Long newOutlet = outletKey == null ? null : outletId(outletKey, null);
        QuarkusTransaction.requiringNew().run(() -> {
            Source s = sources.lock(id).orElseThrow(() -> new SourceNotFound(id));
            PollInterval bounds = bounds(min == null ? s.minInterval() : min, max == null ? s.maxInterval() : max,
                    max == null);
            sources.updateSettings(id, paused == null ? s.paused() : paused, bounds.min(), bounds.max(),
                    bounds.clamp(s.interval()), outletKey == null ? s.outletId() : newOutlet);
        });
        return health.status(id);
    }

    public void delete(long id) {
        if (!QuarkusTransaction.requiringNew().call(() -> sources.delete(id))) {
            throw new SourceNotFound(id);
        }
    }

    private List<FeedCandidate> candidates(FetchedPage page) {
        List<FeedCandidate> found = new ArrayList<>();
        for (FeedLinks.Link link : FeedLinks.in(page.text(), page.finalUrl())) {
            found.add(new FeedCandidate(link.url(), link.kind(), link.title()));
        }
        for (String sitemap : polite.robots(URI.create(page.finalUrl())).sitemaps()) {
            if (found.stream().noneMatch(c -> UrlIdentity.same(c.url(), sitemap))) {
                found.add(new FeedCandidate(sitemap, "sitemap", null));
            }
        }
        return found;
    }

    private void refuseDuplicate(UrlIdentity identity) {
        QuarkusTransaction.requiringNew().call(() -> sources.byUrlKey(identity.key())).ifPresent(existing -> {
            throw new SourceConflict(identity.received(), existing.id());
        });
    }

    private SourceConflict conflict(UrlIdentity identity) {
        long existing = QuarkusTransaction.requiringNew().call(() -> sources.byUrlKey(identity.key()))
                .map(Source::id).orElse(0L);
        return new SourceConflict(identity.received(), existing);
    }

    /** The outlet's id: the one named by key, else (when {@code url} is given) the one owning the URL's domain. */
    private Long outletId(String outletKey, String url) {
        if (outletKey != null) {
            String key = outletKey.strip();
            return QuarkusTransaction.requiringNew().call(() -> sources.outletId(key))
                    .orElseThrow(() -> new InvalidInput("outlet", "no outlet with key '" + outletKey + "'"));
        }
        if (url == null) {
            return null;
        }
        return outlets.byDomain(url).map(Outlet::key)
                .flatMap(key -> QuarkusTransaction.requiringNew().call(() -> sources.outletId(key))).orElse(null);
    }

    private static UrlIdentity identity(String url) {
        if (url == null || url.isBlank()) {
            throw new InvalidInput("url", "url is missing: send the address of a feed, a sitemap or a homepage");
        }
        try {
            return UrlIdentity.of(url);
        } catch (IllegalArgumentException e) {
            throw new InvalidInput("url", e.getMessage());
        }
    }

    /** {@code maxKept}: the client gave no maxInterval (the default or the source's own stands). */
    private static PollInterval bounds(Duration min, Duration max, boolean maxKept) {
        if (min.compareTo(LEAST_INTERVAL) < 0) {
            throw new InvalidInput("minInterval", "minInterval " + min + " is under the least interval of " + LEAST_INTERVAL);
        }
        if (min.compareTo(GREATEST_INTERVAL) > 0) {
            throw new InvalidInput("minInterval", "minInterval " + min + " is over the greatest interval of P365D");
        }
        if (max.compareTo(GREATEST_INTERVAL) > 0) {
            throw new InvalidInput("maxInterval", "maxInterval " + max + " is over the greatest interval of P365D");
        }
        if (max.compareTo(min) < 0 && maxKept) {
            throw new InvalidInput("minInterval", "minInterval " + min + " is longer than the maxInterval in force ("
                    + max + "); give a maxInterval at least as long");
        }
        if (max.compareTo(min) < 0) {
            throw new InvalidInput("maxInterval", "maxInterval " + max + " is shorter than minInterval " + min);
        }
        return new PollInterval(min, max);
    }
}
