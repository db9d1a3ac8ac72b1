package io.wiretrace.reuse;

/**
 * Thresholds of pair verification and classification. Containment of A in B is the share of A's distinct shingles
 * that B also has. Defaults ({@link #DEFAULT}) and why:
 *
 * @param duplicateMinContainment 0.9: both texts share at least 90% of their shingles with each other (a copy with
 *     a changed headline, byline or footer stays above it; a copy with light edits falls below)
 * @param substantialMinContainment 0.5: at least half of one text (the one more contained) is the other's wording
 * @param partialMinPassageTokens 20: unquoted verbatim passages (each of at least {@code passageMinTokens}) that total
 *     at least 20 matched words (a quoted paragraph, two copied sentences); coincidence rarely produces that many
 *     identical words in runs of eight or more, while stock phrases stay under it
 * @param passageMinTokens 8: passages shorter than this are not reported (set phrases, titles)
 * @param passageMaxGap 4: tiles separated by at most 4 changed words in each text merge into one passage
 * @param minPairLexical 0.28: TF-IDF cosine (plus anchor bonus) for a sentence pair in lexical-only mode; the seeds'
 *     paraphrased pairs score 0.29–0.69 there and unrelated sentences of one story 0.1–0.25. Lexical mode misses
 *     paraphrases that change most content words; the neural mode is the one to use in production
 * @param minPairSemantic 0.55: combined score (0.6 embedding + 0.4 lexical + anchor bonus) with the neural model;
 *     all-MiniLM cosines of paraphrases lie around 0.7–0.9 and of different sentences on one topic around 0.4–0.6
 * @param rewriteMinPairs 3: a rewrite keeps at least three sentences' meaning. Only pairs that say something count:
 *     {@link SentenceAligner} pairs sentences only when (lexical mode) they share two content words, never through
 *     words that form a formula of either page (reference lines, datelines), and a pair adds a shared word no better
 *     pair already used; so boilerplate common to a site's pages cannot add up to a rewrite
 * @param rewriteMinCoverage 0.3: and they are at least 30% of the shorter text's sentences
 * @param sameStoryMinAnchors 2: two shared anchor facts (numbers with context, names, quotes) make the same story,
 *     provided at least one is a name or a quote: numbers and dates alone ("3 April", "11 %") are shared by chance
 *     between long unrelated pages, while coverage of one event names its people or places
 */
public record ReuseThresholds(double duplicateMinContainment, double substantialMinContainment,
        int partialMinPassageTokens, int passageMinTokens, int passageMaxGap, double minPairLexical,
        double minPairSemantic, int rewriteMinPairs, double rewriteMinCoverage, int sameStoryMinAnchors) {

    /** The defaults documented above. */
    public static final ReuseThresholds DEFAULT = new ReuseThresholds(0.9, 0.5, 20, 8, 4, 0.28, 0.55, 3, 0.3, 2);

    public ReuseThresholds {
        if (duplicateMinContainment < substantialMinContainment) {
            throw new IllegalArgumentException("duplicate threshold below substantial: " + duplicateMinContainment);
        }
        if (passageMinTokens < 1 || partialMinPassageTokens < passageMinTokens || passageMaxGap < 0) {
            throw new IllegalArgumentException("bad passage thresholds");
        }
    }
}
