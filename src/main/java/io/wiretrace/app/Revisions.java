package io.wiretrace.app;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.wiretrace.article.Article;
import io.wiretrace.article.ArticleNotFound;
import io.wiretrace.attribution.AttributionDetector;
import io.wiretrace.event.CreditDroppedRule;
import io.wiretrace.revision.RevisionContent;
import io.wiretrace.revision.RevisionDiff;
import io.wiretrace.revision.RevisionDiffer;
import io.wiretrace.revision.WithheldVersion;
import io.wiretrace.store.ArticleStore;
import io.wiretrace.store.RevisionStore;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.jboss.logging.Logger;

/**
 * Revisions of a URL. A new version is a revision only when its extracted article (title, byline, body text,
 * attributions) differs from the URL's newest stored version, both versions' attributions detected by the current
 * detector; markup-only changes and withheld versions (walls, error pages) are not. Each revision's diff is computed
 * from the two stored versions; a revision that drops a credit raises {@code credit_dropped}.
 */
@ApplicationScoped
public class Revisions {

    private static final Logger LOG = Logger.getLogger(Revisions.class);

    /** A stored version and its diff from the version before it (null for the first). */
    public record Version(Article article, Long previousId, RevisionDiff diff) {
    }

    private final ArticleStore articles;
    private final RevisionStore versions;
    private final AttributionDetector detector;
    private final RecordEvents events;
    private final RevisionDiffer differ = new RevisionDiffer();
    private final WithheldVersion withheld = new WithheldVersion();
    private final CreditDroppedRule creditDropped = new CreditDroppedRule();

    public Revisions(ArticleStore articles, RevisionStore versions, AttributionDetector detector, RecordEvents events) {
        this.articles = articles;
        this.versions = versions;
        this.detector = detector;
        this.events = events;
    }

    /**
     * The URL's newest stored version when {@code received} is no new revision of it (same bytes, same extracted
     * article, or a withheld version); empty when it is one, or the URL is new. Call inside a transaction.
     */
    Optional<Article> unchanged(ReceivedArticle received) {
        Optional<Article> latest = articles.latestRevision(received.urlKey()).flatMap(articles::find);
        if (latest.isEmpty()) {
            return Optional.empty();
        }
        Article current = latest.get();
        if (current.contentSha256().equals(received.contentSha256())) {
            return latest;
        }
        RevisionContent before = content(current);
        RevisionContent after = RevisionContent.of(received.extracted(), received.attributions());
        if (before.sameArticleAs(after)) {
            return latest;
        }
        Optional<String> wall = withheld.reason(before, after);
        wall.ifPresent(reason -> LOG.infof("%s: not a revision of article %d: %s", received.url(), current.id(), reason));
        return wall.isPresent() ? latest : Optional.empty();
    }

    /** Records {@code credit_dropped} for each credit {@code revision} removed from {@code previousId}; in its transaction. */
    void afterRevision(long previousId, Article revision, ReceivedArticle received) {
        Article previous = articles.find(previousId).orElseThrow();
        RevisionContent before = content(previous);
        RevisionContent after = RevisionContent.of(received.extracted(), received.attributions());
        creditDropped.check(StoryArticles.of(previous, before.attributions()), StoryArticles.of(revision, after.attributions()), differ.diff(before, after),
                revision.extracted().byline()).forEach(events::record);
    }

    /** Every version of the article's URL, oldest first, each with its diff from the one before. */
    public List<Version> of(long articleId) {
        return QuarkusTransaction.requiringNew().call(() -> {
            List<Long> ids = versions.versionsOf(articleId);
            if (ids.isEmpty()) {
                throw new ArticleNotFound(articleId);
            }
            List<Version> out = new ArrayList<>();
            Article before = null;
            for (long id : ids) {
                Article article = articles.find(id).orElseThrow();
                out.add(new Version(article, before == null ? null : before.id(),
                        before == null ? null : differ.diff(content(before), content(article))));
                before = article;
            }
            return out;
        });
    }

    /** What a stored version says, its attributions detected now (so two versions are judged by one detector). */
    private RevisionContent content(Article article) {
        return RevisionContent.of(article.extracted(), detector.detect(article.extracted()));
    }
}
