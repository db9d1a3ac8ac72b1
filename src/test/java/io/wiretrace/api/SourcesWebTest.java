package io.wiretrace.api;

import static io.wiretrace.support.Api.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsString;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.wiretrace.support.FeedSite;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The sources page: add with discovery, health with alerts marked, pause and resume; the outlet page lists sources. */
@QuarkusTest
class SourcesWebTest {

    @Test
    void addingAHomepageShowsItsFeedsThenAFeedIsWatchedPausedAndResumed() {
        try (FeedSite site = new FeedSite()) {
            site.put("/", "text/html", "<html><head><link rel=\"alternate\" type=\"application/rss+xml\" "
                    + "title=\"Front page\" href=\"/feed.xml\"></head><body>Home</body></html>");
            site.put("/feed.xml", "application/rss+xml", site.rss("Front page feed"));
            String page = given().contentType(ContentType.URLENC).formParam("url", site.url("/"))
                    .post("/sources").then().statusCode(200).contentType(ContentType.HTML).extract().asString();
            assertThat(page).contains("id=\"candidates\"").contains("is a homepage, not a feed")
                    .contains("value=\"" + site.url("/feed.xml") + "\"").contains("Front page");

            given().redirects().follow(false).contentType(ContentType.URLENC).formParam("url", site.url("/feed.xml"))
                    .post("/sources").then().statusCode(303).header("Location", containsString("/sources"));
            long id = given().get("/api/sources?size=200").then().extract().jsonPath()
                    .getLong("items.find { it.url == '" + site.url("/feed.xml") + "' }.id");
            given().get("/sources").then().statusCode(200).body(containsString("id=\"source-" + id + "\""))
                    .body(containsString("Front page feed")).body(containsString("/sources/" + id + "/pause"));
            given().redirects().follow(false).post("/sources/" + id + "/pause").then().statusCode(303);
            given().get("/sources").then().body(containsString("/sources/" + id + "/resume"));
            given().redirects().follow(false).post("/sources/" + id + "/resume").then().statusCode(303);
            given().get("/api/sources/" + id).then().body("paused", org.hamcrest.Matchers.equalTo(false));
            given().get("/sources?page=0").then().statusCode(200).body(containsString("source(s) watched"));
            // the form's refusals are error pages with the API's status, never a 500
            given().accept(ContentType.HTML).contentType(ContentType.URLENC).formParam("url", site.url("/feed.xml"))
                    .post("/sources").then().statusCode(409).contentType(ContentType.HTML).body(containsString("Conflict"));
            site.put("/notes.txt", "text/plain", "just some text, not a feed");
            given().accept(ContentType.HTML).contentType(ContentType.URLENC).formParam("url", site.url("/notes.txt"))
                    .post("/sources").then().statusCode(422).contentType(ContentType.HTML).body(containsString("Not a feed"));
            given().accept(ContentType.HTML).get("/sources?page=x").then().statusCode(400).contentType(ContentType.HTML)
                    .body(containsString("page"));
        }
    }

    @Test
    void anUnhealthySourceIsMarkedAndTheOutletPageListsItsSources() {
        String key = "paged-" + OutletResourceTest.token();
        given().contentType(ContentType.JSON).body(OutletResourceTest.outlet(key, key + ".example"))
                .post("/api/outlets").then().statusCode(201);
        try (FeedSite site = new FeedSite()) {
            site.put("/feed.xml", "application/rss+xml", site.rss("Breaking feed"));
            long id = given().contentType(ContentType.JSON).body(Map.of("url", site.url("/feed.xml"), "outlet", key,
                    "minInterval", "PT1S", "maxInterval", "PT2S")).post("/api/sources").then().statusCode(201)
                    .extract().jsonPath().getLong("id");
            site.failing("/feed.xml", 503);
            await().atMost(Duration.ofSeconds(30)).until(() -> given().get("/api/sources/" + id).then().extract()
                    .jsonPath().getString("health.alert.reason") != null);
            given().get("/sources").then().statusCode(200)
                    .body(containsString("<tr id=\"source-" + id + "\" class=\"alert\">"))
                    .body(containsString("failed polls in a row")).body(containsString("alert(s)"))
                    .body(containsString("href=\"/events?type=source_unhealthy\""));
            given().get("/api/sources?alert=true&outlet=" + key).then().statusCode(200)
                    .body("items.id", org.hamcrest.Matchers.equalTo(java.util.List.of((int) id)));
            given().get("/api/sources?alert=false&outlet=" + key).then().statusCode(200).body("total", org.hamcrest.Matchers.equalTo(0));
            given().get("/api/events?type=source_unhealthy&size=100").then().statusCode(200)
                    .body("items.sourceId", org.hamcrest.Matchers.hasItem((int) id));
            given().get("/outlets/" + key).then().statusCode(200).body(containsString("Watched sources"))
                    .body(containsString("id=\"source-" + id + "\""))
                    .body(org.hamcrest.Matchers.matchesPattern("(?s).*<small class=\"muted\">every \\d+ s</small>.*"));
        }
    }
}
