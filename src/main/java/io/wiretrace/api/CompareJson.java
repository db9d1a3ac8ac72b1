package io.wiretrace.api;

import io.wiretrace.app.ReviewRewrites;
import io.wiretrace.review.Review;
import io.wiretrace.review.Signal;
import java.util.List;

/**
 * A rewrite review: the sentence-by-sentence review, how much of the rewrite derives from the source ({@code
 * dependence}, with "this" the rewrite; null with {@code review} when there is no source), and the signals.
 */
public record CompareJson(Review review, DependenceJson dependence, List<Signal> signals) {

    static CompareJson of(ReviewRewrites.Result r) {
        return new CompareJson(r.review(), r.dependence() == null ? null
                : DependenceJson.of(r.dependence(), r.dependence().derivedId()), r.signals());
    }
}
