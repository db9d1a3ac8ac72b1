package io.wiretrace.provenance;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** Collects evidence per node pair and turns it into edges: one edge per pair, pieces combined. Not thread-safe. */
final class EdgeAccumulator {

    private static final class Pending {
        final String from;
        final String to;
        final boolean directed;
        EdgeKind kind;
        boolean creditedSomehow;
        boolean reuseUncredited;
        final List<EdgeEvidence> evidence = new ArrayList<>();

        Pending(String from, String to, boolean directed, EdgeKind kind) {
            this.from = from;
            this.to = to;
            this.directed = directed;
            this.kind = kind;
        }
    }

    private final Map<String, Pending> pending = new TreeMap<>();
    private final Map<String, Node> nodes = new LinkedHashMap<>();

    void node(Node node) {
        nodes.putIfAbsent(node.id(), node);
    }

    String label(String id) {
        Node n = nodes.get(id);
        return n == null ? id : Sentences.name(n);
    }

    /** Adds a piece of evidence for "from derives from to". Self-edges are dropped. */
    void add(String from, String to, EdgeKind kind, EdgeEvidence evidence) {
        addPiece(from, to, true, kind, evidence, false);
    }

    /** Adds a reuse piece, marking whether the copy left its source uncredited. */
    void addReuse(String from, String to, boolean directed, EdgeEvidence evidence, boolean uncredited) {
        addPiece(from, to, directed, EdgeKind.REUSED, evidence, uncredited);
    }

    private void addPiece(String from, String to, boolean directed, EdgeKind kind, EdgeEvidence e, boolean uncredited) {
        if (from.equals(to)) {
            return;
        }
        Pending p = pending.computeIfAbsent(from + "\u0000" + to + "\u0000" + directed,
                k -> new Pending(from, to, directed, kind));
        if (kind.precedence() > p.kind.precedence()) {
            p.kind = kind;
        }
        if (kind == EdgeKind.REUSED) {
            p.reuseUncredited |= uncredited;
        } else {
            p.creditedSomehow = true;
        }
        p.evidence.add(e);
    }

    List<Node> nodes() {
        return List.copyOf(nodes.values());
    }

    List<Edge> edges() {
        List<Edge> edges = new ArrayList<>();
        for (Pending p : pending.values()) {
            List<EdgeEvidence> evidence = new ArrayList<>(p.evidence);
            evidence.sort(Comparator.comparingDouble(EdgeEvidence::confidence).reversed());
            double confidence = Confidence.combine(evidence.stream().map(EdgeEvidence::confidence).toList());
            boolean uncredited = p.reuseUncredited && !p.creditedSomehow;
            edges.add(new Edge(p.from, p.to, p.kind, confidence, uncredited, p.directed, evidence));
        }
        return edges;
    }
}
