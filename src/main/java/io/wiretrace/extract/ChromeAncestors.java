package io.wiretrace.extract;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.jsoup.nodes.Element;

/**
 * Whether an element sits in a footer, navigation, aside, figure, comment, related or sidebar block, or a hidden one,
 * below the page body (the body's own classes describe the layout, not the element). Each ancestor is judged once per
 * page: byline candidates share most of their ancestors, and judging them again for every candidate cost a few
 * percent of the receive time. One per page; not thread-safe.
 */
final class ChromeAncestors {

    /** Comment threads, replies, related stories and sidebars; "commented" marks an article that has comments. */
    private static final Pattern CHROME_HINT = Pattern.compile("(?i)comment(?!ed)|repl(?:y|ies)|related|sidebar");

    /** Per element: it or one of its ancestors below the body is chrome. */
    private final Map<Element, Boolean> chromeFrom = new HashMap<>();
    private final HintCache hints;

    ChromeAncestors(HintCache hints) {
        this.hints = hints;
    }

    /** Whether a parent of {@code e}, up to the body, is chrome. */
    boolean above(Element e) {
        List<Element> unknown = new ArrayList<>();
        Boolean known = null;
        for (Element p = e.parent(); p != null && !p.normalName().equals("body"); p = p.parent()) {
            known = chromeFrom.get(p);
            if (known != null) {
                break;
            }
            unknown.add(p);
        }
        boolean chrome = known != null && known;
        for (int i = unknown.size() - 1; i >= 0; i--) {
            chrome = chrome || isChrome(unknown.get(i));
            chromeFrom.put(unknown.get(i), chrome);
        }
        return chrome;
    }

    private boolean isChrome(Element p) {
        String tag = p.normalName();
        return tag.equals("footer") || tag.equals("nav") || tag.equals("aside") || tag.equals("figure")
                || Hints.isHidden(p) || hints.of(p).has(HintCache.CHROME);
    }

    /** Whether a class string and id mark chrome (tested once per distinct pair by {@link HintCache}). */
    static boolean isChromeHint(String cls, String id) {
        return CHROME_HINT.matcher(cls + " " + id).find();
    }
}
