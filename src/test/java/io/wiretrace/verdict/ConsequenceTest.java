package io.wiretrace.verdict;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class ConsequenceTest {

    @Test
    void hopsOnManyChainsComeFirstThenUncreditedCopiesOfWatchedOutletsThenTheLeastCertain() {
        Consequence lonelyCredit = new Consequence(0, false, 0.9);
        Consequence doubtfulCredit = new Consequence(0, false, 0.4);
        Consequence watchedCopy = new Consequence(0, true, 0.97);
        Consequence busyHop = new Consequence(7, false, 0.95);
        Consequence quietHop = new Consequence(2, false, 0.5);
        List<Consequence> queue = new ArrayList<>(List.of(lonelyCredit, doubtfulCredit, watchedCopy, busyHop, quietHop));
        queue.sort(Consequence.MOST_FIRST);
        assertThat(queue).containsExactly(busyHop, quietHop, watchedCopy, doubtfulCredit, lonelyCredit);
    }

    @Test
    void accuracyIsTheShareConfirmedAmongJudgedFindings() {
        assertThat(new RuleAccuracy(FindingType.ATTRIBUTION, "dateline", 3, 1).shareConfirmed()).isEqualTo(0.75);
        assertThat(new RuleAccuracy(FindingType.REUSE, "rewrite", 0, 0).shareConfirmed()).isNull();
    }

    @Test
    void aReviewStatesItselfAsAPersonsConfirmation() {
        Review r = new Review(1, Verdict.CONFIRMED, "ana", Instant.parse("2026-12-06T03:50:00Z"), null, 0.8);
        assertThat(r.statement()).isEqualTo("confirmed by ana on 2026-12-06 03:50 UTC");
        assertThat(r.note()).isEmpty();
        assertThat(Verdict.parse("rejected")).contains(Verdict.REJECTED);
        assertThat(FindingType.parse("hop")).contains(FindingType.HOP);
        assertThat(FindingType.parse("edge")).isEmpty();
    }
}
