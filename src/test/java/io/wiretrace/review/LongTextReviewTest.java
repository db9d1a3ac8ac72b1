package io.wiretrace.review;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * A review of two ~2,000-word texts with the lexical aligner: every kept sentence is found verbatim. (Its speed is
 * measured by bench/compare.sh, not here.)
 */
class LongTextReviewTest {

    private static final String[] WORDS = ("minister council border security officials report attack museum tourists"
            + " government parliament budget election court trial police protest market prices oil energy school"
            + " hospital doctors storm flood rescue village city province region agency statement investigation"
            + " militants forces army talks agreement treaty sanctions economy growth inflation bank workers union"
            + " strike farmers harvest drought water bridge railway airport flights airline cabinet president mayor"
            + " opposition party campaign voters coalition reform law bill senate judge prison refugees camp aid")
            .split(" ");

    /** A deterministic article of {@code sentences} sentences of 12 to 27 words. */
    private static List<String> sentences(Random random, int sentences) {
        List<String> out = new ArrayList<>();
        for (int i = 0; i < sentences; i++) {
            StringBuilder s = new StringBuilder("The");
            int n = 12 + random.nextInt(16);
            for (int w = 0; w < n; w++) {
                s.append(' ').append(w % 3 == 0 ? "the" : WORDS[random.nextInt(WORDS.length)]);
            }
            out.add(s.append('.').toString());
        }
        return out;
    }

    @Test
    void reviewsTwoTwoThousandWordTexts() {
        Random random = new Random(42);
        List<String> source = sentences(random, 100);
        List<String> rewrite = new ArrayList<>();
        for (int i = 0; i < source.size(); i++) {
            String s = source.get(i);
            switch (i % 4) {
                case 0 -> rewrite.add(s);
                case 1 -> rewrite.add(s.replaceFirst(" the ", " a ").replaceFirst("(\\w+)\\.$", "today."));
                case 2 -> rewrite.add(sentences(random, 1).get(0));
                default -> { } // dropped
            }
        }
        ReviewText r = new ReviewText("r", String.join(" ", rewrite) + " " + String.join(" ", sentences(random, 25)),
                List.of(), null);
        ReviewText s = new ReviewText("s", String.join(" ", source), List.of(), null);
        Review review = RewriteReviewer.lexical().review(r, s);
        assertThat(words(s)).isGreaterThan(1800);
        assertThat(review.rewriteOf(SentenceClass.VERBATIM)).hasSize(25);
    }

    private static int words(ReviewText t) {
        return t.bodyText().split("\\s+").length;
    }
}
