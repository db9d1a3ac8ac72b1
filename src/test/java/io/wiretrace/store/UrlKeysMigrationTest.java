package io.wiretrace.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.wiretrace.store.migration.V41__Recompute_url_keys;
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
 * V40-V42 on a store written under the old URL keys: keys recomputed with the URL identity, articles at different forms
 * of one URL joined as revisions (oldest first), same content marked as a duplicate, nothing deleted, the URLs as
 * received untouched, credited URLs keyed.
 */
class UrlKeysMigrationTest {

    private static PostgresResource database;
    private static Map<String, String> settings;

    @BeforeAll
    static void migrateAStoreWithOldKeys() throws Exception {
        database = new PostgresResource();
        settings = database.start();
        // the schema as it was before the URL identity: every migration below V40 (other branches add their own)
        String before = java.util.Arrays.stream(OldStores.flyway(settings).load().info().all())
                .map(m -> m.getVersion()).filter(v -> v.isNewerThan("0") && !v.isAtLeast("40"))
                .max(Comparable::compareTo).orElseThrow().getVersion();
        OldStores.flyway(settings).target(before).load().migrate();
        try (Connection c = OldStores.connect(settings)) {
            // the old key kept scheme, www. and trailing slash apart: four rows, one article
            OldStores.article(c, 1, "https://valmeretimes.example/news/strike-ends", "https://valmeretimes.example/news/strike-ends", 'a', null);
            OldStores.article(c, 2, "http://www.valmeretimes.example/news/strike-ends/", "http://www.valmeretimes.example/news/strike-ends/", 'b', null);
            OldStores.article(c, 3, "https://valmeretimes.example/news/strike-ends/?utm_source=x",
                    "https://valmeretimes.example/news/strike-ends/?utm_source=x", 'a', null);
            OldStores.article(c, 4, "http://www.valmeretimes.example/news/strike-ends/", "http://www.valmeretimes.example/news/strike-ends/", 'c', 2L);
            OldStores.article(c, 5, "https://valmeretimes.example/news/other", "https://valmeretimes.example/news/other", 'd', null);
            OldStores.credit(c, 5, "http://www.valmeretimes.example/news/strike-ends/");
        }
        // up to V42, whose rule this test checks (V55 lifts the uniqueness again: A -> B -> A is two revisions)
        OldStores.flyway(settings).javaMigrations(new V41__Recompute_url_keys()).target("42").load().migrate();
    }

    @AfterAll
    static void dropDatabase() {
        database.stop();
    }

    @Test
    void keysAreRecomputedAndFormsOfOneUrlJoinedAsRevisionsWithNothingDeleted() throws Exception {
        String key = "https://valmeretimes.example/news/strike-ends";
        try (Connection c = OldStores.connect(settings)) {
            assertThat(OldStores.rows(c, "SELECT id FROM article ORDER BY id")).containsExactly("1", "2", "3", "4", "5");
            assertThat(OldStores.rows(c, "SELECT url_key FROM article WHERE id <= 4 ORDER BY id")).containsOnly(key);
            assertThat(OldStores.rows(c, "SELECT final_url_key FROM article WHERE id = 2")).containsExactly(key);
            // 2 becomes a revision of 1; 3 (same content as 1) a revision of 2 and a duplicate of 1; 4 keeps its own
            assertThat(OldStores.rows(c, "SELECT id || ':' || coalesce(revision_of::text, '-') || ':' || coalesce(duplicate_of::text, '-')"
                    + " FROM article ORDER BY id")).containsExactly("1:-:-", "2:1:-", "3:2:1", "4:2:-", "5:-:-");
            assertThat(OldStores.rows(c, "SELECT url FROM article WHERE id = 2")).containsExactly("http://www.valmeretimes.example/news/strike-ends/");
            assertThat(OldStores.rows(c, "SELECT target_url_key FROM attribution")).containsExactly(key);
            assertThat(OldStores.rows(c, "SELECT version FROM flyway_schema_history WHERE success AND version IN ('40', '41', '42')"
                    + " ORDER BY installed_rank DESC"))
                    .containsExactly("42", "41", "40");
        }
    }

    @Test
    void sameKeyAndContentIsUniqueAgainOutsideTheJoinedDuplicates() throws Exception {
        try (Connection c = OldStores.connect(settings)) {
            assertThatThrownBy(() -> OldStores.article(c, 6, "https://valmeretimes.example/news/strike-ends",
                    "https://valmeretimes.example/news/strike-ends", 'b', null))
                    .isInstanceOf(SQLException.class).hasMessageContaining("article_url_content");
        }
    }
}
