package io.wiretrace.verdict;

import io.wiretrace.article.InvalidInput;
import io.wiretrace.article.StorableText;

/**
 * A verdict as a client asks for it, checked: the finding's reference, the verdict and the note. Every problem is an
 * {@link InvalidInput} naming the field. Used by the API and the web form alike.
 */
public record VerdictInput(FindingReference reference, Verdict verdict, String note) {

    /** Longest note accepted. */
    public static final int MAX_NOTE = 4000;

    private static final String ARTICLE_NODE = "article:";

    /**
     * Checks the fields; {@code articleId} of a hop defaults to the article its {@code from} node names (the article,
     * or the one a credited work was found in).
     */
    public static VerdictInput parse(String findingType, Long articleId, Integer index, Long otherArticleId,
                                     String from, String to, String verdict, String note) {
        FindingType type = type(findingType);
        StorableText.check("from", from);
        StorableText.check("to", to);
        Long article = articleId;
        if (article == null && type == FindingType.HOP && from != null) {
            // "article:12", or a credited work found in it: "placeholder:france24@article:12"
            String node = from.substring(from.lastIndexOf('@') + 1);
            if (node.startsWith(ARTICLE_NODE)) {
                article = number("from", node.substring(ARTICLE_NODE.length()));
            }
        }
        if (article == null) {
            throw new InvalidInput("articleId", "articleId (the article the finding is in) is required");
        }
        if (article <= 0) {
            throw new InvalidInput("articleId", "articleId " + article + " is not a positive id");
        }
        return new VerdictInput(new FindingReference(type, article, index, otherArticleId, from, to),
                verdict(verdict), note(note));
    }

    private static FindingType type(String value) {
        if (value == null || value.isBlank()) {
            throw new InvalidInput("findingType", "findingType (attribution, reuse or hop) is required");
        }
        return FindingType.parse(value.strip()).orElseThrow(() -> new InvalidInput("findingType",
                "findingType '" + value + "' is not one of attribution, reuse, hop"));
    }

    private static Verdict verdict(String value) {
        if (value == null || value.isBlank()) {
            throw new InvalidInput("verdict", "verdict (confirmed or rejected) is required");
        }
        return Verdict.parse(value.strip()).orElseThrow(() -> new InvalidInput("verdict",
                "verdict '" + value + "' is not one of confirmed, rejected"));
    }

    private static String note(String value) {
        if (value == null) {
            return "";
        }
        StorableText.check("note", value);
        if (value.length() > MAX_NOTE) {
            throw new InvalidInput("note", "note has " + value.length() + " characters, at most " + MAX_NOTE);
        }
        return value.strip();
    }

    /** A whole number given as text (a form field), or null when blank; anything else is a 400 naming the field. */
    public static Long number(String field, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return Long.parseLong(value.strip());
        } catch (NumberFormatException e) {
            throw new InvalidInput(field, field + " '" + value + "' is not a whole number");
        }
    }
}
