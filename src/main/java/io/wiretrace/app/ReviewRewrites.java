package io.wiretrace.app;

import io.wiretrace.provenance.NodeIds;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.wiretrace.article.Article;
import io.wiretrace.article.ArticleInput;
import io.wiretrace.article.ArticleNotFound;
import io.wiretrace.provenance.Node;
import io.wiretrace.provenance.ProvenanceChain;
import io.wiretrace.reuse.Dependence;
import io.wiretrace.reuse.PairComparer;
import io.wiretrace.reuse.ReuseClass;
import io.wiretrace.reuse.ReuseMatch;
import io.wiretrace.reuse.ReuseText;
import io.wiretrace.review.ContentFarmSignals;
import io.wiretrace.review.Review;
import io.wiretrace.review.ReviewText;
import io.wiretrace.review.RewriteReviewer;
import io.wiretrace.review.Signal;
import io.wiretrace.review.SignalInput;
import io.wiretrace.store.ArticleStore;
import io.wiretrace.store.AttributionStore;
import io.wiretrace.store.ReuseMatchStore;
import io.wiretrace.verdict.FindingType;
import io.wiretrace.article.StoredAttribution;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Rewrite review for media auditors: what a derived article kept, changed, added and dropped from its source, and the
 * content-farm signals an auditor can check. Stored pairs, the most probable source (from the provenance chain, else the
 * strongest stored reuse match), or two unstored inputs.
 */
@ApplicationScoped
public class ReviewRewrites {

    /**
     * A review, how much of the rewrite derives from the source ({@code dependence}: the rewrite is side A, the source
     * side B and the earlier), and the signals of the rewrite; {@code review} and {@code dependence} are null when
     * there is no source to compare with.
     */
    public record Result(Review review, Dependence dependence, List<Signal> signals) {
    }

    private final ArticleStore articles;
    private final AttributionStore attributions;
    private final TraceProvenance provenance;
    private final ArticleReceiver receiver;
    private final RewriteReviewer reviewer;
    private final ContentFarmSignals signals;
    private final PairComparer comparer;
    private final LearnedFormulas learned;
    private final ReuseMatchStore matches;
    /** Stored matches judged again, order unknown, in search of a rewrite's source. */
    private static final int JUDGED_AGAIN = 3;

    public ReviewRewrites(ArticleStore articles, AttributionStore attributions, TraceProvenance provenance,
                          ArticleReceiver receiver, RewriteReviewer reviewer, ContentFarmSignals signals,
                          PairComparer comparer, LearnedFormulas learned, ReuseMatchStore matches) {
        this.articles = articles;
        this.attributions = attributions;
        this.provenance = provenance;
        this.receiver = receiver;
        this.reviewer = reviewer;
        this.signals = signals;
        this.comparer = comparer;
        this.learned = learned;
        this.matches = matches;
    }

    /** Compares a stored article (the rewrite) with a stored source. */
    public Result compare(long rewriteId, long sourceId) {
        Loaded rewrite = load(rewriteId);
        Loaded source = load(sourceId);
        Review review = reviewer.review(rewrite.text(), source.text());
        return new Result(review, dependence(rewrite.text(), source.text()),
                signals.signals(new SignalInput(rewrite.text(), review, source.text(), rewrite.sharingBio())));
    }

    /** Compares a stored article with the most probable stored source on its provenance chain. */
    public Result compareWithProbableSource(long rewriteId) {
        return compare(rewriteId, probableSource(rewriteId).orElseThrow(() -> new NoSourceFound(rewriteId)));
    }

    /** The signals of a stored article, using its most probable stored source when there is one. */
    public Result signalsOf(long articleId) {
        Optional<Long> source = probableSource(articleId);
        if (source.isPresent()) {
            return compare(articleId, source.get());
        }
        Loaded article = load(articleId);
        return new Result(null, null, signals.signals(new SignalInput(article.text(), null, null, article.sharingBio())));
    }

    /** Compares two inputs without storing anything. */
    public Result compare(ArticleInput rewriteInput, ArticleInput sourceInput) {
        ReceivedArticle rewrite = receiver.receive(rewriteInput);
        ReceivedArticle source = receiver.receive(sourceInput);
        ReviewText r = new ReviewText("rewrite", rewrite.extracted().bodyText(), rewrite.attributions(),
                published(rewrite.extracted().publishedAt()));
        ReviewText s = new ReviewText("source", source.extracted().bodyText(), source.attributions(),
                published(source.extracted().publishedAt()));
        Review review = reviewer.review(r, s);
        return new Result(review, dependence(r, s), signals.signals(new SignalInput(r, review, s, 0)));
    }

    /** The rewrite's dependence on the source (the source taken as the earlier), with what the store has learned. */
    private Dependence dependence(ReviewText rewrite, ReviewText source) {
        return comparer.dependence(new ReuseText(rewrite.id(), rewrite.bodyText(), null, null),
                new ReuseText(source.id(), source.bodyText(), null, null), learned.of(rewrite.bodyText(), source.bodyText()));
    }

    /**
     * The first stored article on the best provenance chain; else the stored article this one most strongly reuses
     * (a reuse class, not same-story; the {@value #JUDGED_AGAIN} strongest) where that article was published earlier
     * (both stated publication times), or, without them, where the dependence judged with the order unknown names this
     * one derived. When Wiretrace first saw each says nothing of which was rewritten from which, so the stored
     * judgement, which takes the first-seen order, is not used.
     */
    Optional<Long> probableSource(long articleId) {
        ProvenanceChain best = provenance.chain(articleId).best();
        Optional<Long> onChain = best.hops().stream().map(h -> h.node()).filter(n -> n.type() == Node.Type.ARTICLE)
                .map(n -> NodeIds.articleId(n.id())).findFirst();
        return onChain.isPresent() ? onChain : strongestReused(articleId);
    }

    private Optional<Long> strongestReused(long articleId) {
        String self = Long.toString(articleId);
        Set<String> rejected = rejectedPartners(articleId);
        List<ReuseMatch> stored = QuarkusTransaction.requiringNew().call(() -> matches.of(articleId));
        List<ReuseMatch> candidates = stored.stream().filter(m -> m.reuseClass().isReuse())
                .map(m -> ReuseMatches.orientTo(self, m))
                .filter(m -> !rejected.contains(NodeIds.article(Long.parseLong(m.bId()))))
                .sorted(ReuseMatches.BEST_FIRST).limit(JUDGED_AGAIN).toList();
        ReviewText own = null;
        for (ReuseMatch m : candidates) {
            long other = Long.parseLong(m.bId());
            if ("publication".equals(m.earlierBy())) {
                if (m.bId().equals(m.earlierId())) {
                    return Optional.of(other);
                }
            } else if (m.reuseClass() != ReuseClass.DUPLICATE) {
                // (a duplicate is the same text: without publication times nothing says which copy came first)
                own = own != null ? own : load(articleId).text();
                if (self.equals(eitherWay(own, load(other).text()).derivedId())) {
                    return Optional.of(other);
                }
            }
        }
        return Optional.empty();
    }

    /** The node ids of the articles whose reuse match with this one a verdict rejects: no source for it. */
    private Set<String> rejectedPartners(long articleId) {
        String node = NodeIds.article(articleId);
        return provenance.rejectedAround(articleId).stream()
                .filter(f -> f.type() == FindingType.REUSE && f.to() != null)
                .filter(f -> f.from().equals(node) || f.to().equals(node))
                .map(f -> f.from().equals(node) ? f.to() : f.from())
                .collect(Collectors.toSet());
    }

    /** The dependence of two texts judged with their order unknown (both directions measured). */
    private Dependence eitherWay(ReviewText x, ReviewText y) {
        return comparer.dependenceEitherWay(new ReuseText(x.id(), x.bodyText(), null, null),
                new ReuseText(y.id(), y.bodyText(), null, null), learned.of(x.bodyText(), y.bodyText()));
    }

    private record Loaded(ReviewText text, int sharingBio) {
    }

    private Loaded load(long id) {
        return QuarkusTransaction.requiringNew().call(() -> {
            Article a = articles.find(id).orElseThrow(() -> new ArticleNotFound(id));
            List<io.wiretrace.attribution.Attribution> credits = attributions.of(id).stream()
                    .map(StoredAttribution::attribution).toList();
            // the stated publication time only: when Wiretrace happened to see two pages says nothing of how fast
            // one was rewritten from the other
            return new Loaded(new ReviewText(Long.toString(id), a.extracted().bodyText(), credits,
                    published(a.extracted().publishedAt())), articles.sharingAuthorBio(id));
        });
    }

    private static java.time.Instant published(java.time.OffsetDateTime t) {
        return t == null ? null : t.toInstant();
    }

    /** The article's provenance chain reaches no stored article to compare with. */
    public static class NoSourceFound extends RuntimeException {
        public NoSourceFound(long id) {
            super("article " + id + " has no stored source on its provenance chain and reuses no earlier stored "
                    + "article; compare it with a source you choose: page /articles/" + id + "/review/{sourceId}, API /api/articles/" + id + "/compare/{sourceId}");
        }
    }
}
