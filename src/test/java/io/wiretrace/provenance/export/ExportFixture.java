package io.wiretrace.provenance.export;

import io.wiretrace.outlet.OutletKind;
import io.wiretrace.provenance.Edge;
import io.wiretrace.provenance.EdgeEvidence;
import io.wiretrace.provenance.EdgeKind;
import io.wiretrace.provenance.Node;
import io.wiretrace.provenance.Subgraph;
import java.time.Instant;
import java.util.List;

/** A small hand-built subgraph with every edge kind and text that needs escaping. */
final class ExportFixture {

    static final String TRICKY = "Floods \"hit\" <Lagos> & Abuja, caf\u00e9 \uD83C\uDF0A\nsecond line\u0001";

    private ExportFixture() {
    }

    static Subgraph subgraph() {
        Instant t = Instant.parse("2026-11-02T10:00:00Z");
        Node pulse = new Node("article:1", Node.Type.ARTICLE, TRICKY, "nigeriapulse", OutletKind.UNKNOWN, t, t,
                "https://nigeriapulse.example/story?id=1&x=2");
        Node ndtv = new Node("article:2", Node.Type.ARTICLE, "NDTV story", "ndtv", OutletKind.NEWSROOM, t, t, null);
        Node ndtvV2 = new Node("article:3", Node.Type.ARTICLE, "NDTV story, updated", "ndtv", OutletKind.NEWSROOM, t, t, null);
        Node france24 = new Node("placeholder:france24@article:1", Node.Type.PLACEHOLDER, "France 24", "france24",
                OutletKind.NEWSROOM, null, null, null);
        Node afp = new Node("outlet:afp", Node.Type.OUTLET, "AFP", "afp", OutletKind.WIRE_AGENCY, null, null, null);
        Node other = new Node("article:4", Node.Type.ARTICLE, "-other", null, null, null, null, null);
        return new Subgraph(List.of(pulse, ndtv, ndtvV2, france24, afp, other), List.of(
                edge("article:1", france24.id(), EdgeKind.CREDITED, true, "footer says 'Original Source: www.france24.com'"),
                edge(france24.id(), "outlet:afp", EdgeKind.CREDITED, true, "=HYPERLINK(\"http://evil\") credits AFP, too"),
                edge("article:2", "outlet:afp", EdgeKind.SYNDICATED, true, "body text says 'syndicated feed'"),
                edge("article:3", "article:2", EdgeKind.REVISION_OF, true, "same URL with changed content"),
                edge("article:1", "article:4", EdgeKind.REUSED, true, "80% of the text is found in article 4"),
                edge("article:2", "article:4", EdgeKind.REUSED, false, "share text; direction unknown")));
    }

    private static Edge edge(String from, String to, EdgeKind kind, boolean directed, String sentence) {
        return new Edge(from, to, kind, 0.87654, kind == EdgeKind.REUSED && directed, directed,
                List.of(new EdgeEvidence("test", sentence, null, null, null, null, 0.87654)));
    }
}
