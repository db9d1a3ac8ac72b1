package io.wiretrace.review;

/**
 * One run of a word-level diff between a rewrite sentence and its source sentence. Offsets are into each side's
 * bodyText (ends exclusive); a side the op does not touch has -1 for both.
 *
 * @param op what happened to the words
 * @param text the words as written (in the rewrite for KEEP and INSERT, in the source for DELETE)
 * @param rewriteStart start in the rewrite, or -1 for DELETE
 * @param rewriteEnd end in the rewrite, or -1 for DELETE
 * @param sourceStart start in the source, or -1 for INSERT
 * @param sourceEnd end in the source, or -1 for INSERT
 */
public record DiffOp(Op op, String text, int rewriteStart, int rewriteEnd, int sourceStart, int sourceEnd) {

    /** KEEP: in both; INSERT: only in the rewrite; DELETE: only in the source. */
    public enum Op { KEEP, INSERT, DELETE }
}
