package io.wiretrace.reuse;

import java.util.List;

/**
 * Index of stored fingerprints' keys for candidate lookup. Implementations must answer from key postings only (never
 * by scanning all articles): an in-memory one here, a database one as an adapter with tables
 * {@code (band_no, band_key) -> article}, {@code partial_key -> article}, {@code anchor_key -> article}.
 */
public interface CandidateIndex {

    /** Adds (or replaces) the keys of one article. */
    void add(String articleId, Fingerprint fingerprint);

    /**
     * Stored articles that share keys with {@code fingerprint}, those passing {@code policy} only, best first, at most
     * {@link CandidatePolicy#maxCandidates()}.
     */
    List<Candidate> candidates(Fingerprint fingerprint, CandidatePolicy policy);

    /** Number of indexed articles. */
    int size();
}
