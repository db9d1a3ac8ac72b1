package io.wiretrace.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.Elements;

/**
 * The few lines printed right after the article's last paragraph, which body extraction leaves out: the source or
 * credit block a template keeps in a sibling div or table cell after the story ("Source: AFP", "Staff and agencies",
 * "— Reuters"). They are kept as {@link MarkupSignal.Source#TEXT} signals named {@value #NAME}, one per line, only
 * the first {@value #MAX_LINES} lines after the story (what lies further down belongs to the site). Lines already in
 * the body, lines all of links (related stories, tags, menus), list items, captions (figures, a line in a small box
 * beside a picture) are not kept but count among those lines; a comment section ends the reading. Stateless.
 */
final class TrailingLines {

    static final String NAME = "tail-line";
    static final int MAX_LINES = 3;
    private static final int MAX_LINE = 150;

    private static final Set<String> INLINE = HeaderLines.INLINE;
    /** Figures, forms, scripts: read past, never kept ({@code nav} is the page's chrome, which ends the reading). */
    private static final Set<String> SKIPPED = HeaderLines.SKIPPED;
    /** Where the page's own matter starts: nothing after it is the story's. */
    private static final Set<String> CHROME = Set.of("nav", "aside", "footer", "header");
    private static final Keywords COMMENTS = Keywords.of("comment", "disqus", "respond", "reply");

    private TrailingLines() {
    }

    /**
     * The lines from {@code start}, right after the article's last paragraph, in page order; never null.
     *
     * @param start where the story's tail starts in the page's elements ({@link TrailingCopyright#start}), or -1
     * @param body  the extracted body text: a line it already holds is not left out
     */
    static List<MarkupSignal> after(PageIndex page, int start, String body) {
        if (start < 0) {
            return List.of();
        }
        Elements all = page.all;
        String story = null; // normalised only once a line could be kept
        List<MarkupSignal> found = new ArrayList<>();
        LineLinks links = new LineLinks(all.isEmpty() ? null : all.get(0).ownerDocument());
        int lines = 0;
        for (int i = start; i < all.size() && lines < MAX_LINES; i++) {
            Element e = all.get(i);
            if (ends(e)) {
                break;
            }
            if (SKIPPED.contains(e.normalName()) || Hints.isHidden(e) || e.nameIs("li") || e.nameIs("dl")) {
                lines += e.text().isBlank() ? 0 : 1; // a figure's caption or a list: read past, never kept
                i = page.subtreeEnd(i) - 1;
                continue;
            }
            if (INLINE.contains(e.normalName())) {
                continue; // read with its block
            }
            boolean caption = ImageCredits.beside(e) && e.text().length() <= 2 * MAX_LINE;
            for (Line line : lines(e)) {
                lines++;
                if (caption || !line.plain || line.text.length() > MAX_LINE || lines > MAX_LINES) {
                    continue;
                }
                story = story == null ? HeaderLines.normalize(body) : story;
                if (!story.contains(HeaderLines.normalize(line.text))) {
                    found.add(new MarkupSignal(MarkupSignal.Source.TEXT, NAME, line.text, line.text));
                    found.addAll(links.named(NAME, line.anchors));
                }
            }
        }
        return found;
    }

    /** A comment section or the page's own chrome: the story's tail is over. */
    private static boolean ends(Element e) {
        return CHROME.contains(e.normalName()) || COMMENTS.in(Keywords.prepare(e.id() + " " + e.className()));
    }

    /** A line, whether it holds text outside links, and its anchors (resolved only when the line is kept). */
    private record Line(String text, boolean plain, List<Element> anchors) {
    }

    /** The lines of {@code block}'s own text and inline elements, broken at {@code <br>} and child blocks. */
    private static List<Line> lines(Element block) {
        List<Line> out = new ArrayList<>();
        StringBuilder text = new StringBuilder();
        List<Element> anchors = new ArrayList<>();
        boolean plain = false;
        for (Node child : block.childNodes()) {
            if (child instanceof TextNode t) {
                text.append(t.getWholeText());
                plain |= !t.isBlank();
            } else if (child instanceof Element c && INLINE.contains(c.normalName()) && !Hints.isHidden(c)
                    && c.selectFirst("br") == null) {
                text.append(c.text()).append(' ');
                plain |= !c.nameIs("a") && c.selectFirst("a") == null && !c.text().isBlank();
                anchors.addAll(c.nameIs("a") ? List.of(c) : c.select("a"));
            } else {
                add(out, text, plain, anchors);
                plain = false;
            }
        }
        add(out, text, plain, anchors);
        return out;
    }

    private static void add(List<Line> out, StringBuilder text, boolean plain, List<Element> anchors) {
        String line = Whitespace.collapseWithNoBreak(text.toString()).strip();
        text.setLength(0);
        if (!line.isEmpty()) {
            out.add(new Line(line, plain, List.copyOf(anchors)));
        }
        anchors.clear();
    }
}
