package io.wiretrace.app;

import io.wiretrace.attribution.Attribution;
import io.wiretrace.extract.ExtractedArticle;
import io.wiretrace.ingest.FetchRecord;
import io.wiretrace.article.Snapshot;
import java.util.List;

/** An input after fetching and extraction, before it is stored. {@code urlKey} and {@code fetch} may be null. */
public record ReceivedArticle(
        String inputKind,
        String url,
        String urlKey,
        String finalUrl,
        FetchRecord fetch,
        Snapshot snapshot,
        String contentSha256,
        ExtractedArticle extracted,
        String outletHint,
        List<Attribution> attributions) {
}
