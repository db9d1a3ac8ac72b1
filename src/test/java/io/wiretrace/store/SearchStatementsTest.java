package io.wiretrace.store;

import static org.assertj.core.api.Assertions.assertThat;

import io.wiretrace.article.ArticleFilter;
import java.util.List;
import org.junit.jupiter.api.Test;

class SearchStatementsTest {

    @Test
    void theNewestRowsAreOneStatementWithoutSpans() {
        assertThat(SearchStatements.newest("m", "a.ctid", "FROM article a WHERE x", 20, List.of()))
                .isEqualTo("m AS MATERIALIZED (SELECT a.id, a.ctid AS c FROM article a WHERE x ORDER BY a.id DESC LIMIT 20)");
    }

    @Test
    void eachSpanIsReadOnlyWhileTheSpansBeforeItHoldTooFew() {
        String sql = SearchStatements.newest("m", "1", "FROM article a WHERE x", 20, List.of(90L, 60L));
        assertThat(sql).contains("m_0 AS MATERIALIZED (SELECT a.id, 1 AS c FROM article a WHERE x AND a.id > 90 ORDER BY")
                .contains("m_1 AS MATERIALIZED (SELECT a.id, 1 AS c FROM article a WHERE x AND a.id > 60 AND a.id <= 90 "
                        + "AND (SELECT count(*) FROM m_0) < 20 ORDER BY")
                .contains("m_2 AS MATERIALIZED (SELECT a.id, 1 AS c FROM article a WHERE x AND a.id <= 60 "
                        + "AND (SELECT count(*) FROM m_0) + (SELECT count(*) FROM m_1) < 20 ORDER BY")
                .endsWith("m AS MATERIALIZED (SELECT id, c FROM m_0 UNION ALL SELECT id, c FROM m_1 UNION ALL "
                        + "SELECT id, c FROM m_2 ORDER BY id DESC LIMIT 20)");
    }

    @Test
    void aPageIsRankedBestFirstThenNewestAndKeepsItsCountsWhenEmpty() {
        assertThat(SearchStatements.rankedPage("SELECT id, rank FROM h", "7, 8")).isEqualTo("SELECT p.id, 7, 8 FROM "
                + "(SELECT 1) one LEFT JOIN (SELECT id, rank FROM (SELECT id, rank FROM h) s ORDER BY rank DESC, id DESC "
                + "LIMIT :limit OFFSET :offset) p ON true ORDER BY p.rank DESC, p.id DESC");
    }

    @Test
    void filtersAreConditionsBeforeTheWords() {
        assertThat(SearchStatements.from(new ArticleFilter(null, null, "w"), List.of())).isEqualTo("FROM article a");
        assertThat(SearchStatements.from(new ArticleFilter(null, "bbc", "w"), List.of("x"))).isEqualTo(
                "FROM article a WHERE a.outlet_id = (SELECT o.id FROM outlet o WHERE o.outlet_key = :outlet) AND x");
    }
}
