package io.wiretrace.api;

import static io.wiretrace.support.Api.given;
import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import javax.sql.DataSource;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Issue 19: search over many matches. A phrase whose words most articles hold has its word positions checked in the newest 5,000 of those
 * articles only, and says that its total is an estimate. 5,200 articles hold both words; every 100th holds them as the
 * phrase, so the window (the newest 5,000) holds 50 matches and the 2 oldest matches lie beyond it.
 * A word query counts the matches it ranks (the newest 2,000): fewer are an exact total, more an estimate.
 */
@QuarkusTest
class SearchManyMatchesTest {

    static final String SITE = "https://phrase-window.example/a/";

    @Inject
    DataSource dataSource;

    /** The rows are written once for the class and deleted after it (other test classes share the database). */
    static DataSource inserted;

    @BeforeEach
    void insert() throws SQLException {
        if (inserted != null) {
            return;
        }
        inserted = dataSource;
        sql("INSERT INTO article (input_kind, url, url_key, final_url, outlet_id, title, language, body_text, "
                + "content_sha256, extraction_json, created_at) "
                + "SELECT 'text', '" + SITE + "' || g, '" + SITE + "' || g, '" + SITE + "' || g, "
                + "(SELECT id FROM outlet ORDER BY id LIMIT 1), 'Window ' || g, 'en', "
                + "CASE WHEN g % 100 = 0 THEN 'the zorblat quexil report was read aloud' "
                + "ELSE 'a quexil was found near the zorblat yesterday' END, "
                + "lpad(to_hex(g + 987654321), 64, '0'), '{\"siteDomain\":null,\"jsonLd\":null,\"markup\":[],\"links\":[]}', "
                + "timestamptz '2024-01-01' + g * interval '1 minute' FROM generate_series(1, 5200) g ORDER BY g");
        sql("ANALYZE article");
    }

    @AfterAll
    static void delete() throws SQLException {
        if (inserted != null) {
            sql(inserted, "DELETE FROM article WHERE url LIKE '" + SITE + "%'");
            inserted = null;
        }
    }

    @Test
    void aPhraseOfCommonWordsIsCheckedInTheNewestArticlesHoldingThemWithAnEstimatedTotal() {
        JsonPath page = given().queryParam("q", "\"zorblat quexil\"").queryParam("size", 100).get("/api/articles")
                .then().statusCode(200).extract().jsonPath();
        List<String> urls = page.getList("items.url", String.class);
        assertThat(urls).hasSize(50).allSatisfy(url -> {
            int g = Integer.parseInt(url.substring(SITE.length()));
            assertThat(g % 100).isZero();
            assertThat(g).isGreaterThan(200); // the matches among the newest 5,000 articles holding both words
        });
        assertThat(page.getBoolean("totalExact")).isFalse();
        assertThat(page.getLong("total")).isBetween(50L, 60L); // 50 of 5,000 in the window, ~5,200 holding the words
    }

    @Test
    void aRarePhraseIsCheckedInEveryArticleWithAnExactTotal() {
        JsonPath page = given().queryParam("q", "\"zorblat quexil\" aloud").queryParam("size", 100).get("/api/articles")
                .then().statusCode(200).extract().jsonPath();
        assertThat(page.getList("items.url", String.class)).hasSize(52);
        assertThat(page.getBoolean("totalExact")).isTrue();
        assertThat(page.getLong("total")).isEqualTo(52);
    }

    @Test
    void aCommonWordIsCountedByItsRankedMatchesExactlyBelow2000AndEstimatedBeyond() {
        JsonPath common = given().queryParam("q", "zorblat").get("/api/articles").then().statusCode(200).extract().jsonPath();
        assertThat(common.getBoolean("totalExact")).isFalse();
        assertThat(common.getLong("total")).isBetween(4000L, 7000L); // the planner's estimate of 5,200
        assertThat(common.getList("items")).hasSize(20);
        JsonPath rarer = given().queryParam("q", "aloud").get("/api/articles").then().statusCode(200).extract().jsonPath();
        assertThat(rarer.getBoolean("totalExact")).isTrue();
        assertThat(rarer.getLong("total")).isEqualTo(52);
    }

    @Test
    void aNegatedPhraseKeepsTheExactCheck() {
        JsonPath page = given().queryParam("q", "yesterday -\"quexil was found\"").get("/api/articles")
                .then().statusCode(200).extract().jsonPath();
        assertThat(page.getList("items")).isEmpty();
        assertThat(page.getLong("total")).isZero();
    }

    @Test
    void eachArticlesSearchVectorIsKeptInItsRow() throws SQLException {
        // V71: a search_vector in the TOAST table cost each ranked or rechecked match another index lookup and page; a
        // migration that adds the column again (as V70 did) must set its storage again
        try (Connection c = dataSource.getConnection(); Statement s = c.createStatement();
             java.sql.ResultSet r = s.executeQuery("SELECT attstorage FROM pg_attribute "
                     + "WHERE attrelid = 'article'::regclass AND attname = 'search_vector'")) {
            assertThat(r.next()).isTrue();
            assertThat(r.getString(1)).isEqualTo("m");
        }
    }

    @Test
    void theFullTextIndexHoldsTheOutletAndTheIdsHaveABlockRangeIndex() throws SQLException {
        // V72: a word and an outlet are intersected inside the index; the newest matches are read first by id range
        try (Connection c = dataSource.getConnection(); Statement s = c.createStatement();
             java.sql.ResultSet r = s.executeQuery("SELECT indexname, indexdef FROM pg_indexes WHERE tablename = 'article' "
                     + "AND indexname IN ('article_search', 'article_id_range') ORDER BY indexname")) {
            assertThat(r.next()).isTrue();
            assertThat(r.getString(2)).contains("USING brin (id)");
            assertThat(r.next()).isTrue();
            assertThat(r.getString(2)).contains("USING gin (search_vector, outlet_id)");
        }
    }

    private void sql(String statement) throws SQLException {
        sql(dataSource, statement);
    }

    private static void sql(DataSource dataSource, String statement) throws SQLException {
        try (Connection c = dataSource.getConnection(); Statement s = c.createStatement()) {
            s.execute(statement);
        }
    }
}
