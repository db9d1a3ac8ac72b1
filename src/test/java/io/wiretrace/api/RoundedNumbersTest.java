package io.wiretrace.api;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.Map;
import org.junit.jupiter.api.Test;

class RoundedNumbersTest {

    record Finding(double confidence, Double share, Double none) {
    }

    @Test
    void fractionsAreWrittenWithoutBinaryFloatNoise() throws Exception {
        ObjectMapper mapper = new ObjectMapper();
        new RoundedNumbers().customize(mapper);
        assertThat(mapper.writeValueAsString(new Finding(0.8 * 0.78, 1.0 / 3, null)))
                .isEqualTo("{\"confidence\":0.624,\"share\":0.333333,\"none\":null}");
        assertThat(mapper.writeValueAsString(Map.of("v", 1.0))).isEqualTo("{\"v\":1.0}");
        assertThat(mapper.writeValueAsString(Map.of("v", 12345.5))).isEqualTo("{\"v\":12345.5}");
        assertThat(RoundedNumbers.format(0.0000004)).isEqualTo("0.0");
        assertThat(RoundedNumbers.format(-0.25)).isEqualTo("-0.25");
    }
}
