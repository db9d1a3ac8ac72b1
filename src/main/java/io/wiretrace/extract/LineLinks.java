package io.wiretrace.extract;

import io.wiretrace.url.SharingSites;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * The links inside a line read outside the body (a header line under the headline, a line right after the story):
 * each is kept as a {@link MarkupSignal.Source#LINK} signal named after the line's own signal plus {@value #SUFFIX}
 * ({@code header-line-link}), placed right after that line's signal, so that a credit read from the line can take
 * the link's URL ({@code Via: <a href="https://valmeretimes.example/x">VT</a>}). One per page: the page's own site
 * and its base URLs are read once (a link of another scheme is answered without {@code java.net.URL}, which looks for
 * a protocol handler among the installed service providers each time); not thread-safe.
 */
final class LineLinks {

    static final String SUFFIX = "-link";
    /** More links than this in one line: a toolbar or a list of sources, not one credit. */
    static final int MAX_PER_LINE = 2;

    private final LinkResolver resolver;
    /** The page's own identity host, or null. */
    private final String own;

    /** The links of {@code doc}'s lines (null: a detached element's, which has no site of its own). */
    LineLinks(Document doc) {
        this.resolver = new LinkResolver(null);
        this.own = doc == null ? null : Urls.domain(doc.location());
    }

    /**
     * A link's signal, its URL absolute, its evidence the anchor abridged to its URL and text; empty without a link to
     * another site.
     */
    Optional<MarkupSignal> of(Element anchor) {
        String url = resolver.httpAbsUrl(anchor);
        if (url.isEmpty()) {
            return Optional.empty();
        }
        String domain = Urls.domain(url);
        if (domain == null || sameSite(domain, own) || SharingSites.isSharing(domain)) {
            return Optional.empty(); // a link to the page's own site (an author's page, a section) names no source
        }
        return Optional.of(new MarkupSignal(MarkupSignal.Source.LINK, SUFFIX, url,
                "<a href=\"" + anchor.attr("href").strip() + "\">" + Whitespace.collapseWithNoBreak(anchor.text()).strip()
                        + "</a>"));
    }

    /**
     * The signals of one line's anchors, named after the line's signal; none when the line links more than
     * {@value #MAX_PER_LINE} other sites. Read only for the lines kept, not for every line passed on the way.
     */
    List<MarkupSignal> named(String lineSignal, List<Element> anchors) {
        List<MarkupSignal> links = new ArrayList<>();
        for (Element anchor : anchors) {
            of(anchor).ifPresent(l -> links.add(new MarkupSignal(l.source(), lineSignal + SUFFIX, l.value(), l.evidence())));
        }
        return links.size() > MAX_PER_LINE ? List.of() : links;
    }

    /**
     * Whether two identity hosts ({@link Urls#domain}: "www.", "m." and "amp." already dropped) are one site: equal, or
     * one a subdomain of the other.
     */
    private static boolean sameSite(String host, String own) {
        return own != null && (host.equals(own) || host.endsWith("." + own) || own.endsWith("." + host));
    }
}
