package io.wiretrace.provenance;

import io.wiretrace.outlet.OutletKind;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * An outlet's neighbourhood: the outlets it takes from and the outlets that take from it, most derivations first.
 *
 * @param outletKey the outlet asked about
 * @param takesFrom outlets its articles derive from
 * @param takenBy   outlets whose articles derive from its articles
 * @param names     the outlets' names as people know them ("NDTV"), by key, where known
 */
public record OutletGraph(String outletKey, List<OutletLink> takesFrom, List<OutletLink> takenBy,
                          Map<String, String> names) {

    public OutletGraph {
        takesFrom = List.copyOf(takesFrom);
        takenBy = List.copyOf(takenBy);
        names = names == null ? Map.of() : Map.copyOf(names);
    }

    /** Without names: outlets are labelled by their keys. */
    public OutletGraph(String outletKey, List<OutletLink> takesFrom, List<OutletLink> takenBy) {
        this(outletKey, takesFrom, takenBy, Map.of());
    }

    /** Outlet-level graph for export: one node per outlet, one aggregated edge per link with a counting sentence. */
    public Subgraph toSubgraph() {
        Map<String, Node> nodes = new LinkedHashMap<>();
        nodes.put(outletKey, outletNode(outletKey));
        List<Edge> edges = new ArrayList<>();
        for (OutletLink l : takesFrom) {
            nodes.putIfAbsent(l.outletKey(), outletNode(l.outletKey()));
            edges.add(aggregate(outletKey, l.outletKey(), l));
        }
        for (OutletLink l : takenBy) {
            nodes.putIfAbsent(l.outletKey(), outletNode(l.outletKey()));
            edges.add(aggregate(l.outletKey(), outletKey, l));
        }
        return new Subgraph(List.copyOf(nodes.values()), edges);
    }

    private Node outletNode(String key) {
        String name = names.getOrDefault(key, key);
        return new Node(NodeIds.outlet(key), Node.Type.OUTLET, name, key, OutletKind.UNKNOWN, null, null, null, name);
    }

    private Edge aggregate(String from, String to, OutletLink l) {
        String sentence = l.derivations() + " derivation(s) of " + names.getOrDefault(from, from) + " articles from "
                + names.getOrDefault(to, to) + ": " + l.credited()
                + " credited, " + l.uncredited() + " uncredited";
        return new Edge(NodeIds.outlet(from), NodeIds.outlet(to), l.mainKind(), l.confidence(),
                l.uncredited() > 0 && l.credited() == 0, true,
                List.of(new EdgeEvidence("aggregate", sentence, null, null, null, null, l.confidence())));
    }
}
