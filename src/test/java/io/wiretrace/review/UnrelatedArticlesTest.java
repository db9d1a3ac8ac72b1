package io.wiretrace.review;

import static org.assertj.core.api.Assertions.assertThat;

import io.wiretrace.support.SharedCorpus;
import java.util.List;
import java.util.stream.Collectors;
import org.jsoup.Jsoup;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Precision: two real articles on different stories (Readability's extractions, read in place) are no rewrite of
 * each other, so almost nothing may be reported as kept, and no fact as changed.
 */
class UnrelatedArticlesTest {

    static String body(String name) {
        return Jsoup.parse(SharedCorpus.read("readability/" + name + "/expected.html")).select("p").stream()
                .map(e -> e.text().strip()).filter(t -> !t.isEmpty()).collect(Collectors.joining("\n\n"));
    }

    @ParameterizedTest
    @CsvSource({"wapo-1,wapo-2", "nytimes-1,nytimes-2", "guardian-1,bbc-1", "yahoo-1,yahoo-2", "seattletimes-1,wapo-1"})
    void differentStoriesShareAlmostNothing(String a, String b) {
        Review r = RewriteReviewer.lexical().review(new ReviewText(a, body(a), List.of(), null),
                new ReviewText(b, body(b), List.of(), null));
        assertThat(r.rewriteOf(SentenceClass.EDITED)).isEmpty();
        assertThat(r.summary().rewriteParaphrased()).isLessThan(0.05);
        assertThat(r.summary().rewriteAdded()).isGreaterThan(0.9);
        assertThat(r.changedFacts()).isEmpty();
    }
}
