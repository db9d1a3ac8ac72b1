package io.wiretrace.api;

import static io.wiretrace.support.Api.given;
import static org.awaitility.Awaitility.await;

import io.restassured.path.json.JsonPath;
import io.wiretrace.app.ImportListener;
import jakarta.enterprise.context.ApplicationScoped;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicLong;

/** Helpers of the import tests: upload, wait for the end, and a planned crash of one step. */
final class Imports {

    private Imports() {
    }

    /** Uploads a file as the request body and returns the import id (asserting 202 and its Location). */
    static String upload(Path file, String contentType) {
        try {
            // the upload route answers like the REST endpoints: an absolute Location and the request id echoed
            return given().contentType(contentType).body(Files.readAllBytes(file)).header("X-Request-Id", "upload-1")
                    .queryParam("name", file.getFileName().toString()).post("/api/imports")
                    .then().statusCode(202).header("Location", org.hamcrest.Matchers.matchesPattern("https?://.+/api/imports/.+"))
                    .header("X-Request-Id", "upload-1")
                    .extract().path("id");
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    /** Waits until the import has ended and returns it. */
    static JsonPath awaitEnd(String id) {
        await().atMost(Duration.ofSeconds(180)).pollInterval(Duration.ofMillis(200)).until(() -> List.of("done", "failed",
                "cancelled").contains(given().get("/api/imports/" + id).then().statusCode(200).extract().<String>path("status")));
        return given().get("/api/imports/" + id).then().extract().jsonPath();
    }

    /** The id of the article stored at a URL (the one the list finds), asserting there is exactly one. */
    static long articleAt(String url) {
        JsonPath page = given().queryParam("url", url).get("/api/articles").then().statusCode(200).extract().jsonPath();
        org.assertj.core.api.Assertions.assertThat(page.getList("items")).as("articles at %s", url).hasSize(1);
        return page.getLong("items[0].id");
    }

    /**
     * Fails the first step that would bring an import past {@code afterRecords} records, once, as a crash of its
     * instance would: the step rolls back and the queue runs the job again.
     */
    @ApplicationScoped
    static class PlannedCrash implements ImportListener {
        static final AtomicLong ARMED = new AtomicLong(-1);
        static volatile UUID crashed;

        @Override
        public void stepWritten(UUID importId, long recordsRead) {
            long after = ARMED.get();
            if (after >= 0 && recordsRead > after && ARMED.compareAndSet(after, -1)) {
                crashed = importId;
                throw new IllegalStateException("planned crash of import " + importId + " at " + recordsRead + " records");
            }
        }
    }
}
