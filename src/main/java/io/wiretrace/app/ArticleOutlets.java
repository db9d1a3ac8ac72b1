package io.wiretrace.app;

import io.wiretrace.attribution.Attribution;
import io.wiretrace.extract.ExtractedArticle;
import io.wiretrace.outlet.Domains;
import io.wiretrace.outlet.Outlet;
import io.wiretrace.outlet.OutletKeys;
import io.wiretrace.outlet.PublisherIdentity;
import io.wiretrace.outlet.OutletKind;
import io.wiretrace.store.ArticleStore;
import io.wiretrace.store.OutletStore;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.Optional;

/**
 * Decides which outlet published an article: the registry outlet of its domain, else of its stated site name or
 * outlet hint, else an outlet of kind {@code unknown} created once for its domain. Runs inside the caller's transaction.
 */
@ApplicationScoped
public class ArticleOutlets {

    private final OutletDirectory directory;
    private final OutletStore outlets;
    private final ArticleStore articles;

    public ArticleOutlets(OutletDirectory directory, OutletStore outlets, ArticleStore articles) {
        this.directory = directory;
        this.outlets = outlets;
        this.articles = articles;
    }

    Optional<Outlet> outletOf(ReceivedArticle received) {
        PublisherIdentity identity = identityOf(received);
        if (identity.known().isPresent()) {
            return Optional.of(learnName(identity.known().get(),
                    firstNonNull(received.outletHint(), received.extracted().siteName())));
        }
        return identity.name() == null ? Optional.empty() : Optional.of(findOrCreateUnknown(identity.domain(), identity.name()));
    }

    /** The key of the outlet {@link #outletOf} gives this article, null for none, without creating or renaming any. */
    String keyOf(ReceivedArticle received) {
        PublisherIdentity identity = identityOf(received);
        if (identity.known().isPresent()) {
            return identity.known().get().key();
        }
        return identity.name() == null ? null : unknownKey(identity.domain(), identity.name());
    }

    private PublisherIdentity identityOf(ReceivedArticle received) {
        ExtractedArticle x = received.extracted();
        return PublisherIdentity.of(new PublisherIdentity.Claims(received.finalUrl(), received.url(),
                received.outletHint(), x.siteDomain(), x.canonicalUrl(), x.siteName()), directory);
    }

    /** The key an unknown outlet of {@code domain} (or, without one, named {@code name}) has. */
    private static String unknownKey(String domain, String name) {
        return OutletKeys.fromDomainOrName(domain != null ? domain : name);
    }

    /**
     * The outlet of {@code domain} (or, without a domain, named {@code name}), created once with kind {@code unknown}
     * when the registry lacks it. {@code domain} may be null; {@code name} may not.
     */
    public Outlet findOrCreateUnknown(String domain, String name) {
        if (domain != null) {
            Optional<Outlet> known = directory.byDomain(domain);
            if (known.isPresent()) {
                return known.get();
            }
        }
        String key = unknownKey(domain, name);
        articles.lock("outlet:" + key);
        Optional<Outlet> existing = outlets.byKey(key);
        if (existing.isPresent()) {
            return existing.get();
        }
        List<String> domains = domain == null || outlets.byDomain(domain).isPresent() ? List.of() : List.of(domain);
        long before = directory.beforeWrite();
        Outlet created = outlets.create(new Outlet(key, name, List.of(), domains, OutletKind.UNKNOWN),
                OutletStore.Origin.DISCOVERED);
        directory.written(before, created);
        return created;
    }

    /** Attributions with every credited domain resolved to an outlet, creating unknown outlets once. */
    List<Attribution> resolveTargets(List<Attribution> found) {
        return found.stream().map(a -> {
            Attribution.Target t = a.target();
            if (t.key() != null || t.domain() == null) {
                return a;
            }
            Outlet outlet = learnName(findOrCreateUnknown(t.domain(), t.name() == null ? t.domain() : t.name()), t.name());
            return new Attribution(a.kind(), new Attribution.Target(outlet.key(), outlet.name(), outlet.primaryDomain(),
                    t.mention(), t.url()), a.evidence(), a.confidence(), a.rule(), a.reason());
        }).toList();
    }

    /**
     * An unknown outlet known only by its domain (first met as a bare URL credit) takes the first name it is given:
     * the site name its own page states, or the name another page credits it by. Registry and named outlets are left
     * as they are.
     */
    private Outlet learnName(Outlet outlet, String name) {
        boolean onlyDomain = outlet.kind() == OutletKind.UNKNOWN && outlet.name().equalsIgnoreCase(outlet.primaryDomain());
        if (!onlyDomain || name == null || name.isBlank() || Domains.looksLikeDomain(name) || name.length() > 100) {
            return outlet;
        }
        Outlet named = new Outlet(outlet.key(), name.strip(), outlet.aliases(), outlet.domains(), outlet.kind());
        long before = directory.beforeWrite();
        Optional<Outlet> updated = outlets.update(named);
        if (updated.isEmpty()) {
            return outlet;
        }
        directory.written(before, updated.get());
        return updated.get();
    }

    private static String firstNonNull(String a, String b) {
        return a != null ? a : b;
    }
}
