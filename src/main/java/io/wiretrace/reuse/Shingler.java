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
        return Arrays.stream(shingles).sorted().distinct().toArray();
    }
}
