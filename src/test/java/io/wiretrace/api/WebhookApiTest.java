package io.wiretrace.api;

import static io.wiretrace.support.Api.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import io.wiretrace.app.SourceAlertRaised;
import io.wiretrace.support.LocalSite;
import io.wiretrace.webhook.WebhookSignature;
import io.wiretrace.work.RetryPolicy;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/** Webhooks: the API and its error shapes, and signed deliveries retried after a receiver's 500. */
@QuarkusTest
class WebhookApiTest {

    static final String SECRET = "test-secret-" + UUID.randomUUID();

    @Inject
    Event<SourceAlertRaised> alerts;

    @Inject
    EntityManager em;

    /** One request as the receiver saw it. */
    record Received(Map<String, String> headers, String body) {
    }

    /** Raises source_unhealthy for a new source, as polling would, in a transaction. */
    long raiseAlert(String reason) {
        String url = "https://feeds-" + UUID.randomUUID() + ".example/rss";
        return QuarkusTransaction.requiringNew().call(() -> {
            long id = ((Number) em.createNativeQuery("INSERT INTO source (url, url_key, kind) VALUES (:u, :u, 'rss') "
                    + "RETURNING id").setParameter("u", url).getSingleResult()).longValue();
            alerts.fire(new SourceAlertRaised(id, null, url, reason, Instant.now()));
            return id;
        });
    }

    static int create(String url, List<String> events) {
        return given().contentType(ContentType.JSON).body(Map.of("url", url, "events", events, "secret", SECRET))
                .post("/api/webhooks").then().statusCode(201).header("Location", containsString("/api/webhooks/"))
                .body("url", equalTo(url)).body("secret", nullValue()).extract().path("id");
    }

    @Test
    void aReceiverGetsASignedDeliveryAgainAfterAnswering500AndTheLogShowsBothAttempts() {
        List<Received> received = new CopyOnWriteArrayList<>();
        AtomicInteger calls = new AtomicInteger();
        try (LocalSite receiver = new LocalSite().route("/hook", exchange -> {
            String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
            Map<String, String> headers = Map.of(
                    "signature", exchange.getRequestHeaders().getFirst("Wiretrace-Signature"),
                    "event", exchange.getRequestHeaders().getFirst("Wiretrace-Event"),
                    "delivery", exchange.getRequestHeaders().getFirst("Wiretrace-Delivery"),
                    "type", exchange.getRequestHeaders().getFirst("Content-Type"));
            received.add(new Received(headers, body));
            LocalSite.send(exchange, calls.incrementAndGet() == 1 ? 500 : 204, "text/plain", new byte[0]);
        })) {
            int hook = create(receiver.url("/hook"), List.of("source_unhealthy"));
            String reason = "5 failed polls in a row: HTTP 500 " + UUID.randomUUID();
            long source = raiseAlert(reason);

            await().atMost(Duration.ofSeconds(30)).until(() -> received.stream()
                    .filter(r -> r.body().contains(reason)).count() >= 2);
            List<Received> mine = received.stream().filter(r -> r.body().contains(reason)).toList();
            for (Received r : mine) {
                assertThat(WebhookSignature.verify(r.headers().get("signature"), SECRET, r.body(), Instant.now(),
                        Duration.ofMinutes(5))).as(r.headers().get("signature")).isTrue();
                assertThat(r.headers()).containsEntry("event", "source_unhealthy").containsEntry("type", "application/json");
            }
            assertThat(mine.get(1).headers().get("delivery")).isEqualTo(mine.get(0).headers().get("delivery"));
            JsonPath body = JsonPath.from(mine.get(0).body());
            assertThat(body.getString("deliveryId")).isEqualTo(mine.get(0).headers().get("delivery"));
            assertThat(body.getString("event.type")).isEqualTo("source_unhealthy");
            assertThat(body.getLong("event.sourceId")).isEqualTo(source);
            assertThat(body.getString("event.evidence[0].text")).isEqualTo(reason);

            await().atMost(Duration.ofSeconds(10)).until(() -> "delivered".equals(given()
                    .get("/api/webhooks/" + hook + "/deliveries").then().extract().path("[0].status")));
            JsonPath log = given().get("/api/webhooks/" + hook + "/deliveries").then().statusCode(200).extract().jsonPath();
            assertThat(log.getString("[0].id")).isEqualTo(mine.get(0).headers().get("delivery"));
            assertThat(log.getInt("[0].attempts")).isEqualTo(2);
            assertThat(log.getList("[0].log.status", Integer.class)).containsExactly(500, 204);
            assertThat(log.getString("[0].log[0].error")).startsWith("HTTP 500");

            // the delivery job retries for at least 24 h: its attempts cover a day at the configured backoff
            String job = log.getString("[0].jobId");
            int maxAttempts = given().get("/api/jobs/" + job).then().statusCode(200)
                    .body("kind", equalTo("webhook-delivery")).body("status", equalTo("succeeded"))
                    .extract().path("maxAttempts");
            assertThat(maxAttempts).isEqualTo(RetryPolicy.attemptsCovering(Duration.ofMillis(300), Duration.ofSeconds(1),
                    0.2, Duration.ofHours(24)));
            // the receiver goes away with this test: so does its webhook (no deliveries to it from later tests)
            given().delete("/api/webhooks/" + hook).then().statusCode(204);
        }
    }

    @Test
    void webhooksAreListedReadAndDeletedWithoutTheirSecret() {
        int id = create("http://127.0.0.1:9/hook-" + UUID.randomUUID(), List.of("uncredited_copy", "credit_dropped"));
        given().get("/api/webhooks/" + id).then().statusCode(200).body("id", equalTo(id))
                .body("events", equalTo(List.of("credit_dropped", "uncredited_copy"))).body("secret", nullValue());
        assertThat(given().get("/api/webhooks").then().statusCode(200).extract().jsonPath().getList("id", Integer.class))
                .contains(id);
        given().get("/api/webhooks/" + id + "/deliveries").then().statusCode(200).body("size()", equalTo(0));
        given().delete("/api/webhooks/" + id).then().statusCode(204);
        given().get("/api/webhooks/" + id).then().statusCode(404).contentType("application/problem+json");
        given().delete("/api/webhooks/" + id).then().statusCode(404).contentType("application/problem+json");
        given().get("/api/webhooks/" + id + "/deliveries").then().statusCode(404).contentType("application/problem+json");
    }

    @Test
    void privateAddressesAndBadShapesAreRefusedWithProblems() {
        bad(Map.of("url", "http://10.0.0.7/hook", "events", List.of("uncredited_copy"), "secret", SECRET), "url")
                .body("type", containsString("address-refused")).body("detail", containsString("10.0.0.7"));
        bad(Map.of("url", "http://localhost:8080/hook", "events", List.of("uncredited_copy"), "secret", SECRET), "url")
                .body("type", containsString("address-refused"));
        bad(Map.of("url", "http://169.254.169.254/latest", "events", List.of("uncredited_copy"), "secret", SECRET), "url");
        bad(Map.of("url", "ftp://example.com/hook", "events", List.of("uncredited_copy"), "secret", SECRET), "url");
        bad(Map.of("events", List.of("uncredited_copy"), "secret", SECRET), "url");
        bad(Map.of("url", "http://127.0.0.1:9/h", "events", List.of(), "secret", SECRET), "events");
        bad(Map.of("url", "http://127.0.0.1:9/h", "events", List.of("everything"), "secret", SECRET), "events")
                .body("detail", containsString("everything"));
        bad(Map.of("url", "http://127.0.0.1:9/h", "events", List.of("uncredited_copy"), "secret", "short"), "secret")
                .body("detail", containsString("16"));
        bad(Map.of("url", "http://127.0.0.1:9/h", "events", List.of("uncredited_copy")), "secret");
        given().contentType(ContentType.JSON).body("{\"url\":\"http://127.0.0.1:9/h\",\"events\":\"uncredited_copy\","
                + "\"secret\":\"" + SECRET + "\"}").post("/api/webhooks").then().statusCode(400)
                .contentType("application/problem+json");
        given().contentType(ContentType.JSON).body("{\"url\":\"http://127.0.0.1:9/h\",\"extra\":1}").post("/api/webhooks")
                .then().statusCode(400).contentType("application/problem+json");
        given().contentType(ContentType.TEXT).body("url=x").post("/api/webhooks").then().statusCode(415)
                .contentType("application/problem+json");
        given().get("/api/webhooks/abc").then().statusCode(400).contentType("application/problem+json")
                .body("field", equalTo("id")).body("detail", containsString("webhook id 'abc'"));
        given().get("/api/webhooks/1/deliveries?limit=0").then().statusCode(400).contentType("application/problem+json");
    }

    static io.restassured.response.ValidatableResponse bad(Map<String, Object> body, String field) {
        return given().contentType(ContentType.JSON).body(body).post("/api/webhooks").then().statusCode(400)
                .contentType("application/problem+json").body("field", equalTo(field));
    }
}
