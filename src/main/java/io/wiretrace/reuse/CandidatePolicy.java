package io.wiretrace.reuse;

/**
 * Which key overlaps make a stored article a candidate worth verifying. Shared by every {@link CandidateIndex} so that
 * the in-memory and database indexes agree.
 *
 * @param minBandHits band collisions that suffice on their own (1: the LSH S-curve already filters)
 * @param minPartialHits shared winnowing keys that suffice: 2. One key is guaranteed for a shared passage of 20 words,
 *     two for one of 36 words (two disjoint windows). Requiring two cut the candidates per lookup from 15.8 to 1.7 on the
 *     synthetic corpus (a single key is usually a stock phrase or a site footer) with no loss of recall at
 *     containment ≥ 0.3; the cost is that a lone quotation of 20–35 words may be missed by lookup (1 finds it)
 * @param minAnchorHits shared anchor facts that suffice without any shared wording (rewrites); 3 because two names
 *     are often shared by unrelated stories on one topic
 * @param maxPostings keys (partial or anchor) held by more articles than this are treated as boilerplate or stock
 *     facts and ignored at lookup ("Donald Trump", a site footer)
 * @param maxCandidates at most this many candidates, best {@link Candidate#score()} first
 */
public record CandidatePolicy(int minBandHits, int minPartialHits, int minAnchorHits, int maxPostings, int maxCandidates) {

    /** Defaults: 1 band hit, 2 partial keys, 3 anchors, keys with more than 1,000 postings ignored, 50 candidates. */
    public static final CandidatePolicy DEFAULT = new CandidatePolicy(1, 2, 3, 1_000, 50);

    public CandidatePolicy {
        if (minBandHits < 1 || minPartialHits < 1 || minAnchorHits < 1 || maxPostings < 1 || maxCandidates < 1) {
            throw new IllegalArgumentException("candidate policy values must be positive");
        }
    }

    public boolean qualifies(Candidate c) {
        return c.bandHits() >= minBandHits || c.partialHits() >= minPartialHits || c.anchorHits() >= minAnchorHits;
    }
}
