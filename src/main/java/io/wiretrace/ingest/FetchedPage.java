package io.wiretrace.ingest;

import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * A fetched page and how it was obtained.
 *
 * @param requestedUrl the URL asked for
 * @param finalUrl     the URL that answered after redirects
 * @param redirects    every hop, in order (empty when there was none)
 * @param status       HTTP status of the final response
 * @param headers      selected response headers (ETag, Last-Modified, Content-Type, Content-Length, Content-Encoding),
 *                     keys in canonical case
 * @param contentType  media type without parameters, lower case (e.g. "text/html")
 * @param charset      charset used to decode {@code body} into {@code text} (from header, BOM or meta)
 * @param body         raw response bytes after content-encoding (gzip/deflate) was removed
 * @param text         the body decoded with {@code charset}
 * @param fetchedAt    when the final response arrived
 */
public record FetchedPage(
        String requestedUrl,
        String finalUrl,
        List<Redirect> redirects,
        int status,
        Map<String, String> headers,
        String contentType,
        String charset,
        byte[] body,
        String text,
        Instant fetchedAt) {

    public FetchedPage {
        redirects = List.copyOf(redirects);
        headers = Map.copyOf(headers);
    }

    /** One redirect hop: {@code from} answered {@code status} with {@code Location: to}. */
    public record Redirect(String from, int status, String to) {
    }
}
