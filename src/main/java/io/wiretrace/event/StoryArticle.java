package io.wiretrace.event;

import io.wiretrace.attribution.Attribution;
import java.util.List;

/**
 * What the event rules need to know of a stored article.
 *
 * @param outletKey  its outlet's key, or null when unknown
 * @param outletName its outlet's name, or null
 * @param credits    its attributions (as stored, or detected now for a revision)
 */
public record StoryArticle(long id, String url, String outletKey, String outletName, String bodyText,
                           List<Attribution> credits) {

    public StoryArticle {
        bodyText = bodyText == null ? "" : bodyText;
        credits = List.copyOf(credits);
    }

    /** "France 24 article 12" or "article 12". */
    String label() {
        return (outletName != null ? outletName + " article " : "article ") + id;
    }
}
