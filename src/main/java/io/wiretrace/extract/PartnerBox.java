package io.wiretrace.extract;

import java.util.Optional;
import java.util.regex.Pattern;
import org.jsoup.nodes.Element;
import org.jsoup.select.Elements;

/**
 * The partner box of an aggregator's hosted article: just under the headline, an element marked as the partner or
 * provider ({@code <span class="partner"><a href="https://www.theguardian.com/"><img alt="The Guardian logo"> The
 * Guardian</a></span>}) links the site that supplied the story. Read only between the first {@code h1} and the
 * article's second paragraph (a standfirst may come first), from an element whose class or id names a partner or provider, holding one link to
 * another site and a short text: partner lists, sponsor boxes and sidebars elsewhere on the page are not read.
 * Stateless.
 */
final class PartnerBox {

    static final int MAX_ELEMENTS = 40;
    private static final int MAX_TEXT = 60;
    /** Own text this long is a paragraph of the article; the box stands above the second. */
    private static final int PARAGRAPH = 100;
    private static final Pattern MARK = Pattern.compile(
            "(?i)(?:^|[\\s_-])(?:partner|provider|content-?provider|provided-?by|source-?logo|publisher-?logo)(?:$|[\\s_-])");

    private PartnerBox() {
    }

    /**
     * The partner link under the headline as a markup signal ({@code partner}, the link's URL), if the page has one.
     *
     * @param all every element of the page, in document order
     * @param h1  the page's first {@code h1}, or null
     */
    static Optional<MarkupSignal> read(Elements all, Element h1, String baseUrl) {
        if (h1 == null) {
            return Optional.empty();
        }
        int from = all.indexOf(h1);
        String own = baseUrl == null ? null : Urls.domain(baseUrl);
        int paragraphs = 0;
        for (int i = from + 1, seen = 0; from >= 0 && i < all.size() && seen < MAX_ELEMENTS; i++, seen++) {
            Element e = all.get(i);
            if (e.ownText().length() >= PARAGRAPH && ++paragraphs >= 2) {
                break; // the article has started
            }
            if (!MARK.matcher(e.className() + " " + e.id()).find()) {
                continue;
            }
            Elements anchors = e.select("a[href]");
            String text = e.text().strip();
            if (anchors.size() != 1 || text.length() > MAX_TEXT) {
                continue;
            }
            String url = Urls.absolute(baseUrl, anchors.first().attr("href").strip());
            String domain = url == null ? null : Urls.domain(url);
            if (domain == null || domain.equals(own)) {
                continue;
            }
            return Optional.of(new MarkupSignal(MarkupSignal.Source.LINK, "partner", url, evidence(e, anchors.first())));
        }
        return Optional.empty();
    }

    /** Signal name of a partner box right after the story. */
    static final String AFTER = "partner-after";
    /** A box's own words saying it holds the partner that supplied the story ("Partner content", "In partnership with"). */
    private static final Pattern LABEL = Pattern.compile(
            "(?iu)^(?:partner content|content partner|news partner|content provided by|provided by|in partnership with|"
                    + "in cooperation with|in collaboration with|partenaire|en partenariat avec|in kooperation mit|"
                    + "inhalt von|en colaboración con|contenido de|em parceria com|in collaborazione con)\\b.*");
    private static final Pattern CHROME = Pattern.compile("(?i)nav|aside|footer|header");
    private static final Keywords COMMENTS = Keywords.of("comment", "disqus", "respond", "reply");

    /**
     * A partner box in the story's tail, right after its last paragraph: an element marked as the partner or
     * provider, or opening with words that say so ("Partner content"), holding one link to another site (a logo, its
     * alt text or a name) and a short text. Sponsored-link widgets hold many links and are not read; the page's chrome
     * or comments end the search.
     *
     * @param start where the story's tail starts in the page's elements, or -1
     */
    static Optional<MarkupSignal> after(PageIndex page, int start, String baseUrl) {
        if (start < 0) {
            return Optional.empty();
        }
        String own = baseUrl == null ? null : Urls.domain(baseUrl);
        Elements all = page.all;
        for (int i = start, seen = 0; i < all.size() && seen < MAX_ELEMENTS; i++, seen++) {
            Element e = all.get(i);
            if (CHROME.matcher(e.normalName()).matches() || COMMENTS.in(Keywords.prepare(e.id() + " " + e.className()))) {
                break;
            }
            if (SolidText.moreThan(e, MAX_TEXT)) {
                continue; // a large box, its text not built to be found too long
            }
            String text = e.text().strip();
            if (text.length() > MAX_TEXT) {
                continue;
            }
            boolean labelled = LABEL.matcher(text).matches();
            if (!labelled && !MARK.matcher(e.className() + " " + e.id()).find()) {
                continue;
            }
            Elements anchors = e.select("a[href]");
            if (anchors.size() != 1 || !labelled && anchors.first().selectFirst("img[alt]") == null) {
                continue; // a marked box without its words holds the partner's logo, not a share button
            }
            String url = Urls.absolute(baseUrl, anchors.first().attr("href").strip());
            String domain = url == null ? null : Urls.domain(url);
            if (domain != null && !domain.equals(own)) {
                return Optional.of(new MarkupSignal(MarkupSignal.Source.LINK, AFTER, url, evidence(e, anchors.first())));
            }
        }
        return Optional.empty();
    }

    /** The box as it appears, abridged: its tag and class, the link, a logo's alt text and the link text. */
    private static String evidence(Element box, Element anchor) {
        Element img = anchor.selectFirst("img[alt]");
        return "<" + box.normalName() + (box.className().isEmpty() ? "" : " class=\"" + box.className() + "\"")
                + "><a href=\"" + anchor.attr("href").strip() + "\">"
                + (img == null ? "" : "<img alt=\"" + img.attr("alt") + "\"> ") + anchor.text().strip() + "</a></"
                + box.normalName() + ">";
    }
}
