package io.wiretrace.it;

import static org.assertj.core.api.Assertions.assertThat;

import io.wiretrace.support.FeedSite;
import io.wiretrace.support.PostgresResource;
import java.io.IOException;
import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Watched sources with several instances, tested on the packaged jar: two instances on one database tick for due
 * sources every 100 ms, and a feed due every second is polled by one of them at a time (never twice for one due time:
 * consecutive feed requests are at least most of the interval apart), each item page is fetched and stored once, and
 * items the feed gains later are stored once too, whichever instance polls.
 */
class TwoInstancesPollIT {

    private static final int FIRST_ITEMS = 6;
    private static final int LATER_ITEMS = 3;

    static PostgresResource database;
    static Map<String, String> datasource;
    static ServiceProcess a;
    static ServiceProcess b;
    static FeedSite site;

    @BeforeAll
    static void start() throws IOException {
        site = new FeedSite();
        database = new PostgresResource();
        datasource = database.start();
        a = ServiceProcess.start("poll-a", settings("poll-a"), Duration.ofMinutes(3));
        b = ServiceProcess.start("poll-b", settings("poll-b"), Duration.ofMinutes(3));
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
        if (site != null) {
            site.close();
        }
    }

    private static Map<String, String> settings(String instance) {
        Map<String, String> p = new HashMap<>(datasource);
        p.put("wiretrace.queue.instance-name", instance);
        p.put("wiretrace.queue.poll-interval", "100ms");
        p.put("wiretrace.reuse.semantic-model", "false");
        p.put("wiretrace.fetch.allowed-hosts", "127.0.0.1");
        p.put("wiretrace.sources.tick", "100ms");
        p.put("wiretrace.sources.min-host-delay", "50ms");
        return p;
    }

    @Test
    void aDueSourceIsPolledByOneInstanceAtATimeAndEachItemStoredOnce() throws Exception {
        List<String[]> items = new ArrayList<>();
        for (int i = FIRST_ITEMS; i >= 1; i--) {
            items.add(page(i));
        }
        publish(items);
        HttpResponse<String> created = a.postJson("/api/sources",
                "{\"url\":\"" + site.url("/feed.xml") + "\",\"minInterval\":\"PT1S\",\"maxInterval\":\"PT1S\"}");
        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);

        awaitArticles(FIRST_ITEMS, Duration.ofSeconds(90));
        for (int i = FIRST_ITEMS + 1; i <= FIRST_ITEMS + LATER_ITEMS; i++) {
            items.add(0, page(i));
        }
        publish(items);
        awaitArticles(FIRST_ITEMS + LATER_ITEMS, Duration.ofSeconds(90));
        ServiceProcess.sleep(4_000); // more polls of an unchanged feed: 304s, nothing stored

        List<FeedSite.Hit> hits = site.hits("/feed.xml");
        // the first request is the creation's own read of the feed (to know its kind), made before the source exists
        List<FeedSite.Hit> polls = hits.subList(1, hits.size());
        assertThat(polls.size()).as("the feed is polled again and again").isGreaterThanOrEqualTo(4);
        for (int i = 1; i < polls.size(); i++) {
            long gapMs = (polls.get(i).atNanos() - polls.get(i - 1).atNanos()) / 1_000_000;
            assertThat(gapMs).as("poll %d came %d ms after the one before: polled twice for one due time", i,
                    gapMs).isGreaterThanOrEqualTo(500);
        }
        for (int i = 1; i <= FIRST_ITEMS + LATER_ITEMS; i++) {
            assertThat(site.hits("/news/" + i)).as("item page %d fetched once", i).hasSize(1);
        }
        try (Connection c = connect()) {
            assertThat(Sql.scalar(c, "SELECT count(*) FROM article")).isEqualTo(FIRST_ITEMS + LATER_ITEMS);
            assertThat(Sql.scalar(c, "SELECT count(DISTINCT url_key) FROM article")).isEqualTo(FIRST_ITEMS + LATER_ITEMS);
            assertThat(Sql.scalar(c, "SELECT count(*) FROM job WHERE kind = 'poll-source' AND status IN ('failed', 'dead')"))
                    .isZero();
        }
        assertThat(a.get("/q/health/ready")).isEqualTo(200);
        assertThat(b.get("/q/health/ready")).isEqualTo(200);
    }

    /** Item {@code i}: its page is put on the site, and it is returned for the feed. */
    private static String[] page(int i) {
        String[] item = {"/news/" + i, "Harbour story number " + i};
        site.article(item[0], item[1]);
        return item;
    }

    private static void publish(List<String[]> items) {
        site.put("/feed.xml", "application/rss+xml", site.rss("Harbour Gazette", items.toArray(String[][]::new)));
    }

    private static void awaitArticles(int count, Duration timeout) throws SQLException {
        long deadline = System.nanoTime() + timeout.toNanos();
        try (Connection c = connect()) {
            while (Sql.scalar(c, "SELECT count(*) FROM article") < count) {
                if (System.nanoTime() > deadline) {
                    throw new AssertionError("only " + Sql.scalar(c, "SELECT count(*) FROM article") + " of " + count
                            + " articles stored; instance logs: " + a.log + ", " + b.log);
                }
                ServiceProcess.sleep(250);
            }
        }
    }

    private static Connection connect() throws SQLException {
        return Sql.connect(datasource);
    }
}
