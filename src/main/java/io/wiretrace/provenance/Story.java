package io.wiretrace.provenance;

import java.util.ArrayList;
import java.util.List;

/**
 * The articles on one story: connected by text reuse and credits (through articles and credited placeholders, never
 * through an outlet node, which many stories share).
 *
 * @param id           "story:" + the smallest article id among the members, stable while the membership is
 * @param members      articles and placeholders in the story, by id
 * @param outlets      outlet nodes the members credit (agencies)
 * @param edges        edges among members and from members to those outlets
 * @param origin       the probable origin: the origin that the members' best chains support most
 * @param originType   what that origin is
 * @param originSupport sum over member articles of their best chain's probability when it ends at the origin
 * @param tree         derivation tree from the origin, within the story
 * @param truncated    true when the member bound stopped the exploration
 */
public record Story(String id, List<Node> members, List<Node> outlets, List<Edge> edges, Node origin,
                    OriginType originType, double originSupport, DerivativeTree tree, boolean truncated) {

    public Story {
        members = List.copyOf(members);
        outlets = List.copyOf(outlets);
        edges = List.copyOf(edges);
    }

    /** The stored articles among the members. */
    public List<Node> articles() {
        return members.stream().filter(n -> n.type() == Node.Type.ARTICLE).toList();
    }

    public Subgraph subgraph() {
        List<Node> nodes = new ArrayList<>(members);
        nodes.addAll(outlets);
        return new Subgraph(nodes, edges);
    }
}
