package io.wiretrace.web;

import io.wiretrace.provenance.Edge;
import io.wiretrace.provenance.EdgeEvidence;
import io.wiretrace.provenance.Node;
import io.wiretrace.provenance.Subgraph;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * A provenance subgraph as a picture and, under it, one row per edge with its evidence: every edge of the drawing
 * links to its row ({@code #<prefix>-<n>}), so each hop's evidence is one click away.
 *
 * @param drawing the laid-out graph
 * @param edges   the edges with their evidence, in drawing order
 */
public record EvidenceGraph(GraphDrawing drawing, List<EdgeRow> edges) {

    /** One edge: who takes from whom, how, how surely, and why. */
    public record EdgeRow(String anchor, String fromLabel, String fromHref, String toLabel, String toHref, String kind,
                          String confidence, boolean uncredited, boolean directionKnown, List<Proof> evidence) {
    }

    /**
     * One piece of evidence behind an edge, formatted; {@code where} is null when not located; {@code elsewhereHref}
     * links the article holding the text when that is not the edge's own start.
     */
    public record Proof(String kind, String sentence, String text, String where, String confidence,
                        String elsewhereHref) {
        static Proof of(EdgeEvidence e, String edgeFrom) {
            boolean elsewhere = e.foundIn() != null && !e.foundIn().equals(edgeFrom);
            String where = e.location() == null ? null : e.location()
                    + (elsewhere ? " of " + e.foundIn().replace(':', ' ') : "")
                    + (e.start() == null ? "" : ", characters " + e.start() + "\u2013" + e.end());
            return new Proof(e.kind(), e.sentence(), e.text(), where, EvidenceGraph.confidence(e.confidence()),
                    elsewhere ? Links.ofNode(e.foundIn(), null) : null);
        }
    }

    /**
     * @param graph  the nodes and edges to show
     * @param rootId the node the columns start from
     * @param chain  true for a chain (columns follow edges from derived to source), false for a tree from an origin
     * @param prefix anchor prefix, unique on the page
     */
    public static EvidenceGraph of(Subgraph graph, String rootId, boolean chain, String prefix) {
        Map<String, Node> nodes = new HashMap<>();
        graph.nodes().forEach(n -> nodes.put(n.id(), n));
        List<GraphDrawing.Spot> spots = graph.nodes().stream().map(n -> spot(n, rootId)).toList();
        List<GraphDrawing.Link> links = new ArrayList<>();
        List<EdgeRow> rows = new ArrayList<>();
        for (Edge e : graph.edges()) {
            String anchor = prefix + "-" + rows.size();
            links.add(new GraphDrawing.Link(e.from(), e.to(), edgeLabel(e), e.uncredited() ? "uncredited" : null,
                    "#" + anchor, e.directionKnown()));
            Node from = nodes.get(e.from());
            Node to = nodes.get(e.to());
            rows.add(new EdgeRow(anchor, from.label(), Links.ofNode(from.id(), from.url()), to.label(),
                    Links.ofNode(to.id(), to.url()), e.kind().wireName(), confidence(e.confidence()), e.uncredited(),
                    e.directionKnown(), e.evidence().stream().map(x -> Proof.of(x, e.from())).toList()));
        }
        return new EvidenceGraph(GraphDrawing.layered(spots, links, rootId, chain), rows);
    }

    static String edgeLabel(Edge e) {
        return e.kind().wireName().replace('_', ' ') + " " + confidence(e.confidence());
    }

    static String confidence(double c) {
        return String.format(Locale.ROOT, "%.2f", c);
    }

    private static GraphDrawing.Spot spot(Node n, String rootId) {
        String subtitle = switch (n.type()) {
            case ARTICLE -> n.outletName() != null ? n.outletName() + " \u00b7 article" : "article";
            case OUTLET -> n.outletKind().name().toLowerCase(Locale.ROOT).replace('_', ' ');
            case PLACEHOLDER -> "credited, not stored";
        };
        String css = n.isWireAgency() ? "agency" : n.id().equals(rootId) ? "self" : n.type().wireName();
        return new GraphDrawing.Spot(n.id(), n.label(), subtitle, Links.ofNode(n.id(), n.url()), css);
    }
}
