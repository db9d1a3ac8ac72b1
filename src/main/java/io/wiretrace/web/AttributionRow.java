package io.wiretrace.web;

import io.wiretrace.attribution.Attribution;
import java.util.ArrayList;
import java.util.List;

/**
 * One attribution as shown on a page, and its highlight in the body text.
 *
 * @param anchor  HTML id of the row; the highlight links here
 * @param mark    HTML id of the highlight in the body, or null when the evidence is not in the body text
 */
public record AttributionRow(String anchor, String mark, String kind, String target, String targetHref,
                             String evidence, String location, String confidence, String rule, String reason) {

    static List<AttributionRow> of(List<Attribution> attributions) {
        List<AttributionRow> rows = new ArrayList<>();
        for (Attribution a : attributions) {
            int i = rows.size();
            Attribution.Target t = a.target();
            rows.add(new AttributionRow("attribution-" + i, a.evidence().start() != null ? "credit-" + i : null,
                    a.kind().wireName(), targetName(t), t.key() != null ? Links.outlet(t.key()) : null,
                    a.evidence().text(), a.evidence().location(), EvidenceGraph.confidence(a.confidence()), a.rule(),
                    a.reason()));
        }
        return rows;
    }

    /** Highlights of the attributions whose evidence is in the body text, each linking to its row. */
    static List<MarkedText.Span> spans(List<Attribution> attributions) {
        List<MarkedText.Span> spans = new ArrayList<>();
        for (int i = 0; i < attributions.size(); i++) {
            Attribution a = attributions.get(i);
            Attribution.Evidence e = a.evidence();
            if (e.start() != null && e.end() != null) {
                String tag = a.kind().wireName() + " \u2192 " + targetName(a.target()) + " \u00b7 "
                        + EvidenceGraph.confidence(a.confidence());
                spans.add(new MarkedText.Span(e.start(), e.end(), "credit-" + i, "credit", a.reason(), tag,
                        "#attribution-" + i));
            }
        }
        return spans;
    }

    static String targetName(Attribution.Target t) {
        if (t.name() != null) {
            return t.name();
        }
        return t.domain() != null ? t.domain() : t.mention();
    }
}
