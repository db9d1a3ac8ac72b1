package io.wiretrace.web;

import io.wiretrace.provenance.NodeIds;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Page addresses for graph node ids, and the only place where a user-supplied URL may become a link. */
final class Links {

    private static final Pattern ARTICLE = Pattern.compile("^article:(\\d+)$");

    private Links() {
    }

    /** The page of a graph node: an article, an outlet, or the credited URL itself; null when there is none. */
    static String ofNode(String nodeId, String url) {
        Matcher m = ARTICLE.matcher(nodeId);
        if (m.matches()) {
            return "/articles/" + m.group(1);
        }
        if (nodeId.startsWith("outlet:")) {
            return outlet(nodeId.substring("outlet:".length()));
        }
        return external(url);
    }

    /**
     * An example node of an outlet link as a link to its article: a stored article, or the article that credits a
     * placeholder ({@code placeholder:france24@article:2} is France 24's work as article 2 credits it).
     */
    static Field example(String nodeId) {
        Matcher m = Pattern.compile("article:(\\d+)$").matcher(nodeId);
        if (!m.find()) {
            return new Field("example", nodeId, null);
        }
        String label = NodeIds.isArticle(nodeId) ? "article " + m.group(1) : "as credited by article " + m.group(1);
        return new Field("example", label, "/articles/" + m.group(1));
    }

    static String outlet(String key) {
        return key == null ? null : "/outlets/" + URLEncoder.encode(key, StandardCharsets.UTF_8).replace("+", "%20");
    }

    /** {@code url} when it is an http(s) URL, else null: a page never links to javascript: or data: addresses. */
    static String external(String url) {
        if (url == null) {
            return null;
        }
        String u = url.strip();
        String lower = u.toLowerCase(Locale.ROOT);
        return (lower.startsWith("http://") || lower.startsWith("https://")) && !u.contains(" ") ? u : null;
    }

    /** Shortens a label for a graph box, keeping the start. */
    static String shorten(String text, int max) {
        if (text == null) {
            return "";
        }
        String t = text.strip().replaceAll("\\s+", " ");
        return t.length() <= max ? t : t.substring(0, max - 1).stripTrailing() + "\u2026";
    }
}
