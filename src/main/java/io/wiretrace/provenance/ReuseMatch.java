package io.wiretrace.provenance;

/**
 * A text-reuse match between the article that carries it and another stored article.
 *
 * @param otherArticleId   node id of the other article
 * @param containmentOfThis share (0..1) of this article's text found in the other
 * @param containmentOfOther share (0..1) of the other article's text found in this one
 * @param matchClass       the matcher's class ("near_duplicate", "partial", "rewrite"...)
 * @param confidence       0..1, the matcher's confidence that the texts share an origin
 */
public record ReuseMatch(String otherArticleId, double containmentOfThis, double containmentOfOther, String matchClass,
                         double confidence) {
}
