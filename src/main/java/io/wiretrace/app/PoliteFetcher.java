package io.wiretrace.app;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.wiretrace.config.WiretraceConfig;
import io.wiretrace.feed.RobotsTxt;
import io.wiretrace.ingest.FetchException;
import io.wiretrace.ingest.FetchOptions;
import io.wiretrace.ingest.FetchedPage;
import io.wiretrace.ingest.HostKeys;
import io.wiretrace.ingest.PageFetcher;
import io.wiretrace.store.CrawlHostStore;
import jakarta.enterprise.context.ApplicationScoped;
import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * Fetches for watched sources, politely, through the one {@link PageFetcher} (its address filter, timeouts and caps):
 * robots.txt obeyed for the configured User-Agent (kept in PostgreSQL, read again after {@code robots-ttl}, within
 * the hour when it answered 5xx, which forbids everything meanwhile; an unreachable one is not kept), one
 * request at a time per host across all instances with a least delay between two (the site's Crawl-delay when
 * longer), and a global cap on requests in flight ({@link CrawlHostStore}). A host is its name and, when not the
 * scheme's default, its port ({@link HostKeys}). Redirects within a host are followed by the fetcher in that host's
 * turn; a redirect to another host waits for that host's robots.txt and turn.
 */
@ApplicationScoped
public class PoliteFetcher {

    static final long ROBOTS_MAX_BYTES = 512 * 1024;
    static final Duration SERVER_ERROR_TTL = Duration.ofHours(1);

    /** The host's turn did not come within {@code max-host-wait}: try later. */
    public static final class HostBusy extends RuntimeException {
        private final Duration retryIn;

        HostBusy(String host, Duration retryIn) {
            super("host " + host + " is busy (politeness): next turn in " + retryIn.toMillis() + " ms");
            this.retryIn = retryIn;
        }

        public Duration retryIn() {
            return retryIn;
        }
    }

    /** robots.txt forbids the URL to the configured User-Agent. */
    public static final class Disallowed extends RuntimeException {
        Disallowed(String url) {
            super("robots.txt disallows " + url);
        }
    }

    private final PageFetcher fetcher;
    private final CrawlHostStore hosts;
    private final WiretraceConfig.Sources config;
    private final WiretraceConfig.Fetch fetch;

    public PoliteFetcher(PageFetcher fetcher, CrawlHostStore hosts, WiretraceConfig config) {
        this.fetcher = fetcher;
        this.hosts = hosts;
        this.config = config.sources();
        this.fetch = config.fetch();
    }

    /**
     * Fetches {@code url} once robots.txt allows it and the host's turn has come. A redirect to another host is
     * followed under that host's robots.txt and in its turn, like a first request to it.
     *
     * @throws Disallowed     when robots.txt (of the URL's host or of a redirect's) forbids it
     * @throws HostBusy       when a turn did not come within {@code max-host-wait}
     * @throws FetchException as the fetcher does; too many redirects in all, or a loop across hosts, too
     */
    public FetchedPage fetch(URI url, FetchOptions options) {
        FetchOptions withinHost = options.withinHost();
        List<FetchedPage.Redirect> hops = new ArrayList<>();
        Set<String> visited = new HashSet<>();
        URI current = url;
        while (true) {
            if (!visited.add(current.toString())) {
                throw new FetchException(FetchException.Reason.TOO_MANY_REDIRECTS,
                        "redirect loop across hosts: " + current + " was already visited, starting at " + url);
            }
            FetchedPage page = fetchOnHost(current, withinHost);
            hops.addAll(page.redirects());
            if (hops.size() > fetch.maxRedirects()) {
                throw new FetchException(FetchException.Reason.TOO_MANY_REDIRECTS,
                        "more than " + fetch.maxRedirects() + " redirects starting at " + url);
            }
            if (!leftTheHost(page)) {
                return current == url ? page : new FetchedPage(url.toString(), page.finalUrl(), hops, page.status(),
                        page.headers(), page.contentType(), page.charset(), page.body(), page.text(), page.fetchedAt());
            }
            current = URI.create(page.redirects().get(page.redirects().size() - 1).to());
        }
    }

    private FetchedPage fetchOnHost(URI url, FetchOptions options) {
        RobotsTxt robots = robots(url);
        if (!robots.allows(url.toString())) {
            throw new Disallowed(url.toString());
        }
        Duration delay = delay(robots);
        return inTurn(url, page -> delay, () -> fetcher.fetch(url, options));
    }

    /** The fetcher stopped at a redirect to another host (it returns such a hop with its 3xx status and no body). */
    private static boolean leftTheHost(FetchedPage page) {
        return page.status() >= 300 && page.status() < 400 && page.status() != 304 && !page.redirects().isEmpty()
                && page.redirects().get(page.redirects().size() - 1).from().equals(page.finalUrl());
    }

    /** The robots.txt rules of the URL's host (cached, read again when older than {@code robots-ttl}). */
    public RobotsTxt robots(URI url) {
        String host = HostKeys.of(url);
        String robotsUrl = url.getScheme().toLowerCase(Locale.ROOT) + "://" + url.getRawAuthority() + "/robots.txt";
        Optional<CrawlHostStore.Robots> cached = QuarkusTransaction.requiringNew().call(() -> hosts.robots(host));
        if (cached.isPresent() && cached.get().readAt().plus(ttl(cached.get().status())).isAfter(Instant.now())) {
            return RobotsTxt.of(robotsUrl, cached.get().status(), cached.get().body(), fetch.userAgent());
        }
        int status;
        String body = null;
        try {
            // the delay after reading robots.txt is already the one it asks for
            FetchedPage page = inTurn(url,
                    read -> delay(RobotsTxt.of(robotsUrl, read.status(), read.text(), fetch.userAgent())),
                    () -> fetcher.fetch(URI.create(robotsUrl), FetchOptions.document(ROBOTS_MAX_BYTES)));
            status = page.status();
            body = page.text();
        } catch (FetchException e) {
            if (e.reason() != FetchException.Reason.UPSTREAM_STATUS) {
                // unreachable, refused or too slow: the site's own fetch would fail alike; report that for the URL
                // asked for (its robots.txt named as where it failed), keep nothing
                throw new FetchException(e.reason(), url + " could not be fetched: its robots.txt failed: " + e.getMessage(),
                        e.upstreamStatus(), e, e.retryAfter());
            }
            status = e.upstreamStatus();
        }
        int readStatus = status;
        String readBody = body;
        QuarkusTransaction.requiringNew().run(() -> hosts.saveRobots(host, readStatus, readBody));
        return RobotsTxt.of(robotsUrl, status, body, fetch.userAgent());
    }

    /** A robots.txt that answered 5xx (everything forbidden for now) is asked again within the hour. */
    private Duration ttl(int status) {
        Duration ttl = config.robotsTtl();
        return status >= 500 && ttl.compareTo(SERVER_ERROR_TTL) > 0 ? SERVER_ERROR_TTL : ttl;
    }

    private Duration delay(RobotsTxt robots) {
        Duration crawlDelay = robots.crawlDelay();
        return crawlDelay != null && crawlDelay.compareTo(config.minHostDelay()) > 0 ? crawlDelay : config.minHostDelay();
    }

    /** Runs {@code request} in the host's turn; the next turn comes {@code delay} (of its result) after it ended. */
    private <T> T inTurn(URI url, java.util.function.Function<T, Duration> delay, java.util.function.Supplier<T> request) {
        String host = HostKeys.of(url);
        Duration hold = fetch.readTimeout().plus(fetch.connectTimeout()).plusSeconds(5);
        long deadline = System.nanoTime() + config.maxHostWait().toNanos();
        while (true) {
            CrawlHostStore.Turn turn = QuarkusTransaction.requiringNew()
                    .call(() -> hosts.take(host, config.maxConcurrentFetches(), hold));
            if (turn.granted()) {
                Duration after = config.minHostDelay();
                try {
                    T result = request.get();
                    after = delay.apply(result);
                    return result;
                } finally {
                    Duration wait = after;
                    QuarkusTransaction.requiringNew().run(() -> hosts.release(host, wait));
                }
            }
            if (System.nanoTime() + turn.waitFor().toNanos() > deadline) {
                throw new HostBusy(host, turn.waitFor());
            }
            sleep(turn.waitFor());
        }
    }

    private static void sleep(Duration wait) {
        try {
            Thread.sleep(Math.max(1, wait.toMillis()));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new HostBusy("(interrupted)", wait);
        }
    }
}
