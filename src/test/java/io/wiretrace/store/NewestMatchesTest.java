package io.wiretrace.store;

import static org.assertj.core.api.Assertions.assertThat;

import io.wiretrace.store.NewestMatches.Plan;
import org.junit.jupiter.api.Test;

class NewestMatchesTest {

    @Test
    void noMatchAmongTheNewestReadsTheIndex() {
        // the planner may believe a combination common that no article holds: newest first would read every row
        assertThat(NewestMatches.older(0, 20_000, 2_000, 980_000)).isEqualTo(Plan.INDEX);
    }

    @Test
    void aSparseWordReadsTheIndex() {
        // 1 in 1,000: newest first would read ~2M rows for 2,000 matches; the index ~1,000 matches
        assertThat(NewestMatches.older(20, 20_000, 1_980, 980_000)).isEqualTo(Plan.INDEX);
    }

    @Test
    void aDenseWordReadsNewestFirst() {
        // 1 in 12: ~20,000 rows newest first against ~80,000 matches on the index
        assertThat(NewestMatches.older(1_700, 20_000, 300, 980_000)).isEqualTo(Plan.NEWEST_FIRST);
    }

    @Test
    void aSmallStoreReadsTheIndex() {
        assertThat(NewestMatches.older(5, 20_000, 1_995, 100)).isEqualTo(Plan.INDEX);
        assertThat(NewestMatches.older(0, 0, 2_000, 0)).isEqualTo(Plan.INDEX);
    }
}
