package io.wiretrace.extract;

import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;

/**
 * The letters and digits of an element's text nodes, counted only as far as a question needs: each of them is kept in
 * the element's {@code text()} (which only collapses whitespace and drops invisible chars), so more of them than a
 * limit answers "is its text longer than that" without building the text of a large box. Stateless.
 */
final class SolidText {

    private SolidText() {
    }

    /** Whether {@code e}'s text nodes hold more than {@code max} letters and digits: then {@code e.text()} is longer. */
    static boolean moreThan(Element e, int max) {
        int solid = 0;
        Node node = e;
        while (node != null) {
            if (node instanceof TextNode t) {
                String raw = t.getWholeText();
                for (int i = 0; i < raw.length(); i++) {
                    if (Character.isLetterOrDigit(raw.charAt(i)) && ++solid > max) {
                        return true;
                    }
                }
            } else if (node.childNodeSize() > 0) {
                node = node.childNode(0);
                continue;
            }
            node = PageIndex.after(node, e);
        }
        return false;
    }
}
