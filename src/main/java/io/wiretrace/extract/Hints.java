package io.wiretrace.extract;

import java.util.Set;
import org.jsoup.nodes.Element;

/**
 * Class/id and tag hints used by body extraction, in the spirit of Readability: which elements are unlikely to be
 * content, which class names weigh for or against, which are photo captions. General rules, not tuned per site.
 */
final class Hints {

    static final Keywords UNLIKELY = Keywords.of("-ad-", "ai2html", "banner", "breadcrumbs", "combx", "comment",
            "community", "cover-wrap", "disqus", "extra", "footer", "gdpr", "header", "legends", "menu", "related",
            "remark", "replies", "rss", "shoutbox", "sidebar", "skyscraper", "social", "sponsor", "supplemental",
            "ad-break", "agegate", "pagination", "pager", "popup", "yom-remote");
    /** Hints of small boxes (share bars, newsletter and cookie boxes, teasers): dropped when short. */
    static final Keywords SMALL_BOILERPLATE = Keywords.of("cookie", "consent", "newsletter", "subscri", "signup",
            "share", "sharing", "promo", "outbrain", "taboola", "recommend", "mostpopular", "most-popular",
            "mostread", "most-read", "trending", "navbar", "masthead", "paywall", "skiplink", "skip-link", "teaser",
            "readmore", "read-more", "toolbar", "advert", " ad ", " ads ", "tags", "keywords", "authorbio",
            "author-bio", "about-the-author");
    static final int SMALL_BOX = 500;
    static final Keywords MAYBE_CANDIDATE = Keywords.of("and", "article", "body", "column", "content", "main",
            "shadow");
    static final Keywords POSITIVE = Keywords.of("article", "body", "content", "entry", "hentry", "h-entry", "main",
            "page", "pagination", "post", "text", "blog", "story");
    static final Keywords NEGATIVE = Keywords.of("-ad-", "hidden", " hid ", "banner", "combx", "comment", "com-",
            "contact", "footer", "gdpr", "masthead", "media", "meta", "outbrain", "promo", "related", "scroll",
            "share", "shoutbox", "sidebar", "skyscraper", "sponsor", "shopping", "tags", "widget", "newsletter",
            "cookie", "teaser");
    static final Keywords CAPTION = Keywords.of("caption", "photocredit", "photo-credit", "imagecredit",
            "image-credit", "imgcredit", "img-credit", "mediacredit", "media-credit", "piccredit", "pic-credit",
            "creditphoto", "credit-photo", "credit-container", "creditcontainer", "photographer", "bildunterschrift",
            "bildnachweis", "fotocredit", "legende-photo", "image-container", "imagecontainer", "img-container",
            "imgcontainer", "image-description", "imagedescription", "inner-description", " credit ", " credits ");
    static final Set<String> UNLIKELY_ROLES = Set.of("menu", "menubar", "complementary", "navigation", "alert",
            "alertdialog", "dialog");
    static final Set<String> NEVER_CONTENT = Set.of("script", "style", "noscript", "template", "iframe", "svg",
            "canvas", "object", "embed", "button", "input", "select", "textarea", "option", "head", "link", "meta",
            "figcaption", "dialog", "video", "audio", "map", "math");
    static final Set<String> CHROME = Set.of("nav", "aside", "footer", "header");
    static final Set<String> BLOCKS = Set.of("p", "div", "section", "article", "main", "td", "th", "li", "pre",
            "blockquote", "h1", "h2", "h3", "h4", "h5", "h6", "ul", "ol", "dl", "dt", "dd", "table", "tr", "tbody",
            "thead", "tfoot", "form", "fieldset", "header", "footer", "aside", "nav", "figure", "address",
            "center", "body", "details", "summary", "hr", "caption", "hgroup", "menu");
    static final Set<String> PARAGRAPH_TAGS = Set.of("p", "pre", "td", "h2", "h3", "h4", "h5", "h6");
    static final Set<String> NOT_SCORED = Set.of("li", "dt", "dd", "th", "ul", "ol", "dl", "tr", "tbody", "table",
            "body", "h1", "nav", "footer", "aside", "header", "form");

    private Hints() {
    }

    static boolean isHidden(Element e) {
        if (e.hasAttr("hidden")) {
            return true;
        }
        if ("true".equals(e.attr("aria-hidden")) && !e.className().contains("fallback-image")) {
            return true;
        }
        String style = e.attr("style");
        if (style.isEmpty()) {
            return false;
        }
        String compact = style.toLowerCase(java.util.Locale.ROOT).replace(" ", "");
        return compact.contains("display:none") || compact.contains("visibility:hidden");
    }

    /** Unlikely to be content by role, or by class/id hints unless its tag says it is the article. */
    static boolean isUnlikely(Element e, HintCache.Hint hint) {
        if (UNLIKELY_ROLES.contains(e.attr("role"))) {
            return true;
        }
        String tag = e.normalName();
        return hint.has(HintCache.UNLIKELY) && !tag.equals("body") && !tag.equals("a") && !tag.equals("article")
                && !tag.equals("main");
    }

    /** Readability's class weight of one class or id string: -25 if negative, +25 if positive (both may apply). */
    static int weight(String hints) {
        if (hints.isEmpty()) {
            return 0;
        }
        return weight(Keywords.prepare(hints));
    }

    /** {@link #weight(String)} of a class or id string already prepared. */
    static int weight(Keywords.Prepared prepared) {
        return (NEGATIVE.in(prepared) ? -25 : 0) + (POSITIVE.in(prepared) ? 25 : 0);
    }

    static int tagWeight(String tag) {
        return switch (tag) {
            case "div", "article", "main", "section" -> 5;
            case "pre", "td", "blockquote" -> 3;
            case "address", "ol", "ul", "dl", "dd", "dt", "li", "form" -> -3;
            case "h1", "h2", "h3", "h4", "h5", "h6", "th" -> -5;
            default -> 0;
        };
    }
}
