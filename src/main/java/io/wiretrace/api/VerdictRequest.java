package io.wiretrace.api;

import io.wiretrace.app.ReviewFindings;
import io.wiretrace.article.InvalidInput;
import io.wiretrace.article.StorableText;
import io.wiretrace.provenance.NodeIds;
import io.wiretrace.verdict.FindingType;
import io.wiretrace.verdict.Verdict;

/**
 * Body of {@code POST /api/verdicts}: the finding ({@code findingType} and its reference), the verdict and a note.
 * An attribution is named by {@code articleId} and {@code index} (its place in the article's attribution list, from
 * 0), a reuse match by {@code articleId} and {@code otherArticleId}, a hop by the node ids {@code from} and {@code to}
 * as the provenance JSON gives them ({@code articleId} defaults to the article {@code from} names).
 */
public record VerdictRequest(String findingType, Long articleId, Integer index, Long otherArticleId, String from,
                             String to, String verdict, String note) {

    /** Longest note accepted. */
    static final int MAX_NOTE = 4000;

    ReviewFindings.Reference reference() {
        FindingType type = type();
        Long article = articleId;
        if (article == null && type == FindingType.HOP && NodeIds.isArticle(from)) {
            article = parseArticle(from);
        }
        if (article == null) {
            throw new InvalidInput("articleId", "articleId (the article the finding is in) is required");
        }
        if (article <= 0) {
            throw new InvalidInput("articleId", "articleId " + article + " is not a positive id");
        }
        StorableText.check("from", from);
        StorableText.check("to", to);
        return new ReviewFindings.Reference(type, article, index, otherArticleId, from, to);
    }

    FindingType type() {
        if (findingType == null) {
            throw new InvalidInput("findingType", "findingType (attribution, reuse or hop) is required");
        }
        return FindingType.parse(findingType).orElseThrow(() -> new InvalidInput("findingType",
                "findingType '" + findingType + "' is not one of attribution, reuse, hop"));
    }

    Verdict parsedVerdict() {
        if (verdict == null) {
            throw new InvalidInput("verdict", "verdict (confirmed or rejected) is required");
        }
        return Verdict.parse(verdict).orElseThrow(() -> new InvalidInput("verdict",
                "verdict '" + verdict + "' is not one of confirmed, rejected"));
    }

    String checkedNote() {
        if (note == null) {
            return "";
        }
        StorableText.check("note", note);
        if (note.length() > MAX_NOTE) {
            throw new InvalidInput("note", "note has " + note.length() + " characters, at most " + MAX_NOTE);
        }
        return note.strip();
    }

    private static long parseArticle(String nodeId) {
        try {
            return NodeIds.articleId(nodeId);
        } catch (NumberFormatException e) {
            throw new InvalidInput("from", "from '" + nodeId + "' is not a node id such as 'article:12'");
        }
    }
}
