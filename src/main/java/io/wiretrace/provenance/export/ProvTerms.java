package io.wiretrace.provenance.export;

import io.wiretrace.provenance.Edge;
import io.wiretrace.provenance.EdgeKind;
import io.wiretrace.provenance.Node;
import java.nio.charset.StandardCharsets;
import java.util.Locale;

/**
 * How Wiretrace's graph maps onto PROV: every node is an entity (an outlet node stands for that outlet's output) and
 * every outlet an agent the entities are attributed to. Edges: revision_of is a revision; reused and syndicated are
 * quotations (the text is repeated); a credit or canonical link to a wire agency names a primary source; other
 * credits and canonical links are plain derivations; a reuse of unknown direction is {@code alternateOf}.
 */
final class ProvTerms {

    static final String NS_PROV = "http://www.w3.org/ns/prov#";
    static final String NS_WT = "urn:wiretrace:vocab#";
    static final String NS_NODE = "urn:wiretrace:node:";
    static final String NS_OUTLET = "urn:wiretrace:outlet:";
    static final String NS_REVIEWER = "urn:wiretrace:reviewer:";
    static final String NS_VERDICT = "urn:wiretrace:verdict:";

    /** The PROV relation an edge is exported as. */
    enum Relation {
        DERIVATION(null, "prov:wasDerivedFrom", "prov:qualifiedDerivation", "prov:Derivation"),
        PRIMARY_SOURCE("prov:PrimarySource", "prov:hadPrimarySource", "prov:qualifiedPrimarySource", "prov:PrimarySource"),
        QUOTATION("prov:Quotation", "prov:wasQuotedFrom", "prov:qualifiedQuotation", "prov:Quotation"),
        REVISION("prov:Revision", "prov:wasRevisionOf", "prov:qualifiedRevision", "prov:Revision"),
        ALTERNATE(null, "prov:alternateOf", null, null);

        final String provJsonType;
        final String property;
        final String qualifiedProperty;
        final String qualifiedClass;

        Relation(String provJsonType, String property, String qualifiedProperty, String qualifiedClass) {
            this.provJsonType = provJsonType;
            this.property = property;
            this.qualifiedProperty = qualifiedProperty;
            this.qualifiedClass = qualifiedClass;
        }
    }

    private ProvTerms() {
    }

    static Relation relation(Edge e, Node source) {
        if (!e.directionKnown()) {
            return Relation.ALTERNATE;
        }
        if (e.kind() == EdgeKind.REVISION_OF) {
            return Relation.REVISION;
        }
        if (e.kind() == EdgeKind.REUSED || e.kind() == EdgeKind.SYNDICATED) {
            return Relation.QUOTATION;
        }
        return source != null && source.isWireAgency() ? Relation.PRIMARY_SOURCE : Relation.DERIVATION;
    }

    static String nodeName(String nodeId) {
        return "wtn:" + local(nodeId);
    }

    static String agentName(String outletKey) {
        return "wta:" + local(outletKey.toLowerCase(Locale.ROOT));
    }

    /** The person who gave a verdict, a {@code prov:Person}. */
    static String reviewerName(String author) {
        return "wtr:" + local(author);
    }

    /** A verdict, an entity attributed to its reviewer. */
    static String verdictName(long id) {
        return "wtv:" + id;
    }

    /** "wt:Article", "wt:Outlet", "wt:Placeholder". */
    static String nodeClass(Node n) {
        String w = n.type().wireName();
        return "wt:" + Character.toUpperCase(w.charAt(0)) + w.substring(1);
    }

    /** A QName local part: letters, digits, '_' and '-' kept, everything else percent-encoded (UTF-8). */
    static String local(String id) {
        StringBuilder b = new StringBuilder();
        for (byte raw : id.getBytes(StandardCharsets.UTF_8)) {
            int c = raw & 0xFF;
            if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '_' || c == '-') {
                b.append((char) c);
            } else {
                b.append('%').append(String.format("%02X", c));
            }
        }
        // a local part may not start with '-'
        return b.length() > 0 && b.charAt(0) == '-' ? "%2D" + b.substring(1) : b.toString();
    }
}
