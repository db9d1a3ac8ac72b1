package io.wiretrace.web;

import io.wiretrace.provenance.DerivativeTree;
import io.wiretrace.provenance.Node;
import io.wiretrace.provenance.Story;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * The story page: every article of the story on a timeline, and the derivation tree from the probable origin as a
 * picture and as an indented list.
 */
public record StoryPage(String id, long articleId, String origin, String originHref, String originType,
                        String support, List<Moment> timeline, EvidenceGraph graph, List<TreeRow> tree,
                        boolean truncated, List<Field> exports) {

    /** One article on the timeline; {@code time} is its publication time, else when it was first seen. */
    public record Moment(String time, String basis, String label, String href, String outlet, String outletHref,
                         boolean origin) {
    }

    /** One derivative in the tree, {@code depth} levels under the origin. */
    public record TreeRow(int depth, String label, String href, String how, boolean uncredited, String probability) {
        /** Class indenting the row by its depth (the stylesheet has indent-0 to indent-12). */
        public String indentClass() {
            return "indent-" + Math.min(depth, 12);
        }
    }

    public static StoryPage of(Story story, long articleId) {
        List<Field> exports = ArticlePage.CASE_FORMATS.stream()
                .map(f -> Field.link(f, f, "/api/stories/" + articleId + "/export?format=" + f)).toList();
        return new StoryPage(story.id(), articleId, story.origin().label(),
                Links.ofNode(story.origin().id(), story.origin().url()),
                story.originType().wireName().replace('_', ' '), EvidenceGraph.confidence(story.originSupport()),
                timeline(story), EvidenceGraph.of(story.subgraph(), story.origin().id(), false, "link"),
                tree(story.tree()), story.truncated(), exports);
    }

    private static List<Moment> timeline(Story story) {
        List<Node> articles = new ArrayList<>(story.articles());
        articles.sort(Comparator.comparing(StoryPage::when, Comparator.nullsLast(Comparator.naturalOrder()))
                .thenComparing(Node::id));
        return articles.stream().map(n -> new Moment(Times.of(when(n)),
                n.publishedAt() != null ? "published" : "first seen", n.label(), Links.ofNode(n.id(), n.url()),
                n.outletKey(), Links.outlet(n.outletKey()), n.id().equals(story.origin().id()))).toList();
    }

    private static Instant when(Node n) {
        return n.publishedAt() != null ? n.publishedAt() : n.firstSeenAt();
    }

    private static List<TreeRow> tree(DerivativeTree tree) {
        List<TreeRow> rows = new ArrayList<>();
        tree.branches().forEach(b -> flatten(b, 1, rows));
        return rows;
    }

    private static void flatten(DerivativeTree.Branch b, int depth, List<TreeRow> rows) {
        rows.add(new TreeRow(depth, b.node().label(), Links.ofNode(b.node().id(), b.node().url()),
                EvidenceGraph.edgeLabel(b.edge()), b.edge().uncredited(), EvidenceGraph.confidence(b.probability())));
        b.branches().forEach(child -> flatten(child, depth + 1, rows));
    }
}
