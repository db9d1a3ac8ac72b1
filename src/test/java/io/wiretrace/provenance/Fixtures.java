package io.wiretrace.provenance;

import io.wiretrace.outlet.OutletKind;
import java.time.Instant;
import java.util.List;

/** Test-data builders for hand-built provenance graphs. */
final class Fixtures {

    static final Instant T0 = Instant.parse("2026-11-02T10:00:00Z");

    private Fixtures() {
    }

    static Instant hours(int h) {
        return T0.plusSeconds(3600L * h);
    }

    static Node article(String id, String outlet, OutletKind kind, Instant published, Instant firstSeen, String url) {
        return new Node(id, Node.Type.ARTICLE, "headline of " + id, outlet, kind, published, firstSeen, url);
    }

    static Node newsroomArticle(String id, String outlet, Instant published) {
        return article(id, outlet, OutletKind.NEWSROOM, published, published,
                "https://www." + outlet + ".example/news/" + id);
    }

    static Node outlet(String key, OutletKind kind) {
        return new Node(NodeIds.outlet(key), Node.Type.OUTLET, key.toUpperCase(), key, kind, null, null, null);
    }

    static Node placeholder(String id, String outlet, OutletKind kind) {
        return new Node(id, Node.Type.PLACEHOLDER, outlet, outlet, kind, null, null, null);
    }

    static Edge edge(String from, String to, EdgeKind kind, double confidence) {
        return new Edge(from, to, kind, confidence, false, true,
                List.of(new EdgeEvidence("test", from + " takes from " + to, null, null, null, null, confidence)));
    }

    static CreditInput credit(String kind, String key, String name, String domain, OutletKind targetKind, String text,
                              String location, double confidence) {
        return new CreditInput(kind, key, name, domain, null, targetKind, text, location, null, null, confidence);
    }

    static CreditInput urlCredit(String kind, String url, String text, double confidence) {
        return new CreditInput(kind, null, null, null, url, OutletKind.UNKNOWN, text, "link", null, null, confidence);
    }

    static CreditInput agency(String key, String name, String text, String location, double confidence) {
        return credit("wire_credit", key, name, null, OutletKind.WIRE_AGENCY, text, location, confidence);
    }

    static ReuseMatch reuse(String other, double confidence) {
        return new ReuseMatch(other, 0.8, 0.7, "near_duplicate", confidence);
    }

    static ArticleInput input(Node node, List<CreditInput> credits, List<ReuseMatch> reuse) {
        return new ArticleInput(node, credits, reuse, null);
    }

    static Edge edgeBetween(EdgeBuilder.Result result, String from, String to) {
        return result.edges().stream().filter(e -> e.from().equals(from) && e.to().equals(to)).findFirst()
                .orElseThrow(() -> new AssertionError("no edge " + from + " -> " + to + " in " + result.edges()));
    }
}
