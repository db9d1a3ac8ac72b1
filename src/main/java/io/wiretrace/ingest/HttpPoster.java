package io.wiretrace.ingest;

import io.wiretrace.ingest.FetchException.Reason;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpConnectTimeoutException;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * Sends one POST (a webhook delivery) under the same rules as page fetches: the destination passes
 * {@link OutboundAddress} (SSRF filter), connecting is bounded by the connect timeout and the whole exchange by the
 * timeout, redirects are not followed (a 3xx is the receiver's answer), and at most {@code maxResponseBytes} of the
 * answer are read, the rest discarded. Built once; thread-safe.
 */
public final class HttpPoster {

    /** The receiver's answer: its status, the start of its body (for the delivery log) and the time it took. */
    public record Answer(int status, String bodyExcerpt, Duration took) {

        public boolean success() {
            return status >= 200 && status < 300;
        }
    }

    private final OutboundAddress address;
    private final Duration timeout;
    private final int maxResponseBytes;
    private final String userAgent;
    private final HttpClient client;

    public HttpPoster(OutboundAddress address, Duration connectTimeout, Duration timeout, int maxResponseBytes,
                      String userAgent) {
        if (timeout.isNegative() || timeout.isZero() || maxResponseBytes < 0) {
            throw new IllegalArgumentException("poster needs a positive timeout and a response cap >= 0");
        }
        this.address = address;
        this.timeout = timeout;
        this.maxResponseBytes = maxResponseBytes;
        this.userAgent = userAgent;
        this.client = HttpClient.newBuilder().connectTimeout(connectTimeout)
                .followRedirects(HttpClient.Redirect.NEVER).proxy(HttpClient.Builder.NO_PROXY)
                .version(HttpClient.Version.HTTP_1_1).build();
    }

    /**
     * Posts {@code body} with {@code headers}; throws {@link FetchException} when the address is refused, the host
     * cannot be reached or no answer came within the timeout. Any status is an answer, not an exception.
     */
    public Answer post(URI url, Map<String, String> headers, String contentType, byte[] body) {
        URI target = OutboundAddress.checkUrl(url, "URL");
        address.check(target);
        HttpRequest.Builder request = HttpRequest.newBuilder(target).timeout(timeout)
                .header("User-Agent", userAgent).header("Content-Type", contentType)
                .POST(HttpRequest.BodyPublishers.ofByteArray(body));
        headers.forEach(request::header);
        long started = System.nanoTime();
        CompletableFuture<HttpResponse<InputStream>> future =
                client.sendAsync(request.build(), HttpResponse.BodyHandlers.ofInputStream());
        try {
            HttpResponse<InputStream> response = future.get(timeout.toMillis(), TimeUnit.MILLISECONDS);
            String excerpt = excerpt(response.body());
            return new Answer(response.statusCode(), excerpt, Duration.ofNanos(System.nanoTime() - started));
        } catch (TimeoutException e) {
            future.cancel(true);
            throw new FetchException(Reason.TIMEOUT, "no answer from " + target + " within " + timeout.toMillis()
                    + " ms", 0, e);
        } catch (InterruptedException e) {
            future.cancel(true);
            Thread.currentThread().interrupt();
            throw new FetchException(Reason.NETWORK, "interrupted while posting to " + target, 0, e);
        } catch (ExecutionException e) {
            throw failure(target, e.getCause());
        }
    }

    /** The first {@code maxResponseBytes} of the answer; the stream is closed after, dropping the rest. */
    private String excerpt(InputStream in) {
        try (in) {
            byte[] head = in.readNBytes(maxResponseBytes);
            return new String(head, StandardCharsets.UTF_8);
        } catch (IOException e) {
            return "";
        }
    }

    private static FetchException failure(URI url, Throwable cause) {
        if (cause instanceof HttpConnectTimeoutException) {
            return new FetchException(Reason.TIMEOUT, "connect timeout to " + url, 0, cause);
        }
        if (cause instanceof HttpTimeoutException) {
            return new FetchException(Reason.TIMEOUT, "read timeout from " + url, 0, cause);
        }
        return new FetchException(Reason.NETWORK, "network failure posting to " + url + " ("
                + cause.getClass().getSimpleName() + (cause.getMessage() == null ? "" : ": " + cause.getMessage()) + ")",
                0, cause);
    }
}
