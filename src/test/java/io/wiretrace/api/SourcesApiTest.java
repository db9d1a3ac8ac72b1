package io.wiretrace.api;

import static io.wiretrace.support.Api.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import io.wiretrace.app.PollSources;
import io.wiretrace.support.FeedSite;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Watched sources end to end, against news sites served by the test on 127.0.0.1 (each test a site of its own). */
@QuarkusTest
class SourcesApiTest {

    private static final Duration WAIT = Duration.ofSeconds(30);
    private FeedSite site;

    @Inject
    PollSources polls;

    @Inject
    EntityManager em;

    @BeforeEach
    void startSite() {
        site = new FeedSite();
    }

    @AfterEach
    void stopSite() {
        site.close();
    }

    @Test
    void aFeedThatGainsItemsIsIngestedOnceAndThenAnswers304() {
        site.article("/news/a", "Reservoir story A").article("/news/b", "Reservoir story B");
        site.put("/feed.xml", "application/rss+xml",
                site.rss("Gazette", new String[] {"/news/b", "Story B"}, new String[] {"/news/a", "Story A"}));
        long id = given().contentType(ContentType.JSON)
                .body(Map.of("url", site.url("/feed.xml"), "minInterval", "PT1S", "maxInterval", "PT2S"))
                .post("/api/sources").then().statusCode(201)
                .header("Location", containsString("/api/sources/"))
                .body("kind", equalTo("rss")).body("title", equalTo("Gazette")).body("paused", equalTo(false))
                .body("minInterval", equalTo("PT1S")).body("health.alert", nullValue())
                .extract().jsonPath().getLong("id");
        awaitItems(id, "ingested", 2);

        site.article("/news/c", "Reservoir story C");
        site.put("/feed.xml", "application/rss+xml", site.rss("Gazette", new String[] {"/news/c", "Story C"},
                new String[] {"/news/b", "Story B"}, new String[] {"/news/a", "Story A"}));
        awaitItems(id, "ingested", 3);
        assertThat(List.of("/news/a", "/news/b", "/news/c")).allSatisfy(p -> assertThat(site.hits(p)).hasSize(1));
        await().atMost(WAIT).until(() -> site.hits("/feed.xml").stream()
                .anyMatch(h -> h.ifNoneMatch() != null && h.status() == 304));
        await().atMost(WAIT).until(() -> "not_modified".equals(source(id).getString("health.lastPollStatus")));
        assertThat(List.of("/news/a", "/news/b", "/news/c")).allSatisfy(p -> assertThat(site.hits(p)).hasSize(1));

        JsonPath source = source(id);
        assertThat(source.getString("health.lastNewItemAt")).isNotNull();
        assertThat(source.getDouble("health.itemsPerDay")).isGreaterThan(0);
        assertThat(source.getInt("health.consecutiveFailures")).isZero();
        assertThat(source.getString("health.nextPollAt")).isNotNull();

        // the article records how it was found
        given().contentType(ContentType.JSON).body(Map.of("url", site.url("/news/c"))).post("/api/articles")
                .then().statusCode(200)
                .body("discoveredVia[0].sourceId", equalTo((int) id))
                .body("discoveredVia[0].itemId", equalTo("guid-/news/c"))
                .body("discoveredVia[0].feedTitle", equalTo("Story C"))
                .body("discoveredVia[0].publishedAt", notNullValue());
        given().get("/api/sources?size=200").then().statusCode(200).body("items.id", hasItem((int) id));
    }

    @Test
    void anItemAlreadyStoredIsNotFetchedAgainButRecordsItsDiscovery() {
        site.article("/known/1", "Known story");
        long article = given().contentType(ContentType.JSON).body(Map.of("url", site.url("/known/1")))
                .post("/api/articles").then().statusCode(201).extract().jsonPath().getLong("id");
        site.put("/feed.xml", "application/rss+xml", site.rss("Known", new String[] {"/known/1", "Known"}));
        long id = create(site.url("/feed.xml"), "rss");
        awaitItems(id, "ingested", 1);
        assertThat(site.hits("/known/1")).hasSize(1);
        given().get("/api/articles/" + article).then().statusCode(200)
                .body("discoveredVia[0].sourceId", equalTo((int) id));
    }

    @Test
    void anAtomFeed() {
        site.article("/e/1", "Atom story");
        site.put("/atom.xml", "application/atom+xml", """
                <?xml version="1.0" encoding="utf-8"?>
                <feed xmlns="http://www.w3.org/2005/Atom"><title>Atom Wire</title><id>urn:atom-wire</id>
                  <updated>%s</updated>
                  <entry><title>Atom entry</title><id>urn:entry:1</id><link rel="alternate" href="%s"/>
                    <published>%s</published><updated>%s</updated></entry>
                </feed>""".formatted(FeedSite.isoHoursAgo(1), site.url("/e/1"), FeedSite.isoHoursAgo(3),
                FeedSite.isoHoursAgo(2)));
        long id = create(site.url("/atom.xml"), "atom");
        awaitItems(id, "ingested", 1);
        given().contentType(ContentType.JSON).body(Map.of("url", site.url("/e/1"))).post("/api/articles")
                .then().statusCode(200).body("discoveredVia[0].itemId", equalTo("urn:entry:1"))
                .body("discoveredVia[0].updatedAt", notNullValue());
    }

    @Test
    void aJsonFeed() {
        site.article("/j/1", "JSON story");
        site.put("/feed.json", "application/feed+json", """
                {"version": "https://jsonfeed.org/version/1.1", "title": "JSON Daily",
                 "items": [{"id": "j-1", "url": "%s", "title": "JSON item", "date_published": "%s"}]}"""
                .formatted(site.url("/j/1"), FeedSite.isoHoursAgo(2)));
        long id = create(site.url("/feed.json"), "json_feed");
        awaitItems(id, "ingested", 1);
        given().contentType(ContentType.JSON).body(Map.of("url", site.url("/j/1"))).post("/api/articles")
                .then().statusCode(200).body("discoveredVia[0].itemId", equalTo("j-1"))
                .body("discoveredVia[0].feedTitle", equalTo("JSON item"));
    }

    @Test
    void aGoogleNewsSitemap() {
        site.article("/s/1", "Sitemap story one").article("/s/2", "Sitemap story two");
        site.put("/news-sitemap.xml", "application/xml", newsSitemap("/s/1", "/s/2"));
        long id = create(site.url("/news-sitemap.xml"), "news_sitemap");
        awaitItems(id, "ingested", 2);
        given().contentType(ContentType.JSON).body(Map.of("url", site.url("/s/2"))).post("/api/articles")
                .then().statusCode(200).body("discoveredVia[0].feedTitle", equalTo("News title of /s/2"))
                .body("discoveredVia[0].publishedAt", notNullValue());
    }

    @Test
    void aSitemapIndexIsReadThroughItsSitemaps() {
        site.article("/x/1", "Index story one").article("/x/2", "Index story two");
        site.put("/sitemap-a.xml", "application/xml", newsSitemap("/x/1"));
        site.put("/sitemap-b.xml", "application/xml", newsSitemap("/x/2"));
        site.put("/sitemap.xml", "application/xml", """
                <?xml version="1.0" encoding="UTF-8"?>
                <sitemapindex xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">
                  <sitemap><loc>%s</loc><lastmod>%s</lastmod></sitemap>
                  <sitemap><loc>%s</loc></sitemap>
                </sitemapindex>""".formatted(site.url("/sitemap-a.xml"), FeedSite.isoHoursAgo(1), site.url("/sitemap-b.xml")));
        long id = create(site.url("/sitemap.xml"), "sitemap_index");
        awaitItems(id, "ingested", 2);
        assertThat(site.hits("/sitemap-a.xml")).hasSize(1);
    }

    @Test
    void aHomepageAnswersWithTheFeedsItAnnouncesAndCreatesNoSource() {
        site.put("/", "text/html; charset=utf-8", """
                <!DOCTYPE html><html><head><title>Home</title>
                <link rel="alternate" type="application/rss+xml" title="All stories" href="/feed.xml">
                <link rel="alternate" type="application/atom+xml" href="%s">
                <link rel="stylesheet" href="/style.css">
                </head><body><p>Welcome</p></body></html>""".formatted(site.url("/atom.xml")));
        site.put("/robots.txt", "text/plain", "User-agent: *\nAllow: /\nSitemap: " + site.url("/news-sitemap.xml") + "\n");
        given().contentType(ContentType.JSON).body(Map.of("url", site.url("/"))).post("/api/sources")
                .then().statusCode(200)
                .body("candidates.url", equalTo(List.of(site.url("/feed.xml"), site.url("/atom.xml"),
                        site.url("/news-sitemap.xml"))))
                .body("candidates.kind", equalTo(List.of("rss", "atom", "sitemap")))
                .body("candidates[0].title", equalTo("All stories")).body("note", nullValue());
        given().get("/api/sources?size=200").then().statusCode(200).body("items.url", not(hasItem(site.url("/"))));
        // a page that announces nothing says so
        try (FeedSite plain = new FeedSite()) {
            plain.put("/plain.html", "text/html; charset=utf-8", "<!DOCTYPE html><html><head><title>Plain</title></head>"
                    + "<body><p>No feeds here</p></body></html>");
            given().contentType(ContentType.JSON).body(Map.of("url", plain.url("/plain.html"))).post("/api/sources")
                    .then().statusCode(200).body("candidates", hasSize(0))
                    .body("note", containsString("announces no feed"));
        }
    }

    @Test
    void robotsTxtDisallowAndCrawlDelayAreRespected() {
        site.put("/robots.txt", "text/plain", "User-agent: *\nDisallow: /private/\nCrawl-delay: 1\n");
        site.article("/private/p", "Private story").article("/news/1", "Polite story one")
                .article("/news/2", "Polite story two");
        site.put("/feed.xml", "application/rss+xml", site.rss("Polite", new String[] {"/private/p", "Private"},
                new String[] {"/news/1", "One"}, new String[] {"/news/2", "Two"}));
        long id = create(site.url("/feed.xml"), "rss");
        awaitItems(id, "ingested", 2);
        assertThat(source(id).getInt("items.disallowed")).isEqualTo(1);
        assertThat(site.hits("/private/p")).isEmpty();
        given().get("/api/sources/" + id + "/items?state=disallowed").then().statusCode(200)
                .body("total", equalTo(1)).body("items[0].item.url", equalTo(site.url("/private/p")))
                .body("items[0].lastError", containsString("robots.txt disallows"));
        given().get("/api/sources/" + id + "/items").then().statusCode(200).body("total", equalTo(3))
                .body("items.state", hasItem("ingested")).body("items.articleId", hasItem(notNullValue()));
        List<FeedSite.Hit> hits = site.hits();
        assertThat(hits.get(0).path()).isEqualTo("/robots.txt");
        // once robots.txt was read, one request per Crawl-delay (1 s) at most
        for (int i = 1; i < hits.size(); i++) {
            long gapMs = (hits.get(i).atNanos() - hits.get(i - 1).atNanos()) / 1_000_000;
            assertThat(gapMs).as("gap before request %d (%s)", i, hits.get(i).path()).isGreaterThanOrEqualTo(950);
        }
        assertThat(hits.stream().filter(h -> h.path().equals("/robots.txt"))).hasSize(1);
    }

    @Test
    void aFailingSourceTurnsUnhealthyAndRaisesItsAlert() {
        site.put("/feed.xml", "application/rss+xml", site.rss("Soon broken"));
        long id = create(site.url("/feed.xml"), "rss");
        site.failing("/feed.xml", 500);
        await().atMost(WAIT).until(() -> source(id).getString("health.alert.reason") != null);
        JsonPath source = source(id);
        assertThat(source.getInt("health.consecutiveFailures")).isGreaterThanOrEqualTo(3);
        assertThat(source.getString("health.lastPollStatus")).isEqualTo("failed");
        assertThat(source.getString("health.alert.reason")).startsWith("3 failed polls in a row").contains("500");
        assertThat(SourceAlertLog.RAISED).anySatisfy(a -> {
            assertThat(a.sourceId()).isEqualTo(id);
            assertThat(a.reason()).contains("failed polls in a row");
            assertThat(a.url()).isEqualTo(site.url("/feed.xml"));
        });
        assertThat(SourceAlertLog.RAISED.stream().filter(a -> a.sourceId() == id)).hasSize(1);
    }

    @Test
    void retryAfterIsHonouredAndFailuresBackOff() {
        site.put("/feed.xml", "application/rss+xml", site.rss("Busy"));
        long id = create(site.url("/feed.xml"), "rss");
        await().atMost(WAIT).until(() -> source(id).getString("health.lastPollStatus") != null);
        site.failing("/feed.xml", 503, "120");
        await().atMost(WAIT).until(() -> "failed".equals(source(id).getString("health.lastPollStatus")));
        JsonPath source = source(id);
        java.time.Instant lastPoll = java.time.Instant.parse(source.getString("health.lastPollAt"));
        java.time.Instant next = java.time.Instant.parse(source.getString("health.nextPollAt"));
        assertThat(Duration.between(lastPoll, next)).isBetween(Duration.ofSeconds(119), Duration.ofSeconds(121));
        assertThat(source.getString("health.lastPollDetail")).contains("503").startsWith("upstream status: ")
                .doesNotContain("UPSTREAM_STATUS");
    }

    @Test
    void aSourceGoneSilentFarBelowItsRateRaisesAnAlert() {
        site.put("/feed.xml", "application/rss+xml", site.rss("Gone quiet"));
        long id = create(site.url("/feed.xml"), "rss");
        // ten days of five items a day, nothing in the last 24 hours
        QuarkusTransaction.requiringNew().run(() -> em.createNativeQuery("INSERT INTO source_item (source_id, url_key, "
                + "url, state, published_at) SELECT " + id + ", 'quiet-' || d || '-' || n, 'http://q.example/' || d || '/' || n, "
                + "'listed', now() - d * interval '1 day' - interval '1 hour' FROM generate_series(1, 10) d, "
                + "generate_series(1, 5) n").executeUpdate());
        await().atMost(WAIT).until(() -> source(id).getString("health.alert.reason") != null);
        assertThat(source(id).getString("health.alert.reason")).startsWith("silent: 0 item(s) in the last 24 h")
                .contains("5.0");
        assertThat(source(id).getDouble("health.itemsPerDay")).isEqualTo(30 / 7.0, org.assertj.core.data.Offset.offset(0.01));
        assertThat(SourceAlertLog.RAISED).anySatisfy(a -> assertThat(a.sourceId()).isEqualTo(id));
    }

    @Test
    void anUnparseableFeedIsRecordedOnTheSourceWhichIsKept() {
        site.put("/feed.xml", "application/rss+xml", site.rss("Soon garbled"));
        long id = create(site.url("/feed.xml"), "rss");
        site.put("/feed.xml", "application/rss+xml", "<rss version=\"2.0\"><channel><item><title>cut");
        await().atMost(WAIT).until(() -> "unparseable".equals(source(id).getString("health.lastPollStatus")));
        assertThat(source(id).getString("health.lastPollDetail")).contains("not a feed");
    }

    @Test
    void aDuplicateSourceIs409() {
        site.put("/feed.xml", "application/rss+xml", site.rss("Once"));
        long id = create(site.url("/feed.xml"), "rss");
        given().contentType(ContentType.JSON).body(Map.of("url", site.url("/feed.xml") + "?utm_source=x"))
                .post("/api/sources").then().statusCode(409).contentType("application/problem+json")
                .body("detail", containsString("source " + id)).body("field", equalTo("url"));
    }

    @Test
    void badInputIsAProblemNamingTheField() {
        site.put("/feed.xml", "application/rss+xml", site.rss("Valid"));
        site.put("/notes.txt", "text/plain", "just notes, not a feed");
        String feed = site.url("/feed.xml");
        problem(Map.of(), 400, "url");
        problem(Map.of("url", "ftp://example.com/feed"), 400, "url");
        problem(Map.of("url", feed, "minInterval", "five minutes"), 400, "minInterval");
        problem(Map.of("url", feed, "minInterval", "PT10M", "maxInterval", "PT1M"), 400, "maxInterval");
        // only minInterval given, longer than the default maxInterval: the field given is the one named
        problem(Map.of("url", feed, "minInterval", "P1000D"), 400, "minInterval");
        problem(Map.of("url", feed, "minInterval", "PT0.1S"), 400, "minInterval");
        problem(Map.of("url", feed, "maxInterval", "P999999999Y"), 400, "maxInterval");
        problem(Map.of("url", feed, "minInterval", "P2Y", "maxInterval", "P3Y"), 400, "minInterval");
        problem(Map.of("url", feed, "outlet", "no-such-outlet-anywhere"), 400, "outlet");
        problem(Map.of("url", feed, "bogus", 1), 400, "bogus");
        problem(Map.of("url", site.url("/notes.txt")), 422, "url");
        given().contentType(ContentType.JSON).body(Map.of("url", "http://127.0.0.1:1/feed.xml")).post("/api/sources")
                .then().statusCode(502).contentType("application/problem+json")
                .body("type", containsString("upstream-unreachable"))
                .body("detail", org.hamcrest.Matchers.startsWith("http://127.0.0.1:1/feed.xml could not be fetched"));
        given().contentType(ContentType.JSON).body(Map.of("url", "http://10.1.2.3/feed.xml")).post("/api/sources")
                .then().statusCode(400).contentType("application/problem+json").body("type", containsString("address-refused"))
                .body("detail", containsString("http://10.1.2.3/feed.xml"));
        given().contentType(ContentType.JSON).body("[]").post("/api/sources").then().statusCode(400)
                .contentType("application/problem+json");
        given().contentType(ContentType.JSON).body(Map.of("url", 5)).post("/api/sources").then().statusCode(400);
        given().get("/api/sources/abc").then().statusCode(400).body("field", equalTo("id"));
        given().get("/api/sources/1/items?state=eaten").then().statusCode(400).body("field", equalTo("state"));
        given().get("/api/sources/1/items?size=0").then().statusCode(400).body("field", equalTo("size"));
        given().get("/api/sources/999999999/items").then().statusCode(404);
        given().get("/api/sources/999999999").then().statusCode(404).contentType("application/problem+json");
        given().contentType(ContentType.JSON).body(Map.of("paused", "maybe")).patch("/api/sources/1")
                .then().statusCode(400);
        given().get("/api/sources?size=200").then().statusCode(200).body("items.url", not(hasItem(feed)));
    }

    @Test
    void theListIsPagedNewestFirstAndFilteredByOutletPausedAndAlert() {
        String key = "paged-" + OutletResourceTest.token();
        given().contentType(ContentType.JSON).body(OutletResourceTest.outlet(key, key + ".example"))
                .post("/api/outlets").then().statusCode(201);
        List<Long> ids = new java.util.ArrayList<>();
        for (String path : List.of("/one.xml", "/two.xml", "/three.xml")) {
            site.put(path, "application/rss+xml", site.rss("Feed " + path, new String[] {"/p" + path, "Item"}));
            ids.add(given().contentType(ContentType.JSON).body(Map.of("url", site.url(path), "outlet", key,
                    "maxInterval", "PT1H")).post("/api/sources").then().statusCode(201).extract().jsonPath().getLong("id"));
        }
        given().contentType(ContentType.JSON).body(Map.of("paused", true)).patch("/api/sources/" + ids.get(0))
                .then().statusCode(200);

        given().get("/api/sources?outlet=" + key).then().statusCode(200).body("total", equalTo(3))
                .body("page", equalTo(0)).body("size", equalTo(50))
                .body("items.id", equalTo(List.of(ids.get(2).intValue(), ids.get(1).intValue(), ids.get(0).intValue())));
        given().get("/api/sources?outlet=" + key + "&size=2&page=1").then().statusCode(200).body("total", equalTo(3))
                .body("items.id", equalTo(List.of(ids.get(0).intValue())));
        given().get("/api/sources?outlet=" + key + "&paused=true").then().statusCode(200)
                .body("items.id", equalTo(List.of(ids.get(0).intValue())));
        given().get("/api/sources?outlet=" + key + "&paused=false").then().statusCode(200).body("total", equalTo(2));
        given().get("/api/sources?outlet=" + key + "&alert=true").then().statusCode(200).body("total", equalTo(0));
        given().get("/api/sources?outlet=no-such-outlet-" + key).then().statusCode(400)
                .body("detail", org.hamcrest.Matchers.containsString("no known outlet"));
        // the outlet is found by its name or domain too, as on articles and events
        given().get("/api/sources?outlet=" + key + ".example").then().statusCode(200).body("total", equalTo(3));

        for (String bad : List.of("paused=maybe", "alert=1", "size=0", "size=201", "page=-1", "page=x")) {
            String field = bad.substring(0, bad.indexOf('='));
            given().get("/api/sources?" + bad).then().statusCode(400).contentType("application/problem+json")
                    .body("field", equalTo(field)).body("detail", containsString(field));
        }
    }

    @Test
    void pauseResumeOutletAndDeleteKeepingTheArticles() {
        String key = "watched-" + OutletResourceTest.token();
        given().contentType(ContentType.JSON).body(OutletResourceTest.outlet(key, key + ".example"))
                .post("/api/outlets").then().statusCode(201);
        site.article("/k/1", "Kept story");
        site.put("/feed.xml", "application/rss+xml", site.rss("Kept", new String[] {"/k/1", "Kept"}));
        long id = given().contentType(ContentType.JSON).body(Map.of("url", site.url("/feed.xml"), "outlet", key,
                        "minInterval", "PT1S", "maxInterval", "PT2S"))
                .post("/api/sources").then().statusCode(201).body("outlet", equalTo(key)).extract().jsonPath().getLong("id");
        given().get("/api/outlets/" + key).then().statusCode(200).body("sources.id", equalTo(List.of((int) id)));
        given().get("/api/outlets/" + key + "/sources").then().statusCode(200).body("[0].url", equalTo(site.url("/feed.xml")));
        awaitItems(id, "ingested", 1);
        // the article carries its URL's outlet (the test site's host), which the source now watches too: its copies'
        // events fire for it, and its outlet lists the source
        String articleOutlet = given().contentType(ContentType.JSON).body(Map.of("url", site.url("/k/1")))
                .post("/api/articles").then().statusCode(200).body("discoveredVia[0].sourceDeleted", equalTo(false))
                .extract().path("outlet.key");
        assertThat(articleOutlet).isNotEqualTo(key);
        given().get("/api/outlets/" + articleOutlet + "/sources").then().statusCode(200).body("id", hasItem((int) id));
        given().get("/api/sources?size=200&outlet=" + articleOutlet).then().statusCode(200)
                .body("items.id", hasItem((int) id));

        given().contentType(ContentType.JSON).body(Map.of("paused", true)).patch("/api/sources/" + id)
                .then().statusCode(200).body("paused", equalTo(true)).body("health.nextPollAt", nullValue());
        int polls = site.hits("/feed.xml").size();
        sleep(2500);
        assertThat(site.hits("/feed.xml")).hasSize(polls);
        given().contentType(ContentType.JSON).body(Map.of("paused", false, "maxInterval", "PT1H"))
                .patch("/api/sources/" + id).then().statusCode(200).body("paused", equalTo(false))
                .body("maxInterval", equalTo("PT1H"));
        // a bound too long to store (it overflowed a long of milliseconds: a 500) is a 400 naming it, nothing changed
        given().contentType(ContentType.JSON).body(Map.of("maxInterval", "P999999999Y")).patch("/api/sources/" + id)
                .then().statusCode(400).contentType("application/problem+json").body("field", equalTo("maxInterval"));
        given().get("/api/sources/" + id).then().statusCode(200).body("maxInterval", equalTo("PT1H"));

        given().delete("/api/sources/" + id).then().statusCode(204);
        given().get("/api/sources/" + id).then().statusCode(404);
        given().delete("/api/sources/" + id).then().statusCode(404);
        given().contentType(ContentType.JSON).body(Map.of("url", site.url("/k/1"))).post("/api/articles")
                .then().statusCode(200).body("discoveredVia[0].sourceId", equalTo((int) id))
                .body("discoveredVia[0].sourceDeleted", equalTo(true));
        given().get("/api/outlets/" + articleOutlet + "/sources").then().statusCode(200)
                .body("id", not(hasItem((int) id)));
    }

    @Test
    void twoTicksRacingForADueSourceYieldOnePoll() throws Exception {
        site.put("/feed.xml", "application/rss+xml", site.rss("Raced"));
        long id = given().contentType(ContentType.JSON)
                .body(Map.of("url", site.url("/feed.xml"), "minInterval", "PT1H", "maxInterval", "PT2H"))
                .post("/api/sources").then().statusCode(201).extract().jsonPath().getLong("id");
        await().atMost(WAIT).until(() -> source(id).getString("health.lastPollStatus") != null);
        int before = site.hits("/feed.xml").size();
        QuarkusTransaction.requiringNew().run(() -> em.createNativeQuery(
                "UPDATE source SET next_poll_at = now() WHERE id = " + id).executeUpdate());
        // two "instances" tick at once (and this instance's own ticker too): the source is queued and polled once
        ExecutorService two = Executors.newFixedThreadPool(2);
        try {
            List<Future<Integer>> ticks = two.invokeAll(List.of(() -> polls.queueDue(100), () -> polls.queueDue(100)));
            for (Future<Integer> tick : ticks) {
                tick.get();
            }
        } finally {
            two.shutdown();
        }
        await().atMost(WAIT).until(() -> site.hits("/feed.xml").size() > before);
        Thread.sleep(1500);
        assertThat(site.hits("/feed.xml")).hasSize(before + 1);
    }

    private String newsSitemap(String... paths) {
        StringBuilder xml = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\"?><urlset "
                + "xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\" "
                + "xmlns:news=\"http://www.google.com/schemas/sitemap-news/0.9\">");
        int hours = 1;
        for (String path : paths) {
            xml.append("<url><loc>").append(site.url(path)).append("</loc><news:news><news:publication>")
                    .append("<news:name>Test News</news:name><news:language>en</news:language></news:publication>")
                    .append("<news:publication_date>").append(FeedSite.isoHoursAgo(hours++))
                    .append("</news:publication_date><news:title>News title of ").append(path)
                    .append("</news:title></news:news></url>");
        }
        return xml.append("</urlset>").toString();
    }

    private static long create(String url, String kind) {
        return given().contentType(ContentType.JSON)
                .body(Map.of("url", url, "minInterval", "PT1S", "maxInterval", "PT2S"))
                .post("/api/sources").then().statusCode(201).body("kind", equalTo(kind))
                .extract().jsonPath().getLong("id");
    }

    private static JsonPath source(long id) {
        return given().get("/api/sources/" + id).then().statusCode(200).extract().jsonPath();
    }

    private static void awaitItems(long id, String state, int count) {
        await().atMost(WAIT).untilAsserted(() -> assertThat(source(id).getInt("items." + state)).isEqualTo(count));
    }

    private static void problem(Map<String, Object> body, int status, String field) {
        given().contentType(ContentType.JSON).body(new HashMap<>(body)).post("/api/sources").then().statusCode(status)
                .contentType("application/problem+json").body("field", equalTo(field));
    }

    private static void sleep(long ms) {
        try {
            Thread.sleep(ms);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
