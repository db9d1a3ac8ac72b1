package io.wiretrace.feed;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.wiretrace.watch.FeedDocument;
import io.wiretrace.watch.FeedItem;
import io.wiretrace.watch.SourceKind;
import io.wiretrace.watch.UnparseableFeed;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class FeedParserTest {

    private final FeedParser parser = new FeedParser(50_000);

    static final String RSS = """
            <?xml version="1.0" encoding="UTF-8"?>
            <rss version="2.0"><channel><title>Gazette</title><link>https://gazette.example/</link>
            <item><title>First story</title><link>/news/1</link><guid isPermaLink="false">g-1</guid>
              <pubDate>Tue, 01 Dec 2026 10:00:00 GMT</pubDate></item>
            <item><title>Second story</title><link>https://gazette.example/news/2</link></item>
            </channel></rss>""";

    static final String RDF = """
            <?xml version="1.0"?>
            <rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#" xmlns="http://purl.org/rss/1.0/"
                     xmlns:dc="http://purl.org/dc/elements/1.1/">
              <channel rdf:about="https://rdf.example/"><title>RDF News</title><link>https://rdf.example/</link>
                <items><rdf:Seq><rdf:li resource="https://rdf.example/a"/></rdf:Seq></items></channel>
              <item rdf:about="https://rdf.example/a"><title>An RDF item</title><link>https://rdf.example/a</link>
                <dc:date>2026-12-01T09:00:00Z</dc:date></item>
            </rdf:RDF>""";

    static final String ATOM = """
            <?xml version="1.0" encoding="utf-8"?>
            <feed xmlns="http://www.w3.org/2005/Atom"><title>Atom Wire</title><id>urn:atom-wire</id>
              <updated>2026-12-02T12:00:00Z</updated>
              <entry><title>Atom entry</title><id>urn:entry:1</id><link rel="alternate" href="https://atom.example/e/1"/>
                <published>2026-12-02T10:00:00Z</published><updated>2026-12-02T11:00:00Z</updated></entry>
            </feed>""";

    static final String JSON_FEED = """
            {"version": "https://jsonfeed.org/version/1.1", "title": "JSON Daily",
             "items": [{"id": "j-1", "url": "https://json.example/j/1", "title": "JSON item",
                        "date_published": "2026-12-03T08:00:00Z", "date_modified": "2026-12-03T09:30:00+01:00"},
                       {"id": "no-url", "content_text": "skipped: no url"}]}""";

    static final String NEWS_SITEMAP = """
            <?xml version="1.0" encoding="UTF-8"?>
            <urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9"
                    xmlns:news="http://www.google.com/schemas/sitemap-news/0.9">
              <url><loc>https://news.example/story-1</loc>
                <news:news><news:publication><news:name>News Example</news:name><news:language>en</news:language></news:publication>
                  <news:publication_date>2026-12-04T07:00:00Z</news:publication_date>
                  <news:title>A news sitemap story</news:title></news:news></url>
            </urlset>""";

    static final String INDEX = """
            <?xml version="1.0" encoding="UTF-8"?>
            <sitemapindex xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">
              <sitemap><loc>https://news.example/sitemap-1.xml</loc><lastmod>2026-12-04T00:00:00Z</lastmod></sitemap>
              <sitemap><loc>https://news.example/sitemap-2.xml</loc></sitemap>
            </sitemapindex>""";

    @Test
    void rss2WithRelativeLinksAndGuids() {
        FeedDocument doc = parse(RSS, "application/rss+xml", "https://gazette.example/feed");
        assertThat(doc.kind()).isEqualTo(SourceKind.RSS);
        assertThat(doc.title()).isEqualTo("Gazette");
        assertThat(doc.items()).extracting(FeedItem::url)
                .containsExactly("https://gazette.example/news/1", "https://gazette.example/news/2");
        FeedItem first = doc.items().get(0);
        assertThat(first.guid()).isEqualTo("g-1");
        assertThat(first.title()).isEqualTo("First story");
        assertThat(first.publishedAt()).isEqualTo(Instant.parse("2026-12-01T10:00:00Z"));
    }

    @Test
    void rss1Rdf() {
        FeedDocument doc = parse(RDF, "application/rdf+xml", "https://rdf.example/feed");
        assertThat(doc.kind()).isEqualTo(SourceKind.RDF);
        assertThat(doc.items()).singleElement().satisfies(i -> {
            assertThat(i.url()).isEqualTo("https://rdf.example/a");
            assertThat(i.title()).isEqualTo("An RDF item");
        });
    }

    @Test
    void atom() {
        FeedDocument doc = parse(ATOM, "application/atom+xml", "https://atom.example/feed");
        assertThat(doc.kind()).isEqualTo(SourceKind.ATOM);
        FeedItem entry = doc.items().get(0);
        assertThat(entry.url()).isEqualTo("https://atom.example/e/1");
        assertThat(entry.guid()).isEqualTo("urn:entry:1");
        assertThat(entry.publishedAt()).isEqualTo(Instant.parse("2026-12-02T10:00:00Z"));
        assertThat(entry.updatedAt()).isEqualTo(Instant.parse("2026-12-02T11:00:00Z"));
    }

    @Test
    void jsonFeed() {
        FeedDocument doc = parse(JSON_FEED, "application/feed+json", "https://json.example/feed.json");
        assertThat(doc.kind()).isEqualTo(SourceKind.JSON_FEED);
        assertThat(doc.title()).isEqualTo("JSON Daily");
        assertThat(doc.items()).singleElement().satisfies(i -> {
            assertThat(i.guid()).isEqualTo("j-1");
            assertThat(i.updatedAt()).isEqualTo(Instant.parse("2026-12-03T08:30:00Z"));
        });
    }

    @Test
    void googleNewsSitemap() {
        FeedDocument doc = parse(NEWS_SITEMAP, "application/xml", "https://news.example/news-sitemap.xml");
        assertThat(doc.kind()).isEqualTo(SourceKind.NEWS_SITEMAP);
        assertThat(doc.items()).singleElement().satisfies(i -> {
            assertThat(i.url()).isEqualTo("https://news.example/story-1");
            assertThat(i.title()).isEqualTo("A news sitemap story");
            assertThat(i.publishedAt()).isEqualTo(Instant.parse("2026-12-04T07:00:00Z"));
        });
    }

    @Test
    void sitemapIndexListsItsSitemaps() {
        FeedDocument doc = parse(INDEX, "text/xml", "https://news.example/sitemap.xml");
        assertThat(doc.kind()).isEqualTo(SourceKind.SITEMAP_INDEX);
        assertThat(doc.sitemaps()).extracting(FeedDocument.ChildSitemap::url)
                .containsExactlyInAnyOrder("https://news.example/sitemap-1.xml", "https://news.example/sitemap-2.xml");
    }

    @Test
    void itemsAreCappedPerDocument() {
        StringBuilder xml = new StringBuilder("<urlset xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\">");
        for (int i = 0; i < 30; i++) {
            xml.append("<url><loc>https://big.example/p/").append(i).append("</loc></url>");
        }
        FeedDocument doc = new FeedParser(10).parse(xml.append("</urlset>").toString().getBytes(StandardCharsets.UTF_8),
                "text/xml", "https://big.example/sitemap.xml");
        assertThat(doc.kind()).isEqualTo(SourceKind.SITEMAP);
        assertThat(doc.items()).hasSize(10);
    }

    @Test
    void unparseableDocumentsSayWhy() {
        assertThatThrownBy(() -> parse("just some text", "text/plain", "https://x.example/feed"))
                .isInstanceOf(UnparseableFeed.class).hasMessageContaining("not a feed");
        assertThatThrownBy(() -> parse("{\"hello\": 1}", "application/json", "https://x.example/feed"))
                .isInstanceOf(UnparseableFeed.class).hasMessageContaining("JSON Feed");
        // broken JSON: the parser's words and where, not its internal "Source: REDACTED" preamble
        assertThatThrownBy(() -> parse("{\"version\": ", "application/feed+json", "https://x.example/feed.json"))
                .isInstanceOf(UnparseableFeed.class).hasMessageContaining("not a JSON Feed").hasMessageContaining("line 1")
                .hasMessageNotContaining("REDACTED").hasMessageNotContaining("StreamReadFeature");
        assertThatThrownBy(() -> parse("<rss version=\"2.0\"><channel><item>", "application/rss+xml", "https://x.example/f"))
                .isInstanceOf(UnparseableFeed.class);
    }

    @Test
    void robotsTxtRulesCrawlDelayAndSitemaps() {
        RobotsTxt robots = RobotsTxt.of("https://r.example/robots.txt", 200, """
                User-agent: *
                Disallow: /private/
                Crawl-delay: 2
                Sitemap: https://r.example/news-sitemap.xml
                """, "Wiretrace/0.1 (+provenance tracing)");
        assertThat(robots.allows("https://r.example/private/x")).isFalse();
        assertThat(robots.allows("https://r.example/news/x")).isTrue();
        assertThat(robots.crawlDelay()).isEqualTo(java.time.Duration.ofSeconds(2));
        assertThat(robots.sitemaps()).containsExactly("https://r.example/news-sitemap.xml");
        assertThat(RobotsTxt.of("https://r.example/robots.txt", 404, null, "Wiretrace").allows("https://r.example/a")).isTrue();
        assertThat(RobotsTxt.of("https://r.example/robots.txt", 503, null, "Wiretrace").allows("https://r.example/a")).isFalse();
    }

    @Test
    void robotsTxtGroupsAreMatchedByTheUserAgentsProductToken() {
        String body = "User-agent: Wiretrace\nDisallow: /\n\nUser-agent: *\nAllow: /\n";
        assertThat(RobotsTxt.of("https://r.example/robots.txt", 200, body, "Wiretrace/0.1 (+provenance tracing)")
                .allows("https://r.example/news/1")).isFalse();
        assertThat(RobotsTxt.of("https://r.example/robots.txt", 200, body, "OtherBot/2.0")
                .allows("https://r.example/news/1")).isTrue();
    }

    private FeedDocument parse(String body, String type, String url) {
        return parser.parse(body.getBytes(StandardCharsets.UTF_8), type, url);
    }
}
