package io.wiretrace.provenance;

import java.time.Duration;
import java.util.Collection;
import java.util.List;

/**
 * Builds the provenance graph's nodes and edges from stored articles: their attributions (see {@link CreditEdges}),
 * their text-reuse matches (see {@link ReuseEdges}) and their earlier versions. The result depends only on the set
 * of articles given, never on the order they arrived, so rebuilding the edges around a newly ingested article (its
 * matches and the articles they name) updates the graph, including placeholders that now resolve to it: a credited
 * URL's placeholder has the id {@link NodeIds#creditedUrl}, so the articles to rebuild are its derivatives. Each
 * edge's confidence combines its evidence as {@link Confidence} documents. Immutable and thread-safe.
 */
public final class EdgeBuilder {

    /** The nodes (stored articles plus outlets and placeholders they credit) and edges built. */
    public record Result(List<Node> nodes, List<Edge> edges) {
        public Result {
            nodes = List.copyOf(nodes);
            edges = List.copyOf(edges);
        }
    }

    /** Confidence of an edge to the earlier version of the same URL. */
    static final double REVISION_CONFIDENCE = 0.99;

    private final Duration sameTimeTolerance;

    /** @param sameTimeTolerance publication or first-seen times closer than this do not decide a reuse direction */
    public EdgeBuilder(Duration sameTimeTolerance) {
        if (sameTimeTolerance.isNegative()) {
            throw new IllegalArgumentException("sameTimeTolerance must not be negative: " + sameTimeTolerance);
        }
        this.sameTimeTolerance = sameTimeTolerance;
    }

    /** With a one-minute tolerance: feed copies often carry the agency's own timestamp. */
    public EdgeBuilder() {
        this(Duration.ofMinutes(1));
    }

    /**
     * @throws IllegalArgumentException when an article id is given twice
     */
    public Result build(Collection<ArticleInput> articles) {
        ArticleIndex index = new ArticleIndex(articles);
        EdgeAccumulator acc = new EdgeAccumulator();
        index.articles().forEach(a -> acc.node(a.node()));
        CreditEdges credits = new CreditEdges(index, acc);
        for (ArticleInput a : index.articles()) {
            credits.add(a);
            addRevision(index, acc, a);
        }
        new ReuseEdges(index, acc, sameTimeTolerance).addAll();
        return new Result(acc.nodes(), acc.edges());
    }

    private static void addRevision(ArticleIndex index, EdgeAccumulator acc, ArticleInput a) {
        if (a.previousVersionId() == null) {
            return;
        }
        index.node(a.previousVersionId()).ifPresent(previous -> {
            String seen = previous.firstSeenAt() == null ? "" : " first seen " + Sentences.time(previous.firstSeenAt());
            String sentence = "same URL " + (a.node().url() == null ? "" : a.node().url() + " ")
                    + "with changed content: a later version of the article" + seen;
            acc.add(a.id(), previous.id(), EdgeKind.REVISION_OF,
                    new EdgeEvidence("revision", sentence, null, null, null, null, REVISION_CONFIDENCE));
        });
    }
}
