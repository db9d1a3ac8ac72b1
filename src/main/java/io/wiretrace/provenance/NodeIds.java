package io.wiretrace.provenance;

import io.wiretrace.url.Hosts;
import io.wiretrace.url.UrlIdentity;
import java.util.Locale;

/** The id scheme of nodes the edge builder creates. Articles keep the ids their store gives them. */
public final class NodeIds {

    private NodeIds() {
    }

    private static final String ARTICLE = "article:";

    /** A stored article's node, e.g. "article:42": the one place this form is written. */
    public static String article(long articleId) {
        return ARTICLE + articleId;
    }

    /**
     * Node ids in order: stored articles first, by their numeric id ("article:9" before "article:10"), then the
     * others by their text.
     */
    public static final java.util.Comparator<String> ORDER = java.util.Comparator
            .<String, Boolean>comparing(id -> !numbered(id))
            .thenComparingLong(id -> numbered(id) ? articleId(id) : 0L)
            .thenComparing(java.util.Comparator.naturalOrder());

    private static boolean numbered(String id) {
        return isArticle(id) && id.length() > ARTICLE.length() && id.length() < ARTICLE.length() + 19
                && id.chars().skip(ARTICLE.length()).allMatch(c -> c >= '0' && c <= '9');
    }

    /** True for the node of a stored article. */
    public static boolean isArticle(String nodeId) {
        return nodeId != null && nodeId.startsWith(ARTICLE);
    }

    /** The stored article's id in an article node id ("article:42" -> 42). */
    public static long articleId(String nodeId) {
        if (!isArticle(nodeId)) {
            throw new IllegalArgumentException("not an article node: " + nodeId);
        }
        return Long.parseLong(nodeId.substring(ARTICLE.length()));
    }

    /** A shared outlet node, e.g. "outlet:afp". */
    public static String outlet(String key) {
        return "outlet:" + key.toLowerCase(Locale.ROOT);
    }

    /** A credited URL not stored yet; shared by every article that credits it, so it can be resolved on ingestion. */
    public static String creditedUrl(String url) {
        return "placeholder:url:" + normalizeUrl(url);
    }

    /**
     * The work of a credited party named without a URL, as credited by one article: kept per article so that two
     * unrelated stories crediting the same outlet are not joined through it.
     */
    public static String creditedWork(String party, String articleId) {
        return "placeholder:" + party.toLowerCase(Locale.ROOT).trim() + "@" + articleId;
    }

    /**
     * The form URLs are compared in: their identity key ({@link UrlIdentity}), or the trimmed text when it is no
     * http(s) URL.
     */
    public static String normalizeUrl(String url) {
        String key = UrlIdentity.keyOrNull(url);
        return key != null ? key : url.trim();
    }

    /** Identity host of a URL ({@link Hosts#of}), or null. */
    public static String host(String url) {
        return Hosts.of(url);
    }
}
