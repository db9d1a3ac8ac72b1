package io.wiretrace.api;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;

import io.quarkus.test.junit.QuarkusTest;
import io.wiretrace.app.VerdictQueue;
import io.wiretrace.verdict.FindingType;
import java.util.List;
import io.quarkus.test.security.TestSecurity;
import io.restassured.http.ContentType;
import java.util.Map;
import org.junit.jupiter.api.Test;

@QuarkusTest
@TestSecurity(user = "ana", roles = {"analyst", "reader"})
class VerdictPagesTest {

    @jakarta.inject.Inject
    VerdictQueue queue;

    private static final String XSS = "<script>alert('verdict')</script><img src=x onerror=alert(1)>";

    @Test
    void theQueueOffersUnjudgedFindingsAndAFormVerdictTakesThemOff() {
        int[] ids = VerdictApiTest.originalAndCopy();
        String page = given().accept("text/html").get("/verdicts").then().statusCode(200).extract().asString();
        assertThat(page).contains("Verdict queue").contains("name=\"articleId\" value=\"" + ids[1] + "\"")
                .contains("name=\"verdict\" value=\"confirmed\"").contains("name=\"verdict\" value=\"rejected\"")
                .contains("name=\"csrf\"");

        given().redirects().follow(false).contentType(ContentType.URLENC)
                .formParams(Map.of("findingType", "reuse", "articleId", String.valueOf(ids[1]),
                        "otherArticleId", String.valueOf(ids[0]), "index", "", "from", "", "to", "",
                        "verdict", "confirmed", "note", "checked both", "back", "https://evil.example/"))
                .post("/verdicts").then().statusCode(303)
                .header("Location", containsString("/verdicts"))
                .header("Location", not(containsString("evil")));
        String after = given().accept("text/html").get("/verdicts").then().statusCode(200).extract().asString();
        assertThat(after).doesNotContain("name=\"otherArticleId\" value=\"" + ids[0] + "\"")
                .contains("confirmed by ana on");
        given().contentType(ContentType.URLENC).formParams(Map.of("findingType", "edge", "articleId", "1",
                "verdict", "confirmed")).accept("text/html").post("/verdicts").then().statusCode(400)
                .body(containsString("findingType"));
    }

    @Test
    void aHopRestingOnACreditIsJudgedThroughTheCreditNotListedTwice() {
        int id = VerdictApiTest.ingest(Map.of("text", "OSLO, Norway (Reuters) - " + VerdictApiTest.lighthouse()
                + "\n\nCase " + java.util.UUID.randomUUID(), "url", "https://fjordpost.example/" + java.util.UUID.randomUUID()));
        given().get("/api/articles/" + id + "/provenance").then().statusCode(200)
                .body("best.hops[0].edge.kind", org.hamcrest.Matchers.equalTo("CREDITED"));
        // the whole queue (the page shows its first 50, other tests' findings may come first)
        List<VerdictQueue.Item> items = queue.awaiting(Integer.MAX_VALUE);
        assertThat(items).anyMatch(i -> i.type() == FindingType.ATTRIBUTION && i.articleId() == id);
        assertThat(items).noneMatch(i -> i.type() == FindingType.HOP && ("article:" + id).equals(i.from()));
    }

    @Test
    void aNoteWithMarkupIsEscapedOnEveryPageThatShowsIt() {
        int[] ids = VerdictApiTest.originalAndCopy();
        given().contentType(ContentType.JSON).body(Map.of("findingType", "hop", "from", "article:" + ids[1],
                "to", "article:" + ids[0], "verdict", "rejected", "note", XSS)).post("/api/verdicts").then()
                .statusCode(201);
        for (String path : new String[] {"/verdicts", "/articles/" + ids[1] + "?rejected=include"}) {
            String html = given().accept("text/html").get(path).then().statusCode(200).extract().asString();
            assertThat(html).as(path).doesNotContain("<script>alert").doesNotContain("<img src=x")
                    .contains("&lt;script&gt;alert(");
        }
        String article = given().accept("text/html").get("/articles/" + ids[1] + "?rejected=include").then()
                .extract().asString();
        assertThat(article).contains("<del>").contains("Hide rejected findings");
        assertThat(given().accept("text/html").get("/articles/" + ids[1]).then().extract().asString())
                .contains("Show rejected findings");
    }

    @Test
    void theAccuracyPageIsForAdmins() {
        given().accept("text/html").get("/verdicts/accuracy").then().statusCode(403);
    }

    @Test
    @TestSecurity(user = "root", roles = {"admin", "analyst", "reader"})
    void anAdminSeesTheShareConfirmedPerRuleAndClass() {
        int[] ids = VerdictApiTest.originalAndCopy();
        given().contentType(ContentType.JSON).body(Map.of("findingType", "hop", "from", "article:" + ids[1],
                "to", "article:" + ids[0], "verdict", "confirmed")).post("/api/verdicts").then().statusCode(201);
        String requestId = given().contentType(ContentType.JSON).body(Map.of("findingType", "hop", "from",
                "article:" + ids[1], "to", "article:" + ids[0], "verdict", "rejected", "note", "changed my mind"))
                .post("/api/verdicts").then().statusCode(201).extract().header("X-Request-Id");
        // the write is audited with the verdict that stood before and the one after
        io.restassured.path.json.JsonPath audit = null;
        for (int tries = 0; tries < 50; tries++) {
            audit = given().get("/api/audit?size=100").then().statusCode(200).extract().jsonPath();
            if (audit.getList("items.requestId").contains(requestId)) {
                break;
            }
            try {
                Thread.sleep(200);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        assertThat(audit.getList("items.requestId")).as(audit.prettify()).contains(requestId);
        int i = audit.getList("items.requestId").indexOf(requestId);
        assertThat(audit.getString("items[" + i + "].operation")).isEqualTo("POST /api/verdicts");
        io.restassured.path.json.JsonPath before = io.restassured.path.json.JsonPath.from(
                audit.getString("items[" + i + "].before"));
        io.restassured.path.json.JsonPath after = io.restassured.path.json.JsonPath.from(
                audit.getString("items[" + i + "].after"));
        assertThat(before.getString("verdict")).isEqualTo("confirmed");
        assertThat(after.getString("verdict")).isEqualTo("rejected");
        assertThat(after.getString("note")).isEqualTo("changed my mind");
        given().accept("text/html").get("/verdicts/accuracy").then().statusCode(200)
                .body(containsString("Share confirmed")).body(containsString("<code>reused</code>"));
        given().contentType(ContentType.JSON).body(Map.of("findingType", "hop", "from", "article:" + ids[1],
                "to", "article:" + ids[0], "verdict", "confirmed")).post("/api/verdicts").then().statusCode(201);
        given().get("/q/metrics").then().statusCode(200)
                .body(containsString("wiretrace_verdicts_share_confirmed{finding_type=\"hop\",producer=\"reused\"}"));
    }
}
