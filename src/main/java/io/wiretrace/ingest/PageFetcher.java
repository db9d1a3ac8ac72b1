package io.wiretrace.ingest;

import java.net.URI;

/** Fetches one web page under a {@link FetchPolicy}. Implementations are thread-safe. */
public interface PageFetcher {

    /**
     * Fetches {@code url}, following redirects within the policy.
     *
     * @return the page bytes (content-encoding removed) with the provenance of the fetch
     * @throws FetchException for every refusal or failure, with its {@link FetchException.Reason}
     */
    default FetchedPage fetch(URI url) {
        return fetch(url, FetchOptions.PAGE);
    }

    /**
     * Fetches {@code url} as {@code options} ask: conditionally (a 304 is returned as a page with status 304 and an
     * empty body), a document of any type, under its own byte cap. Every other rule of the policy applies unchanged.
     *
     * @throws FetchException for every refusal or failure; {@link FetchException#retryAfter()} carries the server's
     *                        Retry-After on a 429 or 503
     */
    FetchedPage fetch(URI url, FetchOptions options);
}
