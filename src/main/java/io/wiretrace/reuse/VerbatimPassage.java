package io.wiretrace.reuse;

/**
 * A passage found in both texts, as character ranges of the original texts (ends exclusive), so a client can
 * highlight it side by side. Small edits inside a passage are tolerated (see {@link PassageFinder}).
 *
 * @param aStart start in the first text
 * @param aEnd end in the first text
 * @param bStart start in the second text
 * @param bEnd end in the second text
 * @param matchedTokens tokens matched word for word inside the passage
 * @param quoted true when the passage lies inside quotation marks in both texts (both quote a third party)
 */
public record VerbatimPassage(int aStart, int aEnd, int bStart, int bEnd, int matchedTokens, boolean quoted) {

    public VerbatimPassage {
        if (aStart < 0 || aEnd < aStart || bStart < 0 || bEnd < bStart) {
            throw new IllegalArgumentException("bad passage ranges: " + aStart + ".." + aEnd + " / " + bStart + ".." + bEnd);
        }
    }
}
