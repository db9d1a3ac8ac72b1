package io.wiretrace.http;


import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.vertx.core.http.HttpHeaders;
import io.vertx.core.http.HttpMethod;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.util.Locale;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Checks every request before any other handler, so errors the HTTP layer would answer with a bare status are
 * problem+json for {@code /api} (or the HTML error page for a browser): an address over {@link #MAX_URI_CHARS}
 * (414), a declared body over {@code quarkus.http.limits.max-body-size} (413), a NUL character in the path or a query
 * parameter (400 naming it; PostgreSQL cannot store it), and a body sent to {@code /api} without a JSON content type
 * (415: a browser may post a form or text/plain cross-site without a CORS preflight, never JSON). It also sets the
 * security headers of HTML pages ({@link SecurityHeaders}).
 */
@ApplicationScoped
public class RequestGuard {

    /** Longest accepted request target (path and query). The HTTP layer's own line limit is set well above it. */
    static final int MAX_URI_CHARS = 8192;

    /** Where archive files are uploaded. */
    public static final String UPLOAD_PATH = "/api/imports";

    private static final String TOKEN = "[A-Za-z0-9!#$%&'*+.^_`|~-]+";
    /** A media type or range: type/subtype and parameters (quoted values may hold separators). */
    private static final java.util.regex.Pattern MEDIA_TYPE = java.util.regex.Pattern.compile("\\s*" + TOKEN + "/" + TOKEN
            + "\\s*(;\\s*" + TOKEN + "\\s*=\\s*(" + TOKEN + "|\"([^\"\\\\]|\\\\.)*\")\\s*)*;?\\s*");

    private final ObjectMapper json;
    private final long maxBodyBytes;

    public RequestGuard(ObjectMapper json,
                        @ConfigProperty(name = "quarkus.http.limits.max-body-size") io.quarkus.runtime.configuration.MemorySize maxBody) {
        this.json = json;
        this.maxBodyBytes = maxBody.asLongValue();
    }

    void install(@Observes Router router) {
        router.route().order(Integer.MIN_VALUE + 100).handler(this::check);
    }

    private void check(RoutingContext ctx) {
        HttpServerRequest request = ctx.request();
        SecurityHeaders.addToHtml(ctx);
        problem(request).ifPresentOrElse(p -> refuse(ctx, p), ctx::next);
    }

    private Optional<Problem> problem(HttpServerRequest request) {
        String uri = request.uri();
        if (uri.length() > MAX_URI_CHARS) {
            return Optional.of(Problem.of(414, "uri-too-long", "URI too long", "the request address has " + uri.length()
                    + " characters, over the cap of " + MAX_URI_CHARS + "; send long input in a request body"));
        }
        Optional<Problem> nul = nulCharacter(uri);
        if (nul.isPresent()) {
            return nul;
        }
        Optional<Problem> headers = malformedMediaTypes(request);
        if (headers.isPresent()) {
            return headers;
        }
        Optional<Problem> multipart = multipart(request);
        if (multipart.isPresent()) {
            return multipart;
        }
        String length = request.getHeader(HttpHeaders.CONTENT_LENGTH);
        if (isFileUpload(request)) {
            return Optional.empty(); // the upload route streams it to disk under the import cap
        }
        if (length != null) {
            try {
                if (Long.parseLong(length.strip()) > maxBodyBytes) {
                    return Optional.of(Problem.of(413, "too-large", "Content too large", "the request body of " + length.strip()
                            + " bytes is over the cap of " + maxBodyBytes + " bytes"));
                }
            } catch (NumberFormatException e) {
                return Optional.of(Problem.of(400, "bad-request", "Bad request", "Content-Length '" + length + "' is not a number"));
            }
        }
        return unsupportedBody(request, length);
    }

    /**
     * A file sent as the body of {@code POST /api/imports} (any type but JSON): streamed to disk by the upload route
     * under its own cap ({@code wiretrace.imports.max-upload-size}), not the JSON endpoints' body cap.
     */
    public static boolean isFileUpload(HttpServerRequest request) {
        return request.method() == HttpMethod.POST && request.path().equals(UPLOAD_PATH)
                && !isJson(request.getHeader(HttpHeaders.CONTENT_TYPE));
    }

    /** Whether a Content-Type is JSON ({@code application/json} or {@code application/*+json}). */
    public static boolean isJson(String type) {
        String base = type == null ? "" : type.split(";", 2)[0].strip().toLowerCase(Locale.ROOT);
        return base.equals("application/json") || (base.startsWith("application/") && base.endsWith("+json"));
    }

    /** A NUL ({@code %00}) in the path or a query parameter, named. */
    private static Optional<Problem> nulCharacter(String uri) {
        int at = uri.toLowerCase(Locale.ROOT).indexOf("%00");
        if (at < 0) {
            return Optional.empty();
        }
        int query = uri.indexOf('?');
        String field = "path";
        if (query >= 0 && at > query) {
            int start = uri.lastIndexOf('&', at) + 1;
            start = Math.max(start, query + 1);
            int eq = uri.indexOf('=', start);
            field = java.net.URLDecoder.decode(uri.substring(start, eq < 0 || eq > at ? at : eq),
                    java.nio.charset.StandardCharsets.UTF_8).replace("\0", "");
        }
        return Optional.of(Problem.of(400, "invalid-input", "Invalid input", field
                + " holds a NUL character (%00), which cannot be stored").withField(field));
    }

    /** Accept and Content-Type must parse (the REST layer would fail on them with a 500). */
    private static Optional<Problem> malformedMediaTypes(HttpServerRequest request) {
        String accept = request.getHeader(HttpHeaders.ACCEPT);
        if (accept != null) {
            for (String range : accept.split(",")) {
                if (!range.isBlank() && !MEDIA_TYPE.matcher(range).matches()) {
                    return Optional.of(Problem.of(400, "bad-request", "Bad request", "Accept header '" + accept
                            + "' is not a list of media types (like application/json or */*)").withField("Accept"));
                }
            }
        }
        String type = request.getHeader(HttpHeaders.CONTENT_TYPE);
        if (type != null && !MEDIA_TYPE.matcher(type).matches()) {
            return Optional.of(Problem.of(415, "unsupported-media-type", "Unsupported media type", "Content-Type '" + type
                    + "' is not a media type; send application/json"));
        }
        return Optional.empty();
    }

    /**
     * No route takes a multipart body (the API takes JSON, the pages' forms are urlencoded, uploads are the file
     * itself), and the REST layer would try to parse one before any handler, failing with an I/O error on a malformed
     * or missing body: a multipart Content-Type, whatever the method and path, is a 415.
     */
    private static Optional<Problem> multipart(HttpServerRequest request) {
        String type = request.getHeader(HttpHeaders.CONTENT_TYPE);
        if (type == null || !type.strip().toLowerCase(Locale.ROOT).startsWith("multipart/")) {
            return Optional.empty();
        }
        return Optional.of(Problem.of(415, "unsupported-media-type", "Unsupported media type", "Content-Type '" + type
                + "' is not accepted: send application/json to the API, a file upload as the file itself"
                + " (application/warc, application/zip, application/x-ndjson), forms urlencoded"));
    }

    private static Optional<Problem> unsupportedBody(HttpServerRequest request, String length) {
        HttpMethod method = request.method();
        boolean writes = method == HttpMethod.POST || method == HttpMethod.PUT || method == HttpMethod.PATCH;
        boolean hasBody = (length != null && !length.strip().equals("0")) || request.getHeader(HttpHeaders.TRANSFER_ENCODING) != null;
        if (!writes || !hasBody || !(request.path().equals("/api") || request.path().startsWith("/api/"))) {
            return Optional.empty();
        }
        String type = request.getHeader(HttpHeaders.CONTENT_TYPE);
        if (isJson(type)) {
            return Optional.empty();
        }
        return Optional.of(Problem.of(415, "unsupported-media-type", "Unsupported media type", (type == null
                ? "the request has a body but no Content-Type" : "Content-Type '" + type + "' is not JSON")
                + "; send application/json"));
    }

    private void refuse(RoutingContext ctx, Problem problem) {
        var response = ctx.response().setStatusCode(problem.status());
        if (problem.status() == 413 || problem.status() == 414) {
            response.putHeader(HttpHeaders.CONNECTION, "close"); // the rest of the request is not read
        }
        if (ProblemPage.wanted(ctx.request().path(), ctx.request().getHeader(HttpHeaders.ACCEPT))) {
            response.putHeader(HttpHeaders.CONTENT_TYPE, "text/html;charset=UTF-8").end(ProblemPage.html(problem));
            return;
        }
        try {
            response.putHeader(HttpHeaders.CONTENT_TYPE, Problem.MEDIA_TYPE).end(json.writeValueAsString(problem));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
