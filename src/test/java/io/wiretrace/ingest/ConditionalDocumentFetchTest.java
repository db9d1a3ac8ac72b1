package io.wiretrace.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The fetch variant for watched sources: conditional GET, documents of any type under their own cap, Retry-After. */
class ConditionalDocumentFetchTest {

    private static final byte[] FEED = "<rss version=\"2.0\"><channel><title>t</title></channel></rss>"
            .getBytes(StandardCharsets.UTF_8);

    private LocalHttpServer server;
    private final HttpPageFetcher fetcher = new HttpPageFetcher(TestPolicies.local());

    @BeforeEach
    void start() throws IOException {
        server = new LocalHttpServer()
                .on("/feed.xml", exchange -> {
                    String ifNoneMatch = exchange.getRequestHeaders().getFirst("If-None-Match");
                    String ifModifiedSince = exchange.getRequestHeaders().getFirst("If-Modified-Since");
                    exchange.getResponseHeaders().set("ETag", "\"f1\"");
                    exchange.getResponseHeaders().set("Last-Modified", "Tue, 01 Dec 2026 10:00:00 GMT");
                    if ("\"f1\"".equals(ifNoneMatch) || "Tue, 01 Dec 2026 10:00:00 GMT".equals(ifModifiedSince)) {
                        exchange.sendResponseHeaders(304, -1);
                    } else {
                        LocalHttpServer.respond(exchange, 200, "application/rss+xml", FEED);
                    }
                })
                .on("/sitemap.xml.gz", exchange -> LocalHttpServer.respond(exchange, 200, "application/gzip",
                        gzip(new byte[(int) TestPolicies.MAX_BYTES / 2], 1)))
                .on("/bomb.xml.gz", exchange -> LocalHttpServer.respond(exchange, 200, "application/x-gzip",
                        gzip(new byte[(int) TestPolicies.MAX_BYTES], 4)))
                .on("/busy", exchange -> {
                    exchange.getResponseHeaders().set("Retry-After", "120");
                    exchange.sendResponseHeaders(503, -1);
                });
    }

    @AfterEach
    void stop() {
        server.close();
    }

    @Test
    void aDocumentOfAnyTypeIsFetchedAndItsValidatorsComeBackAsA304() {
        FetchedPage first = fetcher.fetch(server.url("/feed.xml"), FetchOptions.document(1_000_000));
        assertThat(first.status()).isEqualTo(200);
        assertThat(first.contentType()).isEqualTo("application/rss+xml");
        assertThat(first.body()).isEqualTo(FEED);
        FetchedPage again = fetcher.fetch(server.url("/feed.xml"), FetchOptions.document(1_000_000)
                .ifChanged(first.headers().get("ETag"), null));
        assertThat(again.status()).isEqualTo(304);
        assertThat(again.body()).isEmpty();
        assertThat(fetcher.fetch(server.url("/feed.xml"), FetchOptions.document(1_000_000)
                .ifChanged(null, first.headers().get("Last-Modified"))).status()).isEqualTo(304);
    }

    @Test
    void aPageFetchStillRefusesAFeed() {
        assertThatThrownBy(() -> fetcher.fetch(server.url("/feed.xml"))).isInstanceOf(FetchException.class)
                .extracting(e -> ((FetchException) e).reason()).isEqualTo(FetchException.Reason.UNSUPPORTED_CONTENT_TYPE);
    }

    @Test
    void aGzipSitemapIsUnpackedUnderTheDocumentCap() {
        FetchedPage sitemap = fetcher.fetch(server.url("/sitemap.xml.gz"), FetchOptions.document(TestPolicies.MAX_BYTES));
        assertThat(sitemap.body()).hasSize((int) TestPolicies.MAX_BYTES / 2);
        assertThatThrownBy(() -> fetcher.fetch(server.url("/bomb.xml.gz"), FetchOptions.document(TestPolicies.MAX_BYTES)))
                .isInstanceOf(FetchException.class).hasMessageContaining("exceeds the cap");
    }

    @Test
    void retryAfterIsCarriedOnAnUpstreamStatus() {
        assertThatThrownBy(() -> fetcher.fetch(server.url("/busy"), FetchOptions.document(1000)))
                .isInstanceOfSatisfying(FetchException.class, e -> {
                    assertThat(e.upstreamStatus()).isEqualTo(503);
                    assertThat(e.retryAfter()).isEqualTo("120");
                    assertThat(e.isTransient()).isTrue();
                });
    }

    private static byte[] gzip(byte[] content, int times) {
        try {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            try (GZIPOutputStream gz = new GZIPOutputStream(out)) {
                for (int i = 0; i < times; i++) {
                    gz.write(content);
                }
            }
            return out.toByteArray();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
