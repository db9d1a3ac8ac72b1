package io.wiretrace.extract;

import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;

/**
 * A cheap bound on {@link Element#ownText()}: building that string for every element of a page, to find the few
 * that hold a line of their own, was a visible share of extraction. Stateless.
 */
final class OwnText {

    private OwnText() {
    }

    /**
     * At least {@code e.ownText().length()}: Jsoup's own text is its text children with whitespace collapsed (never
     * longer than as written) and one space for a {@code <br>} child; 0 means the own text is empty or blank.
     */
    static int maxLength(Element e) {
        int length = 0;
        boolean text = false;
        for (int i = 0; i < e.childNodeSize(); i++) {
            Node child = e.childNode(i);
            if (child instanceof TextNode t) {
                length += t.getWholeText().length();
                text = true;
            } else if (child.nameIs("br")) {
                length++;
            }
        }
        return text ? length : 0;
    }
}
