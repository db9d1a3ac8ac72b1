package io.wiretrace.attribution;

import io.wiretrace.attribution.Attribution.Target;
import io.wiretrace.extract.MarkupSignal;
import io.wiretrace.extract.OutboundLink;
import io.wiretrace.outlet.Domains;
import io.wiretrace.outlet.Outlet;
import io.wiretrace.outlet.OutletNames;
import io.wiretrace.url.SharingSites;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the links inside a credit: a credit written as a link ({@code Originally published on <a
 * href="https://valmeretimes.example/news/strike-ends">Valmere Times</a>}) names the credited page, and the link's
 * domain names the outlet. The link chosen is the one whose anchor text is the credited name, else the one on the
 * credited outlet's domain, else the only link to another site inside the credit. A link to the page's own site or to a
 * social network says nothing about the source. A name the registry lacks becomes an unknown outlet of the link's
 * domain, shown under the name the page credits it by; a registry outlet keeps its key, and a link to another
 * registry outlet than the one named is not taken (the text and the link disagree).
 */
final class CreditLinks {

    private CreditLinks() {
    }

    /** The attribution with the page its credit links to, or unchanged when no link inside the credit names one. */
    static Attribution withLink(ArticleView view, Attribution a) {
        Attribution.Evidence ev = a.evidence();
        if (a.target().url() != null || ev.text() == null) {
            return a;
        }
        List<OutboundLink> inside = (ev.start() == null || ev.end() == null ? lineLinks(view, ev.text())
                : view.article().links().stream()
                        .filter(l -> l.start() >= ev.start() && l.end() <= ev.end() && l.start() >= 0).toList())
                .stream().filter(l -> isForeign(view, l.href())).toList();
        if (inside.isEmpty()) {
            return a;
        }
        Optional<OutboundLink> chosen = chosen(view, a.target(), inside);
        if (chosen.isEmpty()) {
            return a;
        }
        String href = chosen.get().href();
        Target t = a.target();
        Optional<Outlet> linked = view.resolver().byDomain(href);
        Target target;
        if (t.key() != null) {
            if (linked.isPresent() && !linked.get().key().equals(t.key())) {
                return a;
            }
            target = t.withUrl(href);
        } else if (linked.isPresent()) {
            target = new Target(linked.get().key(), linked.get().name(), linked.get().primaryDomain(), t.mention(), href);
        } else {
            target = new Target(null, t.name(), Domains.registrableDomain(href), t.mention(), href);
        }
        return new Attribution(a.kind(), target, ev, a.confidence(), a.rule(),
                a.reason() + " The credit links to " + href + ".");
    }

    private static Optional<OutboundLink> chosen(ArticleView view, Target t, List<OutboundLink> inside) {
        String name = OutletNames.normalize(Targets.clean(t.mention() != null ? t.mention() : t.name()));
        for (OutboundLink l : inside) {
            String anchor = OutletNames.normalize(l.text());
            if (!anchor.isEmpty() && !name.isEmpty() && (anchor.contains(name) || name.contains(anchor))) {
                return Optional.of(l);
            }
        }
        for (OutboundLink l : inside) {
            if (t.key() != null && view.resolver().byDomain(l.href()).map(o -> o.key().equals(t.key())).orElse(false)
                    || t.domain() != null && Domains.sameRegistrableDomain(t.domain(), l.href())) {
                return Optional.of(l);
            }
        }
        boolean oneSite = inside.stream().map(l -> Domains.registrableDomain(l.href())).distinct().count() == 1;
        return oneSite && t.key() == null && t.domain() == null ? Optional.of(inside.get(0)) : Optional.empty();
    }

    /** The signal names of lines read outside the body, whose links the extractor keeps right after them. */
    private static final Set<String> LINES = Set.of(HeaderLineRule.SIGNAL, HeaderLineRule.FRAME_SIGNAL, TailLineRule.SIGNAL);
    private static final String LINK_SUFFIX = "-link";
    private static final Pattern ANCHOR = Pattern.compile("(?s)^<a [^>]*>(.*)</a>$");

    /**
     * The links inside a line read outside the body whose text is the credit's evidence: the extractor's link signals
     * that follow the line's own signal ({@code header-line} then {@code header-line-link}); none for other evidence.
     */
    private static List<OutboundLink> lineLinks(ArticleView view, String evidence) {
        List<MarkupSignal> markup = view.article().markup();
        String line = evidence.strip();
        for (int i = 0; i < markup.size(); i++) {
            MarkupSignal s = markup.get(i);
            if (s.source() != MarkupSignal.Source.TEXT || !LINES.contains(s.name()) || s.value() == null
                    || !s.value().strip().equals(line)) {
                continue;
            }
            List<OutboundLink> links = new ArrayList<>();
            for (int j = i + 1; j < markup.size() && (s.name() + LINK_SUFFIX).equals(markup.get(j).name()); j++) {
                MarkupSignal l = markup.get(j);
                Matcher m = ANCHOR.matcher(l.evidence() == null ? "" : l.evidence());
                links.add(new OutboundLink(l.value(), m.matches() ? m.group(1) : "", -1, -1));
            }
            return links;
        }
        return List.of();
    }

    /** A link to another site than the page's own (or its brand's other domains), not a social network. */
    static boolean isForeign(ArticleView view, String href) {
        String domain = Domains.registrableDomain(href);
        String host = Domains.host(href);
        if (domain == null || host == null || SharingSites.isSharing(host)) {
            return false;
        }
        String own = view.ownDomain();
        return own == null || !own.equals(domain) && !AttributionDetector.sameBrand(view, own, domain);
    }
}
