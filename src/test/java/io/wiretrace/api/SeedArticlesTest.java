package io.wiretrace.api;

import static io.wiretrace.support.Api.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.notNullValue;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import io.wiretrace.support.SharedCorpus;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The two seed texts and a real page, ingested through the API and read back (reads ../shared/corpus in place). */
@QuarkusTest
class SeedArticlesTest {

    static JsonPath ingest(Map<String, Object> body) {
        return given().contentType(ContentType.JSON).body(body).post("/api/articles")
                .then().statusCode(org.hamcrest.Matchers.anyOf(equalTo(200), equalTo(201))).extract().jsonPath();
    }

    static void assertOffsetsPointAtEvidence(JsonPath article) {
        String body = article.getString("bodyText");
        List<Map<String, Object>> attributions = article.getList("attributions");
        for (Map<String, Object> a : attributions) {
            @SuppressWarnings("unchecked")
            Map<String, Object> evidence = (Map<String, Object>) a.get("evidence");
            if (evidence.get("start") != null) {
                int start = (Integer) evidence.get("start");
                int end = (Integer) evidence.get("end");
                assertThat(body.substring(start, end)).as("evidence of %s", a.get("kind")).isEqualTo(evidence.get("text"));
            }
            assertThat((Double.valueOf(a.get("confidence").toString()))).isBetween(0.0, 1.0);
            assertThat(a.get("rule")).isNotNull();
        }
    }

    @Test
    void ndtvSeedIsASyndicatedAfpStory() {
        JsonPath ndtv = ingest(Map.of("text", SharedCorpus.read("pages/seed-ndtv.txt"), "outlet", "NDTV"));
        assertThat(ndtv.getString("outlet.key")).isEqualTo("ndtv");
        assertThat(ndtv.getList("attributions.kind")).contains("syndicated_feed_disclaimer", "wire_credit");
        assertThat(ndtv.getList("attributions.findAll { it.kind == 'wire_credit' }.target.key")).contains("afp");
        assertOffsetsPointAtEvidence(ndtv);
        long id = ndtv.getLong("id");
        given().get("/api/articles/" + id + "/attributions").then().statusCode(200)
                .body("kind", hasItem("syndicated_feed_disclaimer"))
                .body("find { it.kind == 'syndicated_feed_disclaimer' }.evidence.text", containsString("syndicated feed"))
                .body("detectorVersion", hasItem(notNullValue()));
    }

    @Test
    void nigeriapulseSeedCreditsFrance24() {
        JsonPath farm = ingest(Map.of("text", SharedCorpus.read("pages/seed-nigeriapulse.txt"), "outlet", "nigeriapulse.com"));
        assertThat(farm.getString("outlet.domain")).isEqualTo("nigeriapulse.com");
        assertThat(farm.getString("outlet.kind")).isEqualTo("unknown");
        assertThat(farm.getList("attributions.kind")).contains("original_source");
        assertThat(farm.getString("attributions.find { it.kind == 'original_source' }.target.domain")).isEqualTo("france24.com");
        assertThat(farm.getString("attributions.find { it.kind == 'original_source' }.evidence.text"))
                .contains("Original Source: www.france24.com");
        assertOffsetsPointAtEvidence(farm);
    }

    @Test
    void realPageIsIngestedAndReadBack() {
        String html = SharedCorpus.read("pages/sfgate-ap-poems.html");
        JsonPath page = ingest(Map.of("html", html, "url", "https://www.sfgate.com/news/article/poems-" + System.nanoTime()));
        long id = page.getLong("id");
        given().get("/api/articles/" + id).then().statusCode(200)
                .body("title", notNullValue())
                .body("outlet.key", equalTo("sfgate"))
                .body("attributions.kind", hasItem("dateline"));
        assertThat(page.getString("bodyText").length()).isGreaterThan(500);
        assertOffsetsPointAtEvidence(page);
    }

    @Test
    void analyzeStoresNothing() {
        long before = given().get("/api/articles").then().extract().jsonPath().getLong("total");
        given().contentType(ContentType.JSON).body(Map.of("text", SharedCorpus.read("pages/seed-nigeriapulse.txt")))
                .post("/api/analyze").then().statusCode(200)
                .body("attributions.kind", hasItem("original_source"))
                .body("bodyText", containsString("Fuad Hussein"));
        assertThat(given().get("/api/articles").then().extract().jsonPath().getLong("total")).isEqualTo(before);
    }
}
