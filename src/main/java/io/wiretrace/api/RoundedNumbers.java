package io.wiretrace.api;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.databind.ser.std.StdSerializer;
import io.quarkus.jackson.ObjectMapperCustomizer;
import jakarta.inject.Singleton;
import java.io.IOException;
import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * Fractions in responses (confidences, shares, rates) are written with at most {@value #DECIMALS} decimals: a
 * confidence computed as 0.8 × 0.78 is 0.624, not the binary float's 0.6240000000000001.
 */
@Singleton
public class RoundedNumbers implements ObjectMapperCustomizer {

    static final int DECIMALS = 6;

    @Override
    public void customize(ObjectMapper mapper) {
        SimpleModule module = new SimpleModule("rounded-numbers");
        module.addSerializer(Double.class, new Rounded());
        module.addSerializer(double.class, new Rounded());
        mapper.registerModule(module);
    }

    /**
     * The value rounded half-up to {@value #DECIMALS} decimals, without trailing zeros but one ("1.0": still a
     * fraction to clients that read types from JSON).
     */
    static String format(double value) {
        String plain = BigDecimal.valueOf(value).setScale(DECIMALS, RoundingMode.HALF_UP).stripTrailingZeros()
                .toPlainString();
        return plain.contains(".") ? plain : plain + ".0";
    }

    private static final class Rounded extends StdSerializer<Double> {

        Rounded() {
            super(Double.class);
        }

        @Override
        public void serialize(Double value, JsonGenerator gen, SerializerProvider provider) throws IOException {
            if (value.isNaN() || value.isInfinite()) {
                gen.writeNumber(value);
            } else {
                gen.writeNumber(format(value));
            }
        }
    }
}
