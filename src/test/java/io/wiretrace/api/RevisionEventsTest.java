package io.wiretrace.api;

import static io.wiretrace.support.Api.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import io.wiretrace.support.LocalSite;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;

/**
 * Revisions of a URL served by a local site in successive versions: what is a revision, the diffs of
 * {@code /api/articles/{id}/revisions}, and {@code credit_dropped} with both versions' evidence.
 */
@QuarkusTest
class RevisionEventsTest {

    static final String BODY = "Engineers began lowering the water level behind the Kestrel Valley dam on Wednesday "
            + "after inspectors found a crack in the spillway wall, the regional water authority said.</p>"
            + "<p>The authority said it would release water at a controlled rate of 140 cubic metres a second for at "
            + "least four days, enough to bring the reservoir about six metres below its usual summer level.</p>"
            + "<p>About 2,300 residents of three villages below the dam were told to keep an emergency bag packed and "
            + "to follow updates on local radio. Schools in the area will stay open, officials said.</p>";

    /** A page of the dam story: {@code lead} opens the body, {@code markup} varies what is not the article. */
    static String page(String title, String lead, String markup, String extra) {
        return "<!doctype html><html><head><title>" + title + "</title><script>var ad='" + markup + "';</script></head>"
                + "<body><div class=\"ad\">Sponsored: " + markup + "</div><article><h1>" + title + "</h1><p>" + lead
                + BODY + extra + "</article><footer>Page generated " + markup + "</footer></body></html>";
    }

    /** Serves whatever {@code current} holds at one path. */
    static LocalSite serving(AtomicReference<String> current) {
        return new LocalSite().route("/story", exchange -> LocalSite.send(exchange, 200, "text/html; charset=utf-8",
                current.get().getBytes(StandardCharsets.UTF_8)));
    }

    static JsonPath ingest(String url, int status) {
        return given().contentType(ContentType.JSON).body(Map.of("url", url)).post("/api/articles")
                .then().statusCode(status).extract().jsonPath();
    }

    @Test
    void aRevisionThatRemovesTheAgencyCreditRaisesCreditDroppedWithBothVersionsEvidence() {
        String title = "Dam lowered after crack " + UUID.randomUUID();
        AtomicReference<String> current = new AtomicReference<>(page(title, "PARIS (AFP) - ", "ad-1", ""));
        try (LocalSite site = serving(current)) {
            String url = site.url("/story");
            JsonPath first = ingest(url, 201);
            long a = first.getLong("id");
            assertThat(first.getList("attributions.evidence.text", String.class)).anyMatch(t -> t.contains("(AFP)"));

            current.set(page(title, "PARIS - ", "ad-2", ""));
            JsonPath second = ingest(url, 201);
            long b = second.getLong("id");
            assertThat(second.getLong("revisionOf")).isEqualTo(a);

            JsonPath events = given().queryParam("type", "credit_dropped").queryParam("size", 100).get("/api/events")
                    .then().statusCode(200).extract().jsonPath();
            Map<String, Object> event = events.getMap("items.find { it.articleId == " + b + " }");
            assertThat(event).as("credit_dropped of article " + b).isNotNull();
            assertThat(((Number) event.get("relatedArticleId")).longValue()).isEqualTo(a);
            assertThat(event.get("relatedOutlet")).isEqualTo("afp");
            assertThat((String) event.get("summary")).contains("AFP");
            List<Map<String, Object>> evidence = (List<Map<String, Object>>) event.get("evidence");
            Map<String, Object> removed = evidence.get(0);
            assertThat(removed.get("role")).isEqualTo("removed_credit");
            assertThat(((Number) removed.get("articleId")).longValue()).isEqualTo(a);
            assertThat((String) removed.get("text")).contains("(AFP)");
            String bodyA = given().get("/api/articles/" + a).then().extract().path("bodyText");
            assertThat(bodyA.substring((Integer) removed.get("start"), (Integer) removed.get("end")))
                    .isEqualTo(removed.get("text"));
            Map<String, Object> after = evidence.get(1);
            assertThat(after.get("role")).isEqualTo("after_revision");
            assertThat(((Number) after.get("articleId")).longValue()).isEqualTo(b);
            assertThat((String) after.get("text")).startsWith("PARIS - Engineers").doesNotContain("AFP");
            String bodyB = given().get("/api/articles/" + b).then().extract().path("bodyText");
            assertThat(bodyB.substring((Integer) after.get("start"), (Integer) after.get("end"))).isEqualTo(after.get("text"));

            // the same revision ingested again records nothing new (idempotent)
            ingest(url, 200);
            assertThat(given().queryParam("type", "credit_dropped").queryParam("size", 100).get("/api/events")
                    .then().extract().jsonPath().getList("items.findAll { it.articleId == " + b + " }")).hasSize(1);
        }
    }

    @Test
    void markupAdsAndTimestampsAreNoRevisionButATextReturningIsAnotherOne() {
        String title = "Reservoir release " + UUID.randomUUID();
        String a = page(title, "", "banner-1 10:41", "");
        String b = page(title, "", "banner-1 10:41", "<p>Divers will examine the wall once the level has dropped.</p>");
        AtomicReference<String> current = new AtomicReference<>(a);
        try (LocalSite site = serving(current)) {
            String url = site.url("/story");
            long first = ingest(url, 201).getLong("id");

            current.set(page(title, "", "banner-77 11:58", ""));
            assertThat(ingest(url, 200).getLong("id")).as("markup-only change").isEqualTo(first);

            current.set(b);
            long second = ingest(url, 201).getLong("id");
            current.set(a);
            JsonPath third = ingest(url, 201);
            assertThat(third.getLong("revisionOf")).isEqualTo(second);

            JsonPath revisions = given().get("/api/articles/" + first + "/revisions").then().statusCode(200)
                    .contentType(ContentType.JSON).extract().jsonPath();
            assertThat(revisions.getList("id", Long.class)).containsExactly(first, second, third.getLong("id"));
            assertThat(revisions.getMap("[0]")).containsEntry("diff", null);
            assertThat(revisions.getInt("[1].diff.sentencesAdded")).isEqualTo(1);
            assertThat(revisions.getString("[1].diff.sentences[0].kind")).isEqualTo("ADDED");
            assertThat(revisions.getString("[1].diff.sentences[0].after"))
                    .isEqualTo("Divers will examine the wall once the level has dropped.");
            assertThat(revisions.getInt("[2].diff.sentencesRemoved")).isEqualTo(1);
            assertThat(revisions.getString("[2].diff.headline")).isNull();
            // any version's id lists the same history
            assertThat(given().get("/api/articles/" + second + "/revisions").then().extract().jsonPath()
                    .getList("id", Long.class)).hasSize(3);
        }
    }

    @Test
    void aHeadingChangedUnderAnUnchangedSocialTitleIsARevision() {
        String social = "Reservoir release " + UUID.randomUUID();
        java.util.function.Function<String, String> version = heading -> "<!doctype html><html><head><title>" + social
                + "</title><meta property=\"og:title\" content=\"" + social + "\"></head><body><article><h1>" + heading
                + "</h1><p>" + BODY + "</article></body></html>";
        AtomicReference<String> current = new AtomicReference<>(version.apply("Dam to be lowered after crack found"));
        try (LocalSite site = serving(current)) {
            String url = site.url("/story");
            JsonPath first = ingest(url, 201);
            assertThat(first.getString("title")).isEqualTo(social);

            current.set(version.apply("Villages told to prepare as dam is lowered"));
            JsonPath second = ingest(url, 201);
            assertThat(second.getLong("revisionOf")).isEqualTo(first.getLong("id"));
            JsonPath revisions = given().get("/api/articles/" + first.getLong("id") + "/revisions").then()
                    .statusCode(200).extract().jsonPath();
            assertThat(revisions.getString("[1].diff.headline.before")).isEqualTo("Dam to be lowered after crack found");
            assertThat(revisions.getString("[1].diff.headline.after")).isEqualTo("Villages told to prepare as dam is lowered");
            assertThat(revisions.getInt("[1].diff.sentencesAdded")).as("the heading is no added sentence").isZero();
            assertThat(revisions.getInt("[1].diff.sentencesRemoved")).isZero();

            assertThat(ingest(url, 200).getLong("id")).as("the same heading again").isEqualTo(second.getLong("id"));
        }
    }

    @Test
    void aConsentWallOrErrorPageInPlaceOfTheArticleIsNoRevision() {
        String title = "Spillway survey " + UUID.randomUUID();
        AtomicReference<String> current = new AtomicReference<>(page(title, "", "x", ""));
        try (LocalSite site = serving(current)) {
            String url = site.url("/story");
            long id = ingest(url, 201).getLong("id");
            current.set("<html><head><title>" + title + "</title></head><body><article><h1>" + title + "</h1><p>We use "
                    + "cookies and similar technologies to improve your experience on our website and to show you "
                    + "personalised content. Accept all cookies or manage your privacy choices to continue.</p>"
                    + "</article></body></html>");
            assertThat(ingest(url, 200).getLong("id")).isEqualTo(id);
            given().get("/api/articles/" + id + "/revisions").then().statusCode(200).body("size()", equalTo(1));
        }
    }

    @Test
    void revisionsOfBadOrUnknownIdsAreProblems() {
        given().get("/api/articles/abc/revisions").then().statusCode(400).contentType("application/problem+json")
                .body("field", equalTo("id"));
        given().get("/api/articles/99999999/revisions").then().statusCode(404).contentType("application/problem+json");
    }
}
