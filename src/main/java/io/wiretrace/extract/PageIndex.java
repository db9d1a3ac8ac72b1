package io.wiretrace.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.select.Elements;

/**
 * The few elements metadata reading needs, gathered in one pass over the document instead of one selector
 * query each: metas, JSON-LD scripts, link tags, the title, the first h1, time elements and rel=author anchors.
 */
final class PageIndex {

    final List<Element> metas = new ArrayList<>();
    final List<Element> jsonLdScripts = new ArrayList<>();
    final List<Element> links = new ArrayList<>();
    final List<Element> authorAnchors = new ArrayList<>();
    final List<Element> times = new ArrayList<>();
    /** Every element of the document, in document order. */
    final Elements all;
    Element title;
    Element firstH1;
    Element html;

    PageIndex(Document doc) {
        all = elements(doc);
        for (Element e : all) {
            switch (e.normalName()) {
                case "meta" -> metas.add(e);
                case "script" -> {
                    if (e.attr("type").toLowerCase(Locale.ROOT).contains("ld+json")) {
                        jsonLdScripts.add(e);
                    }
                }
                case "link" -> links.add(e);
                case "a" -> {
                    if (e.attr("rel").equalsIgnoreCase("author")) {
                        authorAnchors.add(e);
                    }
                }
                case "time" -> {
                    if (e.hasAttr("datetime")) {
                        times.add(e);
                    }
                }
                case "title" -> title = title == null ? e : title;
                case "h1" -> firstH1 = firstH1 == null ? e : firstH1;
                case "html" -> html = html == null ? e : html;
                default -> { }
            }
        }
    }

    /**
     * {@code root.getAllElements()}, walked by sibling and parent links: Jsoup's collector tests every node against an
     * evaluator through an iterator, which cost as much as all the reading done with the list afterwards.
     */
    static Elements elements(Element root) {
        Elements out = new Elements();
        Node node = root;
        while (node != null) {
            if (node instanceof Element e) {
                out.add(e);
                if (e.childNodeSize() > 0) {
                    node = e.childNode(0);
                    continue;
                }
            }
            node = after(node, root);
        }
        return out;
    }

    /** The node that follows {@code node}'s subtree in a walk of {@code root}'s, or null where that walk ends. */
    static Node after(Node node, Node root) {
        while (node != root && node.nextSibling() == null) {
            node = node.parentNode();
        }
        return node == root ? null : node.nextSibling();
    }

    /**
     * {@code e.getAllElements()} without building it again: {@code e} and its descendants are the run of {@link #all}
     * from {@code e} to the first element that follows its subtree (a later sibling of it or of an ancestor).
     */
    List<Element> subtree(Element e) {
        int from = all.indexOf(e);
        return from < 0 ? e.getAllElements() : all.subList(from, subtreeEnd(from));
    }

    /**
     * The index in {@link #all} of the first element after the subtree of the element at {@code from}: {@code from +
     * all.get(from).getAllElements().size()} without building that list (the page is not changed after it is indexed).
     */
    int subtreeEnd(int from) {
        Element after = null;
        for (Element up = all.get(from); up != null && after == null; up = up.parent()) {
            after = up.nextElementSibling();
        }
        int to = from + 1;
        while (to < all.size() && all.get(to) != after) {
            to++;
        }
        return to;
    }

    String titleText() {
        return title == null ? "" : title.text();
    }
}
