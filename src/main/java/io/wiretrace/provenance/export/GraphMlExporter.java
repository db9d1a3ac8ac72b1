package io.wiretrace.provenance.export;

import io.wiretrace.provenance.Edge;
import io.wiretrace.provenance.EdgeEvidence;
import io.wiretrace.provenance.Node;
import io.wiretrace.provenance.Subgraph;
import java.util.stream.Collectors;

/**
 * GraphML for Gephi and yEd: nodes with type, label, outlet, outlet kind, dates and URL; edges (derived -> source)
 * with kind, confidence, uncredited, direction known and the evidence sentences joined by " | ". Reuse of unknown
 * direction is written as an undirected edge. Text is XML-escaped and characters XML 1.0 forbids are dropped.
 * Stateless and thread-safe.
 */
public final class GraphMlExporter {

    private static final String[][] NODE_KEYS = {{"type", "string"}, {"label", "string"}, {"outlet", "string"},
            {"outletKind", "string"}, {"publishedAt", "string"}, {"firstSeenAt", "string"}, {"url", "string"}};
    private static final String[][] EDGE_KEYS = {{"kind", "string"}, {"confidence", "double"}, {"uncredited", "boolean"},
            {"directionKnown", "boolean"}, {"evidence", "string"}, {"verdict", "string"}, {"reviewer", "string"},
            {"reviewedAt", "string"}, {"reviewNote", "string"}};

    public String export(Subgraph graph) {
        StringBuilder b = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n")
                .append("<graphml xmlns=\"http://graphml.graphdrawing.org/xmlns\" ")
                .append("xmlns:xsi=\"http://www.w3.org/2001/XMLSchema-instance\" ")
                .append("xsi:schemaLocation=\"http://graphml.graphdrawing.org/xmlns ")
                .append("http://graphml.graphdrawing.org/xmlns/1.0/graphml.xsd\">\n");
        keys(b, "node", NODE_KEYS);
        keys(b, "edge", EDGE_KEYS);
        b.append("  <graph id=\"provenance\" edgedefault=\"directed\">\n");
        for (Node n : graph.nodes()) {
            b.append("    <node id=\"").append(xml(n.id())).append("\">\n");
            data(b, "n_type", n.type().wireName());
            data(b, "n_label", n.label());
            data(b, "n_outlet", n.outletKey());
            data(b, "n_outletKind", n.outletKind().wireName());
            data(b, "n_publishedAt", n.publishedAt() == null ? null : n.publishedAt().toString());
            data(b, "n_firstSeenAt", n.firstSeenAt() == null ? null : n.firstSeenAt().toString());
            data(b, "n_url", n.url());
            b.append("    </node>\n");
        }
        int i = 0;
        for (Edge e : graph.edges()) {
            b.append("    <edge id=\"e").append(i++).append("\" source=\"").append(xml(e.from())).append("\" target=\"")
                    .append(xml(e.to())).append('"').append(e.directionKnown() ? "" : " directed=\"false\"").append(">\n");
            data(b, "e_kind", e.kind().wireName());
            data(b, "e_confidence", Json.num(e.confidence()));
            data(b, "e_uncredited", String.valueOf(e.uncredited()));
            data(b, "e_directionKnown", String.valueOf(e.directionKnown()));
            data(b, "e_evidence", e.evidence().stream().map(EdgeEvidence::citation).collect(Collectors.joining(" | ")));
            if (e.review() != null) {
                data(b, "e_verdict", e.review().verdict().wireName());
                data(b, "e_reviewer", e.review().author());
                data(b, "e_reviewedAt", e.review().at().toString());
                data(b, "e_reviewNote", e.review().note());
            }
            b.append("    </edge>\n");
        }
        return b.append("  </graph>\n</graphml>\n").toString();
    }

    private static void keys(StringBuilder b, String target, String[][] keys) {
        for (String[] k : keys) {
            b.append("  <key id=\"").append(target, 0, 1).append('_').append(k[0]).append("\" for=\"").append(target)
                    .append("\" attr.name=\"").append(k[0]).append("\" attr.type=\"").append(k[1]).append("\"/>\n");
        }
    }

    /** One data element; {@code key} is the key id ("n_label", "e_kind"). */
    private static void data(StringBuilder b, String key, String value) {
        if (value != null) {
            b.append("      <data key=\"").append(key).append("\">").append(xml(value)).append("</data>\n");
        }
    }

    /** Escapes markup characters and drops characters not allowed in XML 1.0 (controls, lone surrogates). */
    static String xml(String s) {
        StringBuilder b = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '&' -> b.append("&amp;");
                case '<' -> b.append("&lt;");
                case '>' -> b.append("&gt;");
                case '"' -> b.append("&quot;");
                case '\'' -> b.append("&apos;");
                default -> {
                    if (Character.isHighSurrogate(c) && i + 1 < s.length() && Character.isLowSurrogate(s.charAt(i + 1))) {
                        b.append(c).append(s.charAt(++i));
                    } else if (allowed(c)) {
                        b.append(c);
                    }
                }
            }
        }
        return b.toString();
    }

    private static boolean allowed(char c) {
        return c == '\t' || c == '\n' || c == '\r' || (c >= 0x20 && c <= 0xD7FF) || (c >= 0xE000 && c <= 0xFFFD);
    }
}
