package io.wiretrace.api;

import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.junit.QuarkusTest;
import io.wiretrace.reuse.CandidatePolicy;
import io.wiretrace.reuse.ReuseThresholds;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

/**
 * The engines are built once from configuration, and the configured defaults are the documented defaults of the reuse
 * package (thresholds; the candidate policy with {@code max-verified} candidates).
 */
@QuarkusTest
class ConfigDefaultsTest {

    @Inject
    ReuseThresholds thresholds;

    @Inject
    CandidatePolicy policy;

    @Test
    void reuseThresholdDefaultsMatchTheDomainDefaults() {
        assertThat(thresholds).isEqualTo(ReuseThresholds.DEFAULT);
    }

    @Test
    void candidatePolicyDefaultsMatchTheDomainDefaultsWithTheConfiguredNumberVerified() {
        CandidatePolicy d = CandidatePolicy.DEFAULT;
        assertThat(policy).isEqualTo(new CandidatePolicy(d.minBandHits(), d.minPartialHits(), d.minAnchorHits(),
                d.maxPostings(), 20));
    }
}
