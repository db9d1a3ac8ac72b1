package io.wiretrace.api;

import static io.wiretrace.support.Api.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.notNullValue;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.time.Duration;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

@QuarkusTest
class AttributionApiTest {

    static String wireStory() {
        return "PARIS (AFP) - Farmers drove hundreds of tractors into the capital on Thursday to protest against "
                + "fuel taxes, blocking two ring-road exits for several hours, police said.\n\n"
                + "The protest, the third this month, ended peacefully in the afternoon after talks with the "
                + "agriculture ministry, which promised to review the tax before summer. Ref " + UUID.randomUUID() + ".\n\n"
                + "Original Source: www.tractor-news-" + UUID.randomUUID().toString().substring(0, 6) + ".example";
    }

    @Test
    void attributionsComeWithTheArticleAndAtTheirOwnEndpoint() {
        String text = wireStory();
        int id = given().contentType(ContentType.JSON).body(Map.of("text", text, "outlet", "farmpost.example"))
                .post("/api/articles").then().statusCode(201)
                .body("attributions.kind", hasItem("dateline"))
                .body("attributions.find { it.kind == 'dateline' }.target.key", equalTo("afp"))
                .body("attributions.find { it.kind == 'dateline' }.evidence.start", equalTo(0))
                .extract().path("id");
        given().get("/api/articles/" + id + "/attributions").then().statusCode(200)
                .body("kind", hasItem("original_source"))
                .body("find { it.kind == 'original_source' }.target.key", containsString("tractor-news-"))
                .body("find { it.kind == 'original_source' }.evidence.location", notNullValue());
    }

    @Test
    void unknownCreditedDomainsBecomeUnknownOutletsOnce() {
        String text = wireStory();
        String domain = text.substring(text.indexOf("www.") + 4).strip();
        given().contentType(ContentType.JSON).body(Map.of("text", text)).post("/api/articles").then().statusCode(201);
        given().contentType(ContentType.JSON).body(Map.of("text", text + "\n\nUpdated.")).post("/api/articles")
                .then().statusCode(201);
        given().get("/api/outlets/" + domain).then().statusCode(200)
                .body("kind", equalTo("unknown")).body("domain", equalTo(domain));
    }

    @Test
    void attributionsOfUnknownArticleAre404() {
        given().get("/api/articles/99999999/attributions").then().statusCode(404)
                .contentType("application/problem+json");
    }

    @Test
    void analyzeRejectsBadInputLikeIngest() {
        given().contentType(ContentType.JSON).body("{}").post("/api/analyze").then().statusCode(400)
                .contentType("application/problem+json");
    }

    @Test
    void reanalyzeRunsAsAJobWithProgress() {
        given().contentType(ContentType.JSON).body(Map.of("text", wireStory())).post("/api/articles")
                .then().statusCode(201);
        String location = given().post("/api/articles/reanalyze").then().statusCode(202)
                .body("status", equalTo("queued")).body("total", org.hamcrest.Matchers.greaterThan(0))
                .extract().header("Location");
        String jobId = location.substring(location.lastIndexOf('/') + 1);
        await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(200)).until(() ->
                "succeeded".equals(given().get("/api/jobs/" + jobId).then().extract().path("status")));
        given().get("/api/jobs/" + jobId).then().statusCode(200)
                .body("done", org.hamcrest.Matchers.greaterThan(0)).body("failed", equalTo(0))
                .body("finishedAt", notNullValue());
        given().get("/api/jobs/not-a-uuid").then().statusCode(400).body("field", equalTo("id"));
        given().get("/api/jobs?kind=reanalyze-attributions&size=1").then().statusCode(200).body("total", org.hamcrest.Matchers.greaterThan(0));
        given().get("/api/jobs?kind=no-such-kind").then().statusCode(400).contentType("application/problem+json")
                .body("field", equalTo("kind")).body("detail", org.hamcrest.Matchers.containsString("reuse-match"));
        given().get("/api/tokens?all=maybe").then().statusCode(400).body("field", equalTo("all"));
        given().get("/api/tokens?all=true").then().statusCode(200);
        given().get("/api/jobs/" + UUID.randomUUID()).then().statusCode(404).contentType("application/problem+json");
    }
}
