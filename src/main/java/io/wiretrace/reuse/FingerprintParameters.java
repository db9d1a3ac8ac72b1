package io.wiretrace.reuse;

/**
 * Parameters of a {@link Fingerprint}. Keys computed with different parameters are not comparable, so a store must keep
 * one set (changing them means re-fingerprinting every article).
 *
 * @param shingleSize words per shingle (k). 5 is the usual choice for news near-duplicate detection: a 5-word run is
 *     rarely shared by chance between unrelated articles (unlike 2–3 word phrases such as "the president of"), while an
 *     edit every 20 words still leaves about 75% of the shingles intact (each edit breaks at most k shingles). Larger k
 *     (8–10) makes light edits look like new text; smaller k makes stock phrases look like reuse.
 * @param minhashSize number of MinHash functions; must equal {@code bands * rows}. 128 gives a Jaccard estimate with a
 *     standard error of about 0.044 at J = 0.5, enough to rank candidates; exact verification follows anyway.
 * @param bands LSH bands. 32 bands of 4 rows put the S-curve threshold at (1/32)^(1/4) ≈ 0.42: a pair with Jaccard 0.5
 *     becomes a candidate with probability 0.87, at 0.7 with 0.9998, while an unrelated pair at J = 0.02 collides with
 *     probability 5e-6 (about five stray candidates per million articles). Banding serves near-duplicates; partial reuse
 *     is found through the winnowing keys.
 * @param rows rows per band
 * @param winnowWindow winnowing window w over shingle hashes. Any passage of at least {@code w + k - 1} words (20 with
 *     the defaults) shared by two texts is guaranteed to share one key, and about 2/(w+1) ≈ 12% of the shingles are
 *     kept (≈ 60 keys for a 500-word article). A smaller window finds shorter quotations at the cost of a larger index.
 * @param seed seed of the MinHash functions
 */
public record FingerprintParameters(int shingleSize, int minhashSize, int bands, int rows, int winnowWindow, long seed) {

    /** The defaults documented above. */
    public static final FingerprintParameters DEFAULT = new FingerprintParameters(5, 128, 32, 4, 16, 0x5eed_2026_0417L);

    public FingerprintParameters {
        if (shingleSize < 1 || winnowWindow < 1 || bands < 1 || rows < 1) {
            throw new IllegalArgumentException("parameters must be positive");
        }
        if (bands * rows != minhashSize) {
            throw new IllegalArgumentException("bands * rows must equal minhashSize: " + bands + "*" + rows + " != " + minhashSize);
        }
    }
}
