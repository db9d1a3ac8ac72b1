package io.wiretrace.extract;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.Map;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeFilter;
import org.jsoup.select.NodeTraversor;

/**
 * One pass over the body: decides which elements are excluded (never content, hidden, chrome, unlikely by hints,
 * the byline element) and gathers {@link NodeStats} for every other element. Linear in the size of the page.
 */
final class DomScan {

    /** Which optional cleaning steps are on; relaxed on retry when too little text is found. */
    record Flags(boolean stripUnlikely, boolean weightClasses, boolean cleanConditionally) {
        static final Flags ALL = new Flags(true, true, true);
    }

    /** In document order: scoring walks it, and ties between equal scores go to the earlier element. */
    private final Map<Element, NodeStats> stats = new LinkedHashMap<>();
    /** Paragraphs of at least this many characters, at least this many of them, make an article of story. */
    private static final int STORY_PARAGRAPH = 80;
    private static final int STORY_PARAGRAPHS = 3;
    private final HintCache hints;

    private DomScan(HintCache hints) {
        this.hints = hints;
    }

    static DomScan of(Element body, Element byline, Flags flags, HintCache hints) {
        DomScan scan = new DomScan(hints);
        NodeTraversor.filter(scan.new Filter(byline, flags), body);
        return scan;
    }

    /** Stats of an included element, or null when the element was excluded (or lies outside the scan). */
    NodeStats get(Element e) {
        return stats.get(e);
    }

    HintCache.Hint hint(Element e) {
        return hints.of(e);
    }

    Iterable<Map.Entry<Element, NodeStats>> entries() {
        return stats.entrySet();
    }

    private final class Filter implements NodeFilter {
        private final Element byline;
        private final Flags flags;
        private final Deque<NodeStats> blocks = new ArrayDeque<>();
        /**
         * Stats of the included elements from the body down to the node being visited: a node's parent is the top
         * (excluded elements are skipped whole), read here rather than looked up in the map for every node.
         */
        private final Deque<NodeStats> open = new ArrayDeque<>();
        private int linkDepth;
        private boolean hashLink;
        private int headingDepth;

        Filter(Element byline, Flags flags) {
            this.byline = byline;
            this.flags = flags;
        }

        @Override
        public FilterResult head(Node node, int depth) {
            if (node instanceof TextNode t) {
                text(t);
                return FilterResult.CONTINUE;
            }
            if (!(node instanceof Element e)) {
                return FilterResult.SKIP_ENTIRELY;
            }
            if (excluded(e)) {
                NodeStats parent = open.peek();
                if (parent != null && (e.nameIs("iframe") || e.nameIs("embed") || e.nameIs("object")
                        || e.nameIs("video"))) {
                    parent.embeds++;
                }
                return FilterResult.SKIP_ENTIRELY;
            }
            NodeStats s = new NodeStats();
            stats.put(e, s);
            open.push(s);
            String tag = e.normalName();
            if (Hints.BLOCKS.contains(tag)) {
                blocks.push(s);
            }
            if (tag.equals("a")) {
                linkDepth++;
                hashLink = e.attr("href").startsWith("#");
            } else if (tag.length() == 2 && tag.charAt(0) == 'h' && Character.isDigit(tag.charAt(1))) {
                headingDepth++;
            }
            return FilterResult.CONTINUE;
        }

        @Override
        public FilterResult tail(Node node, int depth) {
            if (!(node instanceof Element e)) {
                return FilterResult.CONTINUE;
            }
            NodeStats s = open.pop(); // tail runs only for included elements: the others were skipped whole
            String tag = e.normalName();
            if (Hints.BLOCKS.contains(tag)) {
                blocks.pop();
            }
            if (tag.equals("a")) {
                linkDepth--;
            } else if (tag.length() == 2 && tag.charAt(0) == 'h' && Character.isDigit(tag.charAt(1))) {
                headingDepth--;
            }
            NodeStats parent = open.peek();
            if (parent != null) {
                parent.addChild(s);
                switch (tag) {
                    case "p" -> parent.paragraphs++;
                    case "img", "picture" -> parent.images++;
                    case "li" -> parent.items++;
                    case "input" -> parent.inputs++;
                    default -> { }
                }
            }
            return FilterResult.CONTINUE;
        }

        private void text(TextNode t) {
            NodeStats parent = open.peek();
            if (parent == null) {
                return;
            }
            String raw = t.getWholeText();
            int len = 0;
            int commas = 0;
            boolean space = true;
            for (int i = 0; i < raw.length(); i++) {
                char c = raw.charAt(i);
                if (Character.isWhitespace(c) || c == '\u00a0') {
                    if (!space) {
                        len++;
                        space = true;
                    }
                } else {
                    len++;
                    space = false;
                    if (c == ',' || c == '，' || c == '،' || c == '、') {
                        commas++;
                    }
                }
            }
            parent.text += len;
            parent.commas += commas;
            if (linkDepth > 0) {
                parent.linkText += hashLink ? 0.3 * len : len;
            }
            if (headingDepth > 0) {
                parent.headingText += len;
            }
            NodeStats block = blocks.peek();
            if (block != null) {
                block.ownText += len;
                block.ownCommas += commas;
            }
        }

        private boolean excluded(Element e) {
            String tag = e.normalName();
            if (e == byline || Hints.NEVER_CONTENT.contains(tag) || Hints.isHidden(e)) {
                return true;
            }
            if (tag.equals("body")) {
                return false;
            }
            if (tag.equals("figure") && isImageFigure(e)) {
                return true; // an image with its caption and credit: never article text
            }
            HintCache.Hint hint = hints.of(e);
            if (hint.has(HintCache.CAPTION) && !tag.equals("article") && !tag.equals("main")) {
                return true;
            }
            if (!flags.stripUnlikely()) {
                return false;
            }
            if (Hints.CHROME.contains(tag)) {
                return !keptForProvenance(e) && !standfirst(e);
            }
            if (Hints.isUnlikely(e, hint)) {
                return !keptForProvenance(e) && !holdsTheArticle(e);
            }
            return false;
        }

        /**
         * A {@code <header>} opening the marked article body holds its standfirst, not the site's header (headers
         * further down the body title its charts).
         */
        private boolean standfirst(Element e) {
            Element parent = e.parent();
            return e.nameIs("header") && parent != null && "articleBody".equals(parent.attr("itemprop"))
                    && parent.firstElementChild() == e;
        }

        /**
         * A wrapper whose class only happens to look unlikely ("col-1 highfooter") stays when it holds the page's
         * {@code <article>} with paragraphs of story: teaser cards, also {@code <article>}s, hold a line or two each.
         */
        private boolean holdsTheArticle(Element e) {
            for (Element article : e.getElementsByTag("article")) {
                int paragraphs = 0;
                for (Element p : article.getElementsByTag("p")) {
                    boolean story = SolidText.moreThan(p, STORY_PARAGRAPH - 1) || p.text().length() >= STORY_PARAGRAPH;
                    if (story && ++paragraphs >= STORY_PARAGRAPHS) {
                        return true;
                    }
                }
            }
            return false;
        }

        private boolean isImageFigure(Element figure) {
            return figure.selectFirst("img, picture, video, iframe") != null
                    && figure.getElementsByTag("p").size() < 3;
        }

        /** Chrome that holds nothing but a credit line ("Quelle: dpa") stays: it belongs to the article. */
        private boolean keptForProvenance(Element e) {
            return e.childrenSize() <= 3 && ProvenanceLines.matches(e);
        }
    }
}
