package io.wiretrace.reuse;

import java.util.List;

/**
 * Turns sentences into unit-length vectors whose dot product measures similarity of meaning. Implementations must be
 * thread-safe. A batch is embedded together: an implementation may use the batch as context (the lexical one takes its
 * term weights from it), so callers embed both texts of a pair in one call.
 */
public interface SentenceEmbedder {

    /** One L2-normalised vector per sentence, in order. */
    float[][] embed(List<String> sentences);

    /** A short name for reports ("lexical", "all-minilm-l6-v2-q"). */
    String name();

    /** Cosine similarity of two unit vectors. */
    static double cosine(float[] a, float[] b) {
        double dot = 0;
        for (int i = 0; i < a.length; i++) {
            dot += a[i] * b[i];
        }
        return dot;
    }

    /** Scales {@code v} to unit length in place; a zero vector stays zero. */
    static float[] normalize(float[] v) {
        double norm = 0;
        for (float x : v) {
            norm += x * x;
        }
        if (norm > 0) {
            float inv = (float) (1 / Math.sqrt(norm));
            for (int i = 0; i < v.length; i++) {
                v[i] *= inv;
            }
        }
        return v;
    }
}
