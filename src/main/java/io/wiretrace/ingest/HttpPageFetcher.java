package io.wiretrace.ingest;

import io.wiretrace.ingest.FetchException.Reason;
import java.io.IOException;
import java.net.InetAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpConnectTimeoutException;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * {@link PageFetcher} over {@link java.net.http.HttpClient}. Only http and https; every hop's host is resolved and
 * refused when it is not a public address ({@link AddressFilter}) unless allow-listed; redirects are followed here (the
 * client never follows them) so each hop is checked and recorded, loops are refused. The whole fetch, redirects
 * included, must complete within the read timeout from the moment it starts, however slowly the server drips bytes
 * (opening each connection is bounded by the connect timeout as well). The body is capped before and after
 * gzip/deflate decoding. Only HTML is accepted. Built once; thread-safe.
 *
 * <p>Known limit: the client resolves the host again when it connects. Both lookups go through the JVM's address
 * cache (30 s for a successful lookup unless {@code networkaddress.cache.ttl} says otherwise, whatever TTL the DNS
 * answer carries) and the connection follows the check at once, so they see the same answer, except when the cache
 * entry expires in the moment between the two: DNS rebinding is narrowed, not excluded. No proxy is used, so the
 * check sees the real destination.
 */
public final class HttpPageFetcher implements PageFetcher {

    private static final Set<Integer> REDIRECTS = Set.of(301, 302, 303, 307, 308);

    private final FetchPolicy policy;
    private final OutboundAddress address;
    private final HttpClient client;
    private final ResponseReader reader;

    public HttpPageFetcher(FetchPolicy policy) {
        this(policy, InetAddress::getAllByName);
    }

    HttpPageFetcher(FetchPolicy policy, HostResolver resolver) {
        if (policy.maxBytes() <= 0 || policy.maxRedirects() < 0 || policy.connectTimeout().isNegative()
                || policy.connectTimeout().isZero() || policy.readTimeout().isNegative() || policy.readTimeout().isZero()) {
            throw new IllegalArgumentException("fetch policy needs positive timeouts and byte cap, redirects >= 0: " + policy);
        }
        this.policy = policy;
        this.address = new OutboundAddress(new AddressFilter(policy.allowedHosts()), resolver);
        this.reader = new ResponseReader(policy.maxBytes());
        this.client = HttpClient.newBuilder()
                .connectTimeout(policy.connectTimeout())
                .followRedirects(HttpClient.Redirect.NEVER)
                .proxy(HttpClient.Builder.NO_PROXY) // a proxy would hide the real destination from the address check
                .version(HttpClient.Version.HTTP_1_1)
                .build();
    }

    @Override
    public FetchedPage fetch(URI url, FetchOptions options) {
        ResponseReader reader = options.maxBytes() == 0 || options.maxBytes() == policy.maxBytes() ? this.reader
                : new ResponseReader(options.maxBytes());
        URI current = OutboundAddress.checkUrl(url, "URL");
        long deadline = System.nanoTime() + policy.readTimeout().toNanos();
        List<FetchedPage.Redirect> hops = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        seen.add(loopKey(current));
        while (true) {
            address.check(current);
            HttpResponse<byte[]> response = send(current, deadline, options, reader);
            int status = response.statusCode();
            if (!REDIRECTS.contains(status)) {
                return reader.toPage(url.toString(), current.toString(), hops, response, options);
            }
            URI next = redirectTarget(current, response);
            hops.add(new FetchedPage.Redirect(current.toString(), status, next.toString()));
            if (!seen.add(loopKey(next))) {
                throw new FetchException(Reason.TOO_MANY_REDIRECTS, "redirect loop: " + current + " -> " + next
                        + " was already visited");
            }
            if (hops.size() > policy.maxRedirects()) {
                throw new FetchException(Reason.TOO_MANY_REDIRECTS,
                        "more than " + policy.maxRedirects() + " redirects starting at " + url);
            }
            if (options.stopAtOtherHost() && !HostKeys.of(next).equals(HostKeys.of(current))) {
                return new FetchedPage(url.toString(), current.toString(), hops, status, Map.of(), null, null,
                        new byte[0], "", Instant.now());
            }
            current = next;
        }
    }

    private URI redirectTarget(URI current, HttpResponse<byte[]> response) {
        String location = response.headers().firstValue("Location").orElse(null);
        if (location == null || location.isBlank()) {
            throw new FetchException(Reason.UPSTREAM_STATUS, "redirect " + response.statusCode() + " from " + current
                    + " without a Location header", response.statusCode(), null);
        }
        try {
            return OutboundAddress.checkUrl(current.resolve(location.trim().replace(" ", "%20")), "redirect target");
        } catch (IllegalArgumentException e) {
            throw new FetchException(Reason.INVALID_URL, "invalid redirect Location '" + location + "' from " + current,
                    0, e);
        }
    }

    private HttpResponse<byte[]> send(URI url, long deadline, FetchOptions options, ResponseReader reader) {
        long budgetMillis = Math.max(0, (deadline - System.nanoTime()) / 1_000_000);
        if (budgetMillis == 0) {
            throw new FetchException(Reason.TIMEOUT, "no complete response from " + url + " within the read timeout of "
                    + policy.readTimeout().toMillis() + " ms");
        }
        HttpRequest.Builder request = HttpRequest.newBuilder(url)
                .GET()
                .timeout(java.time.Duration.ofMillis(budgetMillis))
                .header("User-Agent", policy.userAgent())
                .header("Accept", options.anyContentType() ? "*/*" : "text/html,application/xhtml+xml;q=0.9,*/*;q=0.1")
                .header("Accept-Encoding", "gzip, deflate");
        if (options.ifNoneMatch() != null) {
            request.header("If-None-Match", options.ifNoneMatch());
        }
        if (options.ifModifiedSince() != null) {
            request.header("If-Modified-Since", options.ifModifiedSince());
        }
        CompletableFuture<HttpResponse<byte[]>> future =
                client.sendAsync(request.build(), info -> reader.subscriberFor(info, options));
        try {
            return future.get(budgetMillis, TimeUnit.MILLISECONDS);
        } catch (TimeoutException e) {
            future.cancel(true);
            throw new FetchException(Reason.TIMEOUT, "no complete response from " + url + " within the read timeout of "
                    + policy.readTimeout().toMillis() + " ms", 0, e);
        } catch (InterruptedException e) {
            future.cancel(true);
            Thread.currentThread().interrupt();
            throw new FetchException(Reason.NETWORK, "interrupted while fetching " + url, 0, e);
        } catch (ExecutionException e) {
            throw translate(url, e.getCause());
        }
    }

    private static FetchException translate(URI url, Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause()) {
            if (t instanceof FetchException fetchException) {
                return fetchException;
            }
            if (t instanceof HttpConnectTimeoutException) {
                return new FetchException(Reason.TIMEOUT, "connect timeout to " + url, 0, t);
            }
            if (t instanceof HttpTimeoutException) {
                return new FetchException(Reason.TIMEOUT, "read timeout from " + url, 0, t);
            }
        }
        String detail = failure instanceof IOException && failure.getMessage() != null ? ": " + failure.getMessage() : "";
        return new FetchException(Reason.NETWORK, "network failure fetching " + url + " ("
                + failure.getClass().getSimpleName() + detail + ")", 0, failure);
    }

    private static String loopKey(URI url) {
        URI n = url.normalize();
        int port = n.getPort() >= 0 ? n.getPort() : n.getScheme().equalsIgnoreCase("https") ? 443 : 80;
        String path = n.getRawPath() == null || n.getRawPath().isEmpty() ? "/" : n.getRawPath();
        return n.getScheme().toLowerCase(Locale.ROOT) + "://" + n.getHost().toLowerCase(Locale.ROOT) + ":" + port + path
                + (n.getRawQuery() == null ? "" : "?" + n.getRawQuery());
    }
}
