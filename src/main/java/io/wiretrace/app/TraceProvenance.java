package io.wiretrace.app;

import io.wiretrace.provenance.NodeIds;
import io.wiretrace.article.ArticleNotFound;
import io.wiretrace.outlet.OutletNotFound;
import io.wiretrace.provenance.ChainTrace;
import io.wiretrace.provenance.ChainTracer;
import io.wiretrace.provenance.DerivativeTree;
import io.wiretrace.provenance.Node;
import io.wiretrace.provenance.OutletGraph;
import io.wiretrace.provenance.OutletGraphBuilder;
import io.wiretrace.provenance.Story;
import io.wiretrace.provenance.StoryClusterer;
import io.wiretrace.store.ArticleStore;
import io.wiretrace.store.AttributionStore;
import io.wiretrace.store.OutletStore;
import io.wiretrace.verdict.RejectedFinding;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/** Provenance questions about stored articles: chains to the origin, derivatives, stories and outlet graphs. */
@ApplicationScoped
public class TraceProvenance {

    static final int OUTLET_ARTICLES = 200;

    private final ProvenanceGraphs graphs;
    private final ArticleStore articles;
    private final OutletStore outlets;
    private final AttributionStore attributions;
    private final ChainTracer tracer = new ChainTracer();
    private final StoryClusterer stories = new StoryClusterer(tracer, ProvenanceGraphs.MAX_ARTICLES);
    private final OutletGraphBuilder outletGraphs = new OutletGraphBuilder(5);

    public TraceProvenance(ProvenanceGraphs graphs, ArticleStore articles, OutletStore outlets,
                           AttributionStore attributions) {
        this.graphs = graphs;
        this.attributions = attributions;
        this.articles = articles;
        this.outlets = outlets;
    }

    /** The most probable chain from the article to its origin, with alternatives where evidence conflicts. */
    @Transactional
    public ChainTrace chain(long articleId) {
        return tracer.trace(around(articleId).graph(), NodeIds.article(articleId));
    }

    /**
     * The findings around the article that verdicts reject, left out of its chain, its story and outlet graphs; shown
     * struck through on request.
     */
    @Transactional
    public List<RejectedFinding> rejectedAround(long articleId) {
        return around(articleId).rejected();
    }

    /** Who copied, republished or rewrote the article, as a tree. */
    @Transactional
    public DerivativeTree derivatives(long articleId) {
        return tracer.derivatives(around(articleId).graph(), NodeIds.article(articleId));
    }

    /** The story the article belongs to: its cluster, probable origin and derivation tree. */
    @Transactional
    public Story story(long articleId) {
        return stories.storyOf(around(articleId).graph(), NodeIds.article(articleId));
    }

    /**
     * What an outlet takes from and gives to others, over its newest {@value #OUTLET_ARTICLES} articles and the newest
     * {@value #OUTLET_ARTICLES} articles crediting it (an agency has few stored articles of its own).
     */
    @Transactional
    public OutletGraph outletGraph(String outletKey) {
        outlets.byKey(outletKey).orElseThrow(() -> new OutletNotFound(outletKey));
        Set<Long> ids = new LinkedHashSet<>(articles.idsOfOutlet(outletKey, OUTLET_ARTICLES));
        ids.addAll(attributions.articlesCrediting(outletKey, OUTLET_ARTICLES));
        ProvenanceGraphs.Neighbourhood n = graphs.around(ids);
        List<String> outletNodes = n.graph().nodes().stream().filter(node -> outletKey.equals(node.outletKey()))
                .map(Node::id).toList();
        return outletGraphs.summarize(n.graph(), outletKey, outletNodes);
    }

    /** The article's neighbourhood; the article itself is its first row, so a missing one is unknown. */
    private ProvenanceGraphs.Neighbourhood around(long articleId) {
        ProvenanceGraphs.Neighbourhood n = graphs.around(List.of(articleId));
        if (!n.articleIds().contains(articleId)) {
            throw new ArticleNotFound(articleId);
        }
        return n;
    }
}
