package io.wiretrace.watch;

/**
 * A feed or sitemap found on a homepage ({@code <link rel="alternate">}) or in its robots.txt ({@code Sitemap:}), for
 * the client to confirm.
 *
 * @param kind  the kind its declared type suggests (rss, atom, rdf, json_feed; "sitemap" for a robots.txt entry)
 * @param title the link's title, or null
 */
public record FeedCandidate(String url, String kind, String title) {
}
