package io.wiretrace.reuse;

/**
 * Which key overlaps make a stored article a candidate worth verifying. Shared by every {@link CandidateIndex} so that
 * the in-memory and database indexes agree.
 *
 * @param minBandHits band collisions that suffice on their own (1: the LSH S-curve already filters)
 * @param minPartialHits shared winnowing keys that suffice. 1 keeps the winnowing guarantee (a 20-word shared passage
 *     is only guaranteed one key); stop-listing frequent keys keeps boilerplate from flooding the candidates
 * @param minAnchorHits shared anchor facts that suffice without any shared wording (rewrites); 3 because two names
 *     are often shared by unrelated stories on one topic
 * @param maxPostings keys (partial or anchor) held by more articles than this are treated as boilerplate or stock
 *     facts and ignored at lookup ("Donald Trump", a site footer)
 * @param maxCandidates at most this many candidates, best {@link Candidate#score()} first
 */
public record CandidatePolicy(int minBandHits, int minPartialHits, int minAnchorHits, int maxPostings, int maxCandidates) {

    /** The defaults documented above, with 1,000 postings and 50 candidates. */
    public static final CandidatePolicy DEFAULT = new CandidatePolicy(1, 1, 3, 1_000, 50);

    public CandidatePolicy {
        if (minBandHits < 1 || minPartialHits < 1 || minAnchorHits < 1 || maxPostings < 1 || maxCandidates < 1) {
            throw new IllegalArgumentException("candidate policy values must be positive");
        }
    }

    public boolean qualifies(Candidate c) {
        return c.bandHits() >= minBandHits || c.partialHits() >= minPartialHits || c.anchorHits() >= minAnchorHits;
    }
}
