package io.wiretrace.outlet;

import java.util.List;

/**
 * A news outlet, agency, aggregator or unknown credited party.
 *
 * @param key     stable lower-case identifier (e.g. "afp", "france24")
 * @param name    display name
 * @param aliases other names it is credited by ("Agence France-Presse")
 * @param domains registrable domains, lower case, no "www."
 * @param kind    what sort of outlet it is
 */
public record Outlet(String key, String name, List<String> aliases, List<String> domains, OutletKind kind) {

    public Outlet {
        aliases = aliases == null ? List.of() : List.copyOf(aliases);
        domains = domains == null ? List.of() : List.copyOf(domains);
    }

    /** The first domain, or null. */
    public String primaryDomain() {
        return domains.isEmpty() ? null : domains.get(0);
    }
}
