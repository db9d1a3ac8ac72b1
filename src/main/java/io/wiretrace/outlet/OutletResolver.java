package io.wiretrace.outlet;

import java.util.List;
import java.util.Optional;

/** Resolves keys, names and domains to known outlets. Implementations are thread-safe. */
public interface OutletResolver {

    /** The outlet with exactly this key. */
    Optional<Outlet> byKey(String key);

    /**
     * The outlet a mention names: its name or an alias, compared without case, diacritics, punctuation or a leading
     * "the" ("Agence France Presse", "the associated press"). A mention that is a bare domain or URL is resolved by
     * {@link #byDomain}. Empty when nothing or more than one outlet matches.
     */
    Optional<Outlet> byName(String mention);

    /**
     * The outlet owning a URL or host: the full host is tried first, then each parent domain down to the registrable
     * domain ("edition.cnn.com" and "https://www.cnn.com/x" both give CNN).
     */
    Optional<Outlet> byDomain(String hostOrUrl);

    /** All outlets, in registry order. */
    List<Outlet> all();
}
