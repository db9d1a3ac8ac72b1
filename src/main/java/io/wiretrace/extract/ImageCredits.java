package io.wiretrace.extract;

import java.util.regex.Pattern;
import org.jsoup.nodes.Element;
import org.jsoup.select.Elements;

/**
 * Whether a line's block sits beside a picture, where a short line is the picture's caption or credit: the block
 * holds an image of its own, or comes right after one. Spacer and tracking images (a few pixels, "spacer.gif") do not
 * count. Stateless.
 */
final class ImageCredits {

    private static final Pattern SPACER = Pattern.compile("(?i)spacer|blank|pixel|1x1|transparent|clear\\.gif|dot\\.gif");
    private static final int TINY = 10;

    private ImageCredits() {
    }

    /** True when {@code block} holds a picture as a child, or its previous sibling is or holds one. */
    static boolean beside(Element block) {
        if (block == null) {
            return false;
        }
        if (holdsPicture(block)) {
            return true;
        }
        Element previous = block.previousElementSibling();
        return previous != null && (isPicture(previous) || holdsPicture(previous));
    }

    private static boolean holdsPicture(Element e) {
        for (Element child : e.children()) {
            if (isPicture(child)) {
                return true;
            }
        }
        return false;
    }

    /**
     * The name of the one logo a box holds with no text of its own ("the agency's logo under the story"), at most
     * inside one link; else null. An image that does not say it is a logo (alt, file name, class) is a picture.
     */
    static String loneLogo(Element box) {
        if (box.nameIs("img") || !box.text().isBlank()) {
            return null;
        }
        Elements images = box.select("img");
        if (images.size() != 1 || box.select("a").size() > 1 || box.select("*").size() > 4) {
            return null;
        }
        return BylineText.logoName(images.first(), box);
    }

    /** A picture, video or figure, or a link holding only one; spacers and tracking pixels are not pictures. */
    static boolean isPicture(Element e) {
        if (e.nameIs("picture") || e.nameIs("video") || e.nameIs("figure")) {
            return true;
        }
        if (e.nameIs("a") && e.childrenSize() == 1) {
            return isPicture(e.child(0)); // a linked image
        }
        return e.nameIs("img") && !tiny(e) && !SPACER.matcher(e.attr("src")).find();
    }

    private static boolean tiny(Element img) {
        return size(img.attr("width")) <= TINY && !img.attr("width").isEmpty()
                || size(img.attr("height")) <= TINY && !img.attr("height").isEmpty();
    }

    private static final Pattern NOT_DIGIT = Pattern.compile("[^0-9]");

    private static int size(String value) {
        try {
            return Integer.parseInt(NOT_DIGIT.matcher(value).replaceAll(""));
        } catch (NumberFormatException e) {
            return Integer.MAX_VALUE;
        }
    }
}
