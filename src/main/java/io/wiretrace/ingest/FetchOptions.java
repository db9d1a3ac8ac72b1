package io.wiretrace.ingest;

/**
 * What one fetch asks beyond a plain page fetch: validators for a conditional GET (a 304 answer then comes back as a
 * {@link FetchedPage} with status 304 and no body), whether any content type is accepted (feeds, sitemaps, robots.txt;
 * a gzip body of such a document is unpacked under the same cap), and a byte cap of its own.
 *
 * @param ifNoneMatch     an ETag sent as If-None-Match, or null
 * @param ifModifiedSince a Last-Modified value sent as If-Modified-Since, or null
 * @param anyContentType  false: only HTML (a page); true: any type (a document the caller parses itself)
 * @param maxBytes        cap on the body, compressed and unpacked; 0 takes the policy's cap
 * @param stopAtOtherHost true: a redirect to another host (see {@link HostKeys}) is not followed but returned as it
 *                        came (its 3xx status, no body, the hop last in {@link FetchedPage#redirects()}), for a caller
 *                        that must take that host's turn before asking it
 */
public record FetchOptions(String ifNoneMatch, String ifModifiedSince, boolean anyContentType, long maxBytes,
                           boolean stopAtOtherHost) {

    /** A plain page fetch: HTML only, the policy's cap, unconditional. */
    public static final FetchOptions PAGE = new FetchOptions(null, null, false, 0, false);

    public FetchOptions {
        if (maxBytes < 0) {
            throw new IllegalArgumentException("maxBytes must be >= 0: " + maxBytes);
        }
    }

    /** A document of any type (feed, sitemap, robots.txt) under its own cap. */
    public static FetchOptions document(long maxBytes) {
        return new FetchOptions(null, null, true, maxBytes, false);
    }

    /** The same fetch, conditional on the validators of an earlier answer (either may be null). */
    public FetchOptions ifChanged(String etag, String lastModified) {
        return new FetchOptions(etag, lastModified, anyContentType, maxBytes, stopAtOtherHost);
    }

    /** The same fetch, stopping at a redirect to another host. */
    public FetchOptions withinHost() {
        return new FetchOptions(ifNoneMatch, ifModifiedSince, anyContentType, maxBytes, true);
    }

    boolean conditional() {
        return ifNoneMatch != null || ifModifiedSince != null;
    }
}
