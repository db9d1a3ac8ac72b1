package io.wiretrace.attribution;

import io.wiretrace.extract.MarkupSignal;
import io.wiretrace.outlet.Domains;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * {@code <link rel="canonical">} (or, failing that, {@code og:url}) on another registrable domain than the page's.
 * The page's own domain is {@link ArticleView#ownDomain()}. Archive captures and redirectors are not
 * outlets: a Wayback page's canonical is the archived site itself.
 */
final class CanonicalRule implements Rule {

    static final String ID = "markup.canonical-cross-domain";

    private static final Set<String> NOT_OUTLETS = Set.of(
            "archive.org", "archive.ph", "archive.today", "archive.is", "googleusercontent.com", "ampproject.org",
            "google.com", "bing.com", "feedproxy.google.com", "translate.goog", "localhost", "example.com");

    @Override
    public List<Attribution> apply(ArticleView view) {
        List<MarkupSignal> canonicals = signals(view, "canonical");
        List<MarkupSignal> ogUrls = signals(view, "og:url");
        String own = view.ownDomain();
        if (own == null || NOT_OUTLETS.contains(own)) {
            return List.of();
        }
        List<Attribution> found = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        List<MarkupSignal> candidates = new ArrayList<>(canonicals);
        candidates.addAll(ogUrls);
        for (MarkupSignal signal : candidates) {
            String domain = Domains.registrableDomain(signal.value());
            if (domain == null || domain.equals(own) || NOT_OUTLETS.contains(domain) || !seen.add(domain)) {
                continue;
            }
            boolean canonical = "canonical".equals(signal.name());
            view.targets().byUrl(signal.value(), signal.value()).ifPresent(t -> found.add(Findings.outside(
                    signal.evidence(), Findings.LINK, AttributionKind.CANONICAL_CROSS_DOMAIN, t,
                    canonical ? 0.85 : 0.7, ID, "The page's " + signal.name() + " URL is on " + domain
                            + ", not on the page's own domain " + own + ".")));
        }
        return found;
    }

    private static List<MarkupSignal> signals(ArticleView view, String name) {
        List<MarkupSignal> list = new ArrayList<>();
        for (MarkupSignal s : view.article().markup()) {
            if (name.equalsIgnoreCase(s.name()) && s.value() != null && !s.value().isBlank()) {
                list.add(s);
            }
        }
        return list;
    }
}
