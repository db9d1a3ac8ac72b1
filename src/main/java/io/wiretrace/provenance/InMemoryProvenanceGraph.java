package io.wiretrace.provenance;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** An immutable {@link ProvenanceGraph} held in maps. Thread-safe once built. */
public final class InMemoryProvenanceGraph implements ProvenanceGraph {

    private final Map<String, Node> nodes;
    private final Map<String, List<Edge>> outgoing;
    private final Map<String, List<Edge>> incoming;

    /**
     * @throws IllegalArgumentException when an edge names a node that is not given, naming the edge
     */
    public InMemoryProvenanceGraph(Collection<Node> nodes, Collection<Edge> edges) {
        Map<String, Node> byId = new LinkedHashMap<>();
        nodes.forEach(n -> byId.put(n.id(), n));
        Map<String, List<Edge>> out = new HashMap<>();
        Map<String, List<Edge>> in = new HashMap<>();
        for (Edge e : edges) {
            if (!byId.containsKey(e.from()) || !byId.containsKey(e.to())) {
                throw new IllegalArgumentException("edge " + e.from() + " -> " + e.to() + " names an unknown node");
            }
            out.computeIfAbsent(e.from(), k -> new ArrayList<>()).add(e);
            in.computeIfAbsent(e.to(), k -> new ArrayList<>()).add(e);
            if (!e.directionKnown()) { // an undirected reuse is visible from both ends
                out.computeIfAbsent(e.to(), k -> new ArrayList<>()).add(e);
                in.computeIfAbsent(e.from(), k -> new ArrayList<>()).add(e);
            }
        }
        this.nodes = Map.copyOf(byId);
        this.outgoing = copy(out);
        this.incoming = copy(in);
    }

    /** Builds the graph from an {@link EdgeBuilder} result. */
    public static InMemoryProvenanceGraph of(EdgeBuilder.Result result) {
        return new InMemoryProvenanceGraph(result.nodes(), result.edges());
    }

    private static Map<String, List<Edge>> copy(Map<String, List<Edge>> m) {
        Map<String, List<Edge>> c = new HashMap<>();
        m.forEach((k, v) -> c.put(k, List.copyOf(v)));
        return Map.copyOf(c);
    }

    @Override
    public Optional<Node> node(String id) {
        return Optional.ofNullable(nodes.get(id));
    }

    @Override
    public List<Edge> sourcesOf(String id) {
        return outgoing.getOrDefault(id, List.of());
    }

    @Override
    public List<Edge> derivativesOf(String id) {
        return incoming.getOrDefault(id, List.of());
    }

    public Collection<Node> nodes() {
        return nodes.values();
    }
}
