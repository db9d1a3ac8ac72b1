package io.wiretrace.archive;

import java.time.Instant;
import java.util.Map;

/**
 * A WARC {@code response}, {@code resource} or {@code revisit} record as read.
 *
 * @param recordType    {@code response}, {@code resource} or {@code revisit}
 * @param recordId      the WARC-Record-ID ({@code urn:uuid:...})
 * @param targetUri     the WARC-Target-URI
 * @param date          the WARC-Date: when the page was captured
 * @param member        the WACZ entry holding the record, null for a plain WARC file
 * @param offset        byte offset of the record in its file or member
 * @param status        the HTTP status of a response (200 for a resource)
 * @param headers       the HTTP response headers (first value of each; empty for a resource)
 * @param contentType   the Content-Type of the body (HTTP header, or the record's for a resource), or null
 * @param body          the HTTP body (the record block for a resource), byte for byte; empty for a revisit
 * @param payloadDigest the WARC-Payload-Digest, or null
 * @param refersTo      a revisit's WARC-Refers-To record id, or null
 * @param refersToUri   a revisit's WARC-Refers-To-Target-URI, or null
 * @param text          a resource's text facts (outlet, title, publication time), {@link TextFacts#NONE} otherwise
 */
public record Capture(String recordType, String recordId, String targetUri, Instant date, String member, long offset,
                      int status, Map<String, String> headers, String contentType, byte[] body, String payloadDigest,
                      String refersTo, String refersToUri, TextFacts text) implements ArchiveItem {

    public Capture {
        headers = Map.copyOf(headers);
        text = text == null ? TextFacts.NONE : text;
    }

    public boolean isRevisit() {
        return recordType.equals("revisit");
    }

    /** The same capture with another body, status and headers: a revisit resolved to the capture it refers to. */
    public Capture withContentOf(Capture earlier) {
        return new Capture(recordType, recordId, targetUri, date, member, offset, earlier.status, earlier.headers,
                earlier.contentType, earlier.body, payloadDigest, refersTo, refersToUri, earlier.text);
    }
}
