package io.wiretrace.api;

import io.wiretrace.verdict.VerdictInput;

/**
 * Body of {@code POST /api/verdicts}: the finding ({@code findingType} and its reference), the verdict and a note.
 * An attribution is named by {@code articleId} and {@code index} (its place in the article's attribution list, from
 * 0), a reuse match by {@code articleId} and {@code otherArticleId}, a hop by the node ids {@code from} and {@code to}
 * as the provenance JSON gives them ({@code articleId} defaults to the article {@code from} names).
 */
public record VerdictRequest(String findingType, Long articleId, Integer index, Long otherArticleId, String from,
                             String to, String verdict, String note) {

    VerdictInput checked() {
        return VerdictInput.parse(findingType, articleId, index, otherArticleId, from, to, verdict, note);
    }
}
