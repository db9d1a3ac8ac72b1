package io.wiretrace.review;

/**
 * Summary figures. Shares are by characters of sentence text (sentence spans of the bodyText, so whitespace between
 * sentences and unsplittable debris count nowhere), each in [0, 1]. Characters rather than words because offsets are
 * characters and a long added sentence should weigh more than a short one.
 *
 * @param rewriteVerbatim share of the rewrite's sentence characters in VERBATIM sentences
 * @param rewriteEdited share in EDITED sentences
 * @param rewriteParaphrased share in PARAPHRASED sentences
 * @param rewriteAdded share in ADDED sentences
 * @param sourceKept share of the source's sentence characters in sentences that are not DROPPED
 * @param rewriteSentences number of rewrite sentences
 * @param sourceSentences number of source sentences
 */
public record ReviewSummary(double rewriteVerbatim, double rewriteEdited, double rewriteParaphrased,
        double rewriteAdded, double sourceKept, int rewriteSentences, int sourceSentences) {
}
