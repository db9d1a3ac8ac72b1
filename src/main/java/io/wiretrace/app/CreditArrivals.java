package io.wiretrace.app;

import io.wiretrace.article.Article;
import io.wiretrace.article.StoredAttribution;
import io.wiretrace.event.CreditedSourceArrivedRule;
import io.wiretrace.event.StoryArticle;
import io.wiretrace.store.ArticleStore;
import io.wiretrace.store.AttributionStore;
import io.wiretrace.store.EventStore;
import io.wiretrace.url.UrlIdentity;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;

/**
 * {@code credited_source_arrived}: when an article is stored, every stored credit whose URL is that article's URL
 * (same URL identity) raises one event per crediting article, in the ingest's transaction.
 */
@ApplicationScoped
public class CreditArrivals {

    private final EventStore events;
    private final ArticleStore articles;
    private final AttributionStore attributions;
    private final RecordEvents record;
    private final CreditedSourceArrivedRule rule = new CreditedSourceArrivedRule();

    public CreditArrivals(EventStore events, ArticleStore articles, AttributionStore attributions, RecordEvents record) {
        this.events = events;
        this.articles = articles;
        this.attributions = attributions;
        this.record = record;
    }

    /**
     * {@link #afterIngest} for many new articles (id to URL key, nulls allowed) in one query, then only for those
     * whose URL some stored article credits. Call in the transaction that stored them.
     */
    void afterIngestAll(java.util.Map<Long, String> urlKeys) {
        java.util.Set<String> credited = events.creditedUrlKeys(urlKeys.values().stream()
                .filter(java.util.Objects::nonNull).toList());
        urlKeys.forEach((id, key) -> {
            if (key != null && credited.contains(key)) {
                articles.find(id).ifPresent(arrived -> afterIngest(arrived, key));
            }
        });
    }

    /** Call in the transaction that stored {@code arrived}. */
    void afterIngest(Article arrived, String urlKey) {
        if (urlKey == null) {
            return;
        }
        StoryArticle story = StoryArticles.of(arrived, List.of());
        for (long creditingId : events.articlesCreditingUrl(urlKey, arrived.id())) {
            Article crediting = articles.find(creditingId).orElse(null);
            if (crediting == null) {
                continue;
            }
            attributions.of(creditingId).stream().map(StoredAttribution::attribution)
                    .filter(a -> urlKey.equals(UrlIdentity.keyOrNull(a.target().creditedUrl())))
                    .findFirst()
                    .ifPresent(credit -> record.record(rule.event(story, urlKey, StoryArticles.of(crediting, List.of()), credit)));
        }
    }
}
