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
    FetchedPage fetch(URI url);
}
