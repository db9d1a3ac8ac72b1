package io.wiretrace.reuse;

/**
 * Winnowing (Schleimer, Wilkerson and Aiken 2003) over shingle hashes: the minimum of every window of w consecutive
 * shingles is kept (the rightmost one on ties). Two texts sharing a run of at least {@code w + k - 1} words are
 * guaranteed to share a selected key, whatever the length of the surrounding texts, which is what finds a quoted
 * paragraph inside a long article where Jaccard (and so MinHash) sees almost nothing.
 *
 * <p>Trade-off against plain hash sampling ("keep shingles whose hash is 0 mod p"): sampling keeps fewer keys for the
 * same density but gives no guarantee (a 40-word passage at p = 16 is missed 8% of the time); winnowing keeps ≈ 2/(w+1)
 * of the shingles and never misses a passage of the guaranteed length. Immutable and thread-safe.
 */
public final class Winnower {

    private final int window;

    public Winnower(int window) {
        if (window < 1) {
            throw new IllegalArgumentException("window must be positive: " + window);
        }
        this.window = window;
    }

    /** The selected keys, distinct and sorted. A text with fewer shingles than the window keeps its minimum. */
    public long[] keys(long[] shingles) {
        if (shingles.length == 0) {
            return new long[0];
        }
        int w = Math.min(window, shingles.length);
        long[] selected = new long[shingles.length];
        int count = 0;
        int lastPick = -1;
        for (int start = 0; start + w <= shingles.length; start++) {
            int pick = start;
            for (int i = start; i < start + w; i++) {
                if (shingles[i] <= shingles[pick]) {
                    pick = i;
                }
            }
            if (pick != lastPick) {
                selected[count++] = shingles[pick];
                lastPick = pick;
            }
        }
        return Shingler.distinctSorted(selected, count);
    }
}
