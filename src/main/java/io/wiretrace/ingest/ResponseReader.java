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
            List.of("ETag", "Last-Modified", "Content-Type", "Content-Length", "Content-Encoding", "Retry-After");

    private final long maxBytes;
    private final ContentDecoder decoder;

    ResponseReader(long maxBytes) {
        this.maxBytes = maxBytes;
        this.decoder = new ContentDecoder(maxBytes);
    }

    /**
     * Body subscriber for one response: bodies of redirects, errors, 304s and (for a page) non-HTML are never
     * downloaded.
     */
    BodySubscriber<byte[]> subscriberFor(ResponseInfo info, FetchOptions options) {
        int status = info.statusCode();
        String type = mediaType(info.headers());
        if (status < 200 || status > 299 || (!options.anyContentType() && type != null && !HTML_TYPES.contains(type))) {
            return CappedBody.discarding();
        }
        OptionalLong length = info.headers().firstValueAsLong("Content-Length");
        if (length.isPresent() && length.getAsLong() > maxBytes) {
            return CappedBody.refusing(new FetchException(Reason.TOO_LARGE, "Content-Length " + length.getAsLong()
                    + " exceeds the cap of " + maxBytes + " bytes"));
        }
        return new CappedBody(maxBytes);
    }

    FetchedPage toPage(String requestedUrl, String finalUrl, List<FetchedPage.Redirect> hops, HttpResponse<byte[]> response,
                       FetchOptions options) {
        int status = response.statusCode();
        HttpHeaders headers = response.headers();
        if (status == 304 && options.conditional()) {
            return new FetchedPage(requestedUrl, finalUrl, hops, status, selectedHeaders(headers),
                    String.valueOf(mediaType(headers)), "UTF-8", new byte[0], "", Instant.now());
        }
        if (status < 200 || status > 299) {
            throw new FetchException(Reason.UPSTREAM_STATUS, finalUrl + " answered HTTP " + status, status, null,
                    headers.firstValue("Retry-After").orElse(null));
        }
        String type = mediaType(headers);
        if (options.anyContentType()) {
            return document(requestedUrl, finalUrl, hops, response, type);
        }
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

    /** A document of any type; a gzip file (a .xml.gz sitemap) is unpacked under the same cap. */
    private FetchedPage document(String requestedUrl, String finalUrl, List<FetchedPage.Redirect> hops,
                                 HttpResponse<byte[]> response, String type) {
        HttpHeaders headers = response.headers();
        byte[] body = decoder.decode(response.body(), headers.firstValue("Content-Encoding").orElse(null));
        if (body.length > 2 && (body[0] & 0xFF) == 0x1F && (body[1] & 0xFF) == 0x8B) {
            body = decoder.decode(body, "gzip");
            type = type == null || type.contains("gzip") ? "application/xml" : type;
        }
        CharsetSniffer.Choice charset = CharsetSniffer.choose(headers.firstValue("Content-Type").orElse(null), body);
        return new FetchedPage(requestedUrl, finalUrl, hops, response.statusCode(), selectedHeaders(headers),
                type == null ? "application/octet-stream" : type, charset.charset().name(), body, charset.decode(body),
                Instant.now());
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
