package io.wiretrace.api;

import io.wiretrace.article.InvalidInput;
import io.wiretrace.article.StorableText;
import io.wiretrace.outlet.Outlet;
import io.wiretrace.outlet.OutletKind;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Body of {@code POST /api/outlets} and {@code PUT /api/outlets/{key}} (PUT replaces name, kind, aliases and domains).
 * {@code domain} is a shorthand for a first entry of {@code domains}, so a GET body can be sent back as it is.
 */
public record OutletRequest(String key, String name, String kind, List<String> aliases, List<String> domains,
                            String domain) {

    private static final Pattern KEY = Pattern.compile("[a-z0-9][a-z0-9._-]{0,99}");
    private static final Pattern DOMAIN = Pattern.compile("([a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?\\.)+[a-z][a-z0-9-]{1,62}");

    /** Validates every field, naming the first bad one. {@code pathKey} wins over {@code key} for PUT. */
    Outlet toOutlet(String pathKey) {
        String k = pathKey != null ? pathKey : key;
        if (pathKey != null && key != null && !key.equals(pathKey)) {
            throw new InvalidInput("key", "key '" + key + "' in the body differs from '" + pathKey + "' in the path");
        }
        if (k == null || !KEY.matcher(k).matches()) {
            throw new InvalidInput("key", "key '" + k + "' must be 1-100 characters of a-z, 0-9, '.', '_' or '-', starting with a letter or digit");
        }
        StorableText.check("name", name);
        if (name == null || name.isBlank() || name.length() > 200) {
            throw new InvalidInput("name", "name must be 1-200 characters");
        }
        OutletKind outletKind;
        try {
            outletKind = OutletKind.fromWireName(kind == null ? "newsroom" : kind);
        } catch (IllegalArgumentException e) {
            throw new InvalidInput("kind", e.getMessage());
        }
        List<String> cleanDomains = new ArrayList<>();
        List<String> given = new ArrayList<>();
        if (domain != null) {
            given.add(domain);
        }
        if (domains != null) {
            given.addAll(domains);
        }
        for (String domain : given) {
            String d = domain == null ? "" : domain.strip().toLowerCase(Locale.ROOT);
            d = d.startsWith("www.") ? d.substring(4) : d;
            if (!DOMAIN.matcher(d).matches()) {
                throw new InvalidInput("domains", "domain '" + domain + "' is not a host name like 'example.com'");
            }
            cleanDomains.add(d);
        }
        List<String> cleanAliases = new ArrayList<>();
        for (String alias : aliases == null ? List.<String>of() : aliases) {
            StorableText.check("aliases", alias);
            if (alias == null || alias.isBlank() || alias.length() > 200 || alias.contains("\n")) {
                throw new InvalidInput("aliases", "alias '" + alias + "' must be 1-200 characters on one line");
            }
            cleanAliases.add(alias.strip());
        }
        return new Outlet(k, name.strip(), List.copyOf(new LinkedHashSet<>(cleanAliases)),
                List.copyOf(new LinkedHashSet<>(cleanDomains)), outletKind);
    }
}
