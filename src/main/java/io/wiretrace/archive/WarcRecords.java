package io.wiretrace.archive;

import io.wiretrace.ingest.HtmlSniffer;
import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.netpreserve.jwarc.HttpResponse;
import org.netpreserve.jwarc.MessageHeaders;
import org.netpreserve.jwarc.ParsingException;
import org.netpreserve.jwarc.WarcDigest;
import org.netpreserve.jwarc.WarcRecord;
import org.netpreserve.jwarc.WarcResource;
import org.netpreserve.jwarc.WarcResponse;
import org.netpreserve.jwarc.WarcRevisit;

/** Turns one jwarc record into an {@link ArchiveItem}: a capture of an HTML page or a text, context, or a problem. */
final class WarcRecords {

    private final long maxRecordBytes;

    WarcRecords(long maxRecordBytes) {
        this.maxRecordBytes = maxRecordBytes;
    }

    /** Reads the record's body (so it must be called before the reader moves on); I/O errors are the caller's. */
    ArchiveItem item(WarcRecord record, String member, long offset) throws IOException {
        String type = record.type();
        String id = record.id().toString();
        if (type.equals("warcinfo") || type.equals("request") || type.equals("metadata")) {
            return new ContextRecord(type, id, member, offset);
        }
        if (record.body().size() > maxRecordBytes) {
            return RecordProblem.failed(Reasons.TOO_LARGE, member, offset, type + " record " + id + " has "
                    + record.body().size() + " bytes, over the cap of " + maxRecordBytes);
        }
        if (record instanceof WarcResponse response) {
            return response(response, member, offset);
        }
        if (record instanceof WarcResource resource) {
            String contentType = resource.contentType().toString();
            byte[] body = resource.body().stream().readAllBytes();
            if (!isHtml(contentType, body) && !isPlainText(contentType)) {
                return RecordProblem.skipped(Reasons.NOT_HTML, member, offset, "resource " + resource.target()
                        + " is " + contentType);
            }
            return new Capture(type, id, resource.target(), record.date(), member, offset, 200, Map.of(), contentType,
                    body, digest(resource.payloadDigest()), null, null, TextFacts.of(resource));
        }
        if (record instanceof WarcRevisit revisit) {
            return new Capture(type, id, revisit.target(), record.date(), member, offset, 0, Map.of(), null,
                    new byte[0], digest(revisit.payloadDigest()), revisit.refersTo().map(Object::toString).orElse(null),
                    revisit.refersToTargetURI().map(Object::toString).orElse(null), null);
        }
        return RecordProblem.skipped(Reasons.UNSUPPORTED_RECORD, member, offset, "a " + type + " record holds no page");
    }

    private static ArchiveItem response(WarcResponse response, String member, long offset) throws IOException {
        HttpResponse http;
        try {
            http = response.http();
        } catch (ParsingException e) {
            return RecordProblem.failed(Reasons.MALFORMED_HTTP, member, offset, "response " + response.target()
                    + ": " + e.getMessage());
        }
        String contentType = http.headers().first("Content-Type").orElse(null);
        if (http.status() < 200 || http.status() > 299) {
            return RecordProblem.skipped(Reasons.HTTP_STATUS, member, offset, "response " + response.target()
                    + " has HTTP status " + http.status());
        }
        byte[] body = http.body().stream().readAllBytes();
        if (!isHtml(contentType, body)) {
            return RecordProblem.skipped(Reasons.NOT_HTML, member, offset, "response " + response.target() + " is "
                    + (contentType == null ? "of no stated type and does not look like HTML" : contentType));
        }
        return new Capture("response", response.id().toString(), response.target(), response.date(), member, offset,
                http.status(), firstValues(http.headers()), contentType, body, digest(response.payloadDigest()), null,
                null, null);
    }

    static boolean isHtml(String contentType, byte[] body) {
        if (contentType == null || contentType.isBlank()) {
            return HtmlSniffer.looksLikeHtml(body);
        }
        String base = contentType.split(";", 2)[0].strip().toLowerCase(Locale.ROOT);
        return base.equals("text/html") || base.equals("application/xhtml+xml");
    }

    static boolean isPlainText(String contentType) {
        return contentType != null && contentType.split(";", 2)[0].strip().equalsIgnoreCase("text/plain");
    }

    private static Map<String, String> firstValues(MessageHeaders headers) {
        Map<String, String> values = new LinkedHashMap<>();
        for (Map.Entry<String, List<String>> header : headers.map().entrySet()) {
            if (!header.getValue().isEmpty()) {
                values.put(header.getKey(), header.getValue().get(0));
            }
        }
        return values;
    }

    private static String digest(java.util.Optional<WarcDigest> digest) {
        return digest.map(WarcDigest::prefixedBase32).orElse(null);
    }
}
