package io.wiretrace.support;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;

/**
 * A news site on 127.0.0.1 for the source-watching tests: documents (feeds, sitemaps, robots.txt, pages) put at paths,
 * each answered with an ETag and conditional GET (If-None-Match), or a failing status; every request is logged with its
 * time, validators and answer, so tests can check what was fetched, when, and how.
 */
public final class FeedSite implements AutoCloseable {

    /** One request: path, when (System.nanoTime), the If-None-Match it sent, the status answered. */
    public record Hit(String path, long atNanos, String ifNoneMatch, int status) {
    }

    private record Doc(String contentType, byte[] body, String etag, int status, String retryAfter, String location) {
    }

    private final HttpServer server;
    private final Map<String, Doc> docs = new ConcurrentHashMap<>();
    private final List<Hit> hits = new ArrayList<>();

    public FeedSite() {
        try {
            server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        server.setExecutor(Executors.newCachedThreadPool());
        server.createContext("/", exchange -> {
            String path = exchange.getRequestURI().getPath();
            String ifNoneMatch = exchange.getRequestHeaders().getFirst("If-None-Match");
            Doc doc = docs.get(path);
            int status = doc == null ? 404 : doc.status() != 200 ? doc.status()
                    : doc.etag().equals(ifNoneMatch) ? 304 : 200;
            synchronized (hits) {
                hits.add(new Hit(path, System.nanoTime(), ifNoneMatch, status));
            }
            try (exchange) {
                if (status != 200) {
                    if (status == 304) {
                        exchange.getResponseHeaders().add("ETag", doc.etag());
                    }
                    if (doc != null && doc.retryAfter() != null) {
                        exchange.getResponseHeaders().add("Retry-After", doc.retryAfter());
                    }
                    if (doc != null && doc.location() != null) {
                        exchange.getResponseHeaders().add("Location", doc.location());
                    }
                    exchange.sendResponseHeaders(status, -1);
                    return;
                }
                exchange.getResponseHeaders().add("Content-Type", doc.contentType());
                exchange.getResponseHeaders().add("ETag", doc.etag());
                exchange.sendResponseHeaders(200, doc.body().length);
                try (OutputStream out = exchange.getResponseBody()) {
                    out.write(doc.body());
                }
            } catch (IOException e) {
                // the client hung up: nothing to do
            }
        });
        server.start();
    }

    public FeedSite put(String path, String contentType, String body) {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        docs.put(path, new Doc(contentType, bytes, "\"" + Integer.toHexString(java.util.Arrays.hashCode(bytes)) + "\"", 200, null, null));
        return this;
    }

    /** An article page of its own text at {@code path}. */
    public FeedSite article(String path, String title) {
        return put(path, "text/html; charset=utf-8", CreditingPages.html(title));
    }

    /** {@code path} answers {@code status} from now on. */
    public FeedSite failing(String path, int status) {
        return failing(path, status, null);
    }

    /** {@code path} answers {@code status} with a Retry-After header from now on. */
    public FeedSite failing(String path, int status, String retryAfter) {
        docs.put(path, new Doc("text/plain", new byte[0], "\"x\"", status, retryAfter, null));
        return this;
    }

    /** {@code path} redirects ({@code status} 301, 302, 307...) to {@code location} from now on. */
    public FeedSite redirect(String path, int status, String location) {
        docs.put(path, new Doc("text/plain", new byte[0], "\"r\"", status, null, location));
        return this;
    }

    public String url(String path) {
        return "http://127.0.0.1:" + server.getAddress().getPort() + path;
    }

    public List<Hit> hits(String path) {
        synchronized (hits) {
            return hits.stream().filter(h -> h.path().equals(path)).toList();
        }
    }

    public List<Hit> hits() {
        synchronized (hits) {
            return List.copyOf(hits);
        }
    }

    /** An RSS 2.0 feed of items {path, title} (links on this site), newest first. */
    public String rss(String title, String[]... items) {
        StringBuilder xml = new StringBuilder("<?xml version=\"1.0\"?><rss version=\"2.0\"><channel><title>")
                .append(title).append("</title><link>").append(url("/")).append("</link>");
        int hoursAgo = 1;
        for (String[] item : items) {
            xml.append("<item><title>").append(item[1]).append("</title><link>").append(url(item[0]))
                    .append("</link><guid isPermaLink=\"false\">guid-").append(item[0]).append("</guid><pubDate>")
                    .append(hoursAgo(hoursAgo++)).append("</pubDate></item>");
        }
        return xml.append("</channel></rss>").toString();
    }

    /** An RFC 1123 date this many hours ago. */
    public static String hoursAgo(int hours) {
        return java.time.format.DateTimeFormatter.RFC_1123_DATE_TIME.format(
                java.time.ZonedDateTime.now(java.time.ZoneOffset.UTC).minusHours(hours));
    }

    /** An ISO-8601 time this many hours ago. */
    public static String isoHoursAgo(int hours) {
        return java.time.Instant.now().minus(java.time.Duration.ofHours(hours)).truncatedTo(java.time.temporal.ChronoUnit.SECONDS)
                .toString();
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
