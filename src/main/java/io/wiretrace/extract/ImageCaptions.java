package io.wiretrace.extract;

import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;

/**
 * Recognises an image followed by its caption or credit inside one box without figure markup
 * ({@code <p><img><br><em>(Credit: X)</em></p>}, {@code <div><img/><br/>FILE PHOTO: ... REUTERS</div>}): the box
 * starts with the image and a line break, holds no paragraphs and only a short text. Stateless.
 */
final class ImageCaptions {

    private static final int MAX_CAPTION = 300;

    private ImageCaptions() {
    }

    static boolean isCaptionBox(Element e, NodeStats s) {
        if (s.images == 0 || s.paragraphs > 0 || s.text == 0 || s.text > MAX_CAPTION) {
            return false;
        }
        boolean image = false;
        for (Node child : e.childNodes()) {
            if (child instanceof TextNode t) {
                if (!t.isBlank()) {
                    return false; // text before the image, or right after it: a paragraph with an inline picture
                }
            } else if (child instanceof Element c) {
                if (image) {
                    return c.nameIs("br"); // the caption goes on a line of its own under the image
                }
                image = c.nameIs("img") || c.nameIs("picture")
                        || (c.text().isBlank() && c.selectFirst("img, picture") != null);
                if (!image) {
                    return false;
                }
            }
        }
        return false;
    }
}
