package io.wiretrace.attribution;

import io.wiretrace.attribution.Attribution.Target;
import io.wiretrace.outlet.Domains;
import io.wiretrace.outlet.Outlet;
import io.wiretrace.outlet.OutletKind;
import io.wiretrace.outlet.OutletResolver;
import java.util.Optional;
import java.util.regex.Pattern;

/** Turns a credited mention into a {@link Target}: a registry outlet, an unknown domain, or an unnamed party. */
final class Targets {

    /** Name used for credits to unnamed agencies ("Staff and agencies", "Agenturen"). */
    static final String AGENCIES = "agencies";
    /** Name used when a syndication notice does not say whose feed it was. */
    static final String UNNAMED_FEED = "syndicated feed";

    private static final Pattern EDGE_JUNK = Pattern.compile("^[\\s\"'“”‘’«»„(\\[*:.,;/|–—-]+|[\\s\"'“”‘’«»„)\\]*:.,;/|–—-]+$");

    private final OutletResolver resolver;

    Targets(OutletResolver resolver) {
        this.resolver = resolver;
    }

    /** The mention with quotes, brackets and edge punctuation removed. */
    static String clean(String mention) {
        String s = mention == null ? "" : mention.strip();
        String previous;
        do {
            previous = s;
            s = EDGE_JUNK.matcher(s).replaceAll("").strip();
        } while (!s.equals(previous));
        return s;
    }

    /** A registry outlet named by the mention, or an unknown outlet when the mention is a domain. */
    Optional<Target> known(String mention) {
        String cleaned = clean(mention);
        if (cleaned.isEmpty()) {
            return Optional.empty();
        }
        Optional<Outlet> outlet = resolver.byName(cleaned).filter(o -> OutletScanner.writtenLikeName(cleaned, o));
        if (outlet.isPresent()) {
            return Optional.of(of(outlet.get(), mention));
        }
        return Domains.looksLikeDomain(cleaned) ? byUrl(cleaned, mention.strip()) : Optional.empty();
    }

    /** A wire agency named by the mention (registry kind wire_agency), else empty. */
    Optional<Target> agency(String mention) {
        String cleaned = clean(mention);
        return resolver.byName(cleaned)
                .filter(o -> o.kind() == OutletKind.WIRE_AGENCY)
                .filter(o -> OutletScanner.writtenLikeName(cleaned, o))
                .map(o -> of(o, mention));
    }

    /** Whether the target is a registry wire agency. */
    boolean isAgency(Target target) {
        return resolver.byKey(target.key()).map(o -> o.kind() == OutletKind.WIRE_AGENCY).orElse(false);
    }

    /** The outlet owning a URL, or an unknown outlet named by its registrable domain. */
    Optional<Target> byUrl(String url, String mention) {
        Optional<Outlet> outlet = resolver.byDomain(url);
        if (outlet.isPresent()) {
            return Optional.of(of(outlet.get(), mention));
        }
        String domain = Domains.registrableDomain(url);
        return domain == null ? Optional.empty() : Optional.of(new Target(null, domain, domain, mention));
    }

    /** An outlet the registry does not know, named as the page writes it. */
    static Target unknownName(String mention) {
        return new Target(null, clean(mention), null, mention.strip());
    }

    static Target agencies(String mention) {
        return new Target(null, AGENCIES, null, mention.strip());
    }

    static Target unnamedFeed(String mention) {
        return new Target(null, UNNAMED_FEED, null, mention.strip());
    }

    private static Target of(Outlet outlet, String mention) {
        return new Target(outlet.key(), outlet.name(), outlet.primaryDomain(), mention.strip());
    }
}
