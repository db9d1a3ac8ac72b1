package io.wiretrace.api;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.anyOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.startsWith;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import io.wiretrace.store.AttributionStore;
import io.wiretrace.support.LocalSite;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

@QuarkusTest
@TestSecurity(user = "ana", roles = {"analyst", "reader"})
class VerdictApiTest {

    @Inject
    AttributionStore attributions;

    /**
     * The lighthouse story with its lower-case letters permuted at random: each case gets its own text, so cases that
     * run in one store never match each other's articles.
     */
    static String lighthouse() {
        List<Character> letters = new ArrayList<>();
        for (char c = 'a'; c <= 'z'; c++) {
            letters.add(c);
        }
        Collections.shuffle(letters);
        StringBuilder out = new StringBuilder();
        for (char c : new String(LocalSite.resource("/texts/lighthouse-keeper.txt"), StandardCharsets.UTF_8).toCharArray()) {
            out.append(c >= 'a' && c <= 'z' ? letters.get(c - 'a') : c);
        }
        return out.toString();
    }

    static int ingest(Map<String, Object> body) {
        return Matching.awaitMatched(given().contentType(ContentType.JSON).body(body).post("/api/articles").then()
                .statusCode(anyOf(equalTo(200), equalTo(201))).extract().path("id"));
    }

    /** A wire original and an uncredited copy of it six hours later: the copy's chain is one REUSED hop. */
    static int[] originalAndCopy() {
        String text = lighthouse();
        String tag = "\n\nCase " + UUID.randomUUID() + ".";
        int original = ingest(Map.of("text", text + tag, "url", "https://wire.example/" + UUID.randomUUID(),
                "publishedAt", "2026-03-05T09:00:00Z"));
        int copy = ingest(Map.of("text", "Harbour Notes\n\n" + text + tag + "\n\nShare this story.",
                "url", "https://copycat.example/" + UUID.randomUUID(), "publishedAt", "2026-03-05T15:00:00Z"));
        return new int[] {original, copy};
    }

    static JsonPath verdict(Map<String, Object> body) {
        return given().contentType(ContentType.JSON).body(body).post("/api/verdicts").then().statusCode(201)
                .extract().jsonPath();
    }

    static Map<String, Object> hop(int from, int to, String verdict, String note) {
        return Map.of("findingType", "hop", "from", "article:" + from, "to", "article:" + to, "verdict", verdict,
                "note", note);
    }

    @Test
    void aRejectedHopLeavesTheChainAndTheStoryAndTheChainIsTracedWithoutIt() {
        int[] ids = originalAndCopy();
        int original = ids[0];
        int copy = ids[1];
        JsonPath before = given().get("/api/articles/" + copy + "/provenance").then().statusCode(200).extract().jsonPath();
        assertThat(before.getString("best.hops[0].node.id")).isEqualTo("article:" + original);
        assertThat(before.getString("best.hops[0].edge.kind")).isEqualTo("REUSED");
        assertThat(given().get("/api/articles/" + copy + "/story").then().extract().jsonPath().getList("members.id"))
                .contains("article:" + original);

        JsonPath v = verdict(hop(copy, original, "rejected", "The harbour paper wrote this itself; I called them."));
        assertThat(v.getString("author")).isEqualTo("ana");
        assertThat(v.getString("findingType")).isEqualTo("hop");
        assertThat(v.getString("producer")).isEqualTo("reused");
        // the summary reads as people name the parties; the node ids are the verdict's from and to
        assertThat(v.getString("summary")).endsWith(" (reused)").contains(" \u2192 ").doesNotContain("article:");

        JsonPath after = given().get("/api/articles/" + copy + "/provenance").then().statusCode(200).extract().jsonPath();
        assertThat(after.getList("best.hops.node.id")).doesNotContain("article:" + original);
        assertThat(after.getList("alternatives.hops.flatten().node.id")).doesNotContain("article:" + original);
        assertThat(after.getString("best.origin.id")).isEqualTo("article:" + copy);
        assertThat(after.getMap("$")).doesNotContainKey("rejected");
        assertThat(given().get("/api/articles/" + copy + "/story").then().extract().jsonPath().getList("members.id"))
                .doesNotContain("article:" + original);
        // the other side's story no longer holds the copy either
        assertThat(given().get("/api/stories/" + original).then().extract().jsonPath().getList("members.id"))
                .doesNotContain("article:" + copy);

        JsonPath shown = given().get("/api/articles/" + copy + "/provenance?rejected=include").then().statusCode(200)
                .extract().jsonPath();
        assertThat(shown.getString("rejected[0].type")).isEqualTo("HOP");
        assertThat(shown.getString("rejected[0].from")).isEqualTo("article:" + copy);
        assertThat(shown.getString("rejected[0].to")).isEqualTo("article:" + original);
        assertThat(shown.getString("rejected[0].review.author")).isEqualTo("ana");
        assertThat(shown.getString("rejected[0].review.note")).contains("I called them");
        given().get("/api/articles/" + copy + "/provenance?rejected=maybe").then().statusCode(400)
                .contentType("application/problem+json").body("field", equalTo("rejected"));

        // a later verdict stands: confirmed again, the hop is back and stated as a person's confirmation
        verdict(hop(copy, original, "confirmed", "Second call: they admit it."));
        JsonPath back = given().get("/api/articles/" + copy + "/provenance").then().extract().jsonPath();
        assertThat(back.getString("best.hops[0].node.id")).isEqualTo("article:" + original);
        assertThat(back.getString("best.hops[0].edge.review.verdict")).isEqualTo("CONFIRMED");
        assertThat(back.getString("best.hops[0].edge.review.statement")).startsWith("confirmed by ana on ");
        assertThat(back.getDouble("best.hops[0].edge.review.machineConfidence"))
                .isEqualTo(back.getDouble("best.hops[0].edge.confidence"));
        JsonPath history = given().get("/api/verdicts?articleId=" + copy + "&type=hop").then().statusCode(200)
                .extract().jsonPath();
        assertThat(history.getList("items.verdict")).containsExactly("confirmed", "rejected");
        assertThat(history.getInt("total")).isEqualTo(2);
    }

    @Test
    void aRejectedReuseMatchIsShownOnTheMatchAndLeavesTheChain() {
        int[] ids = originalAndCopy();
        JsonPath v = verdict(Map.of("findingType", "reuse", "articleId", ids[1], "otherArticleId", ids[0],
                "verdict", "rejected", "note", "both took it from the coastal administration's release"));
        String cls = v.getString("producer");
        given().get("/api/articles/" + ids[1] + "/reuse").then().statusCode(200)
                .body("find { it.other.id == " + ids[0] + " }.review.verdict", equalTo("REJECTED"))
                .body("find { it.other.id == " + ids[0] + " }.reuseClass", equalTo(cls));
        assertThat(given().get("/api/articles/" + ids[1] + "/provenance").then().extract().jsonPath()
                .getList("best.hops.node.id")).doesNotContain("article:" + ids[0]);
        // nor is the rejected match the source a review falls back on
        io.restassured.response.Response review = given().get("/api/articles/" + ids[1] + "/compare");
        if (review.statusCode() == 200) {
            assertThat(review.jsonPath().getString("review.sourceId")).isNotEqualTo(Integer.toString(ids[0]));
        } else {
            assertThat(review.statusCode()).isEqualTo(404);
        }
    }

    @Test
    void aRejectedMatchReachedFromBothItsArticlesIsListedOnce() {
        String text = lighthouse();
        String tag = "\n\nCase " + UUID.randomUUID() + ".";
        int original = ingest(Map.of("text", text + tag, "url", "https://wire.example/" + UUID.randomUUID(),
                "publishedAt", "2026-03-05T09:00:00Z"));
        int copy = ingest(Map.of("text", "Harbour Notes\n\n" + text + tag, "url",
                "https://copycat.example/" + UUID.randomUUID(), "publishedAt", "2026-03-05T15:00:00Z"));
        // a second copy keeps the original in the copy's neighbourhood, so the rejected match is read from both ends
        int second = ingest(Map.of("text", "Bay Digest\n\n" + text + tag, "url",
                "https://bay-digest.example/" + UUID.randomUUID(), "publishedAt", "2026-03-05T18:00:00Z"));
        given().get("/api/articles/" + second + "/reuse").then().statusCode(200)
                .body("other.id", org.hamcrest.Matchers.hasItems(original, copy));
        verdict(Map.of("findingType", "reuse", "articleId", copy, "otherArticleId", original,
                "verdict", "rejected", "note", "both took it from the coastal administration's release"));
        for (String path : List.of("/api/articles/" + copy + "/provenance", "/api/stories/" + copy)) {
            List<Map<String, Object>> rejected = given().queryParam("rejected", "include").get(path).then()
                    .statusCode(200).extract().jsonPath().getList("rejected");
            assertThat(rejected).as(path).hasSize(1);
            assertThat(rejected.get(0)).containsEntry("type", "REUSE");
        }
    }

    @Test
    @TestSecurity(user = "ana", roles = {"analyst", "reader", "admin"})
    void aVerdictOnOneTextIsNotShownOnTheSameTextPostedForAnotherOutlet() {
        String text = "TROMSØ, Norway (Reuters) - " + lighthouse() + "\n\nCase " + UUID.randomUUID();
        int first = ingest(Map.of("text", text, "outlet", "Fjord Courier"));
        int second = ingest(Map.of("text", text, "outlet", "Arctic Daily"));
        assertThat(second).isNotEqualTo(first);
        verdict(Map.of("findingType", "attribution", "articleId", second, "index", 0, "verdict", "rejected",
                "note", "Arctic Daily wrote this one itself."));
        given().get("/api/articles/" + second + "/attributions").then().statusCode(200)
                .body("[0].review.verdict", equalTo("REJECTED"));
        given().get("/api/articles/" + first + "/attributions").then().statusCode(200)
                .body("[0].review", org.hamcrest.Matchers.nullValue());
        // and the other way round: a verdict on the first stays on the first
        verdict(Map.of("findingType", "attribution", "articleId", first, "index", 0, "verdict", "confirmed",
                "note", "Reuters confirms it."));
        given().get("/api/articles/" + first + "/attributions").then().body("[0].review.verdict", equalTo("CONFIRMED"));
        given().get("/api/articles/" + second + "/attributions").then().body("[0].review.verdict", equalTo("REJECTED"));
    }

    @Test
    @TestSecurity(user = "ana", roles = {"analyst", "reader", "admin"})
    void aConfirmedAttributionSurvivesAReanalysis() {
        int id = ingest(Map.of("text", "TROMSØ, Norway (Reuters) - " + lighthouse() + "\n\nCase " + UUID.randomUUID(),
                "url", "https://fjordnews.example/" + UUID.randomUUID()));
        List<Map<String, Object>> found = given().get("/api/articles/" + id + "/attributions").then().statusCode(200)
                .extract().jsonPath().getList("$");
        assertThat(found).isNotEmpty();
        assertThat(found.get(0).get("review")).isNull();
        JsonPath v = verdict(Map.of("findingType", "attribution", "articleId", id, "index", 0, "verdict", "confirmed",
                "note", "Reuters confirms the story is theirs."));
        assertThat(v.getString("producer")).isEqualTo(found.get(0).get("rule"));
        assertThat(v.getString("finding.identity")).contains("outlet:reuters").doesNotContain("article:" + id);

        String location = given().post("/api/articles/reanalyze").then().statusCode(202).extract().header("Location");
        String job = location.substring(location.lastIndexOf('/') + 1);
        await().atMost(Duration.ofSeconds(120)).pollInterval(Duration.ofMillis(200)).until(() ->
                "succeeded".equals(given().get("/api/jobs/" + job).then().extract().path("status")));

        given().get("/api/articles/" + id + "/attributions").then().statusCode(200)
                .body("[0].review.verdict", equalTo("CONFIRMED"))
                .body("[0].review.statement", startsWith("confirmed by ana on "))
                .body("[0].review.note", equalTo("Reuters confirms the story is theirs."));
        given().get("/api/articles/" + id).then().body("attributions[0].review.author", equalTo("ana"));
        assertThat(given().get("/api/verdicts/orphaned?limit=100").then().statusCode(200).extract().jsonPath()
                .getList("items.id", Integer.class)).doesNotContain(v.getInt("id"));
        given().get("/api/verdicts/accuracy").then().statusCode(200)
                .body("find { it.producer == '" + found.get(0).get("rule") + "' }.findingType", equalTo("attribution"));
    }

    @Test
    @TestSecurity(user = "ana", roles = {"analyst", "reader", "admin"})
    void aConfirmedCreditOrMatchIsTheReviewOfTheEdgeItMakes() {
        int id = ingest(Map.of("text", "TROMSØ, Norway (Reuters) - " + lighthouse() + "\n\nCase " + UUID.randomUUID(),
                "url", "https://fjordnews.example/" + UUID.randomUUID()));
        given().get("/api/articles/" + id + "/provenance").then().statusCode(200)
                .body("best.hops[0].edge.review", org.hamcrest.Matchers.nullValue());
        verdict(Map.of("findingType", "attribution", "articleId", id, "index", 0, "verdict", "confirmed",
                "note", "their dateline"));
        JsonPath chain = given().get("/api/articles/" + id + "/provenance").then().statusCode(200).extract().jsonPath();
        assertThat(chain.getString("best.hops[0].edge.kind")).isEqualTo("CREDITED");
        assertThat(chain.getString("best.hops[0].edge.review.verdict")).isEqualTo("CONFIRMED");
        assertThat(chain.getString("best.hops[0].edge.review.note")).isEqualTo("their dateline");

        int[] ids = originalAndCopy();
        JsonPath v = verdict(Map.of("findingType", "reuse", "articleId", ids[0], "otherArticleId", ids[1],
                "verdict", "confirmed", "note", "same words"));
        JsonPath copied = given().get("/api/articles/" + ids[1] + "/provenance").then().statusCode(200).extract().jsonPath();
        assertThat(copied.getString("best.hops[0].edge.kind")).isEqualTo("REUSED");
        assertThat(copied.getInt("best.hops[0].edge.review.id")).isEqualTo(v.getInt("id"));
    }

    @Test
    @TestSecurity(user = "ana", roles = {"analyst", "reader", "admin"})
    void aVerdictOnAReuseMatchSurvivesARematch() {
        int[] ids = originalAndCopy();
        JsonPath v = verdict(Map.of("findingType", "reuse", "articleId", ids[0], "otherArticleId", ids[1],
                "verdict", "confirmed", "note", "same words, same day"));
        String location = given().post("/api/reuse/rematch").then().statusCode(202).extract().header("Location");
        String job = location.substring(location.lastIndexOf('/') + 1);
        await().atMost(Duration.ofSeconds(180)).pollInterval(Duration.ofMillis(300)).until(() ->
                "succeeded".equals(given().get("/api/jobs/" + job).then().extract().path("status")));
        given().get("/api/articles/" + ids[1] + "/reuse").then().statusCode(200)
                .body("find { it.other.id == " + ids[0] + " }.review.verdict", equalTo("CONFIRMED"))
                .body("find { it.other.id == " + ids[0] + " }.review.id", equalTo(v.getInt("id")));
        assertThat(given().get("/api/verdicts/orphaned?limit=100").then().extract().jsonPath()
                .getList("items.id", Integer.class)).doesNotContain(v.getInt("id"));
    }

    @Test
    void aVerdictWhoseFindingNoLongerAppearsIsListedAsOrphaned() {
        int id = ingest(Map.of("text", "BERGEN (Reuters) - " + lighthouse() + "\n\nCase " + UUID.randomUUID(),
                "url", "https://fjordnews.example/" + UUID.randomUUID()));
        JsonPath v = verdict(Map.of("findingType", "attribution", "articleId", id, "index", 0, "verdict", "rejected",
                "note", "no such credit"));
        // a detector that no longer finds the credit (as a reanalysis with changed rules would)
        QuarkusTransaction.requiringNew().run(() -> attributions.replace(id, List.of(), "test-without-credits"));
        JsonPath orphans = given().get("/api/verdicts/orphaned?limit=100").then().statusCode(200).extract().jsonPath();
        assertThat(orphans.getList("items.id", Integer.class)).contains(v.getInt("id"));
        // after=0 is the start, as when after is left out; after is a verdict id, not an article's
        assertThat(given().get("/api/verdicts/orphaned?after=0&limit=100").then().statusCode(200).extract().jsonPath()
                .getList("items.id", Integer.class)).contains(v.getInt("id"));
        given().get("/api/verdicts/orphaned?after=" + v.getInt("id")).then().statusCode(200)
                .body("items.id", org.hamcrest.Matchers.not(org.hamcrest.Matchers.hasItem(v.getInt("id"))));
        // the newest verdict filling a page is the last one: no cursor to a page that would be empty
        given().get("/api/verdicts/orphaned?limit=1&after=" + (v.getInt("id") - 1)).then().statusCode(200)
                .body("items.id", org.hamcrest.Matchers.contains(v.getInt("id")))
                .body("next", org.hamcrest.Matchers.nullValue());
        given().get("/api/verdicts/orphaned?after=first").then().statusCode(400).contentType("application/problem+json")
                .body("field", equalTo("after")).body("detail", org.hamcrest.Matchers.not(containsString("article")));
        // still in the history, never dropped
        assertThat(given().get("/api/verdicts?articleId=" + id).then().extract().jsonPath().getList("items.id",
                Integer.class)).contains(v.getInt("id"));
    }

    @Test
    void badInputIsAProblemNamingTheField() {
        int[] ids = originalAndCopy();
        Map<String, Object> ok = new HashMap<>(hop(ids[1], ids[0], "confirmed", ""));
        problem(with(ok, "findingType", "edge"), 400, "findingType");
        problem(with(ok, "verdict", "maybe"), 400, "verdict");
        problem(with(ok, "to", null), 400, "to");
        problem(with(ok, "to", "outlet:nobody"), 404, "to");
        problem(with(ok, "note", "bad \u0000 note"), 400, "note");
        problem(with(ok, "note", "x".repeat(4001)), 400, "note");
        problem(Map.of("findingType", "attribution", "articleId", ids[0], "index", 99, "verdict", "confirmed"), 404,
                "index");
        problem(Map.of("findingType", "attribution", "articleId", ids[0], "verdict", "confirmed"), 400, "index");
        problem(Map.of("findingType", "attribution", "articleId", ids[0], "index", -1, "verdict", "confirmed"), 400, "index");
        problem(Map.of("findingType", "attribution", "articleId", 999_999_999, "index", 0, "verdict", "confirmed"),
                404, "articleId");
        problem(Map.of("findingType", "reuse", "articleId", ids[0], "otherArticleId", 999_999_999,
                "verdict", "confirmed"), 404, "otherArticleId");
        given().get("/api/verdicts?type=edge").then().statusCode(400).body("field", equalTo("type"));
        given().get("/api/verdicts?size=1000").then().statusCode(400).body("field", equalTo("size"));
    }

    @Test
    @TestSecurity(user = "rita", roles = {"reader"})
    void aReaderCannotGiveAVerdict() {
        given().contentType(ContentType.JSON).body(Map.of("findingType", "hop", "from", "article:1", "to",
                "article:2", "verdict", "confirmed")).post("/api/verdicts").then().statusCode(403);
        given().get("/api/verdicts").then().statusCode(200);
    }

    private static Map<String, Object> with(Map<String, Object> body, String key, Object value) {
        Map<String, Object> m = new HashMap<>(body);
        m.put(key, value);
        return m;
    }

    private static void problem(Map<String, Object> body, int status, String field) {
        given().contentType(ContentType.JSON).body(body).post("/api/verdicts").then().statusCode(status)
                .contentType("application/problem+json").body("field", equalTo(field));
    }
}
