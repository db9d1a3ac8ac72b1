package io.wiretrace.reuse;

/**
 * MinHash signatures and LSH band keys over a set of 64-bit shingle hashes. Function i is
 * {@code x -> mix(x XOR seed_i)}, a bijection of 64-bit values, so each is a random permutation of the hash space; the
 * signature keeps the high 32 bits of each minimum (enough to estimate Jaccard and half the storage). Seeds derive from
 * {@link FingerprintParameters#seed()} only, so signatures are identical on every JVM. Immutable and thread-safe.
 */
public final class MinHasher {

    private final long[] seeds;
    private final int bands;
    private final int rows;

    public MinHasher(FingerprintParameters parameters) {
        this.bands = parameters.bands();
        this.rows = parameters.rows();
        this.seeds = new long[parameters.minhashSize()];
        long state = parameters.seed();
        for (int i = 0; i < seeds.length; i++) {
            state += 0x9e3779b97f4a7c15L; // splitmix64 sequence
            seeds[i] = Hashing.mix(state);
        }
    }

    /** The signature of a shingle set; an empty set gives all {@link Integer#MAX_VALUE} (matches nothing real). */
    public int[] signature(long[] shingles) {
        long[] min = new long[seeds.length];
        java.util.Arrays.fill(min, Long.MAX_VALUE);
        for (long shingle : shingles) {
            for (int i = 0; i < seeds.length; i++) {
                long v = Hashing.mix(shingle ^ seeds[i]) >>> 1; // non-negative, so signed compare is unsigned order
                if (v < min[i]) {
                    min[i] = v;
                }
            }
        }
        int[] signature = new int[seeds.length];
        for (int i = 0; i < seeds.length; i++) {
            signature[i] = (int) (min[i] >>> 31);
        }
        return signature;
    }

    /**
     * One key per band: {@code keys[b]} hashes band number b with its rows, so a store can index
     * {@code (band_no, band_key) -> article} (the band number is also mixed into the key, so a single-column index works too).
     * Empty texts get no keys.
     */
    public long[] bandKeys(int[] signature, boolean empty) {
        if (empty) {
            return new long[0];
        }
        long[] keys = new long[bands];
        for (int b = 0; b < bands; b++) {
            long h = Hashing.mix(b + 1L);
            for (int r = 0; r < rows; r++) {
                h = Hashing.combine(h, signature[b * rows + r]);
            }
            keys[b] = h;
        }
        return keys;
    }

    /** Estimated Jaccard similarity: the share of equal signature positions. */
    public static double estimateJaccard(int[] a, int[] b) {
        int equal = 0;
        for (int i = 0; i < a.length; i++) {
            if (a[i] == b[i]) {
                equal++;
            }
        }
        return a.length == 0 ? 0 : (double) equal / a.length;
    }
}
