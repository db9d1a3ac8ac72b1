package io.wiretrace.outlet;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The known outlets, indexed by key, normalised name/alias and domain. Immutable and thread-safe: build it once
 * ({@link #fromClasspath()}) and share it; {@link #with(Outlet)} returns a new registry.
 *
 * <p>Keys and domains must be unique (violations are rejected with a message naming them). Names may collide: an
 * outlet's own name beats another's alias, and a name shared otherwise resolves to nothing rather than a guess.
 */
public final class OutletRegistry implements OutletResolver {

    /** Classpath location of the bundled registry file. */
    public static final String RESOURCE = "/outlets.tsv";

    private final List<Outlet> outlets;
    private final Map<String, Outlet> byKey;
    private final Map<String, Outlet> byDomain;
    private final Map<String, Outlet> byName;

    private OutletRegistry(Collection<Outlet> outlets) {
        this.outlets = List.copyOf(outlets);
        Map<String, Outlet> keys = new LinkedHashMap<>();
        Map<String, Outlet> domains = new HashMap<>();
        for (Outlet outlet : this.outlets) {
            Outlet previous = keys.putIfAbsent(outlet.key(), outlet);
            if (previous != null) {
                throw new IllegalArgumentException("duplicate outlet key '" + outlet.key() + "'");
            }
            for (String domain : outlet.domains()) {
                String host = Domains.host(domain);
                if (host == null) {
                    throw new IllegalArgumentException("outlet '" + outlet.key() + "' has a bad domain '" + domain + "'");
                }
                Outlet owner = domains.putIfAbsent(host, outlet);
                if (owner != null) {
                    throw new IllegalArgumentException("duplicate outlet domain '" + host + "' (outlets '"
                            + owner.key() + "' and '" + outlet.key() + "')");
                }
            }
        }
        this.byKey = Map.copyOf(keys);
        this.byDomain = Map.copyOf(domains);
        this.byName = indexNames(this.outlets);
    }

    /** A registry of these outlets; throws IllegalArgumentException naming a duplicate key or domain. */
    public static OutletRegistry of(Collection<Outlet> outlets) {
        return new OutletRegistry(outlets);
    }

    /** Reads the TSV format described in {@code outlets.tsv}; the stream is closed. */
    public static OutletRegistry load(InputStream tsv) {
        return new OutletRegistry(OutletTsv.parse(tsv));
    }

    /** The registry bundled with the application ({@value #RESOURCE}). */
    public static OutletRegistry fromClasspath() {
        try (InputStream in = OutletRegistry.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("outlet registry " + RESOURCE + " is not on the classpath");
            }
            return load(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A new registry with this outlet added, or replacing the outlet with the same key; validated like the file. */
    public OutletRegistry with(Outlet outlet) {
        List<Outlet> next = new ArrayList<>(outlets.size() + 1);
        boolean replaced = false;
        for (Outlet existing : outlets) {
            if (existing.key().equals(outlet.key())) {
                next.add(outlet);
                replaced = true;
            } else {
                next.add(existing);
            }
        }
        if (!replaced) {
            next.add(outlet);
        }
        return new OutletRegistry(next);
    }

    @Override
    public Optional<Outlet> byKey(String key) {
        return key == null ? Optional.empty() : Optional.ofNullable(byKey.get(key));
    }

    @Override
    public Optional<Outlet> byName(String mention) {
        if (mention == null || mention.isBlank()) {
            return Optional.empty();
        }
        Outlet named = byName.get(OutletNames.normalize(mention));
        if (named != null) {
            return Optional.of(named);
        }
        return Domains.looksLikeDomain(mention) ? byDomain(mention) : Optional.empty();
    }

    @Override
    public Optional<Outlet> byDomain(String hostOrUrl) {
        String host = Domains.host(hostOrUrl);
        String registrable = Domains.registrableDomain(hostOrUrl);
        if (host == null) {
            return Optional.empty();
        }
        // walk from the full host up to the registrable domain: "news.google.com" may be its own outlet
        String candidate = host;
        while (true) {
            Outlet outlet = byDomain.get(candidate);
            if (outlet != null) {
                return Optional.of(outlet);
            }
            if (candidate.equals(registrable) || candidate.indexOf('.') < 0) {
                return Optional.empty();
            }
            candidate = candidate.substring(candidate.indexOf('.') + 1);
        }
    }

    @Override
    public List<Outlet> all() {
        return outlets;
    }

    /** Number of outlets. */
    public int size() {
        return outlets.size();
    }

    private static Map<String, Outlet> indexNames(List<Outlet> outlets) {
        Map<String, Outlet> names = new HashMap<>();
        Set<String> ambiguous = new HashSet<>();
        Set<String> primary = new HashSet<>();
        for (Outlet outlet : outlets) {
            String name = OutletNames.normalize(outlet.name());
            if (primary.contains(name) && names.get(name) != outlet) {
                ambiguous.add(name);
            }
            names.put(name, outlet);
            primary.add(name);
        }
        for (Outlet outlet : outlets) {
            for (String alias : outlet.aliases()) {
                String name = OutletNames.normalize(alias);
                if (name.isEmpty() || primary.contains(name)) {
                    continue; // an outlet's own name beats another outlet's alias
                }
                Outlet other = names.putIfAbsent(name, outlet);
                if (other != null && other != outlet) {
                    ambiguous.add(name);
                }
            }
        }
        ambiguous.forEach(names::remove);
        return Map.copyOf(names);
    }
}
