package io.wiretrace.api;

import static io.wiretrace.support.Api.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.wiretrace.support.LocalSite;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;

/** The events page and the revision history with its diff on the article page. */
@QuarkusTest
class EventPagesTest {

    @Test
    void theArticlePageShowsTheRevisionHistoryAndTheDiffAndTheEventsPageTheDroppedCredit() {
        String title = "Spillway crack " + UUID.randomUUID();
        AtomicReference<String> current = new AtomicReference<>(RevisionEventsTest.page(title, "PARIS (AFP) - ", "a", ""));
        try (LocalSite site = RevisionEventsTest.serving(current)) {
            String url = site.url("/story");
            long first = RevisionEventsTest.ingest(url, 201).getLong("id");
            current.set(RevisionEventsTest.page(title, "PARIS - ", "b", "<p>Divers will examine the wall soon.</p>"));
            long second = RevisionEventsTest.ingest(url, 201).getLong("id");

            String page = given().accept(ContentType.HTML).get("/articles/" + second).then().statusCode(200)
                    .contentType(containsString("text/html")).extract().asString();
            assertThat(page).contains("id=\"revisions\"").contains("href=\"/articles/" + first + "\"")
                    .contains("credit dropped: AFP").contains("<del>(AFP)</del>")
                    .contains("<ins>Divers will examine the wall soon.</ins>");
            assertThat(given().accept(ContentType.HTML).get("/articles/" + first).then().statusCode(200).extract().asString())
                    .contains("first version").doesNotContain("Changes from version");

            String events = given().accept(ContentType.HTML).queryParam("type", "credit_dropped").get("/events").then()
                    .statusCode(200).contentType(containsString("text/html")).extract().asString();
            assertThat(events).contains("credit dropped").contains("href=\"/articles/" + second + "\"")
                    .contains("application/atom+xml").contains("<option value=\"credit_dropped\" selected>");
            String id = events.replaceAll("(?s).*?href=\"/events/(\\d+)\".*", "$1");
            given().accept(ContentType.HTML).get("/events/" + id).then().statusCode(200)
                    .body(containsString("removed credit"));
        }
    }

    @Test
    void badFiltersOnTheEventsPageAreHtmlErrorPages() {
        given().accept(ContentType.HTML).queryParam("type", "bogus").get("/events").then().statusCode(400)
                .contentType(containsString("text/html")).body(containsString("bogus"));
        given().accept(ContentType.HTML).get("/events/notanumber").then().statusCode(400)
                .contentType(containsString("text/html"));
        given().accept(ContentType.HTML).get("/events/999999999").then().statusCode(404)
                .contentType(containsString("text/html"));
        given().accept(ContentType.HTML).body(Map.of()).queryParam("page", "-3").get("/events").then().statusCode(400);
    }
}
