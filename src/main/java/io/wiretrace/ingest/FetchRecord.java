package io.wiretrace.ingest;

import java.time.Instant;
import java.util.List;
import java.util.Map;

/** How a stored page was fetched: the provenance of the record itself. */
public record FetchRecord(
        String requestedUrl, List<FetchedPage.Redirect> redirects, int status, Map<String, String> headers,
        Instant fetchedAt) {

    public FetchRecord {
        redirects = List.copyOf(redirects);
        headers = Map.copyOf(headers);
    }

    public static FetchRecord of(FetchedPage page) {
        return new FetchRecord(page.requestedUrl(), page.redirects(), page.status(), page.headers(), page.fetchedAt());
    }
}
