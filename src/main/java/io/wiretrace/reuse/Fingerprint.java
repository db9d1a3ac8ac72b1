package io.wiretrace.reuse;

import java.util.Arrays;
import java.util.Objects;

/**
 * Everything a store keeps about one text for candidate lookup. All values are plain arrays so an adapter can write
 * them to indexed tables: {@code (band_no, bandKeys[band_no]) -> article}, {@code partialKey -> article},
 * {@code anchorKey -> article}. Arrays are defensively copied; equality is by content.
 *
 * @param signature MinHash signature, {@link FingerprintParameters#minhashSize()} values
 * @param bandKeys LSH band keys, index = band number (empty for an empty text)
 * @param partialKeys winnowed shingle hashes (distinct, sorted) for partial-reuse lookup
 * @param anchorKeys keys of the anchor facts (distinct, sorted)
 * @param tokenCount number of normalised word tokens
 */
public record Fingerprint(int[] signature, long[] bandKeys, long[] partialKeys, long[] anchorKeys, int tokenCount) {

    public Fingerprint {
        signature = Objects.requireNonNull(signature, "signature").clone();
        bandKeys = Objects.requireNonNull(bandKeys, "bandKeys").clone();
        partialKeys = Objects.requireNonNull(partialKeys, "partialKeys").clone();
        anchorKeys = Objects.requireNonNull(anchorKeys, "anchorKeys").clone();
    }

    @Override
    public int[] signature() {
        return signature.clone();
    }

    @Override
    public long[] bandKeys() {
        return bandKeys.clone();
    }

    @Override
    public long[] partialKeys() {
        return partialKeys.clone();
    }

    @Override
    public long[] anchorKeys() {
        return anchorKeys.clone();
    }

    /** Estimated Jaccard similarity of the two texts' shingle sets. */
    public double estimatedJaccard(Fingerprint other) {
        return MinHasher.estimateJaccard(signature, other.signature);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Fingerprint f && tokenCount == f.tokenCount && Arrays.equals(signature, f.signature)
                && Arrays.equals(bandKeys, f.bandKeys) && Arrays.equals(partialKeys, f.partialKeys)
                && Arrays.equals(anchorKeys, f.anchorKeys);
    }

    @Override
    public int hashCode() {
        return Objects.hash(Arrays.hashCode(signature), Arrays.hashCode(bandKeys), Arrays.hashCode(partialKeys),
                Arrays.hashCode(anchorKeys), tokenCount);
    }

    @Override
    public String toString() {
        return "Fingerprint[tokens=" + tokenCount + ", bands=" + bandKeys.length + ", partialKeys=" + partialKeys.length
                + ", anchorKeys=" + anchorKeys.length + "]";
    }
}
