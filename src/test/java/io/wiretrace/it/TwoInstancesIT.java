package io.wiretrace.it;

import static org.assertj.core.api.Assertions.assertThat;

import io.wiretrace.support.PostgresResource;
import java.io.IOException;
import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Scale-out on one PostgreSQL, tested on the packaged jar: two instances of the service on one database, articles
 * ingested concurrently through both (stories of four copies each, so matching has work, and credits to outlets
 * neither knows, so both race to create them), one instance killed with SIGKILL while it holds jobs. Afterwards every
 * article is stored once and matched once by exactly one job, every job has ended, the outlets created in the race
 * exist once, and the surviving instance answered its health checks throughout. An outlet written through one instance
 * is then resolved by the other from its refreshed cache.
 */
class TwoInstancesIT {

    private static final int STORIES = 10;
    private static final int COPIES = 4;

    static PostgresResource database;
    static Map<String, String> datasource;
    static ServiceProcess a;
    static ServiceProcess b;

    @BeforeAll
    static void start() throws IOException {
        database = new PostgresResource();
        datasource = database.start();
        a = ServiceProcess.start("a", settings("instance-a"), Duration.ofMinutes(3));
        b = ServiceProcess.start("b", settings("instance-b"), Duration.ofMinutes(3));
    }

    @AfterAll
    static void stop() throws InterruptedException {
        for (ServiceProcess s : new ServiceProcess[] {a, b}) {
            if (s != null) {
                s.close();
            }
        }
        if (database != null) {
            database.stop();
        }
    }

    private static Map<String, String> settings(String instance) {
        Map<String, String> p = new HashMap<>(datasource);
        p.put("wiretrace.queue.instance-name", instance);
        p.put("wiretrace.queue.lease", "4s");
        p.put("wiretrace.queue.poll-interval", "200ms");
        p.put("wiretrace.queue.backoff-base", "500ms");
        p.put("wiretrace.reuse.semantic-model", "false");
        return p;
    }

    @Test
    void twoInstancesShareTheWorkAndAKilledOneLosesNothing() throws Exception {
        List<String> bodies = articles();
        AtomicBoolean watching = new AtomicBoolean(true);
        AtomicInteger healthChecks = new AtomicInteger();
        ConcurrentLinkedQueue<String> healthFailures = new ConcurrentLinkedQueue<>();
        Thread watcher = new Thread(() -> {
            while (watching.get()) {
                int status = b.get("/q/health/live");
                healthChecks.incrementAndGet();
                if (status != 200) {
                    healthFailures.add(Instant.now() + ": " + status);
                }
                ServiceProcess.sleep(200);
            }
        });
        watcher.start();

        // first half through both instances at once
        int half = bodies.size() / 2;
        List<String> retry = new java.util.concurrent.CopyOnWriteArrayList<>();
        Thread viaA = poster(a, bodies, 0, half, 2, retry);
        Thread viaB = poster(b, bodies, 1, half, 2, retry);
        viaA.start();
        viaB.start();
        viaA.join();
        viaB.join();
        // a re-analysis for A to hold, then kill A while it holds leases; B polls the same queue and may take a
        // re-analysis first, so one is asked for again until A is seen holding a job
        List<String> held = List.of();
        for (int round = 0; round < 15 && held.isEmpty(); round++) {
            a.postJson("/api/articles/reanalyze", "");
            held = leasesHeldBy("instance-a", Duration.ofSeconds(20));
        }
        assertThat(held).as("instance-a never held a job").isNotEmpty();
        a.kill();

        // the rest, and whatever A did not acknowledge, through B alone
        Thread rest = poster(b, bodies, half, bodies.size(), 1, retry);
        rest.start();
        rest.join();
        for (String body : List.copyOf(retry)) {
            HttpResponse<String> r = b.postJson("/api/articles", body);
            assertThat(r.statusCode()).as(r.body()).isIn(200, 201);
        }
        awaitQueueEmpty(Duration.ofSeconds(120));
        watching.set(false);
        watcher.join();

        try (Connection c = connect()) {
            assertThat(Sql.scalar(c, "SELECT count(*) FROM article")).isEqualTo(bodies.size());
            assertThat(Sql.scalar(c, "SELECT count(*) FROM (SELECT url_key FROM article GROUP BY url_key HAVING count(*) > 1) d"))
                    .as("articles stored twice").isZero();
            assertThat(Sql.scalar(c, "SELECT count(*) FROM reuse_fingerprint WHERE matched_at IS NULL")).as("unmatched").isZero();
            assertThat(Sql.scalar(c, "SELECT count(*) FROM job WHERE status IN ('queued', 'running', 'dead', 'failed')"))
                    .as("jobs not done: " + Sql.rows(c, "SELECT kind, status, last_error FROM job WHERE status <> 'succeeded'"))
                    .isZero();
            assertThat(Sql.scalar(c, "SELECT count(*) FROM job WHERE kind = 'reuse-match' AND status = 'succeeded'"))
                    .as("one succeeded matching job per article").isEqualTo(bodies.size());
            assertThat(Sql.scalar(c, "SELECT count(*) FROM (SELECT subject FROM job WHERE kind = 'reuse-match' "
                    + "GROUP BY subject HAVING count(*) > 1) d")).as("an article matched twice").isZero();
            assertThat(Sql.scalar(c, "SELECT count(*) FROM job WHERE lease_owner IS NOT NULL")).isZero();
            String heldIds = held.stream().map(id -> "'" + id + "'").collect(java.util.stream.Collectors.joining(","));
            assertThat(Sql.scalar(c, "SELECT count(*) FROM job WHERE id IN (" + heldIds + ") AND status = 'succeeded'"))
                    .as("the jobs A held when it died were finished").isEqualTo(held.size());
            assertThat(Sql.scalar(c, "SELECT count(*) FROM job WHERE kind = 'reanalyze-attributions' AND (status <> 'succeeded' "
                    + "OR done = 0)")).as("re-analyses not run to the end").isZero();
            // each story's copies matched each other, and no two stories matched
            assertThat(Sql.scalar(c, "SELECT count(*) FROM reuse_match m JOIN article x ON x.id = m.article_a "
                    + "JOIN article y ON y.id = m.article_b WHERE split_part(x.url, '/', 4) = split_part(y.url, '/', 4)"))
                    .isEqualTo(STORIES * COPIES * (COPIES - 1) / 2);
            assertThat(Sql.scalar(c, "SELECT count(*) FROM reuse_match m JOIN article x ON x.id = m.article_a "
                    + "JOIN article y ON y.id = m.article_b WHERE split_part(x.url, '/', 4) <> split_part(y.url, '/', 4)"))
                    .isZero();
            // the credited outlets both instances raced to create exist once each
            for (int s = 0; s < STORIES; s++) {
                assertThat(Sql.scalar(c, "SELECT count(*) FROM outlet_domain WHERE domain = 'originherald" + s + ".com'"))
                        .as("outlet of originherald" + s + ".com").isEqualTo(1);
            }
        }
        assertThat(healthFailures).as("B's health while A died").isEmpty();
        assertThat(healthChecks.get()).isGreaterThan(5);

        // an outlet written through one instance is seen by the other's cache
        ServiceProcess c2 = ServiceProcess.start("a2", settings("instance-a2"), Duration.ofMinutes(3));
        try {
            HttpResponse<String> created = c2.postJson("/api/outlets", "{\"key\":\"valmere-times\",\"name\":\"Valmere "
                    + "Times\",\"kind\":\"newsroom\",\"domains\":[\"valmeretimes.example\"]}");
            assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
            ServiceProcess.sleep(1_500);
            HttpResponse<String> article = b.postJson("/api/articles", "{\"text\":\"" + story(new Random(99), 1)
                    + "\",\"url\":\"https://valmeretimes.example/news/strike-ends\"}");
            assertThat(article.statusCode()).as(article.body()).isEqualTo(201);
            assertThat(article.body()).contains("\"key\":\"valmere-times\"");
        } finally {
            c2.close();
        }
    }

    private Thread poster(ServiceProcess service, List<String> bodies, int from, int to, int step, List<String> retry) {
        return new Thread(() -> {
            for (int i = from; i < to; i += step) {
                try {
                    HttpResponse<String> r = service.postJson("/api/articles", bodies.get(i));
                    if (r.statusCode() != 201 && r.statusCode() != 200) {
                        retry.add(bodies.get(i));
                    }
                } catch (IOException e) {
                    retry.add(bodies.get(i)); // the instance died before answering: the client sends it elsewhere
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    return;
                }
            }
        });
    }

    /**
     * The ids of the jobs the instance holds, polled until it holds one or no re-analysis is pending any more (B took
     * it, or A finished it between polls) or the time is up: then none.
     */
    private static List<String> leasesHeldBy(String instance, Duration timeout) throws SQLException {
        Instant end = Instant.now().plus(timeout);
        try (Connection c = connect()) {
            while (Instant.now().isBefore(end)) {
                List<String> ids = Sql.rows(c, "SELECT id FROM job WHERE status = 'running' AND lease_owner = '" + instance + "'");
                if (!ids.isEmpty()) {
                    return ids;
                }
                if (Sql.scalar(c, "SELECT count(*) FROM job WHERE kind = 'reanalyze-attributions' "
                        + "AND status IN ('queued', 'running')") == 0) {
                    return List.of();
                }
                ServiceProcess.sleep(5);
            }
        }
        return List.of();
    }

    private static void awaitQueueEmpty(Duration timeout) throws SQLException {
        Instant end = Instant.now().plus(timeout);
        try (Connection c = connect()) {
            while (Instant.now().isBefore(end)) {
                if (Sql.scalar(c, "SELECT count(*) FROM job WHERE status IN ('queued', 'running')") == 0) {
                    return;
                }
                ServiceProcess.sleep(250);
            }
            throw new AssertionError("jobs still pending: " + Sql.rows(c, "SELECT kind, status, lease_owner, attempts FROM job "
                    + "WHERE status IN ('queued', 'running')") + "\nB's log:\n" + b.logTail());
        }
    }

    /** Stories of four copies each: the same invented text with a few words changed, crediting an invented outlet. */
    private static List<String> articles() {
        List<String> bodies = new ArrayList<>();
        for (int s = 0; s < STORIES; s++) {
            for (int k = 0; k < COPIES; k++) {
                String text = story(new Random(1_000 + s), k) + "\\n\\nOriginal Source: www.originherald" + s + ".com";
                bodies.add("{\"text\":\"" + text + "\",\"url\":\"https://copy" + k + ".example/story" + s + "/a\"}");
            }
        }
        java.util.Collections.shuffle(bodies, new Random(7));
        return bodies;
    }

    private static String story(Random random, int variant) {
        StringBuilder text = new StringBuilder();
        Random edits = new Random(variant);
        for (int sentence = 0; sentence < 14; sentence++) {
            for (int w = 0; w < 14; w++) {
                String word = word(random);
                text.append(w == 0 ? Character.toUpperCase(word.charAt(0)) + word.substring(1) : word);
                if (variant > 0 && edits.nextInt(40) == 0) {
                    text.append(' ').append(word(edits));
                }
                text.append(w == 13 ? ". " : " ");
            }
        }
        return text.toString().strip();
    }

    private static String word(Random random) {
        String letters = "bcdfghklmnprstvz";
        String vowels = "aeiou";
        StringBuilder w = new StringBuilder();
        for (int i = 0, n = 2 + random.nextInt(3); i < n; i++) {
            w.append(letters.charAt(random.nextInt(letters.length()))).append(vowels.charAt(random.nextInt(vowels.length())));
        }
        return w.toString();
    }

    private static Connection connect() throws SQLException {
        return Sql.connect(datasource);
    }
}
