package io.wiretrace.review;

import java.util.Objects;

/**
 * What {@link ContentFarmSignals} looks at.
 *
 * @param article the article to check
 * @param review the article (as rewrite) compared with its most probable source, or null when there is none; signals
 *     about rewriting need it
 * @param source that source, or null; the timing signal needs its publication time
 * @param otherArticlesSharingBio how many other articles (other outlets or topics) carry an author bio with the same
 *     {@link ContentFarmSignals#bioFingerprint fingerprint} as this article's, as counted by the caller's index; 0 if
 *     unknown
 */
public record SignalInput(ReviewText article, Review review, ReviewText source, int otherArticlesSharingBio) {

    public SignalInput {
        Objects.requireNonNull(article, "article");
        if (otherArticlesSharingBio < 0) {
            throw new IllegalArgumentException("otherArticlesSharingBio must be >= 0: " + otherArticlesSharingBio);
        }
    }

    /** Only the article: no comparison, no bio count. */
    public static SignalInput of(ReviewText article) {
        return new SignalInput(article, null, null, 0);
    }
}
