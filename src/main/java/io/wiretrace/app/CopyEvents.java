package io.wiretrace.app;

import io.wiretrace.article.Article;
import io.wiretrace.article.StoredAttribution;
import io.wiretrace.event.UncreditedCopyRule;
import io.wiretrace.reuse.ReuseMatch;
import io.wiretrace.store.ArticleStore;
import io.wiretrace.store.AttributionStore;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.Optional;

/**
 * {@code uncredited_copy} from saved reuse matches: for each match whose derived article does not credit the other's
 * outlet, when that outlet is watched (or credited by a watched outlet). Runs in the transaction that saves the
 * matches (the reuse job's completion), so a retried job records nothing twice (idempotent event keys).
 */
@ApplicationScoped
public class CopyEvents {

    private final ArticleStore articles;
    private final AttributionStore attributions;
    private final RecordEvents events;
    private final UncreditedCopyRule rule = new UncreditedCopyRule();

    public CopyEvents(ArticleStore articles, AttributionStore attributions, RecordEvents events) {
        this.articles = articles;
        this.attributions = attributions;
        this.events = events;
    }

    /** Call inside the transaction that saves {@code matches}. */
    void afterSave(List<ReuseMatch> matches) {
        for (ReuseMatch match : matches) {
            Optional<String> derived = rule.derivedId(match);
            if (derived.isEmpty()) {
                continue;
            }
            long copyId = Long.parseLong(derived.get());
            long originalId = Long.parseLong(derived.get().equals(match.aId()) ? match.bId() : match.aId());
            Optional<Article> original = articles.find(originalId);
            Optional<Article> copy = articles.find(copyId);
            if (original.isEmpty() || copy.isEmpty() || original.get().outlet() == null
                    || !events.watched(original.get().outlet().key())) {
                continue;
            }
            rule.check(match, StoryArticles.of(copy.get(), credits(copyId)), StoryArticles.of(original.get(), List.of()))
                    .ifPresent(events::record);
        }
    }

    private List<io.wiretrace.attribution.Attribution> credits(long articleId) {
        return attributions.of(articleId).stream().map(StoredAttribution::attribution).toList();
    }
}
