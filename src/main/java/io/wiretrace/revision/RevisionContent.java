package io.wiretrace.revision;

import io.wiretrace.attribution.Attribution;
import io.wiretrace.extract.ExtractedArticle;
import java.text.Normalizer;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * What a revision compares: the extracted article (title, byline, body text) and its attributions, all found by one
 * detector version. Markup, scripts, ads and the raw bytes are not part of it, so they never make a revision.
 */
public record RevisionContent(String title, String byline, String bodyText, List<Attribution> attributions,
                              String headline) {

    /** Clock times and "5 minutes ago" style stamps: pages rotate them on every load. */
    private static final Pattern ROTATING = Pattern.compile(
            "(?i)\\b\\d{1,2}:\\d{2}(:\\d{2})?\\s*(am|pm|a\\.m\\.|p\\.m\\.)?|\\b\\d+\\s+(seconds?|minutes?|mins?|hours?|hrs?)\\s+ago\\b");

    public RevisionContent {
        bodyText = bodyText == null ? "" : bodyText;
        attributions = attributions == null ? List.of() : List.copyOf(attributions);
    }

    /** Without a shown heading (a text, or a version stored before headings were kept). */
    public RevisionContent(String title, String byline, String bodyText, List<Attribution> attributions) {
        this(title, byline, bodyText, attributions, null);
    }

    public static RevisionContent of(ExtractedArticle article, List<Attribution> attributions) {
        return new RevisionContent(article.title(), article.byline(), article.bodyText(), attributions,
                article.headline());
    }

    /**
     * The page's shown heading before and after when it changed while the title did not (an edited {@code h1} under
     * an unchanged social title), else null. Only versions that both kept their heading are compared.
     */
    String headlineOnlyChange(RevisionContent after) {
        boolean changed = headline != null && after.headline != null
                && !comparable(headline).equals(comparable(after.headline))
                && comparable(title).equals(comparable(after.title));
        return changed ? headline : null;
    }

    /**
     * True when both say the same: equal title (and shown heading, when both kept it), byline and body once whitespace, Unicode form and rotating time stamps
     * are set aside, and the same attributions (kind, credited party, evidence text), in any order.
     */
    public boolean sameArticleAs(RevisionContent other) {
        return comparable(title).equals(comparable(other.title)) && headlineOnlyChange(other) == null
                && comparable(byline).equals(comparable(other.byline))
                && comparable(bodyText).equals(comparable(other.bodyText))
                && counts(attributions).equals(counts(other.attributions));
    }

    /** The key under which two attributions count as the same credit in two versions. */
    static String creditKey(Attribution a) {
        String party = a.target().key() != null ? a.target().key()
                : a.target().name() == null ? "" : a.target().name().toLowerCase(Locale.ROOT);
        return a.kind() + "|" + party + "|" + comparable(a.evidence().text());
    }

    static Map<String, Integer> counts(List<Attribution> attributions) {
        Map<String, Integer> counts = new HashMap<>();
        attributions.forEach(a -> counts.merge(creditKey(a), 1, Integer::sum));
        return counts;
    }

    /** Whitespace collapsed, NFC, rotating time stamps removed. */
    static String comparable(String text) {
        if (text == null) {
            return "";
        }
        String n = Normalizer.normalize(text, Normalizer.Form.NFC);
        return ROTATING.matcher(n).replaceAll(" ").replaceAll("\\s+", " ").strip();
    }
}
