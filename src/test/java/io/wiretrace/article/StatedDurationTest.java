package io.wiretrace.article;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import org.junit.jupiter.api.Test;

class StatedDurationTest {

    @Test
    void daysTimesWeeksMonthsAndYearsAreRead() {
        assertThat(StatedDuration.parse("f", "P30D")).isEqualTo(Duration.ofDays(30));
        assertThat(StatedDuration.parse("f", "PT12H")).isEqualTo(Duration.ofHours(12));
        assertThat(StatedDuration.parse("f", "PT5M")).isEqualTo(Duration.ofMinutes(5));
        assertThat(StatedDuration.parse("f", "P1DT6H")).isEqualTo(Duration.ofHours(30));
        assertThat(StatedDuration.parse("f", "P1W")).isEqualTo(Duration.ofDays(7));
        assertThat(StatedDuration.parse("f", "P6M")).isEqualTo(Duration.ofDays(180));
        assertThat(StatedDuration.parse("f", "p1y")).isEqualTo(Duration.ofDays(365));
        assertThat(StatedDuration.parse("f", "P1Y2M3DT4H")).isEqualTo(Duration.ofDays(365 + 60 + 3).plusHours(4));
        assertThat(StatedDuration.parse("f", null)).isNull();
    }

    @Test
    void anythingElseIsRefusedNamingTheField() {
        for (String bad : new String[] {"", "P", "PT", "30 days", "P1.5D", "1W"}) {
            assertThatThrownBy(() -> StatedDuration.parse("expiresIn", bad)).as(bad).isInstanceOf(InvalidInput.class)
                    .hasMessageContaining("expiresIn").hasMessageContaining("not an ISO-8601 duration")
                    .extracting(e -> ((InvalidInput) e).field()).isEqualTo("expiresIn");
        }
    }

    @Test
    void aDurationTooLongToCountSaysSo() {
        for (String big : new String[] {"P99999999999D", "P1DT99999999999999999H", "P9999999999Y"}) {
            assertThatThrownBy(() -> StatedDuration.parse("minInterval", big)).as(big).isInstanceOf(InvalidInput.class)
                    .hasMessageContaining("minInterval").hasMessageContaining("too long a duration");
        }
    }
}
