package io.wiretrace.reuse;

/**
 * A stored article that shares keys with a looked-up text.
 *
 * @param articleId the stored article
 * @param bandHits LSH bands whose key is equal
 * @param partialHits shared winnowing keys
 * @param anchorHits shared anchor-fact keys
 */
public record Candidate(String articleId, int bandHits, int partialHits, int anchorHits) {

    /** Ranking score: band hits dominate (near-duplicates first), then shared passages, then shared facts. */
    public double score() {
        return bandHits * 4.0 + partialHits * 2.0 + anchorHits;
    }
}
