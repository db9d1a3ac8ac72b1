package io.wiretrace.provenance.export;

import io.wiretrace.provenance.Edge;
import io.wiretrace.provenance.EdgeEvidence;
import io.wiretrace.provenance.Node;
import io.wiretrace.provenance.Subgraph;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * CSV of edges (RFC 4180: CRLF lines, fields quoted when they hold a comma, quote or line break). A field that a
 * spreadsheet would run as a formula (starting with =, +, -, @, tab or CR) is prefixed with an apostrophe, since
 * evidence text comes from arbitrary web pages. Stateless and thread-safe.
 */
public final class CsvEdgeExporter {

    static final List<String> HEADER = List.of("from", "from_label", "to", "to_label", "kind", "confidence",
            "uncredited", "direction_known", "evidence", "verdict", "reviewer", "reviewed_at", "review_note");

    public String export(Subgraph graph) {
        Map<String, Node> byId = new HashMap<>();
        graph.nodes().forEach(n -> byId.put(n.id(), n));
        StringBuilder b = new StringBuilder(row(HEADER));
        for (Edge e : graph.edges()) {
            b.append(row(List.of(e.from(), byId.get(e.from()).label(), e.to(), byId.get(e.to()).label(),
                    e.kind().wireName(), Json.num(e.confidence()), String.valueOf(e.uncredited()),
                    String.valueOf(e.directionKnown()),
                    e.evidence().stream().map(EdgeEvidence::citation).collect(Collectors.joining(" | ")),
                    e.review() == null ? "" : e.review().verdict().wireName(),
                    e.review() == null ? "" : e.review().author(),
                    e.review() == null ? "" : e.review().at().toString(),
                    e.review() == null ? "" : e.review().note())));
        }
        return b.toString();
    }

    private static String row(List<String> fields) {
        return fields.stream().map(CsvEdgeExporter::field).collect(Collectors.joining(",")) + "\r\n";
    }

    static String field(String value) {
        String v = value == null ? "" : value;
        if (!v.isEmpty() && "=+-@\t\r".indexOf(v.charAt(0)) >= 0) {
            v = "'" + v;
        }
        if (v.contains(",") || v.contains("\"") || v.contains("\n") || v.contains("\r")) {
            v = "\"" + v.replace("\"", "\"\"") + "\"";
        }
        return v;
    }
}
