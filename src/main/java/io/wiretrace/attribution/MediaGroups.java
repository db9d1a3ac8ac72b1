package io.wiretrace.attribution;

import io.wiretrace.outlet.Domains;
import io.wiretrace.outlet.Outlet;
import io.wiretrace.outlet.OutletNames;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

/**
 * Whether a site belongs to the company behind an agency: the agency's own sites (its name inside the domain,
 * "reutersagency.com") and the group's other publications ({@code attribution/media-groups.tsv}, "wsj.com" for Dow
 * Jones). On those sites the agency's copyright line is the site's footer, not a credit. Immutable, thread-safe.
 */
final class MediaGroups {

    static final MediaGroups BUNDLED = load("/attribution/media-groups.tsv");
    /** A name shorter than this ("AP", "dpa") is found inside too many unrelated domains. */
    private static final int MIN_NAME = 4;

    private final Map<String, Set<String>> domainsByAgency;

    private MediaGroups(Map<String, Set<String>> domainsByAgency) {
        this.domainsByAgency = domainsByAgency;
    }

    /** True when the site with this registrable domain is published by the agency's company. */
    boolean publishes(Outlet agency, String siteDomain) {
        if (siteDomain == null) {
            return false;
        }
        String site = Domains.registrableDomain(siteDomain);
        if (site == null) {
            return false;
        }
        if (domainsByAgency.getOrDefault(agency.key(), Set.of()).contains(site)) {
            return true;
        }
        String label = site.substring(0, site.indexOf('.') < 0 ? site.length() : site.indexOf('.')).replace("-", "");
        return Stream.concat(Stream.of(agency.name()), agency.aliases().stream())
                .map(n -> OutletNames.normalize(n).replaceAll("[^\\p{L}\\p{N}]", ""))
                .anyMatch(n -> n.length() >= MIN_NAME && label.contains(n));
    }

    static MediaGroups load(String resource) {
        Map<String, Set<String>> map = new HashMap<>();
        try (InputStream in = MediaGroups.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException(resource + " is missing from the classpath");
            }
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                String[] cols = line.split("\t");
                map.put(cols[0].strip(), Set.copyOf(List.of(cols[1].strip().split("\\|"))));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new MediaGroups(Map.copyOf(map));
    }
}
