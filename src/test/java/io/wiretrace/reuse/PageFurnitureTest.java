package io.wiretrace.reuse;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Page furniture the store could not learn makes no partial reuse; texts are our own. */
class PageFurnitureTest {

    private static final String STORY_A = "The regional water board agreed on Monday to raise charges for farms that draw "
            + "more than their licensed share from the river, after two dry summers left the lower valley short. Farmers "
            + "said the rise would fall hardest on small dairy holdings. The board will review the charges next spring.";
    private static final String STORY_B = "A new footbridge over the railway at Kelby station opened to the public on "
            + "Friday, ending a detour of almost a mile for people walking from the east side of the town. The bridge "
            + "cost the county council a little over two million pounds and took eleven months to build.";
    private static final String STORY_C = "Volunteers counted more than four hundred wading birds on the estuary "
            + "during the winter survey, the highest number since the count began. The trust that manages the reserve "
            + "credited the new hides and a ban on dogs along the sea wall during the nesting months, and said it would "
            + "repeat the survey in spring with help from two local schools.";
    private static final String PROMPT = "Pick up a good habit this year and subscribe now to save a third on the "
            + "printed paper, delivered to your door every morning before seven.";
    private static final String MENU = "News | Front Page | National | Southern States | Business | Sport | Weather | "
            + "Opinion | Letters | Archive | Classifieds | Jobs | Property | Motoring";

    private final PairComparer comparer = PairComparer.lexical();

    @Test
    void aSitePromptAtTheEndOfTwoUnrelatedStoriesIsNoReuse() {
        ReuseMatch m = comparer.compare(new ReuseText("a", Articles.ORCHARD + "\n" + STORY_A + "\n" + PROMPT, null, null),
                new ReuseText("b", Articles.LIBRARY + "\n" + STORY_B + "\n" + STORY_C + "\n" + PROMPT, null, null));
        assertThat(m.passages()).as("the passage is still shown").isNotEmpty();
        assertThat(m.reuseClass()).as(m.reason()).isEqualTo(ReuseClass.NONE);
    }

    @Test
    void aMenuIsNoProseAndCountsNowhere() {
        assertThat(PageFurniture.isProse(MENU)).isFalse();
        assertThat(PageFurniture.isProse(PROMPT)).isTrue();
        ReuseMatch m = comparer.compare(new ReuseText("a", STORY_A + "\n" + MENU + "\n" + Articles.ORCHARD, null, null),
                new ReuseText("b", Articles.LIBRARY + "\n" + MENU + "\n" + STORY_B, null, null));
        assertThat(m.reuseClass()).as(m.reason()).isEqualTo(ReuseClass.NONE);
    }

    @Test
    void aParagraphCopiedIntoTheMiddleOfAnotherStoryIsStillPartialReuse() {
        String host = STORY_B + "\nMeanwhile, upriver: " + PROMPT.replace("Pick up", "They pick up") + " "
                + STORY_A + "\nIn other news, the library reopens on Monday after repairs to its roof and windows.";
        ReuseMatch m = comparer.compare(new ReuseText("a", host, null, null),
                new ReuseText("b", "Subscribers write in.\n" + STORY_A + "\nLetters are edited for length.", null, null));
        assertThat(m.reuseClass()).as(m.reason()).isIn(ReuseClass.PARTIAL_REUSE, ReuseClass.SUBSTANTIAL_REUSE);
    }

    @Test
    void edgesAreTheFirstAndLastFifteenPercentOfBothTexts() {
        VerbatimPassage tail = new VerbatimPassage(90, 100, 180, 200, 20, false);
        VerbatimPassage middle = new VerbatimPassage(40, 60, 180, 200, 20, false);
        String a = "x".repeat(100);
        String b = "y".repeat(200);
        assertThat(PageFurniture.story(List.of(tail), a, b)).isEmpty();
        assertThat(PageFurniture.story(List.of(tail, middle), a, b)).hasSize(2);
    }
}
