package io.wiretrace.review;

/** How a sentence of one side relates to the other side. */
public enum SentenceClass {
    /** The same words in the same order on both sides (case and punctuation aside). */
    VERBATIM,
    /** The counterpart keeps most words; a word-level diff says what changed. */
    EDITED,
    /** Aligned by meaning with a counterpart that keeps few of its words. */
    PARAPHRASED,
    /** In the rewrite only: a claim to verify separately. */
    ADDED,
    /** In the source only. */
    DROPPED
}
