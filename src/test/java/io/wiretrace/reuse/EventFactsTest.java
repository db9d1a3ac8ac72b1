package io.wiretrace.reuse;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Which shared facts tie two reports to one event. */
class EventFactsTest {

    @Test
    void titlesAreNoSpeech() {
        assertThat(EventFacts.isTitle("No Country for Old Men")).isTrue();
        assertThat(EventFacts.isTitle("There Will Be Blood")).isTrue();
        assertThat(EventFacts.isTitle("He's no Vince Young")).as("a contraction is speech").isFalse();
        assertThat(EventFacts.isTitle("We will build the wall")).isFalse();
        assertThat(EventFacts.isTitle("Resign")).isFalse();
    }

    @Test
    void numbersCountWithAMeasuredContextAndAValueNoSeasonSharesByChance() {
        assertThat(EventFacts.isMeasured("136 passengers")).isTrue();
        assertThat(EventFacts.isMeasured("2,000 jobs")).as("not a year").isTrue();
        assertThat(EventFacts.isMeasured("15 points")).as("a stat line").isFalse();
        assertThat(EventFacts.isMeasured("124")).as("a bare score").isFalse();
        assertThat(EventFacts.isMeasured("2007 World")).isFalse();
        assertThat(EventFacts.isMeasured("67 to")).isFalse();
        assertThat(EventFacts.isMeasured("1500 in")).isFalse();
    }

    @Test
    void namesCount() {
        assertThat(EventFacts.isEventFact(new Anchor(AnchorKind.NAME, "Ellen Marsh", "ellen marsh"))).isTrue();
        assertThat(EventFacts.isEventFact(new Anchor(AnchorKind.QUOTE, "There Will Be Blood", "there will be blood")))
                .isFalse();
    }
}
