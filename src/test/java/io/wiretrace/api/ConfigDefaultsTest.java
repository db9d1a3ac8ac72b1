package io.wiretrace.api;

import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.junit.QuarkusTest;
import io.wiretrace.config.WiretraceConfig;
import io.wiretrace.reuse.ReuseThresholds;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

/** The configured reuse thresholds default to the documented defaults of the reuse package. */
@QuarkusTest
class ConfigDefaultsTest {

    @Inject
    WiretraceConfig config;

    @Test
    void reuseThresholdDefaultsMatchTheDomainDefaults() {
        WiretraceConfig.Thresholds t = config.reuse().thresholds();
        ReuseThresholds d = ReuseThresholds.DEFAULT;
        assertThat(new ReuseThresholds(t.duplicateMinContainment(), t.substantialMinContainment(),
                t.partialMinPassageWords(), t.passageMinWords(), t.passageMaxGap(), t.minPairLexical(),
                t.minPairSemantic(), t.rewriteMinPairs(), t.rewriteMinCoverage(), t.sameStoryMinAnchors())).isEqualTo(d);
    }
}
