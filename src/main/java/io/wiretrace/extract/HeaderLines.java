package io.wiretrace.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
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
 * Roe, Reuters" under a photo credits the picture, not the story). When the headline cannot be found, or the article's first line
 * does not follow it within {@value #MAX_TEXT} characters, there is no header zone and nothing is returned.
 * Stateless.
 */
final class HeaderLines {

    static final String NAME = "header-line";
    static final int MAX_LINES = 12;
    static final int MAX_LINE = 150;
    static final int MAX_TEXT = 1500;
    /** How much of the article's first line identifies it on the page. */
    private static final int PREFIX = 40;

    private static final Set<String> INLINE = Set.of("a", "span", "b", "strong", "i", "em", "font", "small", "u",
            "abbr", "time", "cite", "sup", "sub", "mark", "bdi", "bdo", "q", "s", "big", "label");
    private static final Set<String> SKIPPED = Set.of("script", "style", "noscript", "figure", "figcaption", "select",
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
        if (first.isEmpty() || heading.length() < 10) {
            return List.of();
        }
        Element headline = headline(all, heading);
        if (headline == null) {
            return List.of();
        }
        Collector collector = new Collector(headline, first.substring(0, Math.min(PREFIX, first.length())));
        Element root = all.isEmpty() ? null : all.get(0);
        if (root == null) {
            return List.of();
        }
        NodeTraversor.filter(collector, root);
        if (!collector.reachedBody) {
            return List.of();
        }
        List<MarkupSignal> signals = new ArrayList<>();
        List<String> lines = collector.lines; // the lines nearest the story: story tools often come first
        for (String line : lines.subList(Math.max(0, lines.size() - MAX_LINES), lines.size())) {
            if (line.length() <= MAX_LINE) {
                signals.add(new MarkupSignal(MarkupSignal.Source.TEXT, NAME, line, line));
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

    private static String firstLine(String body) {
        for (String line : body.split("\n")) {
            String n = normalize(line);
            if (!n.isEmpty()) {
                return n;
            }
        }
        return "";
    }

    static String normalize(String text) {
        return text == null ? "" : Whitespace.collapse(text.replace('\u00a0', ' ')).strip().toLowerCase(Locale.ROOT);
    }

    /** Walks the page from the end of the headline to the first line of the body, collecting lines. */
    private static final class Collector implements NodeFilter {
        /** The block element holding the line being read. */
        private Element block;
        /** Characters of the lines read so far. */
        private int seen;
        private boolean afterHeadline;
        private boolean reachedBody;
        private final List<String> lines = new ArrayList<>();
        private final StringBuilder line = new StringBuilder();
        private final Element headline;
        private final String bodyStart;

        Collector(Element headline, String bodyStart) {
            this.headline = headline;
            this.bodyStart = bodyStart;
        }

        @Override
        public FilterResult head(Node node, int depth) {
            if (!afterHeadline) {
                afterHeadline = node == headline; // its own text is the title: skipped, and what follows is read
                return afterHeadline ? FilterResult.SKIP_ENTIRELY : FilterResult.CONTINUE;
            }
            if (node instanceof TextNode t) {
                line.append(t.getWholeText());
                return bodyStarts() ? FilterResult.STOP : FilterResult.CONTINUE;
            }
            if (node instanceof Element e) {
                if (SKIPPED.contains(e.normalName()) || Hints.isHidden(e)) {
                    return FilterResult.SKIP_ENTIRELY;
                }
                if (!INLINE.contains(e.normalName())) {
                    flush();
                    block = e;
                }
            }
            return seen > MAX_TEXT ? FilterResult.STOP : FilterResult.CONTINUE;
        }

        @Override
        public FilterResult tail(Node node, int depth) {
            if (afterHeadline && node instanceof Element e && !INLINE.contains(e.normalName())) {
                flush();
                block = e.parent();
            }
            return seen > MAX_TEXT ? FilterResult.STOP : FilterResult.CONTINUE;
        }

        /** Whether the line being read is the body's first line: the header zone ends there. */
        private boolean bodyStarts() {
            String current = normalize(line.toString());
            if (current.length() >= bodyStart.length() && current.startsWith(bodyStart)) {
                reachedBody = true;
                return true;
            }
            return false;
        }

        private void flush() {
            String text = Whitespace.collapse(line.toString().replace('\u00a0', ' ')).strip();
            line.setLength(0);
            if (!text.isEmpty() && !ImageCredits.beside(block)) {
                seen += text.length();
                lines.add(text);
            }
        }
    }
}
