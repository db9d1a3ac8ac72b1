package io.wiretrace.provenance;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A self-contained piece of the graph to show or export: one chain, a trace with its alternatives, one story, or an
 * outlet's neighbourhood. Every edge's ends are among the nodes.
 */
public record Subgraph(List<Node> nodes, List<Edge> edges) {

    public Subgraph {
        nodes = List.copyOf(nodes);
        edges = List.copyOf(edges);
        Set<String> ids = new LinkedHashSet<>();
        nodes.forEach(n -> ids.add(n.id()));
        for (Edge e : edges) {
            if (!ids.contains(e.from()) || !ids.contains(e.to())) {
                throw new IllegalArgumentException("subgraph edge " + e.from() + " -> " + e.to() + " leaves the subgraph");
            }
        }
    }

    public static Subgraph of(ProvenanceChain chain) {
        return of(List.of(chain));
    }

    /** The best chain and its alternatives together. */
    public static Subgraph of(ChainTrace trace) {
        List<ProvenanceChain> chains = new ArrayList<>();
        chains.add(trace.best());
        chains.addAll(trace.alternatives());
        return of(chains);
    }

    private static Subgraph of(List<ProvenanceChain> chains) {
        Map<String, Node> nodes = new LinkedHashMap<>();
        Map<String, Edge> edges = new LinkedHashMap<>();
        for (ProvenanceChain c : chains) {
            nodes.putIfAbsent(c.start().id(), c.start());
            for (ProvenanceChain.Hop h : c.hops()) {
                nodes.putIfAbsent(h.node().id(), h.node());
                edges.putIfAbsent(h.edge().from() + "\u0000" + h.edge().to() + "\u0000" + h.edge().kind(), h.edge());
            }
        }
        return new Subgraph(new ArrayList<>(nodes.values()), new ArrayList<>(edges.values()));
    }
}
