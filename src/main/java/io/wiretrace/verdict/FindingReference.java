package io.wiretrace.verdict;

/**
 * Which current finding a verdict is about: an attribution (the article and its index in the article's attribution
 * list, from 0), a reuse match (the article and the other article) or a hop (node ids {@code from} and {@code to} as
 * the provenance JSON gives them, around the article).
 */
public record FindingReference(FindingType type, long articleId, Integer index, Long otherArticleId, String from,
                               String to) {
}
