package io.wiretrace.store;

import io.wiretrace.extract.ExtractedArticle;
import io.wiretrace.ingest.FetchRecord;
import io.wiretrace.article.Snapshot;

/**
 * Everything needed to store one article revision. {@code urlKey}, {@code fetch}, {@code revisionOf},
 * {@code authorBioHash} may be null; {@code firstSeen} is null for now (an import gives the archive's capture time).
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
        java.time.Instant firstSeen) {
}
