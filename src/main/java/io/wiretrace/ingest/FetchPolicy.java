package io.wiretrace.ingest;

import java.time.Duration;
import java.util.List;

/**
 * Limits every fetch obeys.
 *
 * @param connectTimeout time allowed to open a connection
 * @param readTimeout    time allowed for the whole response after connecting
 * @param maxBytes       cap on the body, compressed and decompressed
 * @param maxRedirects   redirects followed before giving up
 * @param allowedHosts   hosts or literal IPs (optionally "host:port") exempt from the address filter; tests use it for
 *                       a local server
 * @param userAgent      User-Agent header sent
 */
public record FetchPolicy(
        Duration connectTimeout,
        Duration readTimeout,
        long maxBytes,
        int maxRedirects,
        List<String> allowedHosts,
        String userAgent) {

    public FetchPolicy {
        allowedHosts = List.copyOf(allowedHosts);
    }
}
