package io.wiretrace.api;

import static io.wiretrace.support.Api.given;
import static org.awaitility.Awaitility.await;

import java.time.Duration;

/** Reuse matching runs in the background after an ingest: tests that read matches wait for it. */
final class Matching {

    private Matching() {
    }

    static int awaitMatched(int articleId) {
        await().atMost(Duration.ofSeconds(120)).pollInterval(Duration.ofMillis(100)).until(() ->
                "done".equals(given().get("/api/articles/" + articleId).then().extract().path("reuseStatus")));
        return articleId;
    }
}
