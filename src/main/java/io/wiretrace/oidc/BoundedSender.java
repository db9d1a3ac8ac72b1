package io.wiretrace.oidc;

import com.nimbusds.oauth2.sdk.http.HTTPRequestSender;
import com.nimbusds.oauth2.sdk.http.HTTPResponse;
import com.nimbusds.oauth2.sdk.http.ReadOnlyHTTPRequest;
import java.io.IOException;
import java.io.InputStream;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Sends the OpenID Connect SDK's requests with a timeout on connecting and on the whole answer, and reads at most
 * {@code maxBytes} of an answer (more is an error, never held). Redirects are not followed.
 */
final class BoundedSender implements HTTPRequestSender {

    /** Headers the JDK client sets itself and refuses from callers. */
    private static final Set<String> RESTRICTED = Set.of("connection", "content-length", "expect", "host", "upgrade");

    private final HttpClient client;
    private final Duration timeout;
    private final int maxBytes;

    BoundedSender(Duration timeout, int maxBytes) {
        this.client = HttpClient.newBuilder().connectTimeout(timeout).followRedirects(HttpClient.Redirect.NEVER).build();
        this.timeout = timeout;
        this.maxBytes = maxBytes;
    }

    @Override
    public HTTPResponse send(ReadOnlyHTTPRequest request) throws IOException {
        HttpRequest.Builder b = HttpRequest.newBuilder(request.getURI()).timeout(timeout);
        for (Map.Entry<String, List<String>> h : request.getHeaderMap().entrySet()) {
            if (!RESTRICTED.contains(h.getKey().toLowerCase(java.util.Locale.ROOT))) {
                h.getValue().forEach(v -> b.header(h.getKey(), v));
            }
        }
        String body = request.getBody();
        b.method(request.getMethod().name(), body == null ? HttpRequest.BodyPublishers.noBody()
                : HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8));
        HttpResponse<InputStream> answer;
        try {
            answer = client.send(b.build(), HttpResponse.BodyHandlers.ofInputStream());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted", e);
        }
        byte[] bytes;
        try (InputStream in = answer.body()) {
            bytes = in.readNBytes(maxBytes + 1);
        }
        if (bytes.length > maxBytes) {
            throw new IOException("the answer of " + request.getURI() + " is over " + maxBytes + " bytes");
        }
        HTTPResponse response = new HTTPResponse(answer.statusCode());
        answer.headers().map().forEach((name, values) -> {
            if (!name.startsWith(":")) {
                response.setHeader(name, values.toArray(String[]::new));
            }
        });
        response.setBody(new String(bytes, StandardCharsets.UTF_8));
        return response;
    }
}
