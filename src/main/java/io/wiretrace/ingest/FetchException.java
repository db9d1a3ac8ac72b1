package io.wiretrace.ingest;

/** A fetch was refused or failed; {@link #reason()} says which way. */
public class FetchException extends RuntimeException {

    /** Why a fetch did not produce a page. */
    public enum Reason {
        /** Scheme other than http/https, or a malformed URL. */
        INVALID_URL,
        /** Host resolves to a loopback, private, link-local, metadata or otherwise non-public address. */
        ADDRESS_REFUSED,
        /** More redirects than the policy allows, or a redirect loop. */
        TOO_MANY_REDIRECTS,
        /** Body (compressed or decompressed) over the size cap. */
        TOO_LARGE,
        /** Connect or read timeout. */
        TIMEOUT,
        /** The server answered a non-2xx status (see {@link #upstreamStatus()}). */
        UPSTREAM_STATUS,
        /** The content type is not HTML. */
        UNSUPPORTED_CONTENT_TYPE,
        /** Connection refused, DNS failure, TLS failure, malformed response. */
        NETWORK
    }

    private final Reason reason;
    private final int upstreamStatus;
    private final String retryAfter;

    public FetchException(Reason reason, String message) {
        this(reason, message, 0, null);
    }

    public FetchException(Reason reason, String message, int upstreamStatus, Throwable cause) {
        this(reason, message, upstreamStatus, cause, null);
    }

    public FetchException(Reason reason, String message, int upstreamStatus, Throwable cause, String retryAfter) {
        super(message, cause);
        this.reason = reason;
        this.upstreamStatus = upstreamStatus;
        this.retryAfter = retryAfter;
    }

    /** The server's Retry-After header (seconds or an HTTP date) on an upstream status, else null. */
    public String retryAfter() {
        return retryAfter;
    }

    public Reason reason() {
        return reason;
    }

    /**
     * True when the same fetch may succeed later: a timeout, a network failure, or an upstream 5xx or 429. Refusals
     * (address, size, type, redirects, malformed URL) and other statuses are final.
     */
    public boolean isTransient() {
        return switch (reason) {
            case TIMEOUT, NETWORK -> true;
            case UPSTREAM_STATUS -> upstreamStatus >= 500 || upstreamStatus == 429;
            default -> false;
        };
    }

    /** The upstream HTTP status for {@link Reason#UPSTREAM_STATUS}, else 0. */
    public int upstreamStatus() {
        return upstreamStatus;
    }

    /** The reason in words and the detail, as users read it ("upstream status: HTTP 503 from …"). */
    public String summary() {
        return reason.name().toLowerCase(java.util.Locale.ROOT).replace('_', ' ') + ": " + getMessage();
    }
}
