package io.wiretrace.api;

import static io.wiretrace.support.Api.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.greaterThan;
import static org.hamcrest.Matchers.hasSize;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import io.wiretrace.support.LocalSite;
import io.wiretrace.support.SharedCorpus;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

@QuarkusTest
class ReuseApiTest {

    static String text(String name) {
        return new String(LocalSite.resource("/texts/" + name), StandardCharsets.UTF_8);
    }

    static int ingest(String text, String url, String publishedAt) {
        return Matching.awaitMatched(given().contentType(ContentType.JSON)
                .body(Map.of("text", text, "url", url, "publishedAt", publishedAt))
                .post("/api/articles").then().statusCode(201).extract().path("id"));
    }

    static String body(int id) {
        return given().get("/api/articles/" + id).then().extract().path("bodyText");
    }

    @Test
    void aRepublishedCopyIsFoundBothWaysWithAlignedPassages() {
        String tag = "\n\nCase " + UUID.randomUUID() + ".";
        int copy = ingest(text("dam-report-copy.txt") + tag, "https://valley-news.example/dam-" + UUID.randomUUID(),
                "2025-05-08T12:00:00Z");
        int original = ingest(text("dam-report.txt") + tag, "https://wire.example/dam-" + UUID.randomUUID(),
                "2025-05-07T09:00:00Z");
        int unrelated = ingest(text("bakery-feature.txt") + tag, "https://town.example/bakery-" + UUID.randomUUID(),
                "2025-05-07T10:00:00Z");

        JsonPath fromOriginal = given().get("/api/articles/" + original + "/reuse").then().statusCode(200)
                .extract().jsonPath();
        assertThat(fromOriginal.getList("other.id", Integer.class)).contains(copy).doesNotContain(unrelated);
        Map<String, Object> m = fromOriginal.getMap("find { it.other.id == " + copy + " }");
        assertThat(m.get("reuseClass")).isIn("duplicate", "substantial_reuse");
        assertThat(m.get("earlier")).isEqualTo("this");
        assertThat(m.get("earlierBy")).isEqualTo("publication");

        JsonPath pair = given().get("/api/articles/" + copy + "/reuse/" + original).then().statusCode(200)
                .body("earlier", equalTo("other")).body("passages.size()", greaterThan(0)).extract().jsonPath();
        assertThat(pair.getDouble("containmentOfOtherInThis")).isGreaterThan(0.9);
        String copyBody = body(copy);
        String originalBody = body(original);
        List<Map<String, Object>> passages = pair.getList("passages");
        for (Map<String, Object> p : passages) {
            String inCopy = copyBody.substring((Integer) p.get("thisStart"), (Integer) p.get("thisEnd"));
            String inOriginal = originalBody.substring((Integer) p.get("otherStart"), (Integer) p.get("otherEnd"));
            assertThat(inCopy).isEqualTo(p.get("text"));
            assertThat(inCopy.replaceAll("\\s+", " ")).isEqualTo(inOriginal.replaceAll("\\s+", " "));
        }
        given().get("/api/articles/" + unrelated + "/reuse").then().statusCode(200).body("findAll { it.other.id == "
                + original + " }", hasSize(0));
    }

    @Test
    void theSeedsAreARewriteOfOneStory() {
        int ndtv = Matching.awaitMatched(given().contentType(ContentType.JSON)
                .body(Map.of("text", SharedCorpus.read("pages/seed-ndtv.txt"), "outlet", "NDTV"))
                .post("/api/articles").then().extract().path("id"));
        int farm = Matching.awaitMatched(given().contentType(ContentType.JSON)
                .body(Map.of("text", SharedCorpus.read("pages/seed-nigeriapulse.txt"), "outlet", "nigeriapulse.com"))
                .post("/api/articles").then().extract().path("id"));
        JsonPath pair = given().get("/api/articles/" + farm + "/reuse/" + ndtv).then().statusCode(200)
                .body("reuseClass", equalTo("rewrite")).extract().jsonPath();
        String pairs = pair.getList("paraphrases.thisSentence.text").toString();
        assertThat(pairs).contains("1,383").contains("Fuad Hussein");
        given().get("/api/articles/" + farm + "/reuse").then().statusCode(200)
                .body("find { it.other.id == " + ndtv + " }.reuseClass", equalTo("rewrite"))
                .body("find { it.other.id == " + ndtv + " }.dependence.level", org.hamcrest.Matchers.oneOf(
                        "wholly_derived", "partially_derived"))
                .body("find { it.other.id == " + ndtv + " }.dependence.derived", equalTo("this"))
                .body("find { it.other.id == " + ndtv + " }.dependence.reasons.size()", greaterThan(0));
        assertThat(pair.getString("dependence.level")).isIn("wholly_derived", "partially_derived");
        assertThat(pair.getDouble("dependence.derivedShareOfThis")).isEqualTo(pair.getDouble("dependence.derivedShare"));

        // a rematch judges the stored matches again and keeps the same judgement (idempotent)
        String job = given().post("/api/reuse/rematch").then().statusCode(202)
                .body("kind", org.hamcrest.Matchers.equalTo("rematch-reuse")).body("payload.after", org.hamcrest.Matchers.equalTo(0))
                .extract().path("id");
        org.awaitility.Awaitility.await().atMost(java.time.Duration.ofSeconds(120)).until(() ->
                "SUCCEEDED".equalsIgnoreCase(given().get("/api/jobs/" + job).then().extract().path("status")));
        given().get("/api/jobs/" + job).then().body("done", org.hamcrest.Matchers.greaterThan(0));
        given().get("/api/articles/" + farm + "/reuse").then().statusCode(200)
                .body("find { it.other.id == " + ndtv + " }.reuseClass", equalTo("rewrite"))
                .body("find { it.other.id == " + ndtv + " }.dependence.derived", equalTo("this"));
    }

    @Test
    void theListCanBeFilteredByClassAndLimited() {
        String tag = "\n\nCase " + UUID.randomUUID() + ".";
        int original = ingest(text("museum-theft.txt") + tag, "https://wire.example/museum-" + UUID.randomUUID(),
                "2025-06-01T08:00:00Z");
        ingest(text("museum-theft-copy.txt") + tag, "https://a.example/museum-" + UUID.randomUUID(),
                "2025-06-01T11:00:00Z");
        ingest(text("museum-theft.txt") + tag + " Reprinted.", "https://b.example/museum-" + UUID.randomUUID(),
                "2025-06-02T11:00:00Z");
        String url = "/api/articles/" + original + "/reuse";
        List<String> all = given().get(url).then().statusCode(200).extract().jsonPath().getList("reuseClass");
        assertThat(all).hasSizeGreaterThanOrEqualTo(2);

        given().get(url + "?limit=1").then().statusCode(200).body("$", hasSize(1))
                .header("X-Total-Count", String.valueOf(all.size()));
        long verbatim = all.stream().filter(c -> c.equals("duplicate") || c.equals("substantial_reuse")).count();
        List<String> kept = given().get(url + "?class=duplicate, substantial_reuse").then().statusCode(200)
                .header("X-Total-Count", String.valueOf(verbatim)).extract().jsonPath().getList("reuseClass");
        assertThat(kept).hasSize((int) verbatim).allMatch(c -> c.equals("duplicate") || c.equals("substantial_reuse"));

        given().get(url + "?class=copied").then().statusCode(400).contentType("application/problem+json")
                .body("detail", containsString("class 'copied'"));
        given().get(url + "?limit=0").then().statusCode(400).contentType("application/problem+json")
                .body("detail", containsString("limit"));
    }

    @Test
    void aBadOtherIdIsNamedAndAnArticleIsNotComparedWithItself() {
        int id = ingest(text("bakery-feature.txt") + "\n\nCase " + UUID.randomUUID() + ".",
                "https://town.example/bakery-" + UUID.randomUUID(), "2025-05-07T10:00:00Z");
        given().get("/api/articles/" + id + "/reuse/abc").then().statusCode(400).contentType("application/problem+json")
                .body("field", equalTo("otherId"));
        given().get("/api/articles/" + id + "/reuse/" + id).then().statusCode(400)
                .contentType("application/problem+json").body("field", equalTo("otherId"));
    }

    @Test
    void unknownArticlesAre404() {
        given().get("/api/articles/99999998/reuse").then().statusCode(404).contentType("application/problem+json");
        given().get("/api/articles/99999998/reuse/99999997").then().statusCode(404)
                .contentType("application/problem+json");
    }
}
