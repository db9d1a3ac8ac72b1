package io.wiretrace.watch;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.Test;

class SourceHealthRulesTest {

    private final SourceHealthRules rules = new SourceHealthRules(5);

    @Test
    void failuresInARowRaiseAnAlertAtTheThreshold() {
        assertThat(rules.failureAlert(4, "HTTP 500")).isEmpty();
        assertThat(rules.failureAlert(5, "UPSTREAM_STATUS: HTTP 500")).contains("5 failed polls in a row: UPSTREAM_STATUS: HTTP 500");
    }

    @Test
    void aSourceFarBelowItsNormalRateIsSilent() {
        List<Integer> daily = days(0, 20, 22, 18, 21, 19, 20, 23, 17, 20);
        assertThat(rules.silenceAlert(daily)).hasValueSatisfying(reason -> assertThat(reason)
                .startsWith("silent: 0 item(s) in the last 24 h").contains("20.0"));
    }

    @Test
    void anOrdinaryQuietDayIsNoAlert() {
        assertThat(rules.silenceAlert(days(15, 20, 22, 18, 21, 19, 20, 23, 17, 20))).isEmpty();
        // a perfectly regular source missing a few items: within Poisson noise (sd at least sqrt(mean))
        assertThat(rules.silenceAlert(days(8, 10, 10, 10, 10, 10, 10, 10))).isEmpty();
        assertThat(rules.silenceAlert(days(3, 10, 10, 10, 10, 10, 10, 10))).isPresent();
    }

    @Test
    void noJudgementWithoutEnoughHistoryOrForRareSources() {
        assertThat(rules.silenceAlert(days(0, 20, 20, 20))).isEmpty();
        List<Integer> rare = new ArrayList<>(Collections.nCopies(20, 0));
        rare.set(3, 2);
        assertThat(rules.silenceAlert(rare)).isEmpty();
    }

    @Test
    void itemsPerDayAveragesTheLastSevenDaysOrTheShorterHistory() {
        assertThat(SourceHealthRules.itemsPerDay(49, java.time.Duration.ofDays(30))).isEqualTo(7.0);
        assertThat(SourceHealthRules.itemsPerDay(6, java.time.Duration.ofHours(36))).isEqualTo(3.0);
        assertThat(SourceHealthRules.itemsPerDay(2, java.time.Duration.ofMinutes(5))).isEqualTo(2.0);
        assertThat(SourceHealthRules.itemsPerDay(0, null)).isZero();
    }

    private static List<Integer> days(Integer... counts) {
        return List.of(counts);
    }
}
