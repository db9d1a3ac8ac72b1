package io.wiretrace.extract;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.Elements;

/**
 * The few lines printed right after the article's last paragraph, which body extraction leaves out: the source or
 * credit block a template keeps in a sibling div or table cell after the story ("Source: AFP", "Staff and agencies",
 * "— Reuters"). They are kept as {@link MarkupSignal.Source#TEXT} signals named {@value #NAME}, one per line, only
 * the first {@value #MAX_LINES} lines after the story (what lies further down belongs to the site). A loose inline
 * line in the container that also holds the story's box ("&lt;/div&gt;&lt;small&gt;Associated Press&lt;/small&gt;", an old
 * template's credit) is read as a line of its own, up to the next block. Lines already in
 * the body, lines all of links (story tools, related stories, tags, menus), list items, captions (figures, a line in
 * a small box beside a picture) are not kept; they count among those lines but the first {@value #MAX_TOOLS} lines all
 * of links (an old template's rows of story tools) do not; a comment section ends the reading. A list under a source
 * label alone ("Verwendete Quellen" over "Nachrichtenagentur dpa", "Nachrichtenagentur AFP") is kept item by item, each
 * with its label. Stateless.
 */
final class TrailingLines {

    static final String NAME = "tail-line";
    /** A box after the story holding only a logo: the logo's name ({@code <img src="/logos/ap.png" alt="AP">}). */
    static final String LOGO = "tail-logo";
    static final int MAX_LINES = 3;
    /**
     * Lines all of links read past before they count among the {@value #MAX_LINES}: an old template's rows of story
     * tools (e-mail, print, share, save, comments) between the story and its credit. More are a list of links (related
     * stories, a menu), and count.
     */
    static final int MAX_TOOLS = 6;
    private static final int MAX_LINE = 150;
    /** Text between links that is no text of its own: spaces and the bars and dots that part a row of links. */
    private static final Pattern SEPARATORS = Pattern.compile("[\\s\u00a0|·•]*");

    private static final Set<String> INLINE = HeaderLines.INLINE;
    /** Figures, forms, scripts: read past, never kept ({@code nav} is the page's chrome, which ends the reading). */
    private static final Set<String> SKIPPED = HeaderLines.SKIPPED;
    /** Where the page's own matter starts: nothing after it is the story's. */
    private static final Set<String> CHROME = Set.of("nav", "aside", "footer", "header");
    private static final Keywords COMMENTS = Keywords.of("comment", "disqus", "respond", "reply");

    /** A source label alone on its line, a heading over the sources listed below it ("Verwendete Quellen:"). */
    private static final Pattern BARE_LABEL = Pattern.compile("(?iu)^(?:" + SourceLabels.ANY + ")\\s*:?$");
    private static final int MAX_ITEMS = 5;
    private static final int MAX_ITEM = 60;

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
        int tools = 0; // lines all of links read past before they count
        String label = null; // the last line read, when it is a source label alone ("Verwendete Quellen")
        Set<Element> blocks = new HashSet<>(); // the blocks read, whose inline children are read with them
        for (int i = start; i < all.size() && lines < MAX_LINES; i++) {
            Element e = all.get(i);
            if (ends(e)) {
                break;
            }
            if (label != null && (e.nameIs("ul") || e.nameIs("ol"))) {
                // "Verwendete Quellen" over a list of the sources: each item read as a line with its label,
                // "Verwendete Quellen: Nachrichtenagentur dpa" (an own reporter among them names no one)
                for (String listed : listed(label, e)) {
                    found.add(new MarkupSignal(MarkupSignal.Source.TEXT, NAME, listed, listed));
                }
                lines++;
                label = null;
                i = page.subtreeEnd(i) - 1;
                continue;
            }
            if (SKIPPED.contains(e.normalName()) || Hints.isHidden(e) || e.nameIs("li") || e.nameIs("dl")) {
                lines += e.text().isBlank() ? 0 : 1; // a figure's caption or a list: read past, never kept
                i = page.subtreeEnd(i) - 1;
                continue;
            }
            List<Line> read;
            if (INLINE.contains(e.normalName())) {
                if (e.parent() == null || blocks.contains(e.parent()) || INLINE.contains(e.parent().normalName())) {
                    continue; // read with its block, or inside an inline element read with its block
                }
                // a loose line in the container that holds the story too ("</div><small>Associated Press</small>"):
                // this element and the inline siblings after it, up to the next block
                List<Node> run = run(e);
                read = lines(run);
                Element last = lastElement(run);
                while (all.get(i) != last) {
                    i++; // the run's elements follow one another in page order, each after the last's subtree
                }
                i = page.subtreeEnd(i) - 1;
            } else {
                blocks.add(e);
                read = lines(e.childNodes());
            }
            String logo = ImageCredits.loneLogo(e);
            if (logo != null) {
                lines++;
                found.add(new MarkupSignal(MarkupSignal.Source.TEXT, LOGO, logo, logo));
                label = null;
                i = page.subtreeEnd(i) - 1;
                continue;
            }
            boolean caption = ImageCredits.beside(e) && e.text().length() <= 2 * MAX_LINE;
            for (Line line : read) {
                if (!line.plain && tools < MAX_TOOLS) {
                    tools++; // a story tool ("E-mail this story", "Print"): read past, not counted among the lines
                    label = null;
                    continue;
                }
                lines++;
                label = BARE_LABEL.matcher(line.text).matches() ? line.text.replaceFirst("\\s*:$", "") : null;
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

    /**
     * The list's items, each with the label ("Verwendete Quellen: Nachrichtenagentur dpa"); none when the list is no
     * short list of names (more than {@value #MAX_ITEMS} items, a long or linked one).
     */
    private static List<String> listed(String label, Element list) {
        List<String> items = new ArrayList<>();
        for (Element li : list.children()) {
            String text = li.text().strip();
            if (!li.nameIs("li") || text.isEmpty() || text.length() > MAX_ITEM || li.selectFirst("a") != null
                    || items.size() == MAX_ITEMS) {
                return List.of();
            }
            items.add(label + ": " + text);
        }
        return items;
    }

    /** A comment section or the page's own chrome: the story's tail is over. */
    private static boolean ends(Element e) {
        return CHROME.contains(e.normalName()) || COMMENTS.in(Keywords.prepare(e.id() + " " + e.className()));
    }

    /** A line, whether it holds text outside links, and its anchors (resolved only when the line is kept). */
    private record Line(String text, boolean plain, List<Element> anchors) {
    }

    /** {@code first} and the text and inline siblings after it, up to the next block. */
    private static List<Node> run(Element first) {
        List<Node> run = new ArrayList<>();
        for (Node n = first; n != null && !(n instanceof Element c && !INLINE.contains(c.normalName()));
                n = n.nextSibling()) {
            run.add(n);
        }
        return run;
    }

    private static Element lastElement(List<Node> run) {
        for (int k = run.size() - 1; ; k--) {
            if (run.get(k) instanceof Element e) {
                return e;
            }
        }
    }

    /** The lines of a block's own text and inline elements ({@code nodes}), broken at {@code <br>} and child blocks. */
    private static List<Line> lines(List<Node> nodes) {
        List<Line> out = new ArrayList<>();
        StringBuilder text = new StringBuilder();
        List<Element> anchors = new ArrayList<>();
        boolean plain = false;
        for (Node child : nodes) {
            if (child instanceof TextNode t) {
                text.append(t.getWholeText());
                plain |= !SEPARATORS.matcher(t.getWholeText()).matches(); // "E-mail | Print" is all links
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
