package io.wiretrace.attribution;

import io.wiretrace.attribution.Attribution.Target;
import io.wiretrace.extract.MarkupSignal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * JSON-LD {@code isBasedOn} (a URL or name of the work this one is based on) and {@code sourceOrganization} naming
 * another outlet. Internal references ("#Publisher") and the page's own outlet are not credits.
 */
final class JsonLdSourceRule implements Rule {

    static final String ID = "jsonld.based-on";

    @Override
    public List<Attribution> apply(ArticleView view) {
        List<Attribution> found = new ArrayList<>();
        List<MarkupSignal> signals = view.article().markup().stream()
                .filter(s -> s.source() == MarkupSignal.Source.JSONLD && s.value() != null)
                .filter(s -> "isBasedOn".equalsIgnoreCase(s.name()) || "sourceOrganization".equalsIgnoreCase(s.name()))
                .toList();
        for (MarkupSignal s : signals) {
            add(view, s.name(), s.value(), s.evidence(), found);
        }
        if (signals.isEmpty()) {
            for (String value : view.article().jsonLd().isBasedOn()) {
                add(view, "isBasedOn", value, "\"isBasedOn\":\"" + value + "\"", found);
            }
            for (String value : view.article().jsonLd().sourceOrganizations()) {
                add(view, "sourceOrganization", value, "\"sourceOrganization\":\"" + value + "\"", found);
            }
        }
        return found;
    }

    private static void add(ArticleView view, String property, String value, String evidence, List<Attribution> found) {
        String v = value.strip();
        if (v.isEmpty() || v.startsWith("#") || v.contains("/#")) {
            return;
        }
        boolean url = v.matches("(?i)https?://.*|//.*");
        boolean publisherName = v.equalsIgnoreCase(view.article().jsonLd().publisherName());
        Optional<Target> target = url ? view.targets().byUrl(v, v)
                : view.targets().known(v).filter(t -> t.key() != null);
        if (publisherName || target.isEmpty()) {
            return;
        }
        boolean basedOn = "isBasedOn".equalsIgnoreCase(property);
        Target t = target.get();
        found.add(Findings.outside(evidence == null ? v : evidence, Findings.JSONLD, AttributionKind.JSONLD_ISBASEDON,
                t, basedOn ? 0.85 : 0.75, ID, "The page's JSON-LD " + property + " names " + t.name() + "."));
    }
}
