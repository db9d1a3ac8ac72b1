package io.wiretrace.app;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.wiretrace.article.Article;
import io.wiretrace.reuse.Candidate;
import io.wiretrace.reuse.CandidatePolicy;
import io.wiretrace.reuse.Fingerprint;
import io.wiretrace.reuse.Fingerprinter;
import io.wiretrace.reuse.NormalizedText;
import io.wiretrace.reuse.PairComparer;
import io.wiretrace.reuse.CommonSources;
import io.wiretrace.reuse.ReuseClass;
import io.wiretrace.reuse.ReuseMatch;
import io.wiretrace.reuse.ReuseText;
import io.wiretrace.reuse.SentenceKeys;
import io.wiretrace.reuse.TextNormalizer;
import io.wiretrace.store.ArticleStore;
import io.wiretrace.store.ReuseIndexStore;
import io.wiretrace.store.ReuseMatchStore;
import io.wiretrace.url.UrlIdentity;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Map;
import java.util.List;
import java.util.Optional;
import org.jboss.logging.Logger;

/**
 * Text reuse at ingest: index the new article's fingerprint (in the ingest transaction), then look up candidates by
 * key postings, verify each with the pair comparer outside any transaction, and store the matches found, so that both
 * the new article and the earlier ones see them.
 */
@ApplicationScoped
public class MatchReuse {

    private static final Logger LOG = Logger.getLogger(MatchReuse.class);

    private final Fingerprinter fingerprinter;
    private final PairComparer comparer;
    private final ReuseIndexStore index;
    private final ReuseMatchStore matches;
    private final ArticleStore articles;
    private final CandidatePolicy policy;
    private final LearnedFormulas learned;
    private final CopyEvents copyEvents;
    private final SentenceKeys sentenceKeys = new SentenceKeys();
    private final TextNormalizer normalizer = new TextNormalizer();

    public MatchReuse(Fingerprinter fingerprinter, PairComparer comparer, ReuseIndexStore index, ReuseMatchStore matches,
                      ArticleStore articles, CandidatePolicy policy, LearnedFormulas learned, CopyEvents copyEvents) {
        this.copyEvents = copyEvents;
        this.fingerprinter = fingerprinter;
        this.comparer = comparer;
        this.index = index;
        this.matches = matches;
        this.articles = articles;
        this.policy = policy;
        this.learned = learned;
    }

    /** A body text's words, read once for its fingerprint and its sentence keys (pure computation). */
    NormalizedText words(String bodyText) {
        return normalizer.normalize(bodyText);
    }

    /** The fingerprint of a body text's words (pure computation: call it outside transactions). */
    Fingerprint fingerprint(NormalizedText words) {
        return fingerprinter.fingerprint(words);
    }

    /** The sentence keys of a body text's words, computed before the transaction that stores them. */
    long[] sentenceKeys(NormalizedText words) {
        return sentenceKeys.keys(words);
    }

    /** Stores the article's fingerprint and sentence keys; call inside the transaction that stores the article. */
    void index(long articleId, Fingerprint fingerprint, long[] keys) {
        index.index(articleId, fingerprint, keys);
    }

    /** Indexes new articles (none indexed yet) in one statement per key table. */
    void indexNew(List<Long> articleIds, List<Fingerprint> fingerprints, List<long[]> sentenceKeys) {
        index.indexNew(articleIds, fingerprints, sentenceKeys);
    }

    /**
     * Finds the reuse matches of a stored, indexed article whose fingerprint the caller may already have ({@code known},
     * or null): candidate lookup in a short transaction, verification outside any. Stores nothing: the caller saves the
     * matches with {@link #save} in the transaction that completes its job, so they are stored once.
     */
    public List<ReuseMatch> find(long articleId, Fingerprint known) {
        Article article = QuarkusTransaction.requiringNew().call(() -> articles.find(articleId)).orElseThrow();
        Fingerprint fingerprint = known != null ? known : fingerprinter.fingerprint(article.extracted().bodyText());
        List<Article> candidates = QuarkusTransaction.requiringNew().call(() -> {
            List<Candidate> found = index.candidates(articleId, fingerprint,
                    policy);
            List<Article> loaded = new ArrayList<>();
            for (Candidate c : found) {
                articles.find(Long.parseLong(c.articleId())).ifPresent(loaded::add);
            }
            return loaded;
        });
        List<String> texts = new ArrayList<>();
        texts.add(article.extracted().bodyText());
        candidates.forEach(c -> texts.add(c.extracted().bodyText()));
        LearnedFormulas.Counts counts = candidates.isEmpty() ? null : learned.read(texts.toArray(String[]::new));
        List<ReuseMatch> found = new ArrayList<>();
        for (Article other : candidates) {
            if (isRevisionPair(article, other)) {
                continue;
            }
            ReuseMatch match = compare(article.id() < other.id() ? article : other, article.id() < other.id() ? other : article,
                    counts);
            if (match.reuseClass() != ReuseClass.NONE) {
                found.add(match);
            }
        }
        LOG.debugf("article %d: %d candidates, %d matches", articleId, candidates.size(), found.size());
        Map<String, ReuseText> byId = new HashMap<>();
        byId.put(Long.toString(articleId), text(article));
        candidates.forEach(c -> byId.put(Long.toString(c.id()), text(c)));
        return CommonSources.apply(Long.toString(articleId), found, byId);
    }

    /**
     * Stores the matches found for an article, marks it matched and records the {@code uncredited_copy} events they
     * show; call inside a transaction.
     */
    public void save(long articleId, List<ReuseMatch> found) {
        found.forEach(matches::save);
        index.markMatched(articleId);
        copyEvents.afterSave(found);
    }

    /**
     * Judges a stored article's matches again under the current rules: its keys are indexed again (sentence keys
     * included, for articles stored before they existed), candidates looked up and verified, and its stored matches
     * replaced by those found, in one transaction. Idempotent: running it twice stores the same matches. Returns
     * false when the article no longer exists.
     */
    public boolean rematch(long articleId) {
        Optional<Article> article = QuarkusTransaction.requiringNew().call(() -> articles.find(articleId));
        if (article.isEmpty()) {
            return false;
        }
        String body = article.get().extracted().bodyText();
        NormalizedText words = words(body);
        Fingerprint fingerprint = fingerprinter.fingerprint(words);
        long[] keys = sentenceKeys(words);
        QuarkusTransaction.requiringNew().run(() -> index(articleId, fingerprint, keys));
        List<ReuseMatch> found = find(articleId, fingerprint);
        QuarkusTransaction.requiringNew().run(() -> {
            matches.deleteAllOf(articleId);
            save(articleId, found);
        });
        return true;
    }

    /** Compares two stored articles (A first), with the formulas the store has learned. */
    public ReuseMatch compare(Article a, Article b) {
        return compare(a, b, learned.read(a.extracted().bodyText(), b.extracted().bodyText()));
    }

    /** As {@link #compare(Article, Article)}, with store counts already read for both texts (among others). */
    private ReuseMatch compare(Article a, Article b, LearnedFormulas.Counts counts) {
        ReuseText ta = text(a);
        ReuseText tb = text(b);
        return comparer.compare(ta, tb, counts.of(ta.text(), tb.text()));
    }

    /** Revisions of one URL are linked by revision_of, not reported as reuse of each other. */
    private static boolean isRevisionPair(Article a, Article b) {
        return a.url() != null && b.url() != null && UrlIdentity.same(a.url(), b.url());
    }

    static ReuseText text(Article article) {
        var published = article.extracted().publishedAt();
        return new ReuseText(Long.toString(article.id()), article.extracted().bodyText(),
                published == null ? null : published.toInstant(), article.createdAt());
    }
}
