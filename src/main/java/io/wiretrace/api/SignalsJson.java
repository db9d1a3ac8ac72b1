package io.wiretrace.api;

import io.wiretrace.app.ReviewRewrites;
import io.wiretrace.review.Signal;
import java.util.List;

/**
 * An article's content-farm signals: what {@code /signals} answers, without the whole review they were read from
 * ({@code /compare} gives that).
 *
 * @param articleId the article
 * @param sourceId  the most probable stored source the signals were read against, or null when there is none
 * @param signals   each with its evidence, offsets and weight
 */
public record SignalsJson(long articleId, Long sourceId, List<Signal> signals) {

    static SignalsJson of(long articleId, ReviewRewrites.Result r) {
        // a stored article's review names its stored source by id
        return new SignalsJson(articleId, r.review() == null ? null : Long.valueOf(r.review().sourceId()), r.signals());
    }
}
