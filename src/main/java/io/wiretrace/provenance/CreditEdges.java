package io.wiretrace.provenance;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Locale;
import java.util.Set;

/**
 * Turns one article's attributions into edges. Credits to the same party share one node; an agency credit in a page
 * that says it took its text from exactly one other source is read as that source's credit (the copied text carries
 * it), giving article -> source -> agency; a syndication notice naming nobody attaches to the agency credited, else to
 * the single source, else to an "unnamed syndication feed" placeholder.
 */
final class CreditEdges {

    /** Discount of an agency credit inherited through shared text rather than stated by the page itself. */
    static final double SHARED_TEXT_FACTOR = 0.8;

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
            acc.add(a.id(), s.target(), kindOf(s.credit()), piece(s.credit(), Sentences.says(s.credit()), a.id()));
        }
        String single = sourceNodes.size() == 1 ? sourceNodes.iterator().next() : null;
        for (Resolved ag : agencies) {
            if (single != null) {
                String sentence = "the text taken from " + label(single) + " credits " + label(ag.target()) + ": "
                        + Sentences.says(ag.credit());
                acc.add(single, ag.target(), EdgeKind.CREDITED, piece(ag.credit(), sentence, a.id()));
            } else {
                acc.add(a.id(), ag.target(), kindOf(ag.credit()),
                        piece(ag.credit(), Sentences.says(ag.credit()), a.id()));
            }
        }
        attachUnnamedFeeds(a, unnamedFeeds, agencies, single);
        if (single != null && agencies.isEmpty()) {
            inheritAgencyThroughSharedText(a, single);
        }
    }

    /**
     * A page that names one source and no agency, but whose text is also in a stored article crediting an agency
     * (nigeriapulse rewrites the AFP story NDTV ran from its syndicated feed): the text taken from the source is that
     * agency's copy. Confidence: the partner's own evidence for the agency (its credits of it, plus its unnamed
     * syndication notices, combined), times the reuse match's confidence, times {@link #SHARED_TEXT_FACTOR}, since it
     * rests on shared text rather than on a credit the page states.
     */
    private void inheritAgencyThroughSharedText(ArticleInput a, String source) {
        for (Map.Entry<String, Double> partner : index.reusePartners(a.id()).entrySet()) {
            ArticleInput other = index.article(partner.getKey()).orElse(null);
            if (other == null || other.id().equals(source)) {
                continue;
            }
            List<CreditInput> feeds = other.credits().stream()
                    .filter(c -> !c.hasTarget() && kindOf(c) == EdgeKind.SYNDICATED).toList();
            Map<String, List<CreditInput>> byAgency = new java.util.LinkedHashMap<>();
            for (CreditInput c : other.credits()) {
                if (c.hasTarget() && c.isAgency() && !index.isSelfCredit(other, c)) {
                    String party = c.targetKey() != null ? c.targetKey() : c.targetDomain() != null ? c.targetDomain() : c.targetName();
                    byAgency.computeIfAbsent(party, k -> new ArrayList<>()).add(c);
                }
            }
            byAgency.forEach((party, credits) -> inherit(source, other, party, credits, feeds, partner.getValue()));
        }
    }

    private void inherit(String source, ArticleInput other, String party, List<CreditInput> credits,
                         List<CreditInput> feeds, double matchConfidence) {
        CreditInput first = credits.get(0);
        String agency = NodeIds.outlet(party);
        acc.node(new Node(agency, Node.Type.OUTLET, first.targetName() != null ? first.targetName() : party,
                first.targetKey(), first.targetKind(), null, null, null));
        List<Double> pieces = new ArrayList<>();
        feeds.forEach(f -> pieces.add(f.confidence()));
        credits.forEach(c -> pieces.add(c.confidence()));
        double confidence = Confidence.clamp(Confidence.combine(pieces) * matchConfidence * SHARED_TEXT_FACTOR);
        // every piece the confidence combines is named: the credits of the agency and the syndication notices
        StringBuilder sentence = new StringBuilder("the text taken from " + label(source) + " is also in "
                + label(other.id()) + ", which credits " + label(agency) + ": " + Sentences.says(first));
        credits.stream().skip(1).forEach(c -> sentence.append("; ").append(Sentences.says(c)));
        feeds.forEach(f -> sentence.append("; its syndication notice: ").append(Sentences.says(f)));
        acc.add(source, agency, EdgeKind.INHERITED, new EdgeEvidence(first.kind(), sentence.toString(), first.text(),
                first.location(), first.start(), first.end(), confidence, other.id()));
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
                acc.add(a.id(), target, EdgeKind.SYNDICATED, piece(feed, Sentences.says(feed), a.id()));
            }
        }
    }

    private String label(String nodeId) {
        return index.node(nodeId).map(Sentences::name).orElseGet(() -> acc.label(nodeId));
    }

    private static EdgeEvidence piece(CreditInput c, String sentence, String foundIn) {
        return new EdgeEvidence(c.kind(), sentence, c.text(), c.location(), c.start(), c.end(), c.confidence(), foundIn);
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
