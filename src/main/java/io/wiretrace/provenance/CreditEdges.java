package io.wiretrace.provenance;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Turns one article's attributions into edges. Credits to the same party share one node; an agency credit in a page
 * that says it took its text from exactly one other source is read as that source's credit (the copied text carries
 * it), giving article -> source -> agency; a syndication notice naming nobody attaches to the agency credited, else to
 * the single source, else to an "unnamed syndication feed" placeholder.
 */
final class CreditEdges {

    private record Resolved(CreditInput credit, String target) {
    }

    private final ArticleIndex index;
    private final EdgeAccumulator acc;

    CreditEdges(ArticleIndex index, EdgeAccumulator acc) {
        this.index = index;
        this.acc = acc;
    }

    void add(ArticleInput a) {
        TargetResolver resolver = new TargetResolver(index, acc, a);
        List<Resolved> agencies = new ArrayList<>();
        List<Resolved> sources = new ArrayList<>();
        List<CreditInput> unnamedFeeds = new ArrayList<>();
        for (CreditInput c : resolver.orderedCredits()) {
            if (!c.hasTarget()) {
                if (kindOf(c) == EdgeKind.SYNDICATED) {
                    unnamedFeeds.add(c);
                }
            } else if (!index.isSelfCredit(a, c)) {
                (c.isAgency() ? agencies : sources).add(new Resolved(c, resolver.resolve(c)));
            }
        }
        Set<String> sourceNodes = new LinkedHashSet<>();
        sources.forEach(r -> sourceNodes.add(r.target()));
        for (Resolved s : sources) {
            acc.add(a.id(), s.target(), kindOf(s.credit()), piece(s.credit(), Sentences.says(s.credit())));
        }
        String single = sourceNodes.size() == 1 ? sourceNodes.iterator().next() : null;
        for (Resolved ag : agencies) {
            if (single != null) {
                String sentence = "the text taken from " + label(single) + " credits " + label(ag.target()) + ": "
                        + Sentences.says(ag.credit());
                acc.add(single, ag.target(), EdgeKind.CREDITED, piece(ag.credit(), sentence));
            } else {
                acc.add(a.id(), ag.target(), kindOf(ag.credit()), piece(ag.credit(), Sentences.says(ag.credit())));
            }
        }
        attachUnnamedFeeds(a, unnamedFeeds, agencies, single);
    }

    private void attachUnnamedFeeds(ArticleInput a, List<CreditInput> feeds, List<Resolved> agencies, String single) {
        if (feeds.isEmpty()) {
            return;
        }
        List<String> targets = new ArrayList<>();
        if (single != null) {
            targets.add(single);
        } else if (!agencies.isEmpty()) {
            agencies.forEach(r -> targets.add(r.target()));
        } else {
            String id = NodeIds.creditedWork("unnamed syndication feed", a.id());
            acc.node(new Node(id, Node.Type.PLACEHOLDER, "unnamed syndication feed", null, null, null, null, null));
            targets.add(id);
        }
        for (String target : new LinkedHashSet<>(targets)) {
            for (CreditInput feed : feeds) {
                acc.add(a.id(), target, EdgeKind.SYNDICATED, piece(feed, Sentences.says(feed)));
            }
        }
    }

    private String label(String nodeId) {
        return index.node(nodeId).map(Sentences::name).orElseGet(() -> acc.label(nodeId));
    }

    private static EdgeEvidence piece(CreditInput c, String sentence) {
        return new EdgeEvidence(c.kind(), sentence, c.text(), c.location(), c.start(), c.end(), c.confidence());
    }

    static EdgeKind kindOf(CreditInput c) {
        String kind = c.kind() == null ? "" : c.kind().toLowerCase(Locale.ROOT);
        return switch (kind) {
            case "syndicated_feed_disclaimer" -> EdgeKind.SYNDICATED;
            case "canonical_cross_domain", "meta_original_source", "jsonld_isbasedon" -> EdgeKind.CANONICAL;
            default -> EdgeKind.CREDITED;
        };
    }
}
