package io.wiretrace.extract;

import java.util.function.Supplier;
import java.util.regex.Pattern;
import org.jsoup.nodes.Element;

/**
 * A credit whose name is a logo: "Republished from" or "Article from:" followed by a link that holds only an image
 * ({@code <a href="https://deadspin.com"><img src="logo.png"></a>}). A reader sees the partner's name in the logo; the
 * text has none. Such a link is written as its image's alt text, else as the linked site's host, so the credit line
 * reads "Republished from deadspin.com" with its link. Only right after a credit phrase on the same line: an image link
 * anywhere else (galleries, share buttons, a logo in a photo credit) stays without text. Stateless.
 */
final class LogoCredit {

    private static final int MAX_NAME = 60;
    /** The end of a credit phrase that a name follows: credit phrases and the source labels of {@link SourceLabels}. */
    private static final Pattern CREDIT_PHRASE = Pattern.compile("(?iu)(?:^|\\s)(?:republished|reprinted|reproduced|"
            + "syndicated|(?:article|story|content|report|news) (?:is |was )?(?:from|provided by|supplied by)|"
            + "(?:originally|first) (?:published|appeared|posted) (?:on|in|at|by)|(?:provided|supplied|powered) by|"
            + "courtesy of|in partnership with|" + SourceLabels.ANY + "|via|erschien(?:en)? (?:zuerst )?(?:bei|auf|in)|"
            + "publié (?:initialement |d'abord )?(?:sur|par|dans)|publicado (?:originalmente )?(?:en|em|por|no))"
            + "(?: from)?\\s*:?\\s*$");

    private LogoCredit() {
    }

    /**
     * The text to write for {@code anchor} after {@code lineSoFar} (the current paragraph's text), or null when the
     * anchor has text of its own, holds no image, or does not follow a credit phrase.
     */
    static String name(Element anchor, String href, Supplier<String> lineSoFar) {
        if (!anchor.text().isBlank()) {
            return null;
        }
        String line = lineSoFar.get(); // only for a link without text: most links have their own
        if (line.length() > 120 || !CREDIT_PHRASE.matcher(line).find()) {
            return null;
        }
        Element img = anchor.selectFirst("img");
        if (img == null) {
            return null;
        }
        String alt = img.attr("alt").strip();
        if (!alt.isEmpty() && alt.length() <= MAX_NAME && !alt.equalsIgnoreCase("logo")) {
            return alt;
        }
        return href == null ? null : Urls.domain(href);
    }
}
