package io.wiretrace.provenance;

import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.PriorityQueue;
import java.util.Set;
import java.util.function.Predicate;

/**
 * Most probable paths from one node along directed edges (towards sources or towards derivatives): Dijkstra on the
 * product of edge confidences, which never grows along a path, so each node is settled once and cycles cannot loop.
 * Bounded in depth and in nodes settled. Undirected reuse edges are not followed.
 */
final class BestPaths {

    /** How a node was best reached: its probability, the edge and node it came through, and its depth. */
    record Reach(String id, double probability, Edge via, String parent, int depth) {
    }

    private BestPaths() {
    }

    static Map<String, Reach> from(ProvenanceGraph graph, String start, boolean towardSources, int maxDepth,
                                   int maxNodes, Predicate<String> allowed) {
        Map<String, Reach> best = new HashMap<>();
        Map<String, Reach> settled = new HashMap<>();
        PriorityQueue<Reach> queue = new PriorityQueue<>(Comparator.comparingDouble(Reach::probability).reversed()
                .thenComparingInt(Reach::depth).thenComparing(Reach::id));
        Reach origin = new Reach(start, 1.0, null, null, 0);
        best.put(start, origin);
        queue.add(origin);
        Set<String> done = new HashSet<>();
        while (!queue.isEmpty() && settled.size() < maxNodes) {
            Reach r = queue.poll();
            if (!done.add(r.id())) {
                continue; // a stale, weaker entry for a node already settled
            }
            settled.put(r.id(), r);
            if (r.depth() >= maxDepth) {
                continue;
            }
            for (Edge e : towardSources ? graph.sourcesOf(r.id()) : graph.derivativesOf(r.id())) {
                if (!e.directionKnown() || e.confidence() <= 0.0) {
                    continue;
                }
                String next = towardSources ? e.to() : e.from();
                if (next.equals(r.id()) || done.contains(next) || !allowed.test(next)) {
                    continue;
                }
                double p = r.probability() * e.confidence();
                Reach known = best.get(next);
                if (known == null || p > known.probability()) {
                    Reach reach = new Reach(next, p, e, r.id(), r.depth() + 1);
                    best.put(next, reach);
                    queue.add(reach);
                }
            }
        }
        return settled;
    }
}
