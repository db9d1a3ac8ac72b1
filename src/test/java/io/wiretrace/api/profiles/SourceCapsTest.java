package io.wiretrace.api.profiles;

import static io.wiretrace.support.Api.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import io.wiretrace.support.FeedSite;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The caps on polling, made small: the first poll takes the newest 5 items (older ones listed, never fetched), each
 * poll fetches 3 items and reads 2 child sitemaps, the rest in later polls. Own profile, so its own JVM.
 */
@QuarkusTest
@TestProfile(SourceCapsTest.SmallCaps.class)
class SourceCapsTest {

    /** Small caps. */
    public static class SmallCaps implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("wiretrace.sources.first-poll-items", "5",
                    "wiretrace.sources.max-items-per-poll", "3",
                    "wiretrace.sources.max-sitemaps-per-poll", "2",
                    "wiretrace.sources.backlog-delay", "1s",
                    "wiretrace.reuse.semantic-model", "false");
        }
    }

    @Test
    void theFirstPollTakesTheNewestItemsAndEachPollIsCapped() {
        try (FeedSite site = new FeedSite()) {
            List<String[]> items = new ArrayList<>();
            for (int i = 1; i <= 8; i++) {
                site.article("/n/" + i, "Capped story " + i);
                items.add(new String[] {"/n/" + i, "Story " + i});
            }
            // newest first: /n/1 is the newest (an hour old), /n/8 the oldest
            site.put("/feed.xml", "application/rss+xml", site.rss("Capped", items.toArray(String[][]::new)));
            long id = create(site.url("/feed.xml"));
            await().atMost(Duration.ofSeconds(60)).until(() -> source(id).getInt("items.ingested") == 5);
            JsonPath source = source(id);
            assertThat(source.getInt("items.listed")).isEqualTo(3);
            assertThat(source.getInt("items.pending")).isZero();
            for (int i = 6; i <= 8; i++) {
                assertThat(site.hits("/n/" + i)).as("older item %d", i).isEmpty();
            }
            given().get("/api/sources/" + id + "/items?state=listed").then().statusCode(200)
                    .body("items.item.url", org.hamcrest.Matchers.equalTo(List.of(site.url("/n/6"), site.url("/n/7"),
                            site.url("/n/8"))));
            assertThat(pagesPerPoll(site, "/feed.xml", "/n/")).allSatisfy(n -> assertThat(n).isLessThanOrEqualTo(3))
                    .contains(3);
        }
    }

    @Test
    void aSitemapIndexIsReadTwoSitemapsAPoll() {
        try (FeedSite site = new FeedSite()) {
            StringBuilder index = new StringBuilder("<?xml version=\"1.0\"?><sitemapindex "
                    + "xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\">");
            for (int i = 1; i <= 5; i++) {
                site.article("/s/" + i, "Indexed story " + i);
                site.put("/sm-" + i + ".xml", "application/xml", "<urlset xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\">"
                        + "<url><loc>" + site.url("/s/" + i) + "</loc><lastmod>" + FeedSite.isoHoursAgo(i) + "</lastmod></url></urlset>");
                index.append("<sitemap><loc>").append(site.url("/sm-" + i + ".xml")).append("</loc></sitemap>");
            }
            site.put("/index.xml", "application/xml", index.append("</sitemapindex>").toString());
            long id = create(site.url("/index.xml"));
            // the index answers 304 from its second poll on: the sitemaps still unread are read all the same
            await().atMost(Duration.ofSeconds(60)).until(() -> source(id).getInt("items.ingested") == 5);
            assertThat(pagesPerPoll(site, "/index.xml", "/sm-")).allSatisfy(n -> assertThat(n).isLessThanOrEqualTo(2));
            for (int i = 1; i <= 5; i++) {
                assertThat(site.hits("/sm-" + i + ".xml")).hasSize(1);
            }
        }
    }

    /** Requests under {@code prefix} between two requests of the source's document (its polls). */
    private static List<Integer> pagesPerPoll(FeedSite site, String document, String prefix) {
        List<Integer> counts = new ArrayList<>();
        int current = -1;
        for (FeedSite.Hit hit : site.hits()) {
            if (hit.path().equals(document)) {
                if (current >= 0) {
                    counts.add(current);
                }
                current = 0;
            } else if (hit.path().startsWith(prefix) && current >= 0) {
                current++;
            }
        }
        counts.add(Math.max(current, 0));
        return counts;
    }

    private static long create(String url) {
        return given().contentType(ContentType.JSON)
                .body(Map.of("url", url, "minInterval", "PT1S", "maxInterval", "PT2S"))
                .post("/api/sources").then().statusCode(201).extract().jsonPath().getLong("id");
    }

    private static JsonPath source(long id) {
        return given().get("/api/sources/" + id).then().statusCode(200).extract().jsonPath();
    }
}
