package io.wiretrace.archive;

/** The names under which records that are not imported are counted. */
public final class Reasons {
    /** A gzip member that ends early or does not inflate. */
    public static final String TRUNCATED_GZIP = "truncated-gzip";
    /** A WARC header that does not parse, or a record whose end is not where its Content-Length says. */
    public static final String MALFORMED_WARC = "malformed-warc-header";
    /** An HTTP response inside a response record that does not parse. */
    public static final String MALFORMED_HTTP = "malformed-http";
    /** A record (or NDJSON line) over the configured cap. */
    public static final String TOO_LARGE = "record-too-large";
    /** A charset the JVM does not know. */
    public static final String UNKNOWN_CHARSET = "unknown-charset";
    /** A zip without {@code datapackage.json} or without {@code archive/*.warc[.gz]}. */
    public static final String NOT_WACZ = "not-a-wacz";
    /** An NDJSON line that is not a JSON object. */
    public static final String NOT_JSON = "ndjson-not-json";
    /** An NDJSON object without {@code url} or without {@code html}/{@code text}. */
    public static final String MISSING_FIELD = "ndjson-missing-field";
    /** Extraction or detection failed on the record in an unforeseen way (a bug to report with the record). */
    public static final String EXTRACTION_ERROR = "extraction-error";
    /** A field the store cannot take (a bad URL, a NUL character). */
    public static final String INVALID_INPUT = "invalid-input";
    /** A response or resource that is not an HTML page (nor plain text for a resource). */
    public static final String NOT_HTML = "not-html";
    /** A response whose HTTP status is not 2xx (redirects, errors). */
    public static final String HTTP_STATUS = "http-status";
    /** An HTML page whose main text is too short to be an article. */
    public static final String NO_ARTICLE = "no-article-text";
    /** A revisit whose earlier capture is not in this import. */
    public static final String REVISIT_UNRESOLVED = "revisit-unresolved";
    /** A record type that holds no page ({@code conversion}, {@code continuation}, an unknown type). */
    public static final String UNSUPPORTED_RECORD = "unsupported-record-type";

    private Reasons() {
    }
}
