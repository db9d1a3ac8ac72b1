package io.wiretrace.http;

import io.wiretrace.ingest.FetchException;

/** Maps each fetch failure to its HTTP status and problem type. */
final class FetchProblems {

    private FetchProblems() {
    }

    static Problem of(FetchException e) {
        String detail = e.getMessage();
        return switch (e.reason()) {
            case INVALID_URL -> Problem.of(400, "invalid-input", "Invalid input", detail).withField("url");
            case ADDRESS_REFUSED -> Problem.of(400, "address-refused", "Address refused", detail).withField("url");
            case TOO_MANY_REDIRECTS -> Problem.of(502, "too-many-redirects", "Too many redirects", detail);
            case TOO_LARGE -> Problem.of(413, "too-large", "Content too large", detail);
            case TIMEOUT -> Problem.of(504, "upstream-timeout", "Upstream timeout", detail);
            case UPSTREAM_STATUS -> Problem.of(502, "upstream-status", "Upstream error", detail)
                    .withUpstreamStatus(e.upstreamStatus());
            case UNSUPPORTED_CONTENT_TYPE -> Problem.of(415, "unsupported-content-type", "Unsupported content type", detail);
            case NETWORK -> Problem.of(502, "upstream-unreachable", "Upstream unreachable", detail);
        };
    }
}
