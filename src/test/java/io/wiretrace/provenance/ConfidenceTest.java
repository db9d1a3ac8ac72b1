package io.wiretrace.provenance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import org.junit.jupiter.api.Test;

class ConfidenceTest {

    @Test
    void combinesIndependentPiecesByNoisyOr() {
        assertThat(Confidence.combine(List.of(0.8, 0.8))).isCloseTo(0.96, within(1e-9));
        assertThat(Confidence.combine(List.of(0.9, 0.5))).isCloseTo(0.95, within(1e-9));
        assertThat(Confidence.combine(List.of(0.4))).isCloseTo(0.4, within(1e-9));
    }

    @Test
    void neverReachesCertaintyAndIgnoresNonsense() {
        assertThat(Confidence.combine(List.of(1.0, 0.99))).isEqualTo(Confidence.MAX);
        assertThat(Confidence.combine(List.of())).isZero();
        assertThat(Confidence.combine(List.of(Double.NaN, -3.0))).isZero();
        assertThat(Confidence.clamp(7)).isEqualTo(1.0);
    }
}
