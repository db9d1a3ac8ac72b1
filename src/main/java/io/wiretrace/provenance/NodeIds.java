package io.wiretrace.provenance;

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

    /** Lower-case scheme and host, no fragment, no trailing slash, "www." dropped: the form URLs are compared in. */
    public static String normalizeUrl(String url) {
        String u = url.trim();
        int hash = u.indexOf('#');
        if (hash >= 0) {
            u = u.substring(0, hash);
        }
        int schemeEnd = u.indexOf("://");
        int pathStart = schemeEnd < 0 ? -1 : u.indexOf('/', schemeEnd + 3);
        String head = pathStart < 0 ? u : u.substring(0, pathStart);
        String tail = pathStart < 0 ? "" : u.substring(pathStart);
        head = head.toLowerCase(Locale.ROOT).replace("://www.", "://").replaceFirst("^http://", "https://");
        if (tail.endsWith("/")) {
            tail = tail.substring(0, tail.length() - 1);
        }
        return head + tail;
    }

    /** Host of a URL without "www.", lower case, or null. */
    public static String host(String url) {
        if (url == null) {
            return null;
        }
        String n = normalizeUrl(url);
        int schemeEnd = n.indexOf("://");
        if (schemeEnd < 0) {
            return null;
        }
        String rest = n.substring(schemeEnd + 3);
        int end = rest.indexOf('/');
        String host = end < 0 ? rest : rest.substring(0, end);
        int colon = host.indexOf(':');
        return colon < 0 ? host : host.substring(0, colon);
    }
}
