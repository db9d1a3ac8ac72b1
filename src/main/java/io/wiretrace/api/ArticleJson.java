package io.wiretrace.api;

import io.wiretrace.extract.ExtractedArticle;
import io.wiretrace.extract.JsonLdFacts;
import io.wiretrace.extract.MarkupSignal;
import io.wiretrace.extract.OutboundLink;
import io.wiretrace.article.Article;
import io.wiretrace.ingest.FetchRecord;
import io.wiretrace.ingest.FetchedPage;
import io.wiretrace.watch.Discovery;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;

/**
 * An article as the API shows it; {@code discoveredVia} lists how watched sources found it (source id, the feed's item
 * id, published and updated times and title of the item), empty for articles no source brought.
 */
public record ArticleJson(
        long id,
        String inputKind,
        String url,
        String finalUrl,
        String canonicalUrl,
        OutletJson outlet,
        String title,
        List<String> authors,
        String byline,
        OffsetDateTime publishedAt,
        OffsetDateTime modifiedAt,
        String language,
        String description,
        String siteName,
        String bodyText,
        String contentSha256,
        FetchJson fetch,
        ArchiveJson archive,
        Long revisionOf,
        Instant createdAt,
        JsonLdFacts jsonLd,
        List<MarkupSignal> markup,
        List<OutboundLink> links,
        List<AttributionJson> attributions,
        String reuseStatus,
        List<Discovery> discoveredVia) {

    /** How the page was fetched; null for html/text input. */
    public record FetchJson(String requestedUrl, List<FetchedPage.Redirect> redirects, int status,
                            Map<String, String> headers, Instant fetchedAt) {
        static FetchJson of(FetchRecord f) {
            return f == null ? null : new FetchJson(f.requestedUrl(), f.redirects(), f.status(), f.headers(), f.fetchedAt());
        }
    }

    /** The web archive or dump an imported article came from; null for articles not imported. */
    public record ArchiveJson(java.util.UUID importId, String fileName, long fileSize, String fileSha256, String format,
                              String recordId, String targetUri, Instant fetchedAt, String member, long offset,
                              Long line) {
        static ArchiveJson of(io.wiretrace.archive.ArchiveOrigin o) {
            return o == null ? null : new ArchiveJson(o.importId(), o.fileName(), o.fileSize(), o.fileSha256(),
                    o.format(), o.recordId(), o.targetUri(), o.warcDate(), o.member(), o.offset(), o.line());
        }
    }

    /**
     * @param origin        the archive the article was imported from, or null
     * @param discoveredVia how watched sources found it (empty when none did)
     * @param reuseMatched whether text-reuse matching of the article has run ({@code reuseStatus} "done"), else
     *                     "pending": matching runs in the background after an ingest
     */
    static ArticleJson of(Article a, List<AttributionJson> attributions, io.wiretrace.archive.ArchiveOrigin origin,
                          boolean reuseMatched, List<Discovery> discoveredVia) {
        ExtractedArticle x = a.extracted();
        return new ArticleJson(a.id(), a.inputKind(), a.url(), a.finalUrl(), x.canonicalUrl(), OutletJson.of(a.outlet()),
                x.title(), x.authors(), x.byline(), x.publishedAt(), x.modifiedAt(), x.language(), x.description(),
                x.siteName(), x.bodyText(), a.contentSha256(), FetchJson.of(a.fetch()), ArchiveJson.of(origin),
                a.revisionOf(), a.createdAt(), x.jsonLd(), x.markup(), x.links(), attributions,
                reuseMatched ? "done" : "pending", discoveredVia);
    }
}
