package io.wiretrace.extract;

import io.wiretrace.url.SharingSites;
import java.util.List;
import java.util.Optional;
import org.jsoup.nodes.Element;

/**
 * The links inside a line read outside the body (a header line under the headline, a line right after the story):
 * each is kept as a {@link MarkupSignal.Source#LINK} signal named after the line's own signal plus {@value #SUFFIX}
 * ({@code header-line-link}), placed right after that line's signal, so that a credit read from the line can take
 * the link's URL ({@code Via: <a href="https://valmeretimes.example/x">VT</a>}). Stateless.
 */
final class LineLinks {

    static final String SUFFIX = "-link";
    /** More links than this in one line: a toolbar or a list of sources, not one credit. */
    static final int MAX_PER_LINE = 2;
    /** Social networks, sharing and reading services: a share button, never the credited source. */
    private LineLinks() {
    }

    /**
     * A link's signal, its URL absolute, its evidence the anchor abridged to its URL and text; empty without a link to
     * another site.
     */
    static Optional<MarkupSignal> of(Element anchor) {
        String url = anchor.absUrl("href");
        if (url.isEmpty() || !url.startsWith("http")) {
            return Optional.empty();
        }
        String domain = Urls.domain(url);
        String own = anchor.ownerDocument() == null ? null : Urls.domain(anchor.ownerDocument().location());
        if (domain == null || sameSite(domain, own) || SharingSites.isSharing(domain)) {
            return Optional.empty(); // a link to the page's own site (an author's page, a section) names no source
        }
        return Optional.of(new MarkupSignal(MarkupSignal.Source.LINK, SUFFIX, url,
                "<a href=\"" + anchor.attr("href").strip() + "\">" + Whitespace.collapseWithNoBreak(anchor.text()).strip()
                        + "</a>"));
    }

    /**
     * Whether two identity hosts ({@link Urls#domain}: "www.", "m." and "amp." already dropped) are one site: equal, or
     * one a subdomain of the other.
     */
    private static boolean sameSite(String host, String own) {
        return own != null && (host.equals(own) || host.endsWith("." + own) || own.endsWith("." + host));
    }

    /** The links of one line, named after the line's signal. */
    static List<MarkupSignal> named(String lineSignal, List<MarkupSignal> links) {
        if (links.size() > MAX_PER_LINE) {
            return List.of();
        }
        return links.stream().map(l -> new MarkupSignal(l.source(), lineSignal + SUFFIX, l.value(), l.evidence()))
                .toList();
    }
}
