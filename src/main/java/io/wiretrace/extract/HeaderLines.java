package io.wiretrace.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.Elements;
import org.jsoup.select.NodeFilter;
import org.jsoup.select.NodeTraversor;

/**
 * The short lines printed between the headline and the article's first line: the byline, credit and dateline lines
 * that body extraction leaves out ("Staff and agencies", "Jane Roe, THE ASSOCIATED PRESS", "HARBOUR CITY (AFP)").
 * They are not article text, so they are kept as {@link MarkupSignal.Source#TEXT} signals named
 * {@value #NAME}, one per line, in page order. Lines break at block elements and {@code <br>}; scripts, hidden
 * elements, figures, forms and buttons are skipped, and so are lines beside an image (its caption or credit: "Jane
 * Roe, Reuters" under a photo credits the picture, not the story): the first line after a picture, and a line whose
 * own small box holds a picture or follows one. A large box that merely holds a picture somewhere (an old table
 * layout's article cell, with its byline above the photo) does not make all its lines captions. When the article's
 * first line does not follow the headline within {@value #MAX_TEXT} characters, there is no header zone and nothing
 * is returned; when no heading holds the headline, only the few lines right before the article's first line are
 * kept, named {@value #FRAME}. Stateless.
 */
final class HeaderLines {

    static final String NAME = "header-line";
    /** A line right before the article when no headline marks where its header starts. */
    static final String FRAME = "frame-line";
    static final int FRAME_LINES = 3;
    /** A logo alone in its box under the headline, at most {@value #FRAME_LINES} lines above the story: its name. */
    static final String LOGO = "header-logo";
    static final int MAX_LINES = 12;
    static final int MAX_LINE = 150;
    static final int MAX_TEXT = 1500;
    /** How much of the article's first line identifies it on the page. */
    private static final int PREFIX = 40;

    static final Set<String> INLINE = Set.of("a", "span", "b", "strong", "i", "em", "font", "small", "u",
            "abbr", "time", "cite", "sup", "sub", "mark", "bdi", "bdo", "q", "s", "big", "label");
    static final Set<String> SKIPPED = Set.of("script", "style", "noscript", "figure", "figcaption", "select",
            "option", "button", "iframe", "form", "input", "textarea", "svg", "nav", "template", "object", "embed");

    private HeaderLines() {
    }

    /**
     * The lines between the headline ({@code title}) and the first line of the body, or none.
     *
     * @param all   every element of the page, in document order
     * @param title the article's headline as metadata reads it
     * @param body  the extracted body text
     */
    static List<MarkupSignal> between(Elements all, String title, String body) {
        String first = firstLine(body);
        String heading = normalize(title);
        Element root = all.isEmpty() ? null : all.get(0);
        if (first.isEmpty() || root == null) {
            return List.of();
        }
        String bodyStart = first.substring(0, Math.min(PREFIX, first.length()));
        Element headline = heading.length() < 10 ? null : headline(all, heading);
        if (headline == null) {
            return frame(root, bodyStart);
        }
        Collector collector = new Collector(headline, bodyStart, MAX_TEXT);
        NodeTraversor.filter(collector, root);
        if (!collector.reachedBody) {
            return List.of();
        }
        List<MarkupSignal> signals = signals(collector.lines, collector.anchors, MAX_LINES, NAME,
                new LineLinks(root.ownerDocument()));
        for (int i = 0; i < collector.logos.size(); i++) {
            if (collector.printed - collector.logoAt.get(i) <= FRAME_LINES) {
                String logo = collector.logos.get(i);
                signals.add(new MarkupSignal(MarkupSignal.Source.TEXT, LOGO, logo, logo));
            }
        }
        return signals;
    }

    /**
     * Without a headline to start from (no heading holds the title: a table layout's title cell, a styled div), the
     * last {@value #FRAME_LINES} lines printed right before the article's first line, named {@value #FRAME}: the
     * byline cell or source line of the article's frame, read with less trust than lines under a headline.
     */
    private static List<MarkupSignal> frame(Element root, String bodyStart) {
        Document doc = root.ownerDocument();
        Element page = doc == null ? null : doc.body();
        if (page == null) {
            return List.of();
        }
        Collector collector = new Collector(null, bodyStart, Integer.MAX_VALUE);
        NodeTraversor.filter(collector, page); // the page's body: the head's <title> repeats the headline
        if (!collector.reachedBody) {
            return List.of();
        }
        List<String> lines = new ArrayList<>();
        List<List<Element>> anchors = new ArrayList<>();
        for (int i = Math.max(0, collector.lines.size() - FRAME_LINES); i < collector.lines.size(); i++) {
            if (!collector.linkOnly.get(i)) {
                lines.add(collector.lines.get(i)); // a line all of links is a menu or another story's teaser
                anchors.add(collector.anchors.get(i));
            }
        }
        return signals(lines, anchors, FRAME_LINES, FRAME, new LineLinks(doc));
    }

    /**
     * The last {@code max} lines (the lines nearest the story: story tools often come first) as signals, each followed
     * by the links inside it ({@link LineLinks}).
     */
    private static List<MarkupSignal> signals(List<String> lines, List<List<Element>> anchors, int max, String name,
            LineLinks links) {
        List<MarkupSignal> signals = new ArrayList<>();
        for (int i = Math.max(0, lines.size() - max); i < lines.size(); i++) {
            String line = lines.get(i);
            if (line.length() <= MAX_LINE) {
                signals.add(new MarkupSignal(MarkupSignal.Source.TEXT, name, line, line));
                signals.addAll(links.named(name, anchors.get(i)));
            }
        }
        return signals;
    }

    /** The first heading (h1, else h2 or h3) whose text is the title, or contains it, or is contained in it. */
    private static Element headline(Elements all, String title) {
        for (String level : List.of("h1", "h2", "h3")) {
            for (Element e : all) {
                if (e.nameIs(level) && sameTitle(normalize(e.text()), title)) {
                    return e;
                }
            }
        }
        return null;
    }

    private static boolean sameTitle(String text, String title) {
        return text.length() >= 10 && (text.equals(title) || text.contains(title) || title.contains(text)
                && text.length() * 2 >= title.length());
    }

    /** The body's first line that is not blank, normalised; read line by line, not by splitting the whole body. */
    private static String firstLine(String body) {
        for (int start = 0; start <= body.length(); ) {
            int end = body.indexOf('\n', start);
            end = end < 0 ? body.length() : end;
            String n = normalize(body.substring(start, end));
            if (!n.isEmpty()) {
                return n;
            }
            start = end + 1;
        }
        return "";
    }

    static String normalize(String text) {
        return text == null ? "" : Whitespace.collapseWithNoBreak(text).strip().toLowerCase(Locale.ROOT);
    }

    /** Walks the page from the end of the headline to the first line of the body, collecting lines. */
    private static final class Collector implements NodeFilter {
        /** The block element holding the line being read. */
        private Element block;
        /** Characters of the lines read so far. */
        private int seen;
        private boolean afterHeadline;
        private boolean reachedBody;
        /** A picture was passed since the last line: the next line is its caption or credit. */
        private boolean afterPicture;
        private final List<String> lines = new ArrayList<>();
        /** For each line, whether all its text is link text. */
        private final List<Boolean> linkOnly = new ArrayList<>();
        /** For each line, the anchors inside it (resolved only for the lines kept). */
        private final List<List<Element>> anchors = new ArrayList<>();
        /** The names of logos alone in their boxes, and how many lines (captions too: {@link #printed}) came before each. */
        private final List<String> logos = new ArrayList<>();
        private final List<Integer> logoAt = new ArrayList<>();
        private int printed;
        private final List<Element> lineAnchors = new ArrayList<>();
        private final StringBuilder line = new StringBuilder();
        /** The line being read holds text outside links. */
        private boolean plain;
        /** The line being read is long enough to know it does not start the body. */
        private boolean notBody;
        private final Element headline;
        private final String bodyStart;
        /** Characters of lines after which reading stops: the story did not follow the headline closely. */
        private final int limit;

        /** Reads from the end of {@code headline}, or from the start of the page when it is null. */
        Collector(Element headline, String bodyStart, int limit) {
            this.headline = headline;
            this.bodyStart = bodyStart;
            this.limit = limit;
            this.afterHeadline = headline == null;
        }

        @Override
        public FilterResult head(Node node, int depth) {
            if (!afterHeadline) {
                afterHeadline = node == headline; // its own text is the title: skipped, and what follows is read
                return afterHeadline ? FilterResult.SKIP_ENTIRELY : FilterResult.CONTINUE;
            }
            if (node instanceof TextNode t) {
                line.append(t.getWholeText());
                plain |= !t.isBlank() && !inLink(t);
                return bodyStarts() ? FilterResult.STOP : FilterResult.CONTINUE;
            }
            if (node instanceof Element e) {
                if (SKIPPED.contains(e.normalName()) || Hints.isHidden(e)) {
                    if (e.nameIs("figure") && !Hints.isHidden(e)) {
                        flush(); // the line before a figure is not its caption
                        afterPicture = true;
                    }
                    return FilterResult.SKIP_ENTIRELY;
                }
                if (!INLINE.contains(e.normalName())) {
                    flush();
                    block = e;
                    afterPicture |= ImageCredits.isPicture(e); // a linked image is reached at its <img>
                    String logo = e.nameIs("img") && headline != null ? lone(e) : null;
                    if (logo != null) {
                        logos.add(logo);
                        logoAt.add(printed);
                    }
                } else if (e.nameIs("a")) {
                    lineAnchors.add(e);
                }
            }
            return seen > limit ? FilterResult.STOP : FilterResult.CONTINUE;
        }

        @Override
        public FilterResult tail(Node node, int depth) {
            if (afterHeadline && node instanceof Element e && !INLINE.contains(e.normalName())) {
                flush();
                block = e.parent();
            }
            return seen > limit ? FilterResult.STOP : FilterResult.CONTINUE;
        }

        /** The logo's name when the image is a logo alone in its box (in one link at most), else null. */
        private String lone(Element img) {
            Element box = img.parent() != null && img.parent().nameIs("a") ? img.parent().parent() : img.parent();
            return box == null || box == headline ? null : ImageCredits.loneLogo(box);
        }

        private static boolean inLink(TextNode t) {
            for (Node p = t.parent(); p instanceof Element e && INLINE.contains(e.normalName()); p = p.parent()) {
                if (e.nameIs("a")) {
                    return true;
                }
            }
            return false;
        }

        /** Whether the line being read is the body's first line: the header zone ends there. */
        private boolean bodyStarts() {
            if (notBody) {
                return false;
            }
            String current = normalize(line.toString());
            if (current.length() >= bodyStart.length()) {
                reachedBody = current.startsWith(bodyStart);
                notBody = !reachedBody; // its start is read: more text cannot change it (no re-reading a long line)
            }
            return reachedBody;
        }

        private void flush() {
            String text = Whitespace.collapseWithNoBreak(line.toString()).strip();
            line.setLength(0);
            notBody = false;
            boolean linked = !plain;
            plain = false;
            List<Element> inside = List.copyOf(lineAnchors);
            lineAnchors.clear();
            if (text.isEmpty()) {
                return;
            }
            printed++;
            boolean caption = afterPicture || ImageCredits.beside(block) && smallBox(block);
            afterPicture = false;
            if (!caption) {
                seen += text.length();
                lines.add(text);
                linkOnly.add(linked);
                anchors.add(inside);
            }
        }

        /** Whether {@code box} holds no more than a couple of lines: a caption's own box, not an article's. */
        private static boolean smallBox(Element box) {
            return box.text().length() <= 2 * MAX_LINE;
        }
    }
}
