package io.wiretrace.provenance;

import java.util.List;
import java.util.Objects;

/**
 * A stored article with what the edge builder derives edges from.
 *
 * @param node              the article node (type {@link Node.Type#ARTICLE})
 * @param credits           its attributions
 * @param reuse             its text-reuse matches with other stored articles
 * @param previousVersionId node id of the earlier version at the same URL, or null
 */
public record ArticleInput(Node node, List<CreditInput> credits, List<ReuseMatch> reuse, String previousVersionId) {

    public ArticleInput {
        Objects.requireNonNull(node, "article node");
        if (node.type() != Node.Type.ARTICLE) {
            throw new IllegalArgumentException("article input " + node.id() + " has node type " + node.type());
        }
        credits = credits == null ? List.of() : List.copyOf(credits);
        reuse = reuse == null ? List.of() : List.copyOf(reuse);
    }

    public String id() {
        return node.id();
    }
}
