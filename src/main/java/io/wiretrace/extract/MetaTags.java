package io.wiretrace.extract;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.jsoup.nodes.Element;

/**
 * The page's {@code <meta>} tags keyed by lower-case name, property, itemprop or http-equiv; the first non-empty
 * content wins. Keeps the element so that markup evidence can quote the tag as it appears. Built once per page.
 */
final class MetaTags {

    private static final List<String> KEY_ATTRIBUTES = List.of("property", "name", "itemprop", "http-equiv");

    private final Map<String, Element> byKey = new HashMap<>();

    MetaTags(PageIndex page) {
        for (Element meta : page.metas) {
            String content = meta.attr("content").trim();
            if (content.isEmpty()) {
                continue;
            }
            for (String attribute : KEY_ATTRIBUTES) {
                String key = meta.attr(attribute).trim().toLowerCase(java.util.Locale.ROOT);
                if (!key.isEmpty()) {
                    byKey.putIfAbsent(key, meta);
                }
            }
        }
    }

    /** The content of the first tag with this key, else null. */
    String get(String key) {
        Element e = byKey.get(key);
        return e == null ? null : e.attr("content").trim();
    }

    /** The content of the first of these keys present, else null. */
    String first(String... keys) {
        for (String key : keys) {
            String v = get(key);
            if (v != null) {
                return v;
            }
        }
        return null;
    }

    /** The tag as it appears, abridged to the key attribute and content. */
    String evidence(String key) {
        Element e = byKey.get(key);
        if (e == null) {
            return null;
        }
        for (String attribute : KEY_ATTRIBUTES) {
            if (e.attr(attribute).trim().equalsIgnoreCase(key)) {
                return "<meta " + attribute + "=\"" + e.attr(attribute).trim() + "\" content=\""
                        + e.attr("content").trim() + "\">";
            }
        }
        return null;
    }
}
