package io.wiretrace.provenance;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Summarises an outlet's derivations from the edges of its nodes. The caller passes the outlet's node ids (its stored
 * articles, placeholders credited to it, its outlet node), bounded as it sees fit. Edges of unknown direction and
 * edges within the outlet are not counted. Immutable and thread-safe.
 */
public final class OutletGraphBuilder {

    private final int maxExamples;

    public OutletGraphBuilder(int maxExamples) {
        if (maxExamples < 0) {
            throw new IllegalArgumentException("maxExamples must not be negative: " + maxExamples);
        }
        this.maxExamples = maxExamples;
    }

    public OutletGraph summarize(ProvenanceGraph graph, String outletKey, Collection<String> nodeIds) {
        Map<String, List<Edge>> takesFrom = new HashMap<>();
        Map<String, List<Edge>> takenBy = new HashMap<>();
        Set<Edge> seen = new HashSet<>();
        Map<String, String> names = new HashMap<>();
        for (String id : nodeIds) {
            graph.node(id).ifPresent(n -> name(n, names));
            for (Edge e : graph.sourcesOf(id)) {
                collect(graph, outletKey, e, e.to(), takesFrom, seen);
                graph.node(e.to()).ifPresent(n -> name(n, names));
            }
            for (Edge e : graph.derivativesOf(id)) {
                collect(graph, outletKey, e, e.from(), takenBy, seen);
                graph.node(e.from()).ifPresent(n -> name(n, names));
            }
        }
        return new OutletGraph(outletKey, links(takesFrom), links(takenBy), names);
    }

    /** The node's outlet name under its key, when it is a name and not the key again. */
    private static void name(Node n, Map<String, String> names) {
        if (n.outletKey() != null && n.outletName() != null && !n.outletName().equals(n.outletKey())) {
            names.putIfAbsent(n.outletKey(), n.outletName());
        }
    }

    private static void collect(ProvenanceGraph graph, String outletKey, Edge e, String otherId,
                                Map<String, List<Edge>> into, Set<Edge> seen) {
        if (!e.directionKnown() || !seen.add(e)) {
            return;
        }
        String other = graph.node(otherId).map(Node::outletKey).orElse(null);
        if (other != null && !other.equalsIgnoreCase(outletKey)) {
            into.computeIfAbsent(other, k -> new ArrayList<>()).add(e);
        }
    }

    private List<OutletLink> links(Map<String, List<Edge>> byOutlet) {
        List<OutletLink> links = new ArrayList<>();
        byOutlet.forEach((key, edges) -> {
            Map<EdgeKind, Integer> kinds = new EnumMap<>(EdgeKind.class);
            edges.forEach(e -> kinds.merge(e.kind(), 1, Integer::sum));
            EdgeKind main = kinds.entrySet().stream().max(Map.Entry.<EdgeKind, Integer>comparingByValue()
                    .thenComparing(Map.Entry.comparingByKey(Comparator.reverseOrder()))).orElseThrow().getKey();
            List<String> examples = edges.stream().sorted(Comparator.comparingDouble(Edge::confidence).reversed())
                    .map(Edge::from).distinct().limit(maxExamples).toList(); // the deriving article, ours or theirs
            int uncredited = (int) edges.stream().filter(Edge::uncredited).count();
            double mean = edges.stream().mapToDouble(Edge::confidence).average().orElse(0);
            links.add(new OutletLink(key, edges.size(), uncredited, main, mean, examples));
        });
        links.sort(Comparator.comparingInt(OutletLink::derivations).reversed().thenComparing(OutletLink::outletKey));
        return links;
    }
}
