package io.wiretrace.ingest;

import io.wiretrace.ingest.FetchException.Reason;
import java.net.http.HttpHeaders;
import java.net.http.HttpResponse;
import java.net.http.HttpResponse.BodySubscriber;
import java.net.http.HttpResponse.ResponseInfo;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.OptionalLong;
import java.util.Set;

/**
 * Decides, from status and headers, whether a body is worth reading (only 2xx HTML or untyped bodies within the cap),
 * and turns a final response into a {@link FetchedPage}: status check, content type, decoding, charset.
 */
final class ResponseReader {

    static final Set<String> HTML_TYPES = Set.of("text/html", "application/xhtml+xml");
    private static final List<String> SELECTED_HEADERS =
            List.of("ETag", "Last-Modified", "Content-Type", "Content-Length", "Content-Encoding");

    private final long maxBytes;
    private final ContentDecoder decoder;

    ResponseReader(long maxBytes) {
        this.maxBytes = maxBytes;
        this.decoder = new ContentDecoder(maxBytes);
    }

    /** Body subscriber for one response: bodies of redirects, errors and non-HTML are never downloaded. */
    BodySubscriber<byte[]> subscriberFor(ResponseInfo info) {
        int status = info.statusCode();
        String type = mediaType(info.headers());
        if (status < 200 || status > 299 || (type != null && !HTML_TYPES.contains(type))) {
            return CappedBody.discarding();
        }
        OptionalLong length = info.headers().firstValueAsLong("Content-Length");
        if (length.isPresent() && length.getAsLong() > maxBytes) {
            return CappedBody.refusing(new FetchException(Reason.TOO_LARGE, "Content-Length " + length.getAsLong()
                    + " exceeds the cap of " + maxBytes + " bytes"));
        }
        return new CappedBody(maxBytes);
    }

    FetchedPage toPage(String requestedUrl, String finalUrl, List<FetchedPage.Redirect> hops, HttpResponse<byte[]> response) {
        int status = response.statusCode();
        if (status < 200 || status > 299) {
            throw new FetchException(Reason.UPSTREAM_STATUS, finalUrl + " answered HTTP " + status, status, null);
        }
        HttpHeaders headers = response.headers();
        String type = mediaType(headers);
        if (type != null && !HTML_TYPES.contains(type)) {
            throw new FetchException(Reason.UNSUPPORTED_CONTENT_TYPE,
                    finalUrl + " is " + type + ", not HTML (text/html or application/xhtml+xml)");
        }
        byte[] body = decoder.decode(response.body(), headers.firstValue("Content-Encoding").orElse(null));
        if (type == null) {
            if (!HtmlSniffer.looksLikeHtml(body)) {
                throw new FetchException(Reason.UNSUPPORTED_CONTENT_TYPE,
                        finalUrl + " has no Content-Type and its body does not look like HTML");
            }
            type = "text/html";
        }
        CharsetSniffer.Choice charset = CharsetSniffer.choose(headers.firstValue("Content-Type").orElse(null), body);
        return new FetchedPage(requestedUrl, finalUrl, hops, status, selectedHeaders(headers), type,
                charset.charset().name(), body, charset.decode(body), Instant.now());
    }

    /** Media type without parameters, lower case; null when the header is absent or blank. */
    static String mediaType(HttpHeaders headers) {
        String value = headers.firstValue("Content-Type").orElse("");
        int semicolon = value.indexOf(';');
        String type = (semicolon < 0 ? value : value.substring(0, semicolon)).trim().toLowerCase(Locale.ROOT);
        return type.isEmpty() ? null : type;
    }

    private static Map<String, String> selectedHeaders(HttpHeaders headers) {
        Map<String, String> selected = new LinkedHashMap<>();
        for (String name : SELECTED_HEADERS) {
            headers.firstValue(name).ifPresent(value -> selected.put(name, value));
        }
        return selected;
    }
}
