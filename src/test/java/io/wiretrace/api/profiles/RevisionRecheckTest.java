package io.wiretrace.api.profiles;

import static io.wiretrace.support.Api.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.restassured.http.ContentType;
import io.wiretrace.support.FeedSite;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Revision re-checks of an article from a watched source, with a schedule squeezed to seconds (fraction 0.0001 of
 * the article's age, floor 1 s): an unchanged page answers the conditional GET with 304; a changed one is stored as a
 * revision linked by revisionOf. Own test profile, so its own JVM (surefire execution quarkus-profile-tests).
 */
@QuarkusTest
@TestProfile(RevisionRecheckTest.FastRechecks.class)
class RevisionRecheckTest {

    /** Re-checks about every second. */
    public static class FastRechecks implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("wiretrace.sources.rechecks.fraction", "0.0001",
                    "wiretrace.sources.rechecks.floor", "1s",
                    "wiretrace.sources.rechecks.max-age", "30d",
                    "wiretrace.reuse.semantic-model", "false");
        }
    }

    /** A wire story whose dateline credits AFP or, in its later version, nobody. */
    static String wireStory(String dateline, String markup) {
        return "<!doctype html><html><head><title>Bridge closed for checks</title></head><body><div class=\"ad\">"
                + markup + "</div><article><h1>Bridge closed for checks</h1><p>" + dateline + " The old river bridge "
                + "was closed to traffic on Tuesday after inspectors found corrosion on two of its steel cables, the "
                + "city transport office said.</p><p>Buses are being diverted over the northern crossing, and the "
                + "office expects the checks to take at least a week before a decision on repairs is made.</p>"
                + "<p>Residents were asked to allow extra time for journeys into the centre during rush hour.</p>"
                + "</article></body></html>";
    }

    @Test
    void aRecheckThatFindsTheAgencyCreditRemovedRaisesCreditDropped() {
        try (FeedSite site = new FeedSite()) {
            site.put("/w/1", "text/html; charset=utf-8", wireStory("LYON (AFP) -", "ad one"));
            site.put("/feed.xml", "application/rss+xml", site.rss("Wire", new String[] {"/w/1", "Bridge"}));
            long source = given().contentType(ContentType.JSON)
                    .body(Map.of("url", site.url("/feed.xml"), "minInterval", "PT1S", "maxInterval", "PT2S"))
                    .post("/api/sources").then().statusCode(201).extract().jsonPath().getLong("id");
            await().atMost(Duration.ofSeconds(30)).until(() -> given().get("/api/sources/" + source).then()
                    .extract().jsonPath().getInt("items.ingested") == 1);

            site.put("/w/1", "text/html; charset=utf-8", wireStory("LYON -", "ad two"));
            await().atMost(Duration.ofSeconds(30)).until(() -> given().get("/api/sources/" + source).then()
                    .extract().jsonPath().getInt("rechecks.revisions") >= 1);
            long revision = given().contentType(ContentType.JSON).body(Map.of("url", site.url("/w/1")))
                    .post("/api/articles").then().statusCode(200).extract().jsonPath().getLong("id");
            await().atMost(Duration.ofSeconds(30)).until(() -> given().queryParam("type", "credit_dropped")
                    .queryParam("size", 100).get("/api/events").then().extract().jsonPath()
                    .getList("items.articleId", Long.class).contains(revision));
        }
    }

    @Test
    void aChangedPageBecomesARevisionAndAnUnchangedOneCostsA304() {
        try (FeedSite site = new FeedSite()) {
            site.article("/r/1", "Reservoir levels fall");
            site.put("/feed.xml", "application/rss+xml", site.rss("Revisions", new String[] {"/r/1", "Reservoir"}));
            long source = given().contentType(ContentType.JSON)
                    .body(Map.of("url", site.url("/feed.xml"), "minInterval", "PT1S", "maxInterval", "PT2S"))
                    .post("/api/sources").then().statusCode(201).extract().jsonPath().getLong("id");
            await().atMost(Duration.ofSeconds(30)).until(() -> given().get("/api/sources/" + source).then()
                    .extract().jsonPath().getInt("items.ingested") == 1);
            await().atMost(Duration.ofSeconds(30)).until(() -> site.hits("/r/1").stream()
                    .anyMatch(h -> h.ifNoneMatch() != null && h.status() == 304));
            long first = given().contentType(ContentType.JSON).body(Map.of("url", site.url("/r/1")))
                    .post("/api/articles").then().statusCode(200).extract().jsonPath().getLong("id");

            site.article("/r/1", "Reservoir levels fall, officials correct figures");
            await().atMost(Duration.ofSeconds(30)).until(() -> given().get("/api/sources/" + source).then()
                    .extract().jsonPath().getInt("rechecks.revisions") >= 1);
            given().contentType(ContentType.JSON).body(Map.of("url", site.url("/r/1"))).post("/api/articles")
                    .then().statusCode(200).body("revisionOf", equalTo((int) first))
                    .body("title", equalTo("Reservoir levels fall, officials correct figures"));
            assertThat(given().get("/api/sources/" + source).then().extract().jsonPath().getLong("rechecks.checks"))
                    .isGreaterThanOrEqualTo(2);
        }
    }
}
