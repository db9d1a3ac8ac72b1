package io.wiretrace.watch;

import java.time.Instant;
import java.util.Comparator;

/**
 * One item a feed or sitemap lists.
 *
 * @param url         the page's address (absolute)
 * @param guid        the feed's own id of the item (RSS guid, Atom id, JSON Feed id), null for sitemaps
 * @param title       the feed's title of the item (news:title in a news sitemap), or null
 * @param publishedAt when the feed says it was published (news:publication_date, lastmod for a plain sitemap), or null
 * @param updatedAt   when the feed says it was last updated, or null
 */
public record FeedItem(String url, String guid, String title, Instant publishedAt, Instant updatedAt) {

    /** Newest first: by the latest of the published and updated times; items without a time come last. */
    public static final Comparator<FeedItem> NEWEST_FIRST = Comparator.comparing(FeedItem::latest,
            Comparator.nullsLast(Comparator.reverseOrder()));

    public Instant latest() {
        if (publishedAt == null) {
            return updatedAt;
        }
        return updatedAt == null || publishedAt.isAfter(updatedAt) ? publishedAt : updatedAt;
    }
}
