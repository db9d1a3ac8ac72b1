package io.wiretrace.extract;

import java.util.Set;
import java.util.regex.Pattern;
import org.jsoup.nodes.Element;

/**
 * Class/id and tag hints used by body extraction, in the spirit of Readability: which elements are unlikely to be
 * content, which class names weigh for or against, which are photo captions. General rules, not tuned per site.
 */
final class Hints {

    static final Pattern UNLIKELY = Pattern.compile("(?i)-ad-|ai2html|banner|breadcrumbs|combx|comment|community|"
            + "cover-wrap|disqus|extra|footer|gdpr|header|legends|menu|related|remark|replies|rss|shoutbox|sidebar|"
            + "skyscraper|social|sponsor|supplemental|ad-break|agegate|pagination|pager|popup|yom-remote");
    /** Hints of small boxes (share bars, newsletter and cookie boxes, teasers): dropped when short. */
    static final Pattern SMALL_BOILERPLATE = Pattern.compile("(?i)cookie|consent|newsletter|subscri|signup|share|"
            + "sharing|promo|outbrain|taboola|recommend|most-?popular|most-?read|trending|navbar|masthead|paywall|"
            + "skip-?link|teaser|read-?more|toolbar|advert|\\bads?\\b|tags|keywords|author-?bio|about-?the-?author");
    static final int SMALL_BOX = 500;
    static final Pattern MAYBE_CANDIDATE = Pattern.compile("(?i)and|article|body|column|content|main|shadow");
    static final Pattern POSITIVE = Pattern.compile(
            "(?i)article|body|content|entry|hentry|h-entry|main|page|pagination|post|text|blog|story");
    static final Pattern NEGATIVE = Pattern.compile("(?i)-ad-|hidden|^hid$| hid$| hid |^hid |banner|combx|comment|"
            + "com-|contact|footer|gdpr|masthead|media|meta|outbrain|promo|related|scroll|share|shoutbox|sidebar|"
            + "skyscraper|sponsor|shopping|tags|widget|newsletter|cookie|teaser");
    static final Pattern CAPTION = Pattern.compile("(?i)caption|photo-?credit|image-?credit|img-?credit|"
            + "media-?credit|pic-?credit|credit-?photo|credit-?container|photographer|bildunterschrift|bildnachweis|"
            + "fotocredit|legende-?photo|image-?container|img-?container|image-?description|inner-description|"
            + "(?:^|\\s)credits?(?:\\s|$)");
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
    private static final Pattern HIDDEN_STYLE = Pattern.compile("(?i)display\\s*:\\s*none|visibility\\s*:\\s*hidden");

    private Hints() {
    }

    static String classAndId(Element e) {
        String cls = e.className();
        String id = e.id();
        return id.isEmpty() ? cls : cls + " " + id;
    }

    static boolean isHidden(Element e) {
        if (e.hasAttr("hidden")) {
            return true;
        }
        if ("true".equals(e.attr("aria-hidden")) && !e.className().contains("fallback-image")) {
            return true;
        }
        String style = e.attr("style");
        return !style.isEmpty() && HIDDEN_STYLE.matcher(style).find();
    }

    static boolean isUnlikely(Element e, String hints) {
        if (UNLIKELY_ROLES.contains(e.attr("role"))) {
            return true;
        }
        String tag = e.normalName();
        return !hints.isEmpty() && !tag.equals("body") && !tag.equals("a") && !tag.equals("article")
                && !tag.equals("main") && UNLIKELY.matcher(hints).find() && !MAYBE_CANDIDATE.matcher(hints).find();
    }

    /** Readability's class weight: +25/-25 per matching class name and id. */
    static int classWeight(Element e) {
        int weight = 0;
        String cls = e.className();
        if (!cls.isEmpty()) {
            weight += NEGATIVE.matcher(cls).find() ? -25 : 0;
            weight += POSITIVE.matcher(cls).find() ? 25 : 0;
        }
        String id = e.id();
        if (!id.isEmpty()) {
            weight += NEGATIVE.matcher(id).find() ? -25 : 0;
            weight += POSITIVE.matcher(id).find() ? 25 : 0;
        }
        return weight;
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
