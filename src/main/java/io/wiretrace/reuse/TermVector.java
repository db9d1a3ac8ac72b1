package io.wiretrace.reuse;

/**
 * A sparse unit-length term vector of one sentence: distinct term ids of its batch in ascending order and their
 * weights. Exact (no hashing), so two sentences are similar only through terms they really share.
 *
 * @param terms term ids, ascending, distinct; negative for numbers, non-negative for words
 * @param weights weight of each term, L2-normalised over the vector
 */
public record TermVector(int[] terms, float[] weights) {

    public TermVector {
        if (terms.length != weights.length) {
            throw new IllegalArgumentException("terms and weights differ in length");
        }
    }

    /** Cosine similarity with {@code other} (both unit length). */
    public double cosine(TermVector other) {
        return merge(other, null);
    }

    /** Term ids this vector shares with {@code other}, ascending. */
    public int[] shared(TermVector other) {
        int[] collected = new int[Math.min(terms.length, other.terms.length) + 1];
        merge(other, collected);
        return java.util.Arrays.copyOfRange(collected, 1, collected[0] + 1);
    }

    /** Dot product over the common terms; when {@code collect} is given, its [0] counts them and [1..] lists them. */
    private double merge(TermVector other, int[] collect) {
        double dot = 0;
        int i = 0;
        int j = 0;
        while (i < terms.length && j < other.terms.length) {
            int cmp = Integer.compare(terms[i], other.terms[j]);
            if (cmp == 0) {
                if (collect != null) {
                    collect[++collect[0]] = terms[i];
                }
                dot += weights[i++] * other.weights[j++];
            } else if (cmp < 0) {
                i++;
            } else {
                j++;
            }
        }
        return dot;
    }
}
