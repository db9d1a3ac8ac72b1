package io.wiretrace.store;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class SearchQueryTest {

    @Test
    void cjkRunsBecomeTheirOverlappingPairsAndLeaveTheWords() {
        SearchQuery q = SearchQuery.of("Tokyo 東京都 quake");
        assertThat(q.words()).isEqualTo("Tokyo   quake");
        assertThat(q.cjk()).isEqualTo("'東京' & '京都'");
        assertThat(q.sql()).contains("websearch_to_tsquery(c::regconfig, :words)").contains("'english'")
                .contains("to_tsquery('simple', :cjk)");
    }

    @Test
    void aLoneCjkCharacterMatchesPairsStartingWithIt() {
        assertThat(SearchQuery.of("地").cjk()).isEqualTo("'地':*");
    }

    @Test
    void punctuationAloneIsNotSearchable() {
        assertThat(SearchQuery.of("!!! --- (((").searchable()).isFalse();
        assertThat(SearchQuery.of("élection").searchable()).isTrue();
        assertThat(SearchQuery.of("élection").sql()).doesNotContain(":cjk");
    }

    @Test
    void onlyExclusionsNeedTheRecheck() {
        assertThat(SearchQuery.of("vote -ballots").needsRecheck()).isTrue();
        assertThat(SearchQuery.of("vote ballots").needsRecheck()).isFalse();
        assertThat(SearchQuery.of("well-known").needsRecheck()).isFalse();
    }

    @Test
    void eachMatchIsRecheckedInItsOwnLanguageByLookingUpThatConfigurationsQuery() {
        assertThat(SearchQuery.of("vote -ballots").inOwnLanguage("a.language"))
                .isEqualTo("(CAST(CAST(:own AS jsonb) ->> CAST(wiretrace_search_config(a.language) AS text) AS tsquery))");
        assertThat(SearchQuery.of("vote -ballots").perConfigurationSql()).contains("jsonb_object_agg(c, ")
                .contains("websearch_to_tsquery(c::regconfig, :words)").contains("'english'").contains("'simple'");
        assertThat(SearchQuery.of("東京 -vote").inOwnLanguage("a.language")).endsWith(" && to_tsquery('simple', :cjk)");
    }
}
