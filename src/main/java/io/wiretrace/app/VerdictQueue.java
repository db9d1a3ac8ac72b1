package io.wiretrace.app;

import io.wiretrace.attribution.Attribution;
import io.wiretrace.article.StoredAttribution;
import io.wiretrace.provenance.ChainTracer;
import io.wiretrace.provenance.Edge;
import io.wiretrace.provenance.EdgeKind;
import io.wiretrace.provenance.InMemoryProvenanceGraph;
import io.wiretrace.provenance.Node;
import io.wiretrace.provenance.NodeIds;
import io.wiretrace.provenance.ProvenanceChain;
import io.wiretrace.store.AttributionStore;
import io.wiretrace.store.ProvenanceRows;
import io.wiretrace.store.VerdictStore;
import io.wiretrace.verdict.Consequence;
import io.wiretrace.verdict.FindingKey;
import io.wiretrace.verdict.FindingType;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

/**
 * Findings awaiting a verdict around the newest {@value #SEED_ARTICLES} articles, most consequential first
 * ({@link Consequence}): hops that many of their best chains pass through, uncredited copies of watched outlets, then
 * the least certain. A hop between two stored articles that rests on text reuse is offered as its reuse match (the
 * finding a person can check by reading both); hops with a verdict, and matches and attributions with one, are left
 * out.
 */
@ApplicationScoped
public class VerdictQueue {

    static final int SEED_ARTICLES = 100;

    private final VerdictStore store;
    private final ProvenanceGraphs graphs;
    private final FindingVerdicts verdicts;
    private final AttributionStore attributions;
    private final ProvenanceRows rows;
    private final ChainTracer tracer = new ChainTracer();

    public VerdictQueue(VerdictStore store, ProvenanceGraphs graphs, FindingVerdicts verdicts,
                        AttributionStore attributions, ProvenanceRows rows) {
        this.rows = rows;
        this.store = store;
        this.graphs = graphs;
        this.verdicts = verdicts;
        this.attributions = attributions;
    }

    /**
     * A finding awaiting a verdict and how to name it in {@code POST /api/verdicts}.
     *
     * @param index          the attribution's place in its article's list, else null
     * @param otherArticleId the other article of a reuse match, else null
     * @param from           a hop's start node, else null
     * @param to             a hop's source node, else null
     */
    public record Item(FindingType type, String summary, Consequence consequence, long articleId, Integer index,
                       Long otherArticleId, String from, String to) {
    }

    @Transactional
    public List<Item> awaiting(int limit) {
        List<Long> seeds = store.newestArticleIds(SEED_ARTICLES);
        InMemoryProvenanceGraph graph = graphs.around(seeds).graph();
        Map<Edge, Integer> chains = new HashMap<>();
        for (Long id : seeds) {
            if (graph.node(NodeIds.article(id)).isPresent()) {
                for (ProvenanceChain.Hop h : tracer.trace(graph, NodeIds.article(id)).best().hops()) {
                    chains.merge(h.edge(), 1, Integer::sum);
                }
            }
        }
        List<Item> items = new ArrayList<>(edges(graph, chains));
        items.addAll(attributions(seeds));
        items.sort(Comparator.comparing(Item::consequence, Consequence.MOST_FIRST));
        return items.stream().limit(limit).toList();
    }

    private List<Item> edges(InMemoryProvenanceGraph graph, Map<Edge, Integer> chains) {
        Set<String> watched = store.watchedOutlets();
        // a hop resting on credits is judged through those credits (listed as attributions; a confirmed one is the
        // hop's review, a rejected one removes it): only reuse and inferred hops are findings of their own
        List<Edge> open = graph.nodes().stream().flatMap(n -> graph.sourcesOf(n.id()).stream()).distinct()
                .filter(e -> e.review() == null && (e.kind() == EdgeKind.REUSED || e.kind() == EdgeKind.INHERITED))
                .toList();
        Map<Long, String> keys = verdicts.articleKeys(open.stream()
                .flatMap(e -> Stream.of(e.from(), e.to())).map(CurrentFindings::articleOf)
                .filter(id -> id != null).toList());
        List<Boolean> isMatch = open.stream().map(e -> e.kind() == EdgeKind.REUSED && NodeIds.isArticle(e.from())
                && NodeIds.isArticle(e.to())).toList();
        Map<String, String> classes = matchClasses(keys.keySet());
        List<FindingKey> matchKeys = new ArrayList<>();
        for (int i = 0; i < open.size(); i++) {
            Edge e = open.get(i);
            matchKeys.add(isMatch.get(i) ? FindingKey.reuse(keys.get(NodeIds.articleId(e.from())),
                    keys.get(NodeIds.articleId(e.to())),
                    classes.getOrDefault(pair(NodeIds.articleId(e.from()), NodeIds.articleId(e.to())), "")) : FindingVerdicts.hop(e, keys));
        }
        Set<Integer> judged = verdicts.standing(matchKeys).keySet();
        List<Item> out = new ArrayList<>();
        for (int i = 0; i < open.size(); i++) {
            Edge e = open.get(i);
            Long article = CurrentFindings.articleOf(e.from());
            if (judged.contains(i) || article == null) {
                continue;
            }
            String toOutlet = graph.node(e.to()).map(Node::outletKey).orElse(null);
            Consequence c = new Consequence(chains.getOrDefault(e, 0),
                    e.uncredited() && toOutlet != null && watched.contains(toOutlet), e.confidence());
            String summary = label(graph, e.from()) + " \u2192 " + label(graph, e.to()) + " (" + e.kind().wireName()
                    + (e.uncredited() ? ", uncredited" : "") + ")";
            out.add(isMatch.get(i)
                    ? new Item(FindingType.REUSE, summary, c, article, null, NodeIds.articleId(e.to()), null, null)
                    : new Item(FindingType.HOP, summary, c, article, null, null, e.from(), e.to()));
        }
        return out;
    }

    private List<Item> attributions(List<Long> seeds) {
        List<StoredAttribution> all = attributions.ofAll(seeds);
        Map<Long, String> keys = verdicts.articleKeys(seeds);
        Set<Integer> judged = verdicts.standing(all.stream()
                .map(s -> FindingVerdicts.attribution(keys.get(s.articleId()), s.attribution(), null)).toList()).keySet();
        List<Item> out = new ArrayList<>();
        Map<Long, Integer> positions = new HashMap<>();
        for (int i = 0; i < all.size(); i++) {
            StoredAttribution s = all.get(i);
            int index = positions.merge(s.articleId(), 1, Integer::sum) - 1;
            if (judged.contains(i)) {
                continue;
            }
            Attribution a = s.attribution();
            String target = a.target() == null ? "nobody" : a.target().name();
            out.add(new Item(FindingType.ATTRIBUTION, "article " + s.articleId() + " credits " + target + " ("
                    + a.kind().wireName() + "): \u201c" + a.evidence().text() + "\u201d",
                    new Consequence(0, false, a.confidence()), s.articleId(), index, null, null, null));
        }
        return out;
    }

    /** The stored class of each match among these articles, by "lower id:higher id". */
    private Map<String, String> matchClasses(Collection<Long> ids) {
        Map<String, String> out = new HashMap<>();
        rows.matches(ids).forEach(m -> out.put(m.articleA() + ":" + m.articleB(), m.reuseClass()));
        return out;
    }

    private static String pair(long x, long y) {
        return Math.min(x, y) + ":" + Math.max(x, y);
    }

    private static String label(InMemoryProvenanceGraph graph, String id) {
        return graph.node(id).map(Node::label).orElse(id);
    }
}
