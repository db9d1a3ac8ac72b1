package io.wiretrace.api;

import static io.wiretrace.support.Api.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.greaterThanOrEqualTo;
import static org.hamcrest.Matchers.is;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.wiretrace.app.WorkQueue;
import io.wiretrace.store.JobStore;
import io.wiretrace.work.Job;
import io.wiretrace.work.JobStatus;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** The durable work queue through its public interface (/api/jobs, /q/metrics, /q/health) and its store's leases. */
@QuarkusTest
class WorkQueueTest {

    @Inject
    WorkQueue queue;

    @Inject
    JobStore jobs;

    @Inject
    EntityManager em;

    @Test
    void aFailingJobIsRetriedWithBackoffThenSucceedsAndKeepsItsLastError() {
        String subject = "flaky-" + UUID.randomUUID();
        Job job = queue.enqueue("test-flaky", subject, "{\"failures\":2}", 1);
        Job done = awaitEnd(job.id());
        assertThat(done.state()).isEqualTo(JobStatus.SUCCEEDED);
        assertThat(done.attempts()).isEqualTo(3);
        assertThat(done.lastError()).contains("planned failure 2 of 2");
        assertThat(done.result()).contains("\"attempts\":3");
        given().get("/api/jobs/" + job.id()).then().statusCode(200).body("status", equalTo("succeeded"))
                .body("attempts", is(3)).body("result.attempts", is(3)).body("lastError", containsString("planned"));
    }

    @Test
    void aJobFailingEveryAttemptIsDeadWithItsLastError() {
        Job job = queue.enqueue("test-flaky", "dead-" + UUID.randomUUID(), "{\"failures\":99}", 1);
        Job dead = awaitEnd(job.id());
        assertThat(dead.state()).isEqualTo(JobStatus.DEAD);
        assertThat(dead.attempts()).isEqualTo(dead.maxAttempts());
        assertThat(dead.lastError()).contains("planned failure " + dead.maxAttempts());
        given().queryParam("kind", "test-flaky").queryParam("status", "dead").get("/api/jobs").then().statusCode(200)
                .body("total", greaterThanOrEqualTo(1)).body("items.status", everyItem(equalTo("dead")));
    }

    @Test
    void aPermanentFailureEndsTheJobAtOnce() {
        Job job = queue.enqueue("test-refusing", null, "{}", 1);
        Job failed = awaitEnd(job.id());
        assertThat(failed.state()).isEqualTo(JobStatus.FAILED);
        assertThat(failed.attempts()).isEqualTo(1);
        assertThat(failed.result()).contains("REFUSED");
    }

    @Test
    void enqueueingPendingWorkAgainReturnsThePendingJob() {
        String subject = "once-" + UUID.randomUUID();
        Instant later = Instant.now().plusSeconds(3600);
        Job first = QuarkusTransaction.requiringNew().call(() -> jobs.enqueue("test-flaky", subject, "{\"failures\":0}", 1, later, 5));
        Job second = QuarkusTransaction.requiringNew().call(() -> jobs.enqueue("test-flaky", subject, "{\"failures\":0}", 1, later, 5));
        assertThat(second.id()).isEqualTo(first.id());
        QuarkusTransaction.requiringNew().run(() -> em.createNativeQuery("DELETE FROM job WHERE id = :id")
                .setParameter("id", first.id()).executeUpdate());
    }

    @Test
    void aJobWhoseInstanceDiedIsTakenOverWhenItsLeaseExpiresAndTheOldLeaseCannotCompleteIt() {
        String subject = "orphan-" + UUID.randomUUID();
        Job queued = QuarkusTransaction.requiringNew().call(() ->
                jobs.enqueue("test-flaky", subject, "{\"failures\":0}", 1, Instant.now().plusSeconds(3600), 5));
        // another instance leased it and died: its lease ran out a minute ago
        QuarkusTransaction.requiringNew().run(() -> em.createNativeQuery("UPDATE job SET status = 'running', "
                + "lease_owner = 'dead-instance', lease_until = now() - interval '1 minute', attempts = 1 WHERE id = :id")
                .setParameter("id", queued.id()).executeUpdate());
        Job stale = QuarkusTransaction.requiringNew().call(() -> jobs.byId(queued.id())).orElseThrow();
        Job done = awaitEnd(queued.id());
        assertThat(done.state()).isEqualTo(JobStatus.SUCCEEDED);
        assertThat(done.attempts()).isEqualTo(2);
        // the dead instance's lease is fenced off: it cannot complete or retry the job any more
        assertThat(QuarkusTransaction.requiringNew().call(() -> jobs.succeed(stale, "late", null))).isFalse();
        assertThat(QuarkusTransaction.requiringNew().call(() -> jobs.retry(stale, "late", Instant.now()))).isFalse();
        assertThat(QuarkusTransaction.requiringNew().call(() -> jobs.byId(queued.id())).orElseThrow().message())
                .isEqualTo("done after 2 attempts");
    }

    @Test
    void concurrentClaimsNeverTakeTheSameJob() {
        String prefix = "claim-" + UUID.randomUUID() + "-";
        Instant past = Instant.now().minusSeconds(1);
        for (int i = 0; i < 20; i++) {
            int n = i;
            QuarkusTransaction.requiringNew().run(() -> jobs.enqueue("test-claims", prefix + n, "{}", 1, past, 5));
        }
        List<Job> a = new java.util.concurrent.CopyOnWriteArrayList<>();
        List<Job> b = new java.util.concurrent.CopyOnWriteArrayList<>();
        Thread one = new Thread(() -> a.addAll(QuarkusTransaction.requiringNew()
                .call(() -> jobs.claim("instance-a", List.of("test-claims"), 15, Duration.ofMinutes(1)))));
        Thread two = new Thread(() -> b.addAll(QuarkusTransaction.requiringNew()
                .call(() -> jobs.claim("instance-b", List.of("test-claims"), 15, Duration.ofMinutes(1)))));
        one.start();
        two.start();
        await().atMost(Duration.ofSeconds(30)).until(() -> !one.isAlive() && !two.isAlive());
        assertThat(a.size() + b.size()).isEqualTo(20);
        assertThat(a).extracting(Job::id).doesNotContainAnyElementsOf(b.stream().map(Job::id).toList());
        QuarkusTransaction.requiringNew().run(() -> em.createNativeQuery("DELETE FROM job WHERE kind = 'test-claims'")
                .executeUpdate());
    }

    @Test
    void jobsAreListedAndBadFiltersAreProblems() {
        queue.enqueue("test-refusing", null, "{}", 1);
        given().queryParam("kind", "test-refusing").get("/api/jobs").then().statusCode(200)
                .body("total", greaterThanOrEqualTo(1)).body("items.kind", everyItem(equalTo("test-refusing")));
        given().queryParam("status", "sleeping").get("/api/jobs").then().statusCode(400)
                .contentType("application/problem+json").body("field", equalTo("status"))
                .body("detail", containsString("queued"));
        given().queryParam("size", "1000").get("/api/jobs").then().statusCode(400).body("field", equalTo("size"));
        given().get("/api/jobs/not-a-uuid").then().statusCode(400).body("field", equalTo("id"));
        given().get("/api/jobs/" + UUID.randomUUID()).then().statusCode(404).contentType("application/problem+json");
    }

    @Test
    void theBacklogIsInMetricsAndHealthWithoutMarkingTheInstanceDown() {
        QuarkusTransaction.requiringNew().run(() -> jobs.enqueue("test-flaky", "later-" + UUID.randomUUID(),
                "{\"failures\":0}", 1, Instant.now().minusSeconds(5), 5));
        await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> given().get("/q/metrics").then()
                .body(containsString("wiretrace_queue_depth{kind=\"reuse-match\"}"))
                .body(containsString("wiretrace_queue_oldest_age_seconds{kind=\"test-flaky\"}"))
                .body(containsString("wiretrace_job_failures_total")));
        given().get("/q/health").then().statusCode(200).body("status", equalTo("UP"))
                .body(containsString("work-queue")).body(containsString("oldestDueSeconds"));
    }

    private Job awaitEnd(UUID id) {
        return await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(100))
                .until(() -> QuarkusTransaction.requiringNew().call(() -> jobs.byId(id)).orElseThrow(),
                        j -> !j.state().pending());
    }
}
