package io.wiretrace.reuse;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.Arrays;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The experiment's signals measure what their names say (so its figures are about those signals). */
class NarrativeDependenceSignalsTest {

    private static final String SOURCE = """
            The council approved the bypass after a lengthy debate on Tuesday evening.
            Residents had campaigned against the scheme for three years.
            Engineers expect construction to begin in the spring.
            "We have listened to every objection and we still believe the road is needed," the leader told the meeting.
            """;

    private final NarrativeDependenceSignals signals = new NarrativeDependenceSignals(
            Map.of("council", 400, "debate", 30, "bypass", 2, "lengthy", 5), 1000);

    private double of(String name, String later, String earlier) {
        return signals.measure(later, earlier)[Arrays.asList(NarrativeDependenceSignals.NAMES).indexOf(name)];
    }

    @Test
    void copyInTheSourceOrderKeepsItAndReorderedCopyDoesNot() {
        String inOrder = """
                The council approved the bypass after a lengthy debate on Tuesday evening.
                Residents had campaigned against the scheme for three years.
                Engineers expect construction to begin in the spring.
                """;
        String reversed = """
                Engineers expect construction to begin in the spring.
                Residents had campaigned against the scheme for three years.
                The council approved the bypass after a lengthy debate on Tuesday evening.
                """;
        assertThat(of("orderRatio", inOrder, SOURCE)).isEqualTo(1.0);
        assertThat(of("orderedShare", inOrder, SOURCE)).isEqualTo(1.0);
        assertThat(of("orderRatio", reversed, SOURCE)).isCloseTo(1 / 3.0, within(1e-9));
        assertThat(of("orderedShare", reversed, SOURCE)).isLessThan(0.5);
    }

    @Test
    void sharedQuotationsCountOnlyForQuoteSixgramsAndNamesNotForTheWritersWording() {
        String quoting = """
                Mr Smith stood firm. "We have listened to every objection and we still believe the road is needed," he said.
                """;
        assertThat(of("quoteSixgrams", quoting, SOURCE)).isEqualTo(1.0);
        assertThat(of("rareShared", quoting, SOURCE)).isZero();
        assertThat(of("narrativeTraced", quoting, SOURCE)).isZero();
        String names = "Councillor Bypass spoke. Councillor Bypass left early, Bypass said.";
        String source = "The meeting heard from Councillor Bypass before the vote.";
        assertThat(of("rareShared", names, source)).isPositive();
        assertThat(of("rareSharedWording", names, source)).isZero();
    }

    @Test
    void rareWordsWeighMoreThanCommonOnes() {
        String rare = "A bypass was proposed by planners in a distant county today.";
        String common = "A council was proposed by planners in a distant county today.";
        String source = "The bypass and the council were discussed.";
        assertThat(of("rareShared", rare, source)).isGreaterThan(of("rareShared", common, source));
    }

    @Test
    void reportingVerbsAloneDoNotTraceASentence() {
        String later = "Jones insisted, confirmed and added.";
        String earlier = "Smith insisted, confirmed and added. The weather was cold. Trains ran late. Shops shut early.";
        assertThat(new DependenceMeasurer().tracedShares(later, earlier, 0.5)[0]).as("the shipped tracing").isEqualTo(1.0);
        assertThat(of("verbTraced0.5", later, earlier)).isZero();
    }
}
