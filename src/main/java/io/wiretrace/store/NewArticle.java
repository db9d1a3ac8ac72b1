package io.wiretrace.store;

import io.wiretrace.extract.ExtractedArticle;
import io.wiretrace.ingest.FetchRecord;
import io.wiretrace.article.Snapshot;
import io.wiretrace.url.UrlIdentity;
import java.time.Instant;

/**
 * Everything needed to store one article revision. {@code urlKey}, {@code fetch}, {@code revisionOf},
 * {@code authorBioHash} may be null; {@code firstSeen} is null for now (an import gives the archive's capture time).
 * Given none, an article received by a web archive's capture URL that states its capture time (Wayback Machine,
 * archive.today) was first seen then: whichever way it arrives (a request, a source, an NDJSON line).
 */
public record NewArticle(
        String inputKind,
        String url,
        String urlKey,
        String finalUrl,
        String outletKey,
        ExtractedArticle extracted,
        String contentSha256,
        FetchRecord fetch,
        Long revisionOf,
        Snapshot snapshot,
        String authorBioHash,
        Instant firstSeen) {

    public NewArticle {
        if (firstSeen == null && url != null) {
            firstSeen = UrlIdentity.parse(url).flatMap(UrlIdentity::capturedAt).filter(t -> t.isBefore(Instant.now()))
                    .orElse(null);
        }
    }
}
