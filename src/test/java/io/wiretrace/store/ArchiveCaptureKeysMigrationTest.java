package io.wiretrace.store;

import static org.assertj.core.api.Assertions.assertThat;

import io.wiretrace.store.migration.V67__Key_archive_captures_by_the_archived_page;
import io.wiretrace.support.PostgresResource;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * V67 on a store where web-archive captures were keyed by the archive's own address: they take the archived page's
 * key and join its revisions, oldest first; same content is marked a duplicate; nothing else moves.
 */
class ArchiveCaptureKeysMigrationTest {

    private static final String LIVE = "https://valmeretimes.example/news/strike-ends";
    private static final String CAPTURE = "https://web.archive.org/web/20190315081502/https://www.valmeretimes.example/news/strike-ends/";
    private static final String TODAY = "https://archive.ph/2021.06.30-221510/https://valmeretimes.example/news/strike-ends";

    private static PostgresResource database;
    private static Map<String, String> settings;

    @BeforeAll
    static void migrateAStoreWithCaptureKeys() throws Exception {
        database = new PostgresResource();
        settings = database.start();
        OldStores.flyway(settings).target("66").load().migrate();
        try (Connection c = OldStores.connect(settings)) {
            OldStores.article(c, 1, CAPTURE, "https://web.archive.org/web/20190315081502/https://www.valmeretimes.example/news/strike-ends", 'a', null);
            OldStores.article(c, 2, LIVE, LIVE, 'b', null);
            OldStores.article(c, 3, LIVE, LIVE, 'c', 2L);
            OldStores.article(c, 4, TODAY, "https://archive.ph/2021.06.30-221510/https://valmeretimes.example/news/strike-ends", 'b', null);
            OldStores.article(c, 5, "https://web.archive.org/web/2019/https://other.example/a", "https://web.archive.org/web/2019/https://other.example/a", 'd', null);
            OldStores.article(c, 6, "https://archive.ph/AbCdE", "https://archive.ph/AbCdE", 'e', null);
            OldStores.credit(c, 5, CAPTURE);
        }
        OldStores.flyway(settings).javaMigrations(new V67__Key_archive_captures_by_the_archived_page()).target("67").load().migrate();
    }

    @AfterAll
    static void dropDatabase() {
        database.stop();
    }

    @Test
    void capturesTakeTheArchivedPagesKeyAndJoinItsRevisions() throws Exception {
        try (Connection c = OldStores.connect(settings)) {
            assertThat(OldStores.rows(c, "SELECT id || ' ' || url_key FROM article ORDER BY id")).containsExactly(
                    "1 " + LIVE, "2 " + LIVE, "3 " + LIVE, "4 " + LIVE, "5 https://other.example/a", "6 https://archive.ph/AbCdE");
            // 2 had no earlier revision and becomes one of 1; 3 keeps its own; 4 (2's content) a revision of 3 and
            // a duplicate of 2
            assertThat(OldStores.rows(c, "SELECT id || ':' || coalesce(revision_of::text, '-') || ':' || coalesce(duplicate_of::text, '-')"
                    + " FROM article ORDER BY id")).containsExactly("1:-:-", "2:1:-", "3:2:-", "4:3:2", "5:-:-", "6:-:-");
            assertThat(OldStores.rows(c, "SELECT url FROM article WHERE id = 1")).containsExactly(CAPTURE);
            assertThat(OldStores.rows(c, "SELECT target_url_key FROM attribution")).containsExactly(LIVE);
        }
    }
}
