package io.wiretrace.watch;

import java.time.Instant;
import java.util.List;

/**
 * A parsed feed or sitemap.
 *
 * @param kind     what it is
 * @param title    the feed's title, or null (sitemaps have none)
 * @param items    the pages it lists, in document order
 * @param sitemaps the child sitemaps of a sitemap index (empty otherwise)
 */
public record FeedDocument(SourceKind kind, String title, List<FeedItem> items, List<ChildSitemap> sitemaps) {

    public FeedDocument {
        items = List.copyOf(items);
        sitemaps = List.copyOf(sitemaps);
    }

    /** A sitemap an index lists, with its lastmod (null when not given). */
    public record ChildSitemap(String url, Instant lastmod) {
    }
}
