package io.wiretrace.api;

import io.wiretrace.outlet.Outlet;
import java.util.List;

/** An outlet as the API shows it. */
public record OutletJson(String key, String name, String domain, String kind, List<String> domains, List<String> aliases) {

    static OutletJson of(Outlet outlet) {
        return outlet == null ? null : new OutletJson(outlet.key(), outlet.name(), outlet.primaryDomain(),
                outlet.kind().wireName(), outlet.domains(), outlet.aliases());
    }
}
