package io.wiretrace.api;

import static io.wiretrace.support.Api.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.hamcrest.Matchers.containsString;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.wiretrace.app.PoliteFetcher;
import io.wiretrace.ingest.FetchException;
import io.wiretrace.ingest.FetchOptions;
import io.wiretrace.ingest.FetchedPage;
import io.wiretrace.support.FeedSite;
import jakarta.inject.Inject;
import java.net.URI;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * A watched source's fetch that redirects to another host (two test servers: two ports, two hosts) waits for that
 * host's robots.txt and turn, as a first request to it would.
 */
@QuarkusTest
class RedirectPolitenessTest {

    @Inject
    PoliteFetcher polite;

    @Test
    void theSecondHostsRobotsTxtIsObeyed() {
        try (FeedSite first = new FeedSite(); FeedSite second = new FeedSite()) {
            second.put("/robots.txt", "text/plain", "User-agent: *\nDisallow: /feeds/\n");
            second.put("/feeds/main.xml", "application/rss+xml", second.rss("Moved feed"));
            first.redirect("/feed.xml", 301, second.url("/feeds/main.xml"));

            assertThatThrownBy(() -> polite.fetch(URI.create(first.url("/feed.xml")), FetchOptions.document(100_000)))
                    .isInstanceOf(PoliteFetcher.Disallowed.class).hasMessageContaining(second.url("/feeds/main.xml"));
            assertThat(second.hits("/feeds/main.xml")).isEmpty();
            assertThat(second.hits("/robots.txt")).hasSize(1);

            given().contentType(ContentType.JSON).body(Map.of("url", first.url("/feed.xml"))).post("/api/sources")
                    .then().statusCode(422).contentType("application/problem+json")
                    .body("detail", containsString(second.url("/feeds/main.xml")));
            assertThat(second.hits("/feeds/main.xml")).isEmpty();
        }
    }

    @Test
    void theSecondHostsCrawlDelayHoldsAndTheHopsAreKept() {
        try (FeedSite first = new FeedSite(); FeedSite second = new FeedSite()) {
            second.put("/robots.txt", "text/plain", "User-agent: *\nCrawl-delay: 2\n");
            second.put("/feeds/main.xml", "application/rss+xml", second.rss("Moved feed"));
            first.redirect("/a.xml", 302, second.url("/feeds/main.xml"));
            first.redirect("/b.xml", 307, second.url("/feeds/main.xml"));

            FetchedPage page = polite.fetch(URI.create(first.url("/a.xml")), FetchOptions.document(100_000));
            polite.fetch(URI.create(first.url("/b.xml")), FetchOptions.document(100_000));

            assertThat(page.status()).isEqualTo(200);
            assertThat(page.requestedUrl()).isEqualTo(first.url("/a.xml"));
            assertThat(page.finalUrl()).isEqualTo(second.url("/feeds/main.xml"));
            assertThat(page.redirects()).containsExactly(
                    new FetchedPage.Redirect(first.url("/a.xml"), 302, second.url("/feeds/main.xml")));
            assertThat(page.text()).contains("Moved feed");
            List<FeedSite.Hit> hits = second.hits("/feeds/main.xml");
            assertThat(hits).hasSize(2);
            // the delay runs from the end of one request to the start of the next: at least Crawl-delay apart
            assertThat(hits.get(1).atNanos() - hits.get(0).atNanos()).isGreaterThanOrEqualTo(1_900_000_000L);
        }
    }

    @Test
    void aLoopAcrossHostsIsRefused() {
        try (FeedSite first = new FeedSite(); FeedSite second = new FeedSite()) {
            first.redirect("/feed.xml", 301, second.url("/feed.xml"));
            second.redirect("/feed.xml", 301, first.url("/feed.xml"));

            assertThatThrownBy(() -> polite.fetch(URI.create(first.url("/feed.xml")), FetchOptions.document(100_000)))
                    .isInstanceOf(FetchException.class).hasMessageContaining("loop");
            assertThat(first.hits("/feed.xml")).hasSize(1);
            assertThat(second.hits("/feed.xml")).hasSize(1);
        }
    }

    @Test
    void aRedirectWithinTheHostIsFollowedByTheFetcher() {
        try (FeedSite site = new FeedSite()) {
            site.put("/new.xml", "application/rss+xml", site.rss("Renamed feed"));
            site.redirect("/old.xml", 301, site.url("/new.xml"));
            FetchedPage page = polite.fetch(URI.create(site.url("/old.xml")), FetchOptions.document(100_000));
            assertThat(page.finalUrl()).isEqualTo(site.url("/new.xml"));
            assertThat(page.redirects()).hasSize(1);
        }
    }
}
