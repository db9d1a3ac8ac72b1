package io.wiretrace.reuse;

import java.util.List;
import java.util.Objects;

/**
 * A text as a list of normalised word tokens, each mapped back to its character range in the original text.
 *
 * @param original the text as given
 * @param tokens normalised tokens (NFKC, case-folded, no punctuation)
 * @param starts {@code starts[i]} is the offset in {@code original} of the first char of token i
 * @param ends {@code ends[i]} is the offset just past the last char of token i
 */
public record NormalizedText(String original, List<String> tokens, int[] starts, int[] ends) {

    public NormalizedText {
        Objects.requireNonNull(original, "original");
        tokens = List.copyOf(tokens);
        if (starts.length != tokens.size() || ends.length != tokens.size()) {
            throw new IllegalArgumentException("offsets must match tokens: " + tokens.size());
        }
    }

    public int size() {
        return tokens.size();
    }

    /** Character offset where the token range {@code [from, to)} starts in the original text. */
    public int charStart(int from) {
        return starts[from];
    }

    /** Character offset just past the token range {@code [from, to)} in the original text. */
    public int charEnd(int to) {
        return ends[to - 1];
    }
}
