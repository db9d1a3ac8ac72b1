package io.wiretrace.store;

import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.wiretrace.article.ArticleFilter;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import javax.sql.DataSource;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * A search that reads the newest ids first ({@link NewestWindow}) finds what one that reads every match finds. 3,000
 * articles; 2,600 hold "blimquat": every one of the oldest 2,500, then every fifth, so the spans chosen here (the
 * newest 100 articles, then the 300 before) hold too few of the newest 2,000 matches and each later part is read.
 */
@QuarkusTest
class NewestWindowSearchTest {

    static final String SITE = "https://newest-window.example/a/";

    @Inject
    DataSource dataSource;
    @Inject
    ArticleSearch search;
    @Inject
    EntityManager em;

    static DataSource inserted;

    @BeforeEach
    void insert() throws SQLException {
        if (inserted != null) {
            return;
        }
        inserted = dataSource;
        sql(dataSource, "INSERT INTO article (input_kind, url, url_key, final_url, outlet_id, title, language, body_text, "
                + "content_sha256, extraction_json, created_at) "
                + "SELECT 'text', '" + SITE + "' || g, '" + SITE + "' || g, '" + SITE + "' || g, "
                + "(SELECT id FROM outlet ORDER BY id LIMIT 1), 'Window ' || g, 'en', "
                + "CASE WHEN g <= 2500 OR g % 5 = 0 THEN 'the blimquat snorvel ' || repeat('grew ', g % 7) || 'tall' "
                + "ELSE 'a snorvel was seen' END || CASE WHEN g % 3 = 0 THEN ' with a blimquat' ELSE '' END, "
                + "lpad(to_hex(g + 876543210), 64, '0'), '{\"siteDomain\":null,\"jsonLd\":null,\"markup\":[],\"links\":[]}', "
                + "timestamptz '2024-02-01' + g * interval '1 minute' FROM generate_series(1, 3000) g ORDER BY g");
        sql(dataSource, "ANALYZE article");
    }

    @AfterAll
    static void delete() throws SQLException {
        if (inserted != null) {
            sql(inserted, "DELETE FROM article WHERE url LIKE '" + SITE + "%'");
            inserted = null;
        }
    }

    @Test
    void wordsFoundSpanBySpanAreTheNewestMatchesRankedAlike() throws SQLException {
        assertSameAsReadingEveryMatch("blimquat", 2000);
        assertSameAsReadingEveryMatch("blimquat -grew", 2000); // an excluded word: rechecked in the article's language
        assertSameAsReadingEveryMatch("snorvel blimquat tall", 2000);
    }

    @Test
    void aSpanHoldingEnoughIsTheOnlyOneNeeded() throws SQLException {
        // all of the newest 2,000 "snorvel" articles lie above the first bound
        assertSameAsReadingEveryMatch("snorvel", 100);
    }

    @Test
    void wordsAndPhrasesAreTheNewestMatchesRankedByTsRankCd() {
        // the search ranks each match as it reads it; its definition: the newest 2,000 matches (a phrase: of the newest
        // 5,000 articles holding its words), best ts_rank_cd first, then newest
        assertRankedAsDefined("blimquat", "SELECT id, search_vector FROM article WHERE search_vector @@ q.t "
                + "ORDER BY id DESC LIMIT 2000");
        assertRankedAsDefined("\"blimquat snorvel\" grew", "SELECT id, search_vector FROM (SELECT id, search_vector "
                + "FROM article WHERE search_vector @@ CAST(replace(q.t::text, '<->', '&') AS tsquery) "
                + "ORDER BY id DESC LIMIT 5000) w WHERE search_vector @@ q.t ORDER BY id DESC LIMIT 2000");
    }

    @Test
    void everySearchIsPlannedForItsOwnWords() {
        // a generic plan (the driver's server-side statement from its fifth run) knows no word: a phrase of common
        // words then read every article holding them instead of walking the newest
        for (String words : List.of("blimquat", "\"blimquat snorvel\"")) {
            String mode = QuarkusTransaction.requiringNew().call(() -> {
                search.find(new ArticleFilter(null, null, words), 0, 10);
                return (String) em.createNativeQuery("SELECT current_setting('plan_cache_mode')").getSingleResult();
            });
            assertThat(mode).as(words).isEqualTo("force_custom_plan");
        }
    }

    private void assertRankedAsDefined(String words, String newestMatches) {
        ArticleFilter filter = new ArticleFilter(null, null, words);
        ArticleSearch.Ids found = QuarkusTransaction.requiringNew().call(() -> search.find(filter, 0, 100));
        SearchQuery query = SearchQuery.of(words);
        List<Long> expected = QuarkusTransaction.requiringNew().call(() -> {
            Query select = em.createNativeQuery("WITH q AS MATERIALIZED (SELECT " + query.sql() + " AS t) "
                    + "SELECT m.id FROM q, LATERAL (" + newestMatches + ") m "
                    + "ORDER BY ts_rank_cd(m.search_vector, q.t) DESC, m.id DESC LIMIT 100", Long.class);
            query.bind(select);
            @SuppressWarnings("unchecked")
            List<Long> ids = select.getResultList();
            return ids;
        });
        assertThat(found.ids()).as(words).hasSize(100).containsExactlyElementsOf(expected);
    }

    private void assertSameAsReadingEveryMatch(String words, int size) throws SQLException {
        List<Long> bounds = List.of(idOf(2900), idOf(2600));
        ArticleFilter filter = new ArticleFilter(null, null, words);
        ArticleSearch.Ids spans = QuarkusTransaction.requiringNew().call(
                () -> search.find(filter, 0, size, (wanted, estimated, min, max) -> bounds));
        ArticleSearch.Ids everyMatch = QuarkusTransaction.requiringNew().call(
                () -> search.find(filter, 0, size, (wanted, estimated, min, max) -> List.of()));
        assertThat(spans.ids()).as(words).isNotEmpty().containsExactlyElementsOf(everyMatch.ids());
        assertThat(spans.total()).as(words).isEqualTo(everyMatch.total());
        assertThat(spans.exact()).as(words).isEqualTo(everyMatch.exact());
    }

    private long idOf(int g) throws SQLException {
        try (Connection c = dataSource.getConnection(); Statement s = c.createStatement();
             ResultSet r = s.executeQuery("SELECT id FROM article WHERE url = '" + SITE + g + "'")) {
            assertThat(r.next()).isTrue();
            return r.getLong(1);
        }
    }

    private static void sql(DataSource dataSource, String statement) throws SQLException {
        try (Connection c = dataSource.getConnection(); Statement s = c.createStatement()) {
            s.execute(statement);
        }
    }
}
