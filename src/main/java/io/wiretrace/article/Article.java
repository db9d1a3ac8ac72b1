package io.wiretrace.article;

import io.wiretrace.ingest.FetchRecord;

import io.wiretrace.extract.ExtractedArticle;
import io.wiretrace.outlet.Outlet;
import java.time.Instant;

/**
 * A stored article revision: what was extracted and where it came from.
 *
 * @param id            store id
 * @param inputKind     how it arrived: "url", "html" or "text"
 * @param url           the URL the client gave (null for html/text without URL)
 * @param finalUrl      URL after redirects (equals url when nothing was fetched)
 * @param outlet        the publishing outlet, or null when unknown
 * @param extracted     extraction result
 * @param contentSha256 hex SHA-256 of the raw bytes received
 * @param fetch         fetch provenance, or null when nothing was fetched
 * @param revisionOf    id of the previous revision of the same URL, or null
 * @param createdAt     when Wiretrace stored it (first seen)
 */
public record Article(
        long id,
        String inputKind,
        String url,
        String finalUrl,
        Outlet outlet,
        ExtractedArticle extracted,
        String contentSha256,
        FetchRecord fetch,
        Long revisionOf,
        Instant createdAt) {
}
