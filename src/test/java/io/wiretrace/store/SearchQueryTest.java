package io.wiretrace.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;
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
    void eachMatchIsRecheckedInItsOwnLanguage() {
        assertThat(SearchQuery.of("vote -ballots").inOwnLanguage("a.language"))
                .isEqualTo("(websearch_to_tsquery(wiretrace_search_config(a.language), :words))");
    }

    @Test
    void quotedPhrasesOfTwoWordsOrMoreAreRequiredUnlessExcludedOrUnderAnOr() {
        assertThat(SearchQuery.of("\"prime minister\" resigns").requiredPhrases()).containsExactly("prime minister");
        assertThat(SearchQuery.of("\"prime minister\" \"white house\" -\"vice president\"").requiredPhrases())
                .containsExactly("prime minister", "white house");
        assertThat(SearchQuery.of("\"prime minister\" or chancellor").requiredPhrases()).isEmpty();
        assertThat(SearchQuery.of("\"prime minister\" OR \"white house\"").requiredPhrases()).isEmpty();
        assertThat(SearchQuery.of("\"or else\" threat").requiredPhrases()).containsExactly("or else");
        assertThat(SearchQuery.of("\"minister\" \"!!\"").requiredPhrases()).isEmpty();
        assertThat(SearchQuery.of("resigns \"prime minister").requiredPhrases()).containsExactly("prime minister");
        assertThat(SearchQuery.of("prime minister").requiredPhrases()).isEmpty();
    }

    @Test
    void phrasePairsAreRequiredInSomeConfigurationAndNeverWhenOneGivesNone() {
        assertThat(PhrasePairs.tsquery(List.of(Set.of("prime minist", "minist said"), Set.of("prime minist", "minist said"),
                Set.of("prime minister", "minister said")))).isEqualTo(
                "('minist said' & 'prime minist') | ('minister said' & 'prime minister')");
        assertThat(PhrasePairs.tsquery(List.of(Set.of("prime minist"), Set.of()))).isNull();
        assertThat(PhrasePairs.tsquery(List.of())).isNull();
        assertThat(PhrasePairs.quoted("l'état d\\x")).isEqualTo("'l''état d\\\\x'");
    }
}
