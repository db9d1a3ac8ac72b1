package io.wiretrace.app;

import io.wiretrace.attribution.AttributionDetector;
import io.wiretrace.config.WiretraceConfig;
import io.wiretrace.extract.ArticleExtractor;
import io.wiretrace.extract.ExtractedArticle;
import io.wiretrace.extract.NoArticleFound;
import io.wiretrace.extract.TextHints;
import io.wiretrace.article.ArticleInput;
import io.wiretrace.extract.TextMeasure;
import io.wiretrace.ingest.FetchRecord;
import io.wiretrace.ingest.FetchedPage;
import io.wiretrace.article.InputTooLarge;
import io.wiretrace.article.InvalidInput;
import io.wiretrace.ingest.PageDecoder;
import io.wiretrace.ingest.PageFetcher;
import io.wiretrace.article.Snapshot;
import io.wiretrace.article.StorableText;
import io.wiretrace.outlet.PublisherIdentity;
import io.wiretrace.url.UrlIdentity;
import jakarta.enterprise.context.ApplicationScoped;
import java.nio.charset.StandardCharsets;

/** Turns an {@link ArticleInput} into a {@link ReceivedArticle}: checks it, fetches the page if asked, extracts. No database work. */
@ApplicationScoped
public class ArticleReceiver {

    static final int MIN_HTML_WORDS = 20;

    private final PageFetcher fetcher;
    private final ArticleExtractor extractor;
    private final AttributionDetector detector;
    private final WiretraceConfig config;
    private final OutletDirectory outlets;

    public ArticleReceiver(PageFetcher fetcher, ArticleExtractor extractor, AttributionDetector detector,
                           WiretraceConfig config, OutletDirectory outlets) {
        this.outlets = outlets;
        this.fetcher = fetcher;
        this.extractor = extractor;
        this.detector = detector;
        this.config = config;
    }

    /** Checks, fetches (for a URL), extracts and detects attributions; stores nothing. */
    public ReceivedArticle receive(ArticleInput input) {
        check(input);
        String urlKey = input.url() == null ? null : urlKey(input.url());
        if (input instanceof ArticleInput.FromUrl u) {
            return fromPage(fetcher.fetch(UrlIdentity.parseHttpUrl(u.url())), urlKey);
        }
        if (input instanceof ArticleInput.FromHtml h) {
            return fromHtml(h, urlKey);
        }
        return fromText((ArticleInput.FromText) input, urlKey);
    }

    /**
     * An HTML page received as bytes with its media type (an archived capture): the bytes are the snapshot as they
     * are, decoded by their charset to extract; {@code fetch} (may be null) says how the archive got it.
     */
    public ReceivedArticle receivePage(String url, byte[] body, String contentType, FetchRecord fetch) {
        String html = PageDecoder.decode(contentType, body);
        check(new ArticleInput.FromHtml(html, url));
        checkSize("html", html);
        ExtractedArticle extracted = requireArticle(extractor.fromHtml(html, url))
                .statedUpTo(latestStated(fetch == null ? null : fetch.fetchedAt()));
        return new ReceivedArticle("html", url, url == null ? null : urlKey(url), url, fetch,
                new Snapshot(contentType == null ? "text/html" : contentType, body), Sha256.hex(body), extracted, null,
                detector.detect(extracted));
    }

    /** A page fetched elsewhere (a watched source's item or a re-check, fetched politely): extracts and detects. */
    public ReceivedArticle receive(FetchedPage page) {
        check(new ArticleInput.FromUrl(page.requestedUrl()));
        return fromPage(page, urlKey(page.requestedUrl()));
    }

    private ReceivedArticle fromPage(FetchedPage page, String urlKey) {
        ExtractedArticle extracted = requireArticle(extractor.fromHtml(page.text(), page.finalUrl()))
                .statedUpTo(latestStated(null));
        String contentType = page.headers().getOrDefault("Content-Type", page.contentType() + "; charset=" + page.charset());
        return new ReceivedArticle("url", page.requestedUrl(), urlKey, page.finalUrl(), FetchRecord.of(page),
                new Snapshot(contentType, page.body()), Sha256.hex(page.body()), extracted, null, detector.detect(extracted));
    }

    private ReceivedArticle fromHtml(ArticleInput.FromHtml input, String urlKey) {
        checkSize("html", input.html());
        byte[] raw = input.html().getBytes(StandardCharsets.UTF_8);
        ExtractedArticle extracted = requireArticle(extractor.fromHtml(input.html(), input.url()))
                .statedUpTo(latestStated(null));
        return new ReceivedArticle("html", input.url(), urlKey, input.url(), null,
                new Snapshot("text/html; charset=utf-8", raw), Sha256.hex(raw), extracted, null, detector.detect(extracted));
    }

    private ReceivedArticle fromText(ArticleInput.FromText input, String urlKey) {
        checkSize("text", input.text());
        byte[] raw = input.text().getBytes(StandardCharsets.UTF_8);
        ExtractedArticle extracted = extractor.fromText(input.text(),
                new TextHints(input.url(), input.outlet(), input.title(), input.publishedAt()));
        return new ReceivedArticle("text", input.url(), urlKey, input.url(), null,
                new Snapshot("text/plain; charset=utf-8", raw), Sha256.hex(raw), extracted, input.outlet(), detector.detect(extracted));
    }

    /** Every field storable, the URL within its cap. */
    private void check(ArticleInput input) {
        StorableText.check("url", input.url());
        int cap = config.ingest().maxUrlChars();
        if (input.url() != null && input.url().length() > cap) {
            throw new InvalidInput("url", "url has " + input.url().length() + " characters, over the cap of " + cap);
        }
        if (input instanceof ArticleInput.FromHtml h) {
            StorableText.check("html", h.html());
        } else if (input instanceof ArticleInput.FromText t) {
            StorableText.check("text", t.text());
            StorableText.check("outlet", t.outlet());
            StorableText.check("title", t.title());
            checkOutlet(t.url(), t.outlet());
        }
    }

    /** A client's outlet that cannot be the publisher at {@code url} is refused, not silently replaced by the URL's. */
    public void checkOutlet(String url, String outlet) {
        ArticleInput.checkOutlet(outlet);
        PublisherIdentity.hintConflict(new PublisherIdentity.Claims(url, url, outlet, null, null, null), outlets)
                .ifPresent(why -> {
                    throw new InvalidInput("outlet", why);
                });
    }

    /**
     * The latest publication time a page may state: a day after it was fetched (an archive's capture time), or after
     * now, as for a client's stated time ({@link io.wiretrace.article.StatedTime}).
     */
    private static java.time.Instant latestStated(java.time.Instant fetchedAt) {
        return (fetchedAt == null ? java.time.Instant.now() : fetchedAt).plus(java.time.Duration.ofDays(1));
    }

    /** A page whose main text is a few words (a navigation shell, a login wall) holds no article. */
    private static ExtractedArticle requireArticle(ExtractedArticle extracted) {
        int words = TextMeasure.wordsUpTo(extracted.bodyText(), MIN_HTML_WORDS);
        if (words < MIN_HTML_WORDS) {
            throw new NoArticleFound("the page has no article text: the main content has " + words
                    + " words, fewer than " + MIN_HTML_WORDS);
        }
        return extracted;
    }

    private void checkSize(String field, String value) {
        int cap = config.ingest().maxInputChars();
        if (value.length() > cap) {
            throw new InputTooLarge(field, field + " has " + value.length() + " characters, over the cap of " + cap);
        }
        if (value.isBlank()) {
            throw new InvalidInput(field, field + " is empty");
        }
    }

    private static String urlKey(String url) {
        try {
            return UrlIdentity.of(url).key();
        } catch (IllegalArgumentException e) {
            throw new InvalidInput("url", e.getMessage());
        }
    }
}
