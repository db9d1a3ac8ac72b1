package io.wiretrace.provenance.export;

import io.wiretrace.provenance.Edge;
import io.wiretrace.provenance.EdgeEvidence;
import io.wiretrace.provenance.Node;
import io.wiretrace.provenance.Subgraph;
import io.wiretrace.verdict.Review;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * PROV-O as JSON-LD: each node a {@code prov:Entity} with {@code prov:wasDerivedFrom}, {@code prov:hadPrimarySource},
 * {@code prov:wasQuotedFrom}, {@code prov:wasRevisionOf} or {@code prov:alternateOf} links and
 * {@code prov:wasAttributedTo} its outlet, a {@code prov:Organization}; the matching qualified influence
 * ({@code prov:qualifiedQuotation}...) carries kind, confidence, uncredited and the evidence sentences. A hop with a
 * verdict: the verdict is a {@code prov:Entity} of type {@code wt:Verdict} {@code prov:wasAttributedTo} its reviewer
 * (a {@code prov:Person}), and the qualified influence names it ({@code wt:verdict}). Stateless and thread-safe.
 */
public final class ProvJsonLdExporter {

    private static final String CONTEXT = "{\"prov\":\"http://www.w3.org/ns/prov#\","
            + "\"rdfs\":\"http://www.w3.org/2000/01/rdf-schema#\",\"xsd\":\"http://www.w3.org/2001/XMLSchema#\","
            + "\"wt\":" + Json.str(ProvTerms.NS_WT) + ",\"wtn\":" + Json.str(ProvTerms.NS_NODE)
            + ",\"wta\":" + Json.str(ProvTerms.NS_OUTLET) + ",\"wtr\":" + Json.str(ProvTerms.NS_REVIEWER)
            + ",\"wtv\":" + Json.str(ProvTerms.NS_VERDICT) + "}";

    public String export(Subgraph graph) {
        Map<String, Node> byId = new HashMap<>();
        graph.nodes().forEach(n -> byId.put(n.id(), n));
        Map<String, Map<String, List<String>>> linksByNode = new LinkedHashMap<>();
        for (Edge e : graph.edges()) {
            ProvTerms.Relation rel = ProvTerms.relation(e, byId.get(e.to()));
            Map<String, List<String>> links = linksByNode.computeIfAbsent(e.from(), k -> new TreeMap<>());
            links.computeIfAbsent(rel.property, k -> new ArrayList<>()).add(ref(ProvTerms.nodeName(e.to())));
            if (rel.qualifiedProperty != null) {
                links.computeIfAbsent(rel.qualifiedProperty, k -> new ArrayList<>()).add(qualified(e, rel));
            }
        }
        List<String> objects = new ArrayList<>();
        Map<String, String> agents = new TreeMap<>();
        for (Node n : graph.nodes()) {
            objects.add(entity(n, linksByNode.getOrDefault(n.id(), Map.of())));
            if (n.outletKey() != null) {
                agents.putIfAbsent(ProvTerms.agentName(n.outletKey()), "{\"@id\":"
                        + Json.str(ProvTerms.agentName(n.outletKey())) + ",\"@type\":\"prov:Organization\",\"rdfs:label\":"
                        + Json.str(n.type() == Node.Type.OUTLET ? n.label() : n.outletName()) + "}");
            }
        }
        for (Edge e : graph.edges()) {
            Review r = e.review();
            if (r != null) {
                objects.add(verdict(e, r));
                agents.putIfAbsent(ProvTerms.reviewerName(r.author()), "{\"@id\":"
                        + Json.str(ProvTerms.reviewerName(r.author())) + ",\"@type\":\"prov:Person\",\"rdfs:label\":"
                        + Json.str(r.author()) + "}");
            }
        }
        objects.addAll(agents.values());
        return "{\"@context\":" + CONTEXT + ",\"@graph\":[" + String.join(",", objects) + "]}";
    }

    private static String entity(Node n, Map<String, List<String>> links) {
        StringBuilder b = new StringBuilder("{\"@id\":").append(Json.str(ProvTerms.nodeName(n.id())))
                .append(",\"@type\":[\"prov:Entity\",").append(Json.str(ProvTerms.nodeClass(n))).append(']')
                .append(",\"rdfs:label\":").append(Json.str(n.label()))
                .append(",\"wt:id\":").append(Json.str(n.id()));
        if (n.url() != null) {
            b.append(",\"wt:url\":").append(literal(n.url(), "xsd:anyURI"));
        }
        if (n.publishedAt() != null) {
            b.append(",\"wt:publishedAt\":").append(literal(n.publishedAt().toString(), "xsd:dateTime"));
        }
        if (n.outletKey() != null) {
            b.append(",\"prov:wasAttributedTo\":").append(ref(ProvTerms.agentName(n.outletKey())));
        }
        links.forEach((property, values) -> b.append(',').append(Json.str(property)).append(":[")
                .append(String.join(",", values)).append(']'));
        return b.append('}').toString();
    }

    private static String qualified(Edge e, ProvTerms.Relation rel) {
        List<String> sentences = e.evidence().stream().map(EdgeEvidence::citation).toList();
        return "{\"@type\":" + Json.str(rel.qualifiedClass) + ",\"prov:entity\":" + ref(ProvTerms.nodeName(e.to()))
                + ",\"wt:kind\":" + Json.str(e.kind().wireName()) + ",\"wt:confidence\":" + Json.num(e.confidence())
                + ",\"wt:uncredited\":" + e.uncredited() + ",\"wt:evidence\":" + Json.strings(sentences)
                + (e.review() == null ? "" : ",\"wt:verdict\":" + ref(ProvTerms.verdictName(e.review().id()))) + "}";
    }

    private static String verdict(Edge e, Review r) {
        return "{\"@id\":" + Json.str(ProvTerms.verdictName(r.id())) + ",\"@type\":[\"prov:Entity\",\"wt:Verdict\"]"
                + ",\"rdfs:label\":" + Json.str(r.statement()) + ",\"wt:verdict\":" + Json.str(r.verdict().wireName())
                + ",\"wt:note\":" + Json.str(r.note()) + ",\"prov:generatedAtTime\":"
                + literal(r.at().toString(), "xsd:dateTime") + ",\"wt:derived\":" + ref(ProvTerms.nodeName(e.from()))
                + ",\"wt:source\":" + ref(ProvTerms.nodeName(e.to()))
                + (r.machineConfidence() == null ? "" : ",\"wt:machineConfidence\":" + Json.num(r.machineConfidence()))
                + ",\"prov:wasAttributedTo\":" + ref(ProvTerms.reviewerName(r.author())) + "}";
    }

    private static String ref(String id) {
        return "{\"@id\":" + Json.str(id) + "}";
    }

    private static String literal(String value, String type) {
        return "{\"@value\":" + Json.str(value) + ",\"@type\":" + Json.str(type) + "}";
    }
}
