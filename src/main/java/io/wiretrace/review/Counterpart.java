package io.wiretrace.review;

/**
 * The sentence on the other side that a sentence was aligned with.
 *
 * @param index the sentence's index among the other side's sentences
 * @param text the sentence
 * @param start offset in the other side's bodyText
 * @param end end offset (exclusive)
 * @param similarity the aligner's score for the pair, in [0, 1] (1 for verbatim)
 */
public record Counterpart(int index, String text, int start, int end, double similarity) {
}
