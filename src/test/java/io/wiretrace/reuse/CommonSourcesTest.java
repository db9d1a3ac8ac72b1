package io.wiretrace.reuse;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class CommonSourcesTest {

    private static final Instant T = Instant.parse("2025-08-05T08:00:00Z");

    /** X (id 9) judged derived from {@code other} with this share of its words. */
    private static ReuseMatch derived(String other, double share) {
        Dependence d = new Dependence(DependenceLevel.WHOLLY_DERIVED, 0.9, "9", 0.0, share, 0.9, List.of("model"));
        return new ReuseMatch(other, "9", other, "publication", ReuseClass.DUPLICATE, "copy", 0.9, 0.9, 0.9, List.of(),
                List.of(), List.of(), List.of(), List.of(), d);
    }

    /** A text known only by when it appeared: its stated publication time (may be null) and first-seen time. */
    private static ReuseText text(Instant published, Instant firstSeen) {
        return new ReuseText("t", "", published, firstSeen);
    }

    private static Map<String, ReuseText> times(long sourceHours, long siblingHours) {
        return Map.of("1", text(T.plusSeconds(3600 * sourceHours), T),
                "2", text(T.plusSeconds(3600 * siblingHours), T));
    }

    @Test
    void earlierIsTheMatchsRuleAStatedTimeStandsAgainstTheOthersFirstSeen() {
        Instant seven = Instant.parse("2025-08-05T07:00:00Z");
        Instant eight = Instant.parse("2025-08-05T08:00:00Z");
        ReuseText seenAtEight = new ReuseText("a", "x", null, eight);
        ReuseText statedSeven = new ReuseText("b", "x", seven, Instant.parse("2025-08-05T10:00:00Z"));
        assertThat(ReuseText.earlierOf(seenAtEight, statedSeven)).isEqualTo("b");
        assertThat(CommonSources.earlier(statedSeven, seenAtEight)).isTrue();
        assertThat(CommonSources.earlier(seenAtEight, statedSeven)).isFalse();
        // a minute or less apart, or a time missing: neither is earlier
        ReuseText almost = new ReuseText("c", "x", null, eight.plusSeconds(60));
        assertThat(ReuseText.earlierOf(seenAtEight, almost)).isNull();
        assertThat(CommonSources.earlier(seenAtEight, new ReuseText("d", "x", null, null))).isFalse();
    }

    @Test
    void aSiblingExplainedByAnEarlierCommonSourceIsNamedNeitherWay() {
        List<ReuseMatch> out = CommonSources.apply("9", List.of(derived("1", 1.0), derived("2", 1.0)), times(0, 2));
        assertThat(out.get(0).dependence().derivedId()).isEqualTo("9");
        assertThat(out.get(1).dependence().derivedId()).isNull();
        assertThat(out.get(1).dependence().commonSourceId()).isEqualTo("1");
        assertThat(out.get(1).dependence().reasons()).last().asString().contains("both draw on article 1");
    }

    @Test
    void aCopyTakingMoreFromTheSiblingThanFromTheSourceKeepsItsDirection() {
        // the sibling's own additions are in X too: X copied the sibling, not only the source
        List<ReuseMatch> out = CommonSources.apply("9", List.of(derived("1", 0.7), derived("2", 0.95)), times(0, 2));
        assertThat(out.get(1).dependence().derivedId()).isEqualTo("9");
        assertThat(out.get(1).dependence().commonSourceId()).isNull();
    }

    @Test
    void aSourceThatIsNotEarlierThanTheSiblingExplainsNothing() {
        List<ReuseMatch> out = CommonSources.apply("9", List.of(derived("1", 1.0), derived("2", 1.0)), times(2, 2));
        assertThat(out).extracting(m -> m.dependence().derivedId()).containsExactly("9", "9");
    }

    @Test
    void seenFromTheEarlierCopyTheLaterCopyIsExplainedWhenTheEarlierIsTheSourcesTextThroughout() {
        // X (9) is S's (1) text throughout; Y (2) later took from X: what it took is in S
        Dependence yFromX = new Dependence(DependenceLevel.WHOLLY_DERIVED, 0.9, "2", 1.0, 1.0, 0.9, List.of("model"));
        ReuseMatch later = new ReuseMatch("2", "9", "9", "publication", ReuseClass.DUPLICATE, "copy", 0.9, 0.9, 0.9,
                List.of(), List.of(), List.of(), List.of(), List.of(), yFromX);
        Map<String, ReuseText> times = Map.of("1", text(T, T),
                "9", text(T.plusSeconds(3600), T), "2", text(T.plusSeconds(7200), T));
        assertThat(CommonSources.apply("9", List.of(derived("1", 1.0), later), times).get(1).dependence()
                .commonSourceId()).isEqualTo("1");
        // X added to S's text: Y may have taken X's own part, so Y stays derived from X
        assertThat(CommonSources.apply("9", List.of(derived("1", 0.8), later), times).get(1).dependence()
                .derivedId()).isEqualTo("2");
    }

    @Test
    void withoutPublicationTimesFirstSeenDecides() {
        Map<String, ReuseText> seen = Map.of("1", text(null, T),
                "2", text(T.plusSeconds(7200), T.plusSeconds(600)));
        List<ReuseMatch> out = CommonSources.apply("9", List.of(derived("1", 1.0), derived("2", 1.0)), seen);
        assertThat(out.get(1).dependence().commonSourceId()).isEqualTo("1");
    }
}
