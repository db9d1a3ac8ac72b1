package io.wiretrace.attribution;

import io.wiretrace.outlet.Domains;
import io.wiretrace.outlet.Outlet;
import io.wiretrace.outlet.OutletNames;
import io.wiretrace.outlet.OutletResolver;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The corpus matching rule (labels.json "matching"): kinds match within a family, targets match through the registry
 * (name, alias or domain); "*" matches any target and "agencies" an unnamed agency credit.
 */
final class LabelMatcher {

    private static final List<Set<String>> FAMILIES = List.of(
            Set.of("dateline", "wire_credit"),
            Set.of("original_source", "republished_from", "via", "syndicated_feed_disclaimer"),
            Set.of("canonical_cross_domain", "meta_original_source", "jsonld_isbasedon"));

    private final OutletResolver resolver;

    LabelMatcher(OutletResolver resolver) {
        this.resolver = resolver;
    }

    boolean matches(CorpusLabels.Label label, Attribution found) {
        return kindMatches(label.kinds(), found.kind().wireName()) && targetMatches(label.target(), found.target());
    }

    static String family(String kind) {
        for (int i = 0; i < FAMILIES.size(); i++) {
            if (FAMILIES.get(i).contains(kind)) {
                return String.valueOf(i);
            }
        }
        return kind;
    }

    private static boolean kindMatches(List<String> kinds, String found) {
        return kinds.stream().anyMatch(k -> k.equals("*") || family(k).equals(family(found)));
    }

    private boolean targetMatches(String label, Attribution.Target found) {
        if (label.equals("*")) {
            return true;
        }
        if (label.equalsIgnoreCase(Targets.AGENCIES)) {
            return Targets.AGENCIES.equals(found.name()) && found.key() == null;
        }
        Optional<Outlet> outlet = resolver.byName(label);
        if (outlet.isEmpty() && Domains.looksLikeDomain(label)) {
            outlet = resolver.byDomain(label);
        }
        if (outlet.isPresent()) {
            Outlet o = outlet.get();
            return o.key().equals(found.key())
                    || (found.domain() != null && o.domains().stream().anyMatch(d -> Domains.sameRegistrableDomain(d, found.domain())));
        }
        if (Domains.looksLikeDomain(label)) {
            return found.domain() != null && Domains.sameRegistrableDomain(label, found.domain());
        }
        String name = OutletNames.normalize(label).replace(" ", "");
        // an outlet the registry does not know is found by its domain: "TomDispatch" is tomdispatch.com
        return name.equals(OutletNames.normalize(found.name()).replace(" ", ""))
                || found.domain() != null && name.equals(Domains.registrableDomain(found.domain()).split("\\.")[0]);
    }
}
