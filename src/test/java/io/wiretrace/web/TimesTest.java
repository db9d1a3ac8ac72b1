package io.wiretrace.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.junit.jupiter.api.Test;

class TimesTest {

    @Test
    void aPeriodReadsAsPeopleSayIt() {
        assertThat(Times.every(Duration.ofSeconds(45))).isEqualTo("every 45 s");
        assertThat(Times.every(Duration.ofMinutes(5))).isEqualTo("every 5 min");
        assertThat(Times.every(Duration.ofMinutes(90))).isEqualTo("every 1 h 30 min");
        assertThat(Times.every(Duration.ofHours(2))).isEqualTo("every 2 h");
        assertThat(Times.every(Duration.ofDays(2))).isEqualTo("every 2 d");
        assertThat(Times.every(null)).isNull();
        assertThat(Times.every(Duration.ZERO)).isNull();
    }
}
