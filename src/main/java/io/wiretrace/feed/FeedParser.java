package io.wiretrace.feed;

import com.rometools.rome.feed.synd.SyndEntry;
import com.rometools.rome.feed.synd.SyndFeed;
import com.rometools.rome.io.FeedException;
import com.rometools.rome.io.SyndFeedInput;
import io.wiretrace.watch.FeedDocument;
import io.wiretrace.watch.FeedItem;
import io.wiretrace.watch.SourceKind;
import io.wiretrace.watch.UnparseableFeed;
import java.io.ByteArrayInputStream;
import java.net.URI;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Locale;
import org.xml.sax.InputSource;

/**
 * Parses a feed or sitemap document of any supported kind: JSON Feed (by its JSON body), sitemaps and sitemap indexes
 * (root {@code urlset} / {@code sitemapindex}), and RSS 2.0, RSS 1.0/RDF and Atom (everything else XML, through Rome).
 * At most {@code maxItems} items are kept per document (the sitemap protocol's 50,000 by default). Thread-safe.
 */
public final class FeedParser {

    private final int maxItems;
    private final JsonFeedParser json = new JsonFeedParser();
    private final SitemapParser sitemaps;

    public FeedParser(int maxItems) {
        this.maxItems = maxItems;
        this.sitemaps = new SitemapParser(maxItems);
    }

    /**
     * @param body        the document's bytes (content-encoding and gzip already removed)
     * @param contentType its media type, or null
     * @param url         its address (relative links resolve against it)
     * @throws UnparseableFeed with the parser's reason when it is none of the supported kinds
     */
    public FeedDocument parse(byte[] body, String contentType, String url) {
        String type = contentType == null ? "" : contentType.toLowerCase(Locale.ROOT);
        if (type.contains("json") || firstChar(body) == '{') {
            return json.parse(body, url, maxItems);
        }
        String root = XmlRoot.name(body);
        if (root.equals("urlset") || root.equals("sitemapindex")) {
            return sitemaps.parse(body, url);
        }
        return syndication(body, url);
    }

    private FeedDocument syndication(byte[] body, String url) {
        SyndFeed feed;
        try {
            SyndFeedInput input = new SyndFeedInput();
            input.setAllowDoctypes(false);
            feed = input.build(new InputSource(new ByteArrayInputStream(body)));
        } catch (FeedException | IllegalArgumentException e) {
            throw new UnparseableFeed("not a feed or sitemap: " + e.getMessage(), e);
        }
        SourceKind kind = feed.getFeedType() == null ? SourceKind.RSS
                : feed.getFeedType().startsWith("atom") ? SourceKind.ATOM
                : feed.getFeedType().equals("rss_1.0") || feed.getFeedType().equals("rss_0.90") ? SourceKind.RDF
                : SourceKind.RSS;
        List<FeedItem> items = new ArrayList<>();
        for (SyndEntry entry : feed.getEntries()) {
            String link = entry.getLink() != null ? entry.getLink() : isHttp(entry.getUri()) ? entry.getUri() : null;
            if (link == null || items.size() >= maxItems) {
                continue;
            }
            resolve(url, link).ifPresent(absolute -> items.add(new FeedItem(absolute, entry.getUri(),
                    trim(entry.getTitle()), instant(entry.getPublishedDate()), instant(entry.getUpdatedDate()))));
        }
        return new FeedDocument(kind, trim(feed.getTitle()), items, List.of());
    }

    static java.util.Optional<String> resolve(String base, String link) {
        try {
            URI resolved = URI.create(base).resolve(link.trim());
            return isHttp(resolved.toString()) ? java.util.Optional.of(resolved.toString()) : java.util.Optional.empty();
        } catch (IllegalArgumentException e) {
            return java.util.Optional.empty();
        }
    }

    static boolean isHttp(String url) {
        String u = url == null ? "" : url.toLowerCase(Locale.ROOT);
        return u.startsWith("http://") || u.startsWith("https://");
    }

    static String trim(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }

    private static java.time.Instant instant(Date date) {
        return date == null ? null : date.toInstant();
    }

    private static int firstChar(byte[] body) {
        for (byte b : body) {
            if (!Character.isWhitespace(b) && (b & 0xFF) != 0xEF && (b & 0xFF) != 0xBB && (b & 0xFF) != 0xBF) {
                return b;
            }
        }
        return -1;
    }
}
