package io.wiretrace.app;

import io.wiretrace.config.WiretraceConfig;
import io.wiretrace.feed.FeedParser;
import io.wiretrace.ingest.FetchOptions;
import io.wiretrace.ingest.FetchedPage;
import io.wiretrace.url.UrlIdentity;
import io.wiretrace.watch.FeedDocument;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Locale;

/**
 * Fetches (politely, conditionally, under the document cap) and parses the documents of watched sources: feeds,
 * sitemaps and the homepages they are discovered on.
 */
@ApplicationScoped
public class SourceDocuments {

    private final PoliteFetcher polite;
    private final FeedParser parser;
    private final long maxBytes;

    public SourceDocuments(PoliteFetcher polite, WiretraceConfig config) {
        this.polite = polite;
        this.parser = new FeedParser(config.sources().maxDocumentUrls());
        this.maxBytes = config.sources().maxDocumentBytes();
    }

    /** Fetches a feed or sitemap, sending the validators of the last answer (either may be null); 304 comes back as is. */
    public FetchedPage fetch(String url, String etag, String lastModified) {
        return polite.fetch(UrlIdentity.parseHttpUrl(url), FetchOptions.document(maxBytes).ifChanged(etag, lastModified));
    }

    /** @throws io.wiretrace.watch.UnparseableFeed with the parser's reason */
    public FeedDocument parse(FetchedPage page) {
        return parser.parse(page.body(), page.contentType(), page.finalUrl());
    }

    /** An HTML page (a homepage to discover feeds on), not a feed. */
    public static boolean isHtml(FetchedPage page) {
        String type = page.contentType().toLowerCase(Locale.ROOT);
        return type.equals("text/html") || type.equals("application/xhtml+xml");
    }
}
