package io.wiretrace.reuse;

/**
 * What a later text L takes from an earlier text E, measured with quoted speech and formulas set aside. These are the
 * inputs of {@link DependenceModel}; each is documented in the README ("How it decides: dependence").
 *
 * @param derivedShare share of L's words in sentences traceable to E: the sentence's own (unquoted) content words are,
 *     weighted by their rarity in the pair, at least {@value DependenceMeasurer#TRACED} found in one sentence of E
 *     (verbatim, edited or paraphrased with E's words)
 * @param partlyTracedShare the same share with a looser bar ({@value DependenceMeasurer#PARTLY_TRACED}): sentences that
 *     keep part of one of E's sentences
 * @param meanSentenceOverlap the mean over L's sentences of that best weighted overlap
 * @param trigramContainment share of L's unquoted word 3-grams found in E
 * @param longestRun the longest run of unquoted words L and E share, in words
 * @param sourceCoverage share of E's words in sentences that some traced sentence of L comes from
 * @param lengthRatio log of L's word count over E's (condensed copy is shorter than its source)
 * @param newNameShare share of L's names (words written with a capital except at a sentence start, outside quoted
 *     speech) that E does not write at all: a text whose only source is E names no one E does not
 */
public record DependenceFeatures(double derivedShare, double partlyTracedShare, double meanSentenceOverlap,
        double trigramContainment, int longestRun, double sourceCoverage, double lengthRatio, double newNameShare) {

    /** The input of P(derived), in the order of {@link DependenceModel#FEATURES}. */
    double[] vector() {
        return new double[] {derivedShare, partlyTracedShare, Math.log1p(longestRun), trigramContainment};
    }

    /**
     * The input of P(wholly | derived), in the order of {@link DependenceModel#WHOLLY_FEATURES}: {@link #vector()} and
     * {@link #newNameShare()}. A regression with fewer weights reads the leading inputs only.
     */
    double[] whollyVector() {
        return new double[] {derivedShare, partlyTracedShare, Math.log1p(longestRun), trigramContainment, newNameShare};
    }
}
