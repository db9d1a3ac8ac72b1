package io.wiretrace.app;

import io.wiretrace.attribution.Attribution;
import io.wiretrace.attribution.AttributionKind;
import io.wiretrace.ingest.Article;
import io.wiretrace.outlet.Outlet;
import io.wiretrace.outlet.OutletKind;
import io.wiretrace.provenance.ArticleInput;
import io.wiretrace.provenance.CreditInput;
import io.wiretrace.provenance.EdgeBuilder;
import io.wiretrace.provenance.InMemoryProvenanceGraph;
import io.wiretrace.provenance.Node;
import io.wiretrace.provenance.ReuseMatch;
import io.wiretrace.reuse.ReuseClass;
import io.wiretrace.store.ArticleStore;
import io.wiretrace.store.AttributionStore;
import io.wiretrace.store.ReuseMatchStore;
import io.wiretrace.store.StoredAttribution;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Builds the provenance graph around stored articles from what the store holds: the articles connected to the seeds
 * by reuse matches, revisions and credited URLs (breadth first, at most {@link #MAX_ARTICLES}), their attributions as
 * credits, and their matches. Callers own the transaction.
 */
@ApplicationScoped
public class ProvenanceGraphs {

    /** Bound on the articles loaded for one graph, so a query never walks the whole store. */
    static final int MAX_ARTICLES = 400;

    private final ArticleStore articles;
    private final AttributionStore attributions;
    private final ReuseMatchStore matches;
    private final OutletDirectory outlets;
    private final EdgeBuilder edges = new EdgeBuilder();

    public ProvenanceGraphs(ArticleStore articles, AttributionStore attributions, ReuseMatchStore matches,
                            OutletDirectory outlets) {
        this.articles = articles;
        this.attributions = attributions;
        this.matches = matches;
        this.outlets = outlets;
    }

    /** The graph of everything connected to the seed articles, and whether the bound cut it short. */
    public record Neighbourhood(InMemoryProvenanceGraph graph, Set<Long> articleIds, boolean truncated) {
    }

    public static String nodeId(long articleId) {
        return "article:" + articleId;
    }

    public static long articleId(String nodeId) {
        return Long.parseLong(nodeId.substring("article:".length()));
    }

    public Neighbourhood around(Collection<Long> seeds) {
        Map<Long, ArticleInput> inputs = new LinkedHashMap<>();
        Deque<Long> queue = new ArrayDeque<>(seeds);
        Set<Long> queued = new LinkedHashSet<>(seeds);
        boolean truncated = false;
        while (!queue.isEmpty()) {
            if (inputs.size() >= MAX_ARTICLES) {
                truncated = true;
                break;
            }
            long id = queue.poll();
            Article article = articles.find(id).orElse(null);
            if (article == null) {
                continue;
            }
            List<Attribution> credits = attributions.of(id).stream().map(StoredAttribution::attribution).toList();
            List<io.wiretrace.reuse.ReuseMatch> found = matches.of(id).stream()
                    .filter(m -> m.reuseClass() != ReuseClass.SAME_STORY && m.reuseClass() != ReuseClass.NONE)
                    .map(m -> ReuseMatches.orientTo(Long.toString(id), m)).toList();
            inputs.put(id, input(article, credits, found));
            List<Long> next = new ArrayList<>();
            found.forEach(m -> next.add(Long.parseLong(m.bId())));
            if (article.revisionOf() != null) {
                next.add(article.revisionOf());
            }
            next.addAll(articles.revisionsOf(id));
            next.addAll(articles.idsAtUrls(creditedUrls(credits), 20));
            next.addAll(attributions.articlesMentioning(ownUrls(article), 50));
            for (Long n : next) {
                if (queued.add(n)) {
                    queue.add(n);
                }
            }
        }
        return new Neighbourhood(InMemoryProvenanceGraph.of(edges.build(inputs.values())), inputs.keySet(), truncated);
    }

    private ArticleInput input(Article article, List<Attribution> credits, List<io.wiretrace.reuse.ReuseMatch> found) {
        Outlet outlet = article.outlet();
        var published = article.extracted().publishedAt();
        String label = article.extracted().title() != null ? article.extracted().title()
                : outlet != null ? outlet.name() + " article " + article.id() : "article " + article.id();
        Node node = new Node(nodeId(article.id()), Node.Type.ARTICLE, label, outlet == null ? null : outlet.key(),
                outlet == null ? OutletKind.UNKNOWN : outlet.kind(), published == null ? null : published.toInstant(),
                article.createdAt(), article.finalUrl() != null ? article.finalUrl() : article.url());
        List<CreditInput> creditInputs = credits.stream().map(this::credit).toList();
        List<ReuseMatch> reuse = found.stream().map(m -> new ReuseMatch(nodeId(Long.parseLong(m.bId())),
                m.containmentAInB(), m.containmentBInA(), m.reuseClass().name().toLowerCase(Locale.ROOT),
                confidence(m))).toList();
        return new ArticleInput(node, creditInputs, reuse, article.revisionOf() == null ? null : nodeId(article.revisionOf()));
    }

    /** A credit as the edge builder takes it; a syndication notice naming no outlet or domain names nobody. */
    private CreditInput credit(Attribution a) {
        OutletKind kind = a.target().key() == null ? OutletKind.UNKNOWN
                : outlets.byKey(a.target().key()).map(Outlet::kind).orElse(OutletKind.UNKNOWN);
        CreditInput c = CreditInput.of(a, urlOf(a), kind);
        boolean unnamedFeed = a.kind() == AttributionKind.SYNDICATED_FEED_DISCLAIMER && a.target().key() == null
                && a.target().domain() == null;
        return unnamedFeed ? new CreditInput(c.kind(), null, null, null, null, kind, c.text(), c.location(), c.start(),
                c.end(), c.confidence()) : c;
    }

    /**
     * How sure a reuse match is that the texts derive from one another: verbatim classes are near-certain; a rewrite
     * rests on aligned paraphrases, so it counts less; a partial reuse is certain for its passage but says less about
     * the whole text.
     */
    static double confidence(io.wiretrace.reuse.ReuseMatch m) {
        return switch (m.reuseClass()) {
            case DUPLICATE -> 0.97;
            case SUBSTANTIAL_REUSE -> 0.93;
            case REWRITE -> 0.8;
            case PARTIAL_REUSE -> 0.7;
            case SAME_STORY, NONE -> 0.0;
        };
    }

    private static String urlOf(Attribution a) {
        String mention = a.target().mention();
        return mention != null && (mention.startsWith("http://") || mention.startsWith("https://")) ? mention : null;
    }

    private static List<String> creditedUrls(List<Attribution> credits) {
        return credits.stream().map(ProvenanceGraphs::urlOf).filter(u -> u != null).distinct().toList();
    }

    private static List<String> ownUrls(Article a) {
        List<String> urls = new ArrayList<>();
        for (String u : new String[] {a.url(), a.finalUrl(), a.extracted().canonicalUrl()}) {
            if (u != null && !urls.contains(u)) {
                urls.add(u);
            }
        }
        return urls;
    }
}
