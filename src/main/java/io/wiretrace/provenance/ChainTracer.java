package io.wiretrace.provenance;

import io.wiretrace.outlet.OutletKind;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Set;
import java.util.function.Predicate;

/**
 * Traces an article to its most probable origin and builds derivative trees. Every node reachable towards sources is
 * a candidate origin, scored by the best path's product of confidences times the chance that the candidate has no
 * further source ({@link Confidence}); the best candidate gives the chain, other candidates within
 * {@code alternativeRatio} of it (and not on the best chain) are alternatives. Cycle-safe, bounded in depth and nodes
 * visited. Immutable and thread-safe; the graph is passed per call.
 */
public final class ChainTracer {

    /** An origin with outgoing edges at least this strong is not called original reporting. */
    static final double DOUBT = 0.5;

    private final int maxDepth;
    private final int maxNodes;
    private final int maxAlternatives;
    private final double alternativeRatio;

    /**
     * @param maxDepth         hops followed at most
     * @param maxNodes         nodes visited at most per query
     * @param maxAlternatives  alternative chains returned at most
     * @param alternativeRatio an alternative must score at least this share of the best chain
     */
    public ChainTracer(int maxDepth, int maxNodes, int maxAlternatives, double alternativeRatio) {
        if (maxDepth < 1 || maxNodes < 1 || maxAlternatives < 0 || alternativeRatio < 0 || alternativeRatio > 1) {
            throw new IllegalArgumentException("chain tracer limits out of range: depth " + maxDepth + ", nodes " + maxNodes
                    + ", alternatives " + maxAlternatives + ", ratio " + alternativeRatio);
        }
        this.maxDepth = maxDepth;
        this.maxNodes = maxNodes;
        this.maxAlternatives = maxAlternatives;
        this.alternativeRatio = alternativeRatio;
    }

    /** Depth 12, 5,000 nodes, 3 alternatives within 20% of the best. */
    public ChainTracer() {
        this(12, 5_000, 3, 0.2);
    }

    /** @throws NoSuchElementException when the graph has no node {@code id} */
    public ChainTrace trace(ProvenanceGraph graph, String id) {
        Node start = require(graph, id);
        Map<String, BestPaths.Reach> reached = BestPaths.from(graph, id, true, maxDepth, maxNodes, n -> true);
        List<ProvenanceChain> candidates = new ArrayList<>();
        for (BestPaths.Reach r : reached.values()) {
            candidates.add(chain(graph, start, reached, r));
        }
        candidates.sort(Comparator.comparingDouble(ProvenanceChain::probability).reversed()
                .thenComparingInt(c -> c.hops().size()).thenComparing(c -> c.origin().id()));
        ProvenanceChain best = candidates.get(0);
        Set<String> onBest = new HashSet<>();
        onBest.add(start.id());
        best.hops().forEach(h -> onBest.add(h.node().id()));
        List<ProvenanceChain> alternatives = candidates.stream()
                .filter(c -> !onBest.contains(c.origin().id()))
                .filter(c -> c.probability() > 0 && c.probability() >= alternativeRatio * best.probability())
                .limit(maxAlternatives).toList();
        return new ChainTrace(start, best, alternatives);
    }

    /** Derivatives of {@code id}, each under its most probable parent. */
    public DerivativeTree derivatives(ProvenanceGraph graph, String id) {
        return derivatives(graph, id, n -> true);
    }

    /** As {@link #derivatives(ProvenanceGraph, String)}, visiting only nodes {@code allowed} accepts. */
    public DerivativeTree derivatives(ProvenanceGraph graph, String id, Predicate<String> allowed) {
        Node root = require(graph, id);
        Map<String, BestPaths.Reach> reached = BestPaths.from(graph, id, false, maxDepth, maxNodes, allowed);
        return new DerivativeTree(root, branchesUnder(graph, id, reached));
    }

    private List<DerivativeTree.Branch> branchesUnder(ProvenanceGraph graph, String parent,
                                                      Map<String, BestPaths.Reach> reached) {
        return reached.values().stream()
                .filter(r -> parent.equals(r.parent()))
                .sorted(Comparator.comparingDouble(BestPaths.Reach::probability).reversed().thenComparing(BestPaths.Reach::id))
                .map(r -> new DerivativeTree.Branch(r.via(), require(graph, r.id()), r.probability(),
                        branchesUnder(graph, r.id(), reached)))
                .toList();
    }

    private ProvenanceChain chain(ProvenanceGraph graph, Node start, Map<String, BestPaths.Reach> reached,
                                  BestPaths.Reach end) {
        List<ProvenanceChain.Hop> hops = new ArrayList<>();
        for (BestPaths.Reach r = end; r.parent() != null; r = reached.get(r.parent())) {
            hops.add(0, new ProvenanceChain.Hop(r.via(), require(graph, r.id()), r.probability()));
        }
        Node origin = require(graph, end.id());
        List<Edge> onwards = graph.sourcesOf(origin.id()).stream()
                .filter(e -> e.directionKnown() && e.from().equals(origin.id())).toList();
        double probability = end.probability() * Confidence.noneHolds(onwards);
        return new ProvenanceChain(start, hops, origin, originType(graph, origin, onwards), probability);
    }

    static OriginType originType(ProvenanceGraph graph, Node origin, List<Edge> onwards) {
        if (origin.isWireAgency()) {
            return OriginType.WIRE_AGENCY;
        }
        boolean doubted = onwards.stream().anyMatch(e -> e.confidence() >= DOUBT)
                || graph.sourcesOf(origin.id()).stream().anyMatch(e -> !e.directionKnown());
        if (origin.type() == Node.Type.ARTICLE && origin.outletKind() == OutletKind.NEWSROOM && !doubted) {
            return OriginType.ORIGINAL_REPORTING;
        }
        return OriginType.UNKNOWN;
    }

    static Node require(ProvenanceGraph graph, String id) {
        return graph.node(id).orElseThrow(() -> new NoSuchElementException("no provenance node '" + id + "'"));
    }
}
