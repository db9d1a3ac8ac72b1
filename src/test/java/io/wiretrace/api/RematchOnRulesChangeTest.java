package io.wiretrace.api;

import static io.wiretrace.support.Api.given;
import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.wiretrace.app.RematchOnRulesChange;
import io.wiretrace.store.ReuseMatchStore;
import io.wiretrace.work.Job;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.time.Duration;
import java.util.Optional;
import java.util.UUID;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;

/** Stored matches judged by older rules are rematched by a queued job; none is queued when all are current. */
@QuarkusTest
class RematchOnRulesChangeTest {

    @Inject
    RematchOnRulesChange check;

    @Inject
    EntityManager em;

    @Test
    void aMatchJudgedByOlderRulesQueuesARematchThatBringsItUpToDate() {
        String tag = "\n\nCase " + UUID.randomUUID() + ".";
        int original = ReuseApiTest.ingest(ReuseApiTest.text("dam-report.txt") + tag,
                "https://wire.example/dam-" + UUID.randomUUID(), "2025-06-01T08:00:00Z");
        int copy = ReuseApiTest.ingest(ReuseApiTest.text("dam-report-copy.txt") + tag,
                "https://copy.example/dam-" + UUID.randomUUID(), "2025-06-01T11:00:00Z");
        given().get("/api/articles/" + copy + "/reuse").then().statusCode(200);
        assertThat(check.check()).as("every stored match is judged by the current rules").isEmpty();

        int older = QuarkusTransaction.requiringNew().call(() -> em.createNativeQuery(
                "UPDATE reuse_match SET rules_version = ?1 WHERE article_a = ?2 OR article_b = ?2")
                .setParameter(1, ReuseMatchStore.RULES_VERSION - 1).setParameter(2, original).executeUpdate());
        assertThat(older).as("the pair was stored").isPositive();

        Optional<Job> job = check.check();
        assertThat(job).isPresent();
        assertThat(job.get().kind()).isEqualTo("rematch-reuse");
        assertThat(check.check().map(Job::id)).as("queued once").contains(job.get().id());
        Awaitility.await().atMost(Duration.ofSeconds(120)).until(() -> "SUCCEEDED".equalsIgnoreCase(
                given().get("/api/jobs/" + job.get().id()).then().extract().path("status")));
        assertThat(check.check()).as("rematched under the current rules").isEmpty();
    }
}
