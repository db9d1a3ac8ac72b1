package io.wiretrace.attribution;

import io.wiretrace.extract.MarkupSignal;
import java.util.ArrayList;
import java.util.List;

/**
 * An aggregator's partner box under the headline (the extractor's {@code partner} link signal, e.g. MSN's
 * {@code <span class="partner">} linking The Guardian): the page runs the partner's story from its feed. Reported as a
 * syndication of the linked outlet: 0.8 for a registry outlet, 0.65 for a site the registry does not know (the box
 * names it only by its link). The page's own site is removed later as a self-reference.
 */
final class PartnerBoxRule implements Rule {

    static final String ID = "markup.partner-box";
    /** The extractor's signal for a partner box right after the story. */
    static final String AFTER = "partner-after";

    @Override
    public List<Attribution> apply(ArticleView view) {
        List<Attribution> found = new ArrayList<>();
        for (MarkupSignal s : view.article().markup()) {
            if (s.source() == MarkupSignal.Source.LINK && AFTER.equals(s.name()) && s.value() != null) {
                afterTheStory(view, s, found);
                continue;
            }
            if (s.source() != MarkupSignal.Source.LINK || !"partner".equals(s.name()) || s.value() == null) {
                continue;
            }
            view.targets().byUrl(s.value(), s.value()).ifPresent(t -> found.add(Findings.outside(s.evidence(),
                    Findings.LINK, AttributionKind.SYNDICATED_FEED_DISCLAIMER, t, t.key() != null ? 0.8 : 0.65, ID,
                    "The partner box under the headline links " + t.name() + ", the site that supplied the story.")));
        }
        return found;
    }

    /**
     * The extractor's partner box right after the story ({@code partner-after}): read only when it links a registry
     * wire agency, whose copy the story is (0.7); a partner outlet there is as often a content-exchange widget.
     */
    private static void afterTheStory(ArticleView view, MarkupSignal s, List<Attribution> found) {
        view.targets().byUrl(s.value(), s.value()).filter(t -> t.key() != null && view.targets().isAgency(t))
                .ifPresent(t -> found.add(Findings.outside(s.evidence(), Findings.LINK, AttributionKind.WIRE_CREDIT, t,
                        0.7, ID, "The partner box right after the story links the wire agency " + t.name() + ".")));
    }
}
