package io.wiretrace.support;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;

/**
 * Pages written for the credit-following tests, served on one loopback address (127.0.0.1, or 127.0.0.2 for a second
 * "site": another registrable domain, so a credit between the two is not a self-credit), counting requests per path.
 * Each page names its sources with {@code <meta name="original-source">} / {@code "syndication-source"} and has a body
 * of its own (a unique tag per page, so no two pages match as text reuse).
 */
public final class CreditingPages implements AutoCloseable {

    private final HttpServer server;
    private final String host;
    private final Map<String, byte[]> pages = new ConcurrentHashMap<>();
    private final Map<String, Integer> hits = new ConcurrentHashMap<>();

    public CreditingPages(String loopbackAddress) {
        host = loopbackAddress;
        try {
            server = HttpServer.create(new InetSocketAddress(loopbackAddress, 0), 0);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        server.setExecutor(Executors.newCachedThreadPool());
        server.createContext("/", exchange -> {
            String path = exchange.getRequestURI().getPath();
            hits.merge(path, 1, Integer::sum);
            byte[] body = pages.get(path);
            try (exchange) {
                if (body == null) {
                    exchange.sendResponseHeaders(404, -1);
                } else {
                    LocalSite.send(exchange, 200, "text/html; charset=utf-8", body);
                }
            } catch (IOException e) {
                // the client hung up (a fetch over the size cap stops reading): nothing to do
            }
        });
        server.start();
    }

    /** Serves at {@code path} an article crediting the given URLs (none for an uncredited page). */
    public CreditingPages article(String path, String title, String... creditedUrls) {
        pages.put(path, html(title, creditedUrls).getBytes(StandardCharsets.UTF_8));
        return this;
    }

    /** Serves at {@code path} a page of at least {@code bytes} bytes. */
    public CreditingPages huge(String path, int bytes) {
        StringBuilder b = new StringBuilder("<html><head><title>Huge</title></head><body><article>");
        while (b.length() < bytes) {
            b.append("<p>Filler paragraph of a page that is far too large to ingest.</p>");
        }
        pages.put(path, b.append("</article></body></html>").toString().getBytes(StandardCharsets.UTF_8));
        return this;
    }

    public int hits(String path) {
        return hits.getOrDefault(path, 0);
    }

    public String url(String path) {
        return "http://" + host + ":" + server.getAddress().getPort() + path;
    }

    public static String html(String title, String... creditedUrls) {
        String tag = UUID.randomUUID().toString();
        StringBuilder head = new StringBuilder("<!DOCTYPE html><html lang=\"en\"><head><meta charset=\"utf-8\"><title>")
                .append(title).append("</title>");
        String[] names = {"original-source", "syndication-source"};
        for (int i = 0; i < creditedUrls.length; i++) {
            head.append("<meta name=\"").append(names[i % names.length]).append("\" content=\"").append(creditedUrls[i])
                    .append("\">");
        }
        return head.append("</head><body><article><h1>").append(title).append("</h1>")
                .append("<p>The regional water board said on Monday that the reservoir level had fallen for the ")
                .append("fourth week in a row, and asked households to limit garden watering until further notice.</p>")
                .append("<p>Engineers checked the inlet channels over the weekend and found no leaks, a spokesperson ")
                .append("said, adding that the dry spell was the longest recorded in the district since records began.</p>")
                .append("<p>Farmers in the valley have already switched to night irrigation, and two schools moved ")
                .append("their sports days indoors to spare the playing fields, according to local officials.</p>")
                .append("<p>Reference ").append(tag).append(" for ").append(title).append(".</p>")
                .append("</article></body></html>").toString();
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
