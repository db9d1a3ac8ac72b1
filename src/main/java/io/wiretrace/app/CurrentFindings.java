package io.wiretrace.app;

import io.wiretrace.article.Article;
import io.wiretrace.article.StoredAttribution;
import io.wiretrace.provenance.Edge;
import io.wiretrace.provenance.InMemoryProvenanceGraph;
import io.wiretrace.provenance.NodeIds;
import io.wiretrace.reuse.ReuseClass;
import io.wiretrace.reuse.ReuseMatch;
import io.wiretrace.store.ArticleStore;
import io.wiretrace.store.AttributionStore;
import io.wiretrace.store.ReuseMatchStore;
import io.wiretrace.verdict.Finding;
import io.wiretrace.verdict.FindingKey;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;

/**
 * The findings the store holds now, as verdicts see them: an article's attributions, its reuse matches and the hops
 * around it, each with its {@link FindingKey}. Callers own the transaction.
 */
@ApplicationScoped
public class CurrentFindings {

    private final ArticleStore articles;
    private final AttributionStore attributions;
    private final ReuseMatchStore matches;
    private final ProvenanceGraphs graphs;
    private final FindingVerdicts verdicts;

    public CurrentFindings(ArticleStore articles, AttributionStore attributions, ReuseMatchStore matches,
                           ProvenanceGraphs graphs, FindingVerdicts verdicts) {
        this.articles = articles;
        this.attributions = attributions;
        this.matches = matches;
        this.graphs = graphs;
        this.verdicts = verdicts;
    }

    /** The article's attributions, in their listed order. */
    public List<Finding> attributions(long articleId) {
        Article a = articles.find(articleId).orElseThrow();
        String key = verdicts.articleKeys(List.of(articleId)).get(articleId);
        List<Finding> out = new ArrayList<>();
        for (StoredAttribution s : attributions.of(articleId)) {
            var at = s.attribution();
            String target = at.target() == null ? "nobody" : at.target().name();
            out.add(new Finding(FindingVerdicts.attribution(key, at, a.extracted().bodyText()), at.rule(),
                    at.confidence(), "article " + articleId + " credits " + target + " (" + at.kind().wireName()
                    + "): \u201c" + at.evidence().text() + "\u201d", List.of(key), List.of(articleId)));
        }
        return out;
    }

    /** The article's stored reuse matches (every class but none), as {@code articleId} sees them. */
    public List<Finding> reuse(long articleId) {
        List<ReuseMatch> stored = matches.of(articleId).stream().filter(m -> m.reuseClass() != ReuseClass.NONE).toList();
        Map<Long, String> keys = verdicts.articleKeys(stored.stream()
                .flatMap(m -> Stream.of(Long.parseLong(m.aId()), Long.parseLong(m.bId()))).toList());
        List<Finding> out = new ArrayList<>();
        for (ReuseMatch m : stored) {
            long a = Long.parseLong(m.aId());
            long b = Long.parseLong(m.bId());
            long other = a == articleId ? b : a;
            String cls = m.reuseClass().name().toLowerCase(Locale.ROOT);
            out.add(new Finding(FindingKey.reuse(keys.get(a), keys.get(b), cls), cls,
                    io.wiretrace.provenance.DerivationConfidence.of(m.reuseClass()),
                    "articles " + articleId + " and " + other + ": " + cls, List.of(keys.get(articleId), keys.get(other)),
                    List.of(articleId, other)));
        }
        return out;
    }

    /**
     * Every hop of the machine's graph around the articles (no verdict applied), with its edge. A hop between two
     * credited parties (no stored article at either end) is about the first of {@code articleIds}.
     */
    public List<Hop> hops(List<Long> articleIds) {
        InMemoryProvenanceGraph graph = graphs.around(articleIds, false).graph();
        List<Edge> edges = graph.nodes().stream().flatMap(n -> graph.sourcesOf(n.id()).stream()).distinct().toList();
        Map<Long, String> keys = verdicts.articleKeys(Stream.concat(articleIds.stream(), edges.stream()
                .flatMap(e -> Stream.of(e.from(), e.to())).map(CurrentFindings::articleOf).filter(id -> id != null))
                .toList());
        List<Hop> out = new ArrayList<>();
        for (Edge e : edges) {
            String fromLabel = graph.node(e.from()).map(n -> n.label()).orElse(e.from());
            String toLabel = graph.node(e.to()).map(n -> n.label()).orElse(e.to());
            List<Long> ends = Stream.of(e.from(), e.to()).map(CurrentFindings::articleOf).filter(id -> id != null).toList();
            List<Long> ids = ends.isEmpty() ? List.of(articleIds.get(0)) : ends; // an edge between credited parties
            out.add(new Hop(e, new Finding(FindingVerdicts.hop(e, keys), e.kind().wireName(), e.confidence(),
                    fromLabel + " \u2192 " + toLabel + " (" + e.kind().wireName() + ")", // node ids are the hop's from, to
                    ids.stream().map(keys::get).toList(), ids)));
        }
        return out;
    }

    /** A hop with the edge it is. */
    public record Hop(Edge edge, Finding finding) {
    }

    /** The stored article a node is or was credited from (a credited work names its article), else null. */
    static Long articleOf(String nodeId) {
        String id = nodeId.substring(nodeId.lastIndexOf('@') + 1);
        return NodeIds.isArticle(id) ? NodeIds.articleId(id) : null;
    }
}
