package io.wiretrace.extract;

import org.jsoup.nodes.Element;

/**
 * Boxes marked as a "credit" that are no byline: a credit box beside a picture credits the picture ({@code <img><br><span
 * class="credit">Associated Press</span>}), and one holding several links lists other stories (teasers with their
 * datelines). A credit box holding a part marked as a byline or an author is the byline's own box. Stateless.
 */
final class CreditBoxes {

    private static final Keywords CREDIT_HINT = Keywords.of(" credit ");
    private static final Keywords WRITER_HINT = Keywords.of("byline", "by-line", " author", "writtenby", "p-author",
            "autor", "auteur");
    /** A box holding the element with at most this much text is the element's own small box. */
    private static final int SMALL_BOX = 200;

    private CreditBoxes() {
    }

    /** Whether {@code e}, marked as a byline by its "credit" class, is a picture's credit or a list of links instead. */
    static boolean notByline(Element e) {
        return creditOnly(e) && (besidePicture(e) || e.select("a").size() > 1);
    }

    /** Marked as a credit only, not as a byline or an author, and holding no part so marked. */
    private static boolean creditOnly(Element e) {
        if (!CREDIT_HINT.in(Keywords.prepare(e.id() + " " + e.className()))) {
            return false;
        }
        for (Element part : e.getAllElements()) {
            if (WRITER_HINT.in(Keywords.prepare(part.id() + " " + part.className()))
                    || "author".equalsIgnoreCase(part.attr("rel")) || part.attr("itemprop").contains("author")) {
                return false;
            }
        }
        return true;
    }

    /** The element, or the small box holding it, sits beside a picture ({@link ImageCredits#beside}). */
    private static boolean besidePicture(Element e) {
        Element box = e.parent();
        return ImageCredits.beside(e) || box != null && box.text().length() < SMALL_BOX && ImageCredits.beside(box);
    }
}
