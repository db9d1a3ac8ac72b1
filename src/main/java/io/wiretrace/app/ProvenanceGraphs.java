package io.wiretrace.app;

import io.wiretrace.attribution.Attribution;
import io.wiretrace.outlet.Outlet;
import io.wiretrace.outlet.OutletKind;
import io.wiretrace.provenance.ArticleInput;
import io.wiretrace.provenance.CreditInput;
import io.wiretrace.provenance.DerivationConfidence;
import io.wiretrace.provenance.NodeIds;
import io.wiretrace.provenance.Edge;
import io.wiretrace.provenance.EdgeBuilder;
import io.wiretrace.provenance.InMemoryProvenanceGraph;
import io.wiretrace.provenance.Node;
import io.wiretrace.provenance.ReuseMatch;
import io.wiretrace.reuse.ReuseClass;
import io.wiretrace.store.ProvenanceRows;
import io.wiretrace.verdict.RejectedFinding;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Builds the provenance graph around stored articles from what the store holds: the articles connected to the seeds
 * by reuse matches, revisions and credited URLs (breadth first, at most {@link #MAX_ARTICLES}), their attributions as
 * credits, and their matches. Each breadth-first level is loaded with one query per question (see
 * {@link ProvenanceRows}), so a graph of a few hundred articles costs a few dozen queries, not a few per article.
 * Callers own the transaction.
 */
@ApplicationScoped
public class ProvenanceGraphs {

    /** Bound on the articles loaded for one graph, so a query never walks the whole store. */
    static final int MAX_ARTICLES = 400;
    /** Articles followed per article through the URLs it credits, and through credits of its own URLs. */
    private static final int CREDITED_URL_ARTICLES = 20;
    private static final int CREDITING_ARTICLES = 50;

    private final ProvenanceRows rows;
    private final OutletDirectory outlets;
    private final FindingVerdicts verdicts;
    private final EdgeBuilder edges = new EdgeBuilder();

    public ProvenanceGraphs(ProvenanceRows rows, OutletDirectory outlets, FindingVerdicts verdicts) {
        this.rows = rows;
        this.outlets = outlets;
        this.verdicts = verdicts;
    }

    /**
     * The graph of everything connected to the seed articles, whether the bound cut it short, and the findings left
     * out of it because a verdict rejects them.
     */
    public record Neighbourhood(InMemoryProvenanceGraph graph, Set<Long> articleIds, boolean truncated,
                                List<RejectedFinding> rejected) {
    }

    /** The graph as people have reviewed it: rejected findings left out, confirmed hops with their review. */
    public Neighbourhood around(Collection<Long> seeds) {
        return around(seeds, true);
    }

    /** @param reviewed false for the machine's graph, every finding in it and no review (to find a finding to judge) */
    public Neighbourhood around(Collection<Long> seeds, boolean reviewed) {
        GraphVerdicts review = reviewed ? new GraphVerdicts(verdicts) : null;
        Map<Long, ArticleInput> inputs = new LinkedHashMap<>();
        Set<Long> queued = new LinkedHashSet<>(seeds);
        List<Long> frontier = List.copyOf(queued);
        boolean truncated = false;
        while (!frontier.isEmpty()) {
            int room = MAX_ARTICLES - inputs.size();
            if (frontier.size() > room) {
                truncated = true;
                frontier = frontier.subList(0, room);
            }
            List<Long> next = new ArrayList<>();
            for (Long n : expand(frontier, inputs, review)) {
                if (queued.add(n)) {
                    next.add(n);
                }
            }
            frontier = truncated ? List.of() : next;
        }
        EdgeBuilder.Result built = edges.build(inputs.values());
        List<Edge> kept = review == null ? built.edges() : review.hops(built.edges());
        return new Neighbourhood(new InMemoryProvenanceGraph(built.nodes(), kept), inputs.keySet(), truncated,
                review == null ? List.of() : review.rejected());
    }

    /**
     * Loads one breadth-first level (articles, credits, matches, revisions, articles at credited URLs and articles
     * crediting these ones' URLs, one query each), adds its inputs and returns the ids it links to.
     */
    private List<Long> expand(List<Long> frontier, Map<Long, ArticleInput> inputs, GraphVerdicts review) {
        List<ProvenanceRows.ArticleRow> found = rows.articles(frontier);
        if (found.isEmpty()) {
            return List.of();
        }
        List<Long> ids = found.stream().map(ProvenanceRows.ArticleRow::id).toList();
        Map<Long, List<Attribution>> credits = new HashMap<>();
        List<ProvenanceRows.CreditRow> creditRows = rows.credits(ids);
        List<ProvenanceRows.MatchRow> matchRows = rows.matches(ids);
        if (review != null) {
            creditRows = review.credits(creditRows);
            matchRows = review.matches(matchRows);
        }
        creditRows.forEach(c -> credits.computeIfAbsent(c.articleId(), k -> new ArrayList<>())
                .add(resolved(c.attribution())));
        Map<Long, List<ReuseMatch>> reuse = new HashMap<>();
        List<Long> next = new ArrayList<>();
        for (ProvenanceRows.MatchRow m : matchRows) {
            addMatch(reuse, m.articleA(), m.articleB(), m.containmentAInB(), m.containmentBInA(), m.reuseClass(), next);
            addMatch(reuse, m.articleB(), m.articleA(), m.containmentBInA(), m.containmentAInB(), m.reuseClass(), next);
        }
        List<String> creditedUrls = new ArrayList<>();
        List<String> ownUrls = new ArrayList<>();
        for (ProvenanceRows.ArticleRow a : found) {
            List<Attribution> own = credits.getOrDefault(a.id(), List.of());
            inputs.put(a.id(), input(a, own, reuse.getOrDefault(a.id(), List.of())));
            if (a.revisionOf() != null) {
                next.add(a.revisionOf());
            }
            creditedUrls.addAll(creditedUrls(own));
            ownUrls.addAll(ownUrls(a));
        }
        rows.revisionsOf(ids).forEach(link -> next.add(link.to()));
        next.addAll(rows.idsAtUrls(distinct(creditedUrls), CREDITED_URL_ARTICLES * found.size()));
        next.addAll(rows.articlesCrediting(distinct(ownUrls), CREDITING_ARTICLES * found.size()));
        return next;
    }

    /** Adds the match as {@code self} sees it, when it is a derivation class, and queues the other side. */
    private static void addMatch(Map<Long, List<ReuseMatch>> reuse, long self, long other, double ofSelf,
                                 double ofOther, String reuseClass, List<Long> next) {
        ReuseClass c = ReuseClass.valueOf(reuseClass.toUpperCase(Locale.ROOT));
        if (c == ReuseClass.SAME_STORY || c == ReuseClass.NONE) {
            return;
        }
        reuse.computeIfAbsent(self, k -> new ArrayList<>())
                .add(new ReuseMatch(NodeIds.article(other), ofSelf, ofOther, reuseClass, DerivationConfidence.of(c)));
        next.add(other);
    }

    private ArticleInput input(ProvenanceRows.ArticleRow article, List<Attribution> credits, List<ReuseMatch> reuse) {
        Outlet outlet = article.outletKey() == null ? null : outlets.byKey(article.outletKey())
                .orElse(new Outlet(article.outletKey(), article.outletKey(), List.of(), List.of(), OutletKind.UNKNOWN));
        String label = article.title() != null ? article.title()
                : outlet != null ? outlet.name() + " article " + article.id() : "article " + article.id();
        Node node = new Node(NodeIds.article(article.id()), Node.Type.ARTICLE, label, outlet == null ? null : outlet.key(),
                outlet == null ? OutletKind.UNKNOWN : outlet.kind(), article.publishedAt(), article.createdAt(),
                article.finalUrl() != null ? article.finalUrl() : article.url(), outlet == null ? null : outlet.name());
        List<CreditInput> creditInputs = credits.stream().map(this::credit).toList();
        return new ArticleInput(node, creditInputs, reuse,
                article.revisionOf() == null ? null : NodeIds.article(article.revisionOf()));
    }

    /** A stored credit of a registry outlet names it as the registry does (its name and first domain). */
    private Attribution resolved(Attribution a) {
        Attribution.Target t = a.target();
        Outlet outlet = t.key() == null ? null : outlets.byKey(t.key()).orElse(null);
        if (outlet == null) {
            return a;
        }
        return new Attribution(a.kind(), new Attribution.Target(t.key(), outlet.name(), outlet.primaryDomain(),
                t.mention(), t.url()), a.evidence(), a.confidence(), a.rule(), a.reason());
    }

    /** A credit as the edge builder takes it, with the kind of the outlet it names. */
    private CreditInput credit(Attribution a) {
        OutletKind kind = a.target().key() == null ? OutletKind.UNKNOWN
                : outlets.byKey(a.target().key()).map(Outlet::kind).orElse(OutletKind.UNKNOWN);
        return CreditInput.forEdges(a, urlOf(a), kind);
    }

    /** The credited page: the credit's link, else its mention when that is a URL. */
    private static String urlOf(Attribution a) {
        return a.target().creditedUrl();
    }

    private static List<String> creditedUrls(List<Attribution> credits) {
        return credits.stream().map(ProvenanceGraphs::urlOf).filter(u -> u != null).distinct().toList();
    }

    private static List<String> distinct(List<String> values) {
        return values.stream().distinct().toList();
    }

    private static List<String> ownUrls(ProvenanceRows.ArticleRow a) {
        List<String> urls = new ArrayList<>();
        for (String u : new String[] {a.url(), a.finalUrl(), a.canonicalUrl()}) {
            if (u != null && !urls.contains(u)) {
                urls.add(u);
            }
        }
        return urls;
    }
}
