package io.wiretrace.app;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.wiretrace.attribution.AttributionDetector;
import io.wiretrace.config.WiretraceConfig;
import io.wiretrace.article.Article;
import io.wiretrace.article.ArticleInput;
import io.wiretrace.ingest.FetchedPage;
import io.wiretrace.outlet.Outlet;
import io.wiretrace.reuse.Fingerprint;
import io.wiretrace.reuse.NormalizedText;
import io.wiretrace.review.ContentFarmSignals;
import io.wiretrace.store.ArticleStore;
import io.wiretrace.store.AttributionStore;
import io.wiretrace.store.NewArticle;
import io.wiretrace.article.StoredAttribution;
import io.wiretrace.extract.ExtractedArticle;
import java.util.List;
import java.util.Objects;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Optional;
import java.util.UUID;

/**
 * Ingests one article: receive (fetch, extract) outside any transaction, then in one transaction serialised per URL:
 * return the stored article when URL and extracted article are unchanged, else store a new revision linked to the
 * previous one, with the events it raises (a dropped credit, the arrival of a credited page). A failure at any step
 * stores nothing.
 */
@ApplicationScoped
public class TrackArticle {

    /** The stored article and whether this call created it. */
    public record Result(Article article, boolean created, List<StoredAttribution> attributions) {
    }

    /**
     * What storing an article needs that is computed from its text alone: done before the transaction (in parallel
     * for an import), so that the transaction, serialised per URL, holds only database work.
     */
    public record Analysis(Fingerprint fingerprint, long[] sentenceKeys, String authorBioHash) {
    }

    /** What one transaction stored: the result and, for a new article, its reuse-matching job. */
    private record Stored(Result result, UUID matchJob) {
    }

    private final ArticleReceiver receiver;
    private final ArticleStore articles;
    private final ArticleOutlets outlets;
    private final AttributionStore attributions;
    private final MatchReuse reuse;
    private final ContentFarmSignals bios;
    private final ReuseMatching matching;
    private final WiretraceConfig config;
    private final FollowCredits follow;
    private final Revisions revisions;
    private final CreditArrivals arrivals;

    public TrackArticle(ArticleReceiver receiver, ArticleStore articles, ArticleOutlets outlets,
                        AttributionStore attributions, MatchReuse reuse, ContentFarmSignals bios, ReuseMatching matching,
                        WiretraceConfig config, FollowCredits follow, Revisions revisions, CreditArrivals arrivals) {
        this.revisions = revisions;
        this.arrivals = arrivals;
        this.follow = follow;
        this.bios = bios;
        this.matching = matching;
        this.config = config;
        this.receiver = receiver;
        this.articles = articles;
        this.outlets = outlets;
        this.attributions = attributions;
        this.reuse = reuse;
    }

    public Result track(ArticleInput input) {
        return store(receiver.receive(input));
    }

    /**
     * Ingests a page already fetched (by a watched source's poll or a revision re-check, which fetch politely and
     * conditionally): the same path as a URL the client gives, from extraction on.
     */
    public Result track(FetchedPage page) {
        return store(receiver.receive(page));
    }

    private Result store(ReceivedArticle received) {
        // Unchanged content at a known URL (or the same text again): answer without the costly fingerprint.
        Optional<Result> unchanged = QuarkusTransaction.requiringNew().call(() -> findSame(received));
        if (unchanged.isPresent()) {
            return unchanged.get();
        }
        Analysis analysis = analyse(received);
        Stored stored = QuarkusTransaction.requiringNew().call(() -> store(received, analysis, null));
        if (stored.matchJob() != null && !config.reuse().background()) {
            // the client waits for matching: run the article's job here unless a worker took it first
            matching.runNow(stored.matchJob());
        }
        return stored.result();
    }

    /**
     * The stored article this input is again: for a URL, its newest version when the input is no new revision of it
     * (same bytes, same extracted article, or a wall or error page in its place; A -> B -> A is two revisions); without
     * a URL, the article with the same content, title, publication time and outlet (one text posted for two outlets,
     * or under two titles, is two articles: nothing the client said is dropped).
     */
    public Optional<Result> findSame(ReceivedArticle received) {
        return findSame(received, null);
    }

    /**
     * As {@link #findSame(ReceivedArticle)}, and, for a capture of a known time ({@code firstSeen}, an archive's
     * WARC-Date), the version of its URL with the same content seen at that time: an archive imported again whose
     * older captures of a URL would otherwise come after the newest as new revisions.
     */
    public Optional<Result> findSame(ReceivedArticle received, java.time.Instant firstSeen) {
        Optional<Article> same = received.urlKey() == null ? sameWithoutUrl(received)
                : (firstSeen == null ? Optional.<Article>empty()
                        : articles.versionSeenAt(received.urlKey(), received.contentSha256(), firstSeen))
                        .or(() -> revisions.unchanged(received));
        return same.map(article -> new Result(article, false, attributions.of(article.id())));
    }

    private Optional<Article> sameWithoutUrl(ReceivedArticle received) {
        List<Article> candidates = articles.sameContentWithoutUrl(received.inputKind(), received.contentSha256());
        if (candidates.isEmpty()) {
            return Optional.empty();
        }
        String outletKey = outlets.keyOf(received);
        ExtractedArticle x = received.extracted();
        return candidates.stream()
                .filter(a -> Objects.equals(a.outlet() == null ? null : a.outlet().key(), outletKey)
                        && Objects.equals(a.extracted().title(), x.title())
                        && samePublished(a.extracted().publishedAt(), x.publishedAt()))
                .findFirst();
    }

    private static boolean samePublished(java.time.OffsetDateTime stored, java.time.OffsetDateTime received) {
        return stored == null ? received == null : received != null && stored.isEqual(received);
    }

    /** The fingerprint, sentence keys and author-bio hash of a received article (no database work). */
    public Analysis analyse(ReceivedArticle received) {
        String body = received.extracted().bodyText();
        NormalizedText words = reuse.words(body); // read once for the fingerprint and the sentence keys
        return new Analysis(reuse.fingerprint(words), reuse.sentenceKeys(words),
                bios.authorBio(body).map(bio -> bios.bioFingerprint(bio.text())).orElse(null));
    }

    /**
     * Stores an article already received, in the caller's transaction (a bulk import commits a step of records with
     * its cursor), first seen at {@code firstSeen} (null: now); returns the stored one when URL and content are
     * unchanged. {@code analysis} may be null when the article is likely stored already (it is then computed here if not).
     */
    public Result storeWithin(ReceivedArticle received, Analysis analysis, java.time.Instant firstSeen) {
        return store(received, analysis, firstSeen).result();
    }

    /** The advisory lock that serialises the storing of one URL (or, without a URL, of one content). */
    static String lockKey(ReceivedArticle received) {
        return received.urlKey() != null ? "url:" + received.urlKey()
                : "sha:" + received.inputKind() + ":" + received.contentSha256();
    }

    /**
     * Stores a new article (or finds it stored) in one transaction with its attributions, its reuse keys and the jobs
     * it needs (reuse matching; following its credited URLs when enabled): they commit together or not at all.
     */
    private Stored store(ReceivedArticle received, Analysis known, java.time.Instant firstSeen) {
        articles.lock(lockKey(received));
        Optional<Result> same = findSame(received, firstSeen);
        if (same.isPresent()) {
            return new Stored(same.get(), null);
        }
        Analysis analysis = known != null ? known : analyse(received);
        Fingerprint fingerprint = analysis.fingerprint();
        Long previous = received.urlKey() == null ? null : articles.latestRevision(received.urlKey()).orElse(null);
        String outletKey = outlets.outletOf(received).map(Outlet::key).orElse(null);
        Article stored = articles.insert(new NewArticle(received.inputKind(), received.url(), received.urlKey(),
                received.finalUrl(), outletKey, received.extracted(), received.contentSha256(), received.fetch(),
                previous, received.snapshot(), analysis.authorBioHash(), firstSeen));
        attributions.replace(stored.id(), outlets.resolveTargets(received.attributions()), AttributionDetector.VERSION);
        reuse.index(stored.id(), fingerprint, analysis.sentenceKeys());
        Result result = new Result(stored, true, attributions.of(stored.id()));
        UUID job = matching.schedule(stored.id(), fingerprint).id();
        follow.afterIngest(stored.id(), received.url(), result.attributions());
        if (previous != null) {
            revisions.afterRevision(previous, stored, received);
        }
        arrivals.afterIngest(stored, received.urlKey());
        return new Stored(result, job);
    }
}
