package io.wiretrace.api;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.wiretrace.outlet.Outlet;
import java.util.List;

/**
 * An outlet as the API shows it; {@code sources} (its watched feeds and sitemaps: the outlet is <em>watched</em> when
 * there is one) only on {@code GET /api/outlets/{key}}.
 */
public record OutletJson(String key, String name, String domain, String kind, List<String> domains, List<String> aliases,
                         @JsonInclude(JsonInclude.Include.NON_NULL) List<SourceJson> sources) {

    static OutletJson of(Outlet outlet) {
        return of(outlet, null);
    }

    static OutletJson of(Outlet outlet, List<SourceJson> sources) {
        return outlet == null ? null : new OutletJson(outlet.key(), outlet.name(), outlet.primaryDomain(),
                outlet.kind().wireName(), outlet.domains(), outlet.aliases(), sources);
    }
}
