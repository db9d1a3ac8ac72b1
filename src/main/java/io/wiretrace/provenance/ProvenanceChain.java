package io.wiretrace.provenance;

import java.util.List;

/**
 * One chain from an article back to a candidate origin.
 *
 * @param start       the article traced
 * @param hops        each hop in order from the start: the edge followed and the source it reached
 * @param origin      the last node (the start itself when it has no source)
 * @param originType  what the origin is
 * @param probability product of the hops' confidences times the chance the origin has no further source
 */
public record ProvenanceChain(Node start, List<Hop> hops, Node origin, OriginType originType, double probability) {

    public ProvenanceChain {
        hops = List.copyOf(hops);
    }

    /**
     * @param edge  the derivation followed (from the previous node to {@code node})
     * @param node  the source reached
     * @param reach product of confidences from the start up to here
     */
    public record Hop(Edge edge, Node node, double reach) {
    }
}
