package io.wiretrace.reuse;

import java.util.Arrays;
import java.util.List;

/**
 * Word k-shingles of a normalised text, each hashed to 64 bits (see {@link FingerprintParameters#shingleSize()} for why
 * k = 5). Shingle i covers tokens {@code [i, i + k)}. A text shorter than k words yields one shingle of all its words,
 * an empty text none. Immutable and thread-safe.
 */
public final class Shingler {

    private final int k;

    public Shingler(int k) {
        if (k < 1) {
            throw new IllegalArgumentException("shingle size must be positive: " + k);
        }
        this.k = k;
    }

    public int size() {
        return k;
    }

    /** Hashes of the shingles in text order (one per start position). */
    public long[] shingles(NormalizedText text) {
        List<String> tokens = text.tokens();
        if (tokens.isEmpty()) {
            return new long[0];
        }
        long[] tokenHashes = tokens.stream().mapToLong(Hashing::hash).toArray();
        int count = Math.max(1, tokens.size() - k + 1);
        int width = Math.min(k, tokens.size());
        long[] out = new long[count];
        for (int i = 0; i < count; i++) {
            long h = width;
            for (int j = i; j < i + width; j++) {
                h = Hashing.combine(h, tokenHashes[j]);
            }
            out[i] = h;
        }
        return out;
    }

    /** The distinct shingle hashes, sorted (a set usable with binary search). */
    public static long[] distinctSorted(long[] shingles) {
        return distinctSorted(shingles, shingles.length);
    }

    /** The distinct values among {@code values[0, length)}, sorted; {@code values} is left as it is. */
    static long[] distinctSorted(long[] values, int length) {
        // sort a copy and drop repeats in place: LongStream.distinct() boxes every value into a set, which cost a
        // third of the MinHash of a page
        long[] sorted = Arrays.copyOf(values, length);
        Arrays.sort(sorted);
        int n = 0;
        for (int i = 0; i < sorted.length; i++) {
            if (n == 0 || sorted[i] != sorted[n - 1]) {
                sorted[n++] = sorted[i];
            }
        }
        return n == sorted.length ? sorted : Arrays.copyOf(sorted, n);
    }
}
