package io.wiretrace.outlet;

import java.util.Optional;

/**
 * Which outlet published an article, from what the article says about itself. With a domain (the final URL's, the
 * requested URL's, an outlet hint written as a domain, the page's stated site domain, its canonical URL's, in that
 * order), only the domain decides: a page's own claim of a site name is not trusted over it. Without one, the client's
 * outlet hint, then the page's site name, is looked up by name. When nothing is known, the article's outlet is a new
 * {@code unknown} outlet for the domain (or the name).
 *
 * @param known the registered outlet, if any
 * @param domain the publisher's domain, or null
 * @param name the name for a new unknown outlet (hint, site name or domain), or null when there is nothing to name it
 */
public record PublisherIdentity(Optional<Outlet> known, String domain, String name) {

    /** What an article says about where it was published; any field may be null. */
    public record Claims(String finalUrl, String url, String outletHint, String siteDomain, String canonicalUrl,
                         String siteName) {
    }

    public static PublisherIdentity of(Claims c, OutletResolver outlets) {
        String domain = first(Domains.host(c.finalUrl()), Domains.host(c.url()), asDomain(c.outletHint()),
                c.siteDomain(), Domains.host(c.canonicalUrl()));
        Optional<Outlet> known = domain != null ? outlets.byDomain(domain)
                : Optional.ofNullable(c.outletHint()).flatMap(outlets::byName)
                        .or(() -> Optional.ofNullable(c.siteName()).flatMap(outlets::byName));
        return new PublisherIdentity(known, domain, first(c.outletHint(), c.siteName(), domain));
    }

    /**
     * Why the client's outlet hint cannot name the publisher of the article at this URL, if it cannot: the hint names
     * a registered outlet (by name or domain) that does not own the URL's domain, or it is another site's domain. The
     * URL decides who published, so such a hint would be dropped, or would name the URL's site after another outlet.
     */
    public static Optional<String> hintConflict(Claims c, OutletResolver outlets) {
        String urlDomain = first(Domains.host(c.finalUrl()), Domains.host(c.url()));
        if (c.outletHint() == null || c.outletHint().isBlank() || urlDomain == null) {
            return Optional.empty();
        }
        String hintDomain = asDomain(c.outletHint());
        Optional<Outlet> named = hintDomain != null ? outlets.byDomain(hintDomain) : outlets.byName(c.outletHint());
        Optional<Outlet> atUrl = outlets.byDomain(urlDomain);
        if (named.isPresent() && !named.get().key().equals(atUrl.map(Outlet::key).orElse(null))) {
            return Optional.of("outlet \"" + c.outletHint() + "\" is the registered outlet " + named.get().key()
                    + ", but the url is at " + urlDomain + (atUrl.map(o -> ", outlet " + o.key()).orElse(""))
                    + ": the outlet is who published at this url (a source it credits is found in its text)");
        }
        if (named.isEmpty() && hintDomain != null && !Domains.sameRegistrableDomain(hintDomain, urlDomain)) {
            return Optional.of("outlet \"" + c.outletHint() + "\" is another site than the url's " + urlDomain
                    + ": the outlet is who published at this url");
        }
        if (named.isEmpty() && hintDomain == null && atUrl.isPresent() && !sharesAWord(c.outletHint(), atUrl.get())) {
            return Optional.of("outlet \"" + c.outletHint() + "\" is not " + atUrl.get().name() + ", the outlet at "
                    + urlDomain + ": the outlet is who published at this url (a source it credits is found in its text)");
        }
        return Optional.empty();
    }

    /** Words too common in outlet names to tell two apart. */
    private static final java.util.Set<String> GENERIC = java.util.Set.of("the", "of", "and", "news", "online", "media",
            "group", "daily", "la", "le", "el", "de", "der", "die", "das", "il", "www");

    /**
     * Whether a name given for an outlet shares a distinctive word with what the outlet is known by (name, aliases,
     * key, domains): "BBC News" is the BBC, "Some Blog" is not.
     */
    private static boolean sharesAWord(String hint, Outlet outlet) {
        java.util.Set<String> known = new java.util.HashSet<>(words(outlet.name()));
        outlet.aliases().forEach(a -> known.addAll(words(a)));
        known.addAll(words(outlet.key()));
        outlet.domains().forEach(d -> known.addAll(words(d)));
        return words(hint).stream().anyMatch(known::contains);
    }

    private static java.util.List<String> words(String text) {
        return java.util.Arrays.stream(OutletNames.normalize(text).split(" "))
                .filter(w -> w.length() >= 2 && !GENERIC.contains(w)).toList();
    }

    /** The hint as a host when it is a domain or URL ("nigeriapulse.com"), else null ("NDTV"). */
    private static String asDomain(String hint) {
        return Domains.looksLikeDomain(hint) ? Domains.host(hint) : null;
    }

    private static String first(String... values) {
        for (String value : values) {
            if (value != null) {
                return value;
            }
        }
        return null;
    }
}
