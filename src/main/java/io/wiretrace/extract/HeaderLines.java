package io.wiretrace.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.jsoup.nodes.Element;
import org.jsoup.select.Elements;

/**
 * The short lines between the headline and the article's first element: where pages print the byline, the desk or
 * agency ("Jane Roe, THE ASSOCIATED PRESS", "Staff and agencies") and a dateline ("QUEENSTOWN, New Zealand (AFP)") in
 * elements of their own, which body extraction leaves out. Kept as {@link MarkupSignal.Source#TEXT} signals named
 * {@code header}, not in the body. Read only when the page's first {@code h1} comes before the article; captions and
 * figures (photo credits) are skipped. Stateless.
 */
final class HeaderLines {

    static final int MAX_ELEMENTS = 60;
    static final int MAX_LINES = 8;
    private static final int MAX_LINE = 120;
    /** A caption or credit box holds its line within a few levels; a page wrapper's class says nothing of it. */
    private static final int CAPTION_DEPTH = 3;
    private static final Pattern CAPTION = Pattern.compile("(?i)caption|credit|photo|image|figure|gallery|video");

    private HeaderLines() {
    }

    /**
     * Own-text lines of the elements after {@code h1}'s subtree and before {@code first}, in page order; never null.
     *
     * @param all every element of the page, in document order
     */
    static List<MarkupSignal> between(Elements all, Element h1, Element first) {
        List<MarkupSignal> found = new ArrayList<>();
        if (h1 == null || first == null) {
            return found;
        }
        int from = all.indexOf(h1);
        int to = all.indexOf(first);
        if (from < 0 || to <= from || first.parents().contains(h1) || h1.parents().contains(first)) {
            return found;
        }
        int start = from + h1.getAllElements().size();
        for (int i = start; i < to && i < start + MAX_ELEMENTS && found.size() < MAX_LINES; i++) {
            Element e = all.get(i);
            if (Hints.isHidden(e) || e.nameIs("script") || e.nameIs("style") || inCaption(e)) {
                continue;
            }
            String own = e.ownText().replace('\u00a0', ' ').strip();
            if (own.length() >= 2 && own.length() <= MAX_LINE) {
                String text = e.text().replace('\u00a0', ' ').strip();
                String line = text.length() <= MAX_LINE && e.children().stream().noneMatch(HeaderLines::isBlock) ? text : own;
                found.add(new MarkupSignal(MarkupSignal.Source.TEXT, "header", line, line));
                i += inlineDescendants(e, line == text);
            }
        }
        return found;
    }

    /** When the whole element's text was taken, its descendants are not read again. */
    private static int inlineDescendants(Element e, boolean wholeText) {
        return wholeText ? e.getAllElements().size() - 1 : 0;
    }

    private static boolean isBlock(Element e) {
        return e.isBlock() && !e.nameIs("br");
    }

    private static boolean inCaption(Element e) {
        int depth = 0;
        for (Element a = e; a != null && depth++ < CAPTION_DEPTH; a = a.parent()) {
            if (a.nameIs("figure") || a.nameIs("figcaption") || CAPTION.matcher(a.className() + " " + a.id()).find()) {
                return true;
            }
        }
        return false;
    }
}
