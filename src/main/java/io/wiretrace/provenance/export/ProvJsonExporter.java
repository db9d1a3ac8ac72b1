package io.wiretrace.provenance.export;

import io.wiretrace.provenance.Edge;
import io.wiretrace.provenance.EdgeEvidence;
import io.wiretrace.provenance.Node;
import io.wiretrace.provenance.Subgraph;
import io.wiretrace.verdict.Review;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * W3C PROV-JSON (https://www.w3.org/submissions/prov-json/). Derivations are {@code wasDerivedFrom} records whose
 * {@code prov:type} says PrimarySource, Quotation or Revision, as PROV-JSON expresses hadPrimarySource, wasQuotedFrom
 * and wasRevisionOf; reuse of unknown direction is {@code alternateOf}. Confidence, kind, uncredited and the evidence
 * sentences are {@code wt:} attributes. A hop with a verdict names it ({@code wt:verdict}); the verdict is an entity
 * ({@code wt:Verdict}: verdict, note, time, the machine's confidence) {@code wasAttributedTo} its reviewer, a
 * {@code prov:Person}. Stateless and thread-safe.
 */
public final class ProvJsonExporter {

    public String export(Subgraph graph) {
        Map<String, Node> byId = new LinkedHashMap<>();
        graph.nodes().forEach(n -> byId.put(n.id(), n));
        List<String> entities = new ArrayList<>();
        Map<String, String> agents = new TreeMap<>();
        List<String> attributions = new ArrayList<>();
        for (Node n : graph.nodes()) {
            entities.add(Json.str(ProvTerms.nodeName(n.id())) + ":" + entity(n));
            if (n.outletKey() != null) {
                String agent = ProvTerms.agentName(n.outletKey());
                agents.putIfAbsent(agent, "{\"prov:type\":" + Json.typed("prov:Organization", "prov:QUALIFIED_NAME")
                        + ",\"prov:label\":" + Json.str(n.type() == Node.Type.OUTLET ? n.label() : n.outletName())
                        + ",\"wt:outletKind\":" + Json.str(n.outletKind().wireName()) + "}");
                attributions.add(Json.str("_:attr" + attributions.size()) + ":{\"prov:entity\":"
                        + Json.str(ProvTerms.nodeName(n.id())) + ",\"prov:agent\":" + Json.str(agent) + "}");
            }
        }
        List<String> derivations = new ArrayList<>();
        List<String> alternates = new ArrayList<>();
        for (Edge e : graph.edges()) {
            Review r = e.review();
            if (r != null) {
                entities.add(Json.str(ProvTerms.verdictName(r.id())) + ":" + verdict(e, r));
                agents.putIfAbsent(ProvTerms.reviewerName(r.author()), "{\"prov:type\":"
                        + Json.typed("prov:Person", "prov:QUALIFIED_NAME") + ",\"prov:label\":" + Json.str(r.author()) + "}");
                attributions.add(Json.str("_:attr" + attributions.size()) + ":{\"prov:entity\":"
                        + Json.str(ProvTerms.verdictName(r.id())) + ",\"prov:agent\":"
                        + Json.str(ProvTerms.reviewerName(r.author())) + "}");
            }
            ProvTerms.Relation rel = ProvTerms.relation(e, byId.get(e.to()));
            if (rel == ProvTerms.Relation.ALTERNATE) {
                alternates.add(Json.str("_:alt" + alternates.size()) + ":{\"prov:alternate1\":"
                        + Json.str(ProvTerms.nodeName(e.from())) + ",\"prov:alternate2\":" + Json.str(ProvTerms.nodeName(e.to()))
                        + "}");
            } else {
                derivations.add(Json.str("_:der" + derivations.size()) + ":" + derivation(e, rel));
            }
        }
        StringBuilder out = new StringBuilder("{\"prefix\":{");
        out.append("\"wt\":").append(Json.str(ProvTerms.NS_WT)).append(",\"wtn\":").append(Json.str(ProvTerms.NS_NODE))
                .append(",\"wta\":").append(Json.str(ProvTerms.NS_OUTLET)).append('}');
        section(out, "entity", entities);
        section(out, "agent", agents.entrySet().stream().map(a -> Json.str(a.getKey()) + ":" + a.getValue()).toList());
        section(out, "wasDerivedFrom", derivations);
        section(out, "wasAttributedTo", attributions);
        section(out, "alternateOf", alternates);
        return out.append('}').toString();
    }

    private static String entity(Node n) {
        StringBuilder b = new StringBuilder("{\"prov:type\":").append(Json.typed(ProvTerms.nodeClass(n), "prov:QUALIFIED_NAME"))
                .append(",\"prov:label\":").append(Json.str(n.label()))
                .append(",\"wt:id\":").append(Json.str(n.id()));
        if (n.url() != null) {
            b.append(",\"wt:url\":").append(Json.typed(n.url(), "xsd:anyURI"));
        }
        if (n.publishedAt() != null) {
            b.append(",\"wt:publishedAt\":").append(Json.typed(n.publishedAt().toString(), "xsd:dateTime"));
        }
        if (n.firstSeenAt() != null) {
            b.append(",\"wt:firstSeenAt\":").append(Json.typed(n.firstSeenAt().toString(), "xsd:dateTime"));
        }
        return b.append('}').toString();
    }

    private static String derivation(Edge e, ProvTerms.Relation rel) {
        StringBuilder b = new StringBuilder("{\"prov:generatedEntity\":").append(Json.str(ProvTerms.nodeName(e.from())))
                .append(",\"prov:usedEntity\":").append(Json.str(ProvTerms.nodeName(e.to())));
        if (rel.provJsonType != null) {
            b.append(",\"prov:type\":").append(Json.typed(rel.provJsonType, "prov:QUALIFIED_NAME"));
        }
        b.append(",\"wt:kind\":").append(Json.str(e.kind().wireName()))
                .append(",\"wt:confidence\":").append(Json.num(e.confidence()))
                .append(",\"wt:uncredited\":").append(e.uncredited());
        List<String> sentences = e.evidence().stream().map(EdgeEvidence::citation).toList();
        if (!sentences.isEmpty()) {
            b.append(",\"wt:evidence\":").append(Json.strings(sentences));
        }
        if (e.review() != null) {
            b.append(",\"wt:verdict\":").append(Json.typed(ProvTerms.verdictName(e.review().id()), "prov:QUALIFIED_NAME"));
        }
        return b.append('}').toString();
    }

    private static String verdict(Edge e, Review r) {
        StringBuilder b = new StringBuilder("{\"prov:type\":").append(Json.typed("wt:Verdict", "prov:QUALIFIED_NAME"))
                .append(",\"prov:label\":").append(Json.str(r.statement()))
                .append(",\"wt:verdict\":").append(Json.str(r.verdict().wireName()))
                .append(",\"wt:note\":").append(Json.str(r.note()))
                .append(",\"wt:at\":").append(Json.typed(r.at().toString(), "xsd:dateTime"))
                .append(",\"wt:derived\":").append(Json.typed(ProvTerms.nodeName(e.from()), "prov:QUALIFIED_NAME"))
                .append(",\"wt:source\":").append(Json.typed(ProvTerms.nodeName(e.to()), "prov:QUALIFIED_NAME"));
        if (r.machineConfidence() != null) {
            b.append(",\"wt:machineConfidence\":").append(Json.num(r.machineConfidence()));
        }
        return b.append('}').toString();
    }

    private static void section(StringBuilder out, String name, List<String> members) {
        if (!members.isEmpty()) {
            out.append(',').append(Json.str(name)).append(":{").append(String.join(",", members)).append('}');
        }
    }
}
