package io.wiretrace.feed;

import crawlercommons.sitemaps.AbstractSiteMap;
import crawlercommons.sitemaps.SiteMap;
import crawlercommons.sitemaps.SiteMapIndex;
import crawlercommons.sitemaps.SiteMapURL;
import crawlercommons.sitemaps.UnknownFormatException;
import crawlercommons.sitemaps.extension.Extension;
import crawlercommons.sitemaps.extension.ExtensionMetadata;
import crawlercommons.sitemaps.extension.NewsAttributes;
import io.wiretrace.watch.FeedDocument;
import io.wiretrace.watch.FeedItem;
import io.wiretrace.watch.SourceKind;
import io.wiretrace.watch.UnparseableFeed;
import java.io.IOException;
import java.net.URL;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;

/**
 * Sitemaps, sitemap indexes and Google News sitemaps ({@code news:publication_date}, {@code news:title}) through
 * crawler-commons' SiteMapParser (lenient about the sitemap's path, since news sites list articles outside it).
 */
final class SitemapParser {

    private final int maxUrls;

    SitemapParser(int maxUrls) {
        this.maxUrls = maxUrls;
    }

    FeedDocument parse(byte[] body, String url) {
        AbstractSiteMap parsed;
        try {
            crawlercommons.sitemaps.SiteMapParser parser = new crawlercommons.sitemaps.SiteMapParser(false);
            parser.enableExtension(Extension.NEWS);
            parsed = parser.parseSiteMap("text/xml", body, new URL(url));
        } catch (UnknownFormatException | IOException | RuntimeException e) {
            throw new UnparseableFeed("not a sitemap: " + e.getMessage(), e);
        }
        if (parsed instanceof SiteMapIndex index) {
            List<FeedDocument.ChildSitemap> children = new ArrayList<>();
            for (AbstractSiteMap child : index.getSitemaps()) {
                if (children.size() < maxUrls) {
                    children.add(new FeedDocument.ChildSitemap(child.getUrl().toString(), instant(child.getLastModified())));
                }
            }
            return new FeedDocument(SourceKind.SITEMAP_INDEX, null, List.of(), children);
        }
        List<FeedItem> items = new ArrayList<>();
        boolean news = false;
        for (SiteMapURL entry : ((SiteMap) parsed).getSiteMapUrls()) {
            if (items.size() >= maxUrls) {
                break;
            }
            NewsAttributes attributes = news(entry);
            news |= attributes != null;
            Instant lastmod = instant(entry.getLastModified());
            items.add(attributes == null ? new FeedItem(entry.getUrl().toString(), null, null, lastmod, lastmod)
                    : new FeedItem(entry.getUrl().toString(), null, FeedParser.trim(attributes.getTitle()),
                    instant(attributes.getPublicationDate()), lastmod));
        }
        return new FeedDocument(news ? SourceKind.NEWS_SITEMAP : SourceKind.SITEMAP, null, items, List.of());
    }

    private static NewsAttributes news(SiteMapURL entry) {
        ExtensionMetadata[] attributes = entry.getAttributesForExtension(Extension.NEWS);
        return attributes != null && attributes.length > 0 && attributes[0] instanceof NewsAttributes n ? n : null;
    }

    private static Instant instant(Date date) {
        return date == null ? null : date.toInstant();
    }
}
