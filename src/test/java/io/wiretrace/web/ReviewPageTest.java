package io.wiretrace.web;

import static org.assertj.core.api.Assertions.assertThat;

import io.wiretrace.app.ReviewRewrites;
import io.wiretrace.review.Counterpart;
import io.wiretrace.review.Review;
import io.wiretrace.review.ReviewSummary;
import io.wiretrace.review.ReviewedSentence;
import io.wiretrace.review.SentenceClass;
import io.wiretrace.review.Signal;
import java.util.List;
import org.junit.jupiter.api.Test;

class ReviewPageTest {

    @Test
    void sentencesAreClassedAndLinkedToTheirCounterpartsAndSignalsPointAtTheirSentence() {
        String rewriteBody = "Kept line. New claim here.";
        String sourceBody = "Kept line. Lost line.";
        Review review = new Review("2", "1",
                List.of(new ReviewedSentence(0, "Kept line.", 0, 10, SentenceClass.VERBATIM,
                                List.of(new Counterpart(0, "Kept line.", 0, 10, 1.0)), List.of()),
                        new ReviewedSentence(1, "New claim here.", 11, 26, SentenceClass.ADDED, List.of(), List.of())),
                List.of(new ReviewedSentence(0, "Kept line.", 0, 10, SentenceClass.VERBATIM,
                                List.of(new Counterpart(0, "Kept line.", 0, 10, 1.0)), List.of()),
                        new ReviewedSentence(1, "Lost line.", 11, 21, SentenceClass.DROPPED, List.of(), List.of())),
                List.of(), List.of(), new ReviewSummary(0.4, 0, 0, 0.6, 0.5, 2, 2));
        Signal signal = new Signal("comment-form-boilerplate", "boilerplate", "claim", 15, 20, 0.1);

        ReviewPage page = ReviewPage.of(Articles.article(2, "Rewrite", rewriteBody, null, null),
                Articles.article(1, "Source", sourceBody, null, null),
                new ReviewRewrites.Result(review, new io.wiretrace.reuse.Dependence(
                        io.wiretrace.reuse.DependenceLevel.PARTIALLY_DERIVED, 0.7, "2", 0.4, 0.1, 0.2,
                        List.of("partially_derived: P(derived) 0.80 >= 0.60")), List.of(signal)));
        assertThat(ReviewPage.of(Articles.article(2, "Rewrite", rewriteBody, null, null),
                Articles.article(1, "Source", sourceBody, null, null), new ReviewRewrites.Result(review, null,
                        List.of())).dependence()).isNull();

        assertThat(page.dependence().level()).isEqualTo("partially derived");
        assertThat(page.dependence().derived()).isEqualTo("this article");
        assertThat(page.dependence().shareHere()).isEqualTo("40%");
        List<MarkedText.Piece> rewrite = page.rewrite().text().paragraphs().get(0).pieces();
        assertThat(rewrite).filteredOn(MarkedText.Piece::marked).extracting(p -> p.span().css(), p -> p.span().id(),
                p -> p.span().href()).containsExactly(
                        org.assertj.core.groups.Tuple.tuple("sent verbatim", "r-0", "#s-0"),
                        org.assertj.core.groups.Tuple.tuple("sent added", "r-1", null));
        assertThat(page.source().text().paragraphs().get(0).pieces()).filteredOn(MarkedText.Piece::marked)
                .extracting(p -> p.span().css()).containsExactly("sent verbatim", "sent dropped");
        assertThat(page.signals()).singleElement().satisfies(s -> assertThat(s.href()).isEqualTo("#r-1"));
        assertThat(page.added()).isEqualTo(1);
        assertThat(page.dropped()).isEqualTo(1);
        assertThat(page.shares()).extracting(ReviewPage.Share::percent).containsExactly("40%", "0%", "0%", "60%");
        assertThat(page.sourceKept()).isEqualTo("50%");
    }
}
