package io.wiretrace.extract;

import java.util.Set;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;

/**
 * Recognises an image followed by its caption or credit inside one box without figure markup
 * ({@code <p><img><br><em>(Credit: X)</em></p>}, {@code <div><img/><br/>FILE PHOTO: ... REUTERS</div>}): the box
 * starts with the image and a line break, holds no paragraphs and only a short text; or the image and one small
 * inline element after it holding all the box's text ({@code <p><img><small>Reuters</small></p>}: the picture's
 * credit, which at the story's end would read as the story's sign-off). Stateless.
 */
final class ImageCaptions {

    private static final int MAX_CAPTION = 300;
    /** Inline elements a caption or credit is set in right after its image (not bold: a paragraph's lead-in). */
    private static final Set<String> CAPTION_INLINE = Set.of("small", "em", "i", "span", "font", "cite");

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
                    // the caption goes on a line of its own under the image, or in one small element holding it all
                    return c.nameIs("br") || CAPTION_INLINE.contains(c.normalName()) && lastWithText(c);
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

    /** Whether nothing after {@code c} in its parent holds text. */
    private static boolean lastWithText(Element c) {
        for (Node n = c.nextSibling(); n != null; n = n.nextSibling()) {
            if (n instanceof TextNode t ? !t.isBlank() : n instanceof Element x && !x.text().isBlank()) {
                return false;
            }
        }
        return true;
    }
}
