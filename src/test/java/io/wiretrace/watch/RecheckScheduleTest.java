package io.wiretrace.watch;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class RecheckScheduleTest {

    private final RecheckSchedule schedule = new RecheckSchedule(0.2, Duration.ofDays(14), Duration.ofMinutes(15));
    private final Instant born = Instant.parse("2026-12-01T00:00:00Z");

    @Test
    void waitsAFractionOfTheAgeAtTheNextCheck() {
        Instant last = born.plus(Duration.ofHours(8));
        Instant next = schedule.next(born, last).orElseThrow();
        // t - last = 0.2 (t - born): 10 h after birth, 2 h after the last check
        assertThat(next).isEqualTo(born.plus(Duration.ofHours(10)));
        Duration sinceLast = Duration.between(last, next);
        Duration age = Duration.between(born, next);
        assertThat(sinceLast.toMillis()).isEqualTo(Math.round(0.2 * age.toMillis()));
    }

    @Test
    void neverSoonerThanTheFloor() {
        Instant last = born.plus(Duration.ofMinutes(10));
        assertThat(schedule.next(born, last)).contains(last.plus(Duration.ofMinutes(15)));
    }

    @Test
    void stopsPastTheMaximumAge() {
        assertThat(schedule.next(born, born.plus(Duration.ofDays(13)))).isEmpty();
        assertThat(schedule.next(born, born.plus(Duration.ofDays(20)))).isEmpty();
    }

    @Test
    void checksThinOutGeometricallyAndEnd() {
        List<Duration> gaps = new ArrayList<>();
        Instant last = born;
        Optional<Instant> next;
        while ((next = schedule.next(born, last)).isPresent()) {
            gaps.add(Duration.between(last, next.get()));
            last = next.get();
        }
        assertThat(gaps).hasSizeBetween(20, 40);
        assertThat(gaps.get(0)).isEqualTo(Duration.ofMinutes(15));
        for (int i = 1; i < gaps.size(); i++) {
            assertThat(gaps.get(i)).isGreaterThanOrEqualTo(gaps.get(i - 1));
        }
        assertThat(last).isBefore(born.plus(Duration.ofDays(14)).plusSeconds(1));
    }
}
