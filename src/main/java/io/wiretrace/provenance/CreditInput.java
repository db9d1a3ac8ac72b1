package io.wiretrace.provenance;

import io.wiretrace.attribution.Attribution;
import io.wiretrace.attribution.AttributionKind;
import io.wiretrace.outlet.OutletKind;

/**
 * One attribution of an article, as the edge builder needs it.
 *
 * @param kind         attribution kind wire name ("original_source", "wire_credit", "syndicated_feed_disclaimer"...)
 * @param targetKey    credited outlet's key when resolved, else null
 * @param targetName   credited party's name, may be null
 * @param targetDomain credited party's domain, may be null
 * @param targetUrl    credited URL (canonical, original-source link), may be null
 * @param targetKind   credited outlet's kind, {@link OutletKind#UNKNOWN} when unknown
 * @param text         exact evidence text
 * @param location     body, byline, dateline, footer, meta, jsonld or link
 * @param start        offset into the body text or null
 * @param end          end offset or null
 * @param confidence   0..1 from the attribution rule
 */
public record CreditInput(String kind, String targetKey, String targetName, String targetDomain, String targetUrl,
                          OutletKind targetKind, String text, String location, Integer start, Integer end,
                          double confidence) {

    public CreditInput {
        targetKind = targetKind == null ? OutletKind.UNKNOWN : targetKind;
    }

    /** From a detected attribution whose target outlet kind the caller looked up. */
    public static CreditInput of(Attribution a, String targetUrl, OutletKind targetKind) {
        Attribution.Target t = a.target();
        Attribution.Evidence e = a.evidence();
        return new CreditInput(a.kind().wireName(), t == null ? null : t.key(), t == null ? null : t.name(),
                t == null ? null : t.domain(), targetUrl, targetKind, e == null ? null : e.text(),
                e == null ? null : e.location(), e == null ? null : e.start(), e == null ? null : e.end(), a.confidence());
    }

    /**
     * A stored attribution as the edge builder takes it. A syndication notice that names no outlet and no domain
     * ("published from a syndicated feed") names nobody: its target is dropped even where the detector filled in the
     * page's own outlet, so it never becomes a credit of the page to itself.
     */
    public static CreditInput forEdges(Attribution a, String targetUrl, OutletKind targetKind) {
        CreditInput c = of(a, targetUrl, targetKind);
        Attribution.Target t = a.target();
        boolean unnamedFeed = a.kind() == AttributionKind.SYNDICATED_FEED_DISCLAIMER
                && (t == null || t.key() == null && t.domain() == null);
        return unnamedFeed ? new CreditInput(c.kind(), null, null, null, null, targetKind, c.text(), c.location(),
                c.start(), c.end(), c.confidence()) : c;
    }

    /** True when the credit names nobody (e.g. "auto-generated from a syndicated feed"). */
    public boolean hasTarget() {
        return notBlank(targetKey) || notBlank(targetName) || notBlank(targetDomain) || notBlank(targetUrl);
    }

    public boolean isAgency() {
        return targetKind == OutletKind.WIRE_AGENCY;
    }

    private static boolean notBlank(String s) {
        return s != null && !s.isBlank();
    }
}
