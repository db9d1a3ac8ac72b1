package io.wiretrace.ingest;

import static io.wiretrace.ingest.LocalHttpServer.respond;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.wiretrace.ingest.FetchException.Reason;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.URI;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.zip.Deflater;
import java.util.zip.DeflaterOutputStream;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Timeouts, size caps, content-encoding and charsets against a local server. */
class HttpPageFetcherBodyTest {

    private static final String HTML = "<!doctype html><title>Wire</title><p>Floods hit the delta.</p>";

    private LocalHttpServer server;
    private HttpPageFetcher fetcher;
    private final HttpPageFetcher impatient = new HttpPageFetcher(TestPolicies.shortTimeouts());

    @BeforeEach
    void start() throws Exception {
        server = new LocalHttpServer();
        fetcher = new HttpPageFetcher(TestPolicies.local());
    }

    @AfterEach
    void stop() {
        server.close();
    }

    private static FetchException failure(Runnable fetch) {
        FetchException e = catchThrowableOfType(fetch::run, FetchException.class);
        assertThat(e).as("expected a FetchException").isNotNull();
        return e;
    }

    private static byte[] gzip(byte[] data) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (GZIPOutputStream gz = new GZIPOutputStream(out)) {
            gz.write(data);
        }
        return out.toByteArray();
    }

    private static byte[] deflate(byte[] data, boolean raw) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Deflater deflater = new Deflater(Deflater.DEFAULT_COMPRESSION, raw);
        try (DeflaterOutputStream d = new DeflaterOutputStream(out, deflater)) {
            d.write(data);
        } finally {
            deflater.end();
        }
        return out.toByteArray();
    }

    private void serveEncoded(String path, String encoding, byte[] encoded) {
        server.on(path, ex -> {
            ex.getResponseHeaders().set("Content-Encoding", encoding);
            respond(ex, 200, "text/html; charset=utf-8", encoded);
        });
    }

    @Test
    void timesOutWhenTheServerNeverAnswers() {
        server.on("/silent", ex -> sleep(4000));
        long start = System.nanoTime();
        FetchException e = failure(() -> impatient.fetch(server.url("/silent")));
        assertThat(e.reason()).isEqualTo(Reason.TIMEOUT);
        assertThat((System.nanoTime() - start) / 1_000_000).isLessThan(3500);
    }

    @Test
    void timesOutOnASlowDrippingBody() {
        server.on("/drip", ex -> {
            ex.getResponseHeaders().set("Content-Type", "text/html");
            ex.sendResponseHeaders(200, 0);
            OutputStream out = ex.getResponseBody();
            for (int i = 0; i < 40; i++) { // bounded: 4 s at most
                out.write('<');
                out.flush();
                sleep(100);
            }
        });
        long start = System.nanoTime();
        FetchException e = failure(() -> impatient.fetch(server.url("/drip")));
        assertThat(e.reason()).isEqualTo(Reason.TIMEOUT);
        assertThat((System.nanoTime() - start) / 1_000_000).isLessThan(3500);
    }

    @Test
    void readTimeoutBoundsTheWholeResponseNotConnectPlusRead() {
        // issue 19 row 8: read-timeout 8s answered after 13 s (connect timeout + read timeout)
        server.on("/drip-long", ex -> {
            ex.getResponseHeaders().set("Content-Type", "text/html");
            ex.sendResponseHeaders(200, 0);
            OutputStream out = ex.getResponseBody();
            for (int i = 0; i < 60; i++) { // bounded: 6 s at most
                out.write('<');
                out.flush();
                sleep(100);
            }
        });
        FetchPolicy p = TestPolicies.shortTimeouts();
        HttpPageFetcher fetcher = new HttpPageFetcher(new FetchPolicy(java.time.Duration.ofSeconds(3),
                java.time.Duration.ofMillis(800), p.maxBytes(), p.maxRedirects(), p.allowedHosts(), p.userAgent()));
        long start = System.nanoTime();
        FetchException e = failure(() -> fetcher.fetch(server.url("/drip-long")));
        long tookMillis = (System.nanoTime() - start) / 1_000_000;
        assertThat(e.reason()).isEqualTo(Reason.TIMEOUT);
        assertThat(tookMillis).isBetween(700L, 2500L); // connect + read would be 3,800 ms
    }

    @Test
    void timesOutWhenTheConnectionCannotBeOpened() throws IOException {
        // a listening socket that never accepts: once its backlog is full the kernel drops further SYNs
        try (ServerSocket full = new ServerSocket(0, 1, InetAddress.getByName("127.0.0.1"))) {
            List<Socket> fillers = new ArrayList<>();
            boolean saturated = false;
            try {
                for (int i = 0; i < 16 && !saturated; i++) {
                    Socket s = new Socket();
                    fillers.add(s);
                    try {
                        s.connect(new InetSocketAddress(full.getInetAddress(), full.getLocalPort()), 150);
                    } catch (IOException timedOut) {
                        saturated = true;
                    }
                }
                Assumptions.assumeTrue(saturated, "this kernel accepted every connection; cannot provoke a connect timeout");
                long start = System.nanoTime();
                FetchException e = failure(() -> impatient.fetch(URI.create("http://127.0.0.1:" + full.getLocalPort() + "/")));
                assertThat(e.reason()).isEqualTo(Reason.TIMEOUT);
                assertThat((System.nanoTime() - start) / 1_000_000).isLessThan(3500);
            } finally {
                for (Socket s : fillers) {
                    s.close();
                }
            }
        }
    }

    @Test
    void refusesAnOversizeBodyFromItsContentLength() {
        byte[] big = new byte[(int) TestPolicies.MAX_BYTES + 1];
        Arrays.fill(big, (byte) 'a');
        server.on("/big", ex -> respond(ex, 200, "text/html", big));
        FetchException e = failure(() -> fetcher.fetch(server.url("/big")));
        assertThat(e.reason()).isEqualTo(Reason.TOO_LARGE);
        assertThat(e.getMessage()).contains("Content-Length");
    }

    @Test
    void capsAnOversizeChunkedBodyWithoutContentLength() {
        server.on("/endless", ex -> {
            ex.getResponseHeaders().set("Content-Type", "text/html");
            ex.sendResponseHeaders(200, 0); // chunked, no Content-Length
            byte[] chunk = new byte[8192];
            Arrays.fill(chunk, (byte) 'a');
            for (int i = 0; i < 64; i++) { // 512 KiB offered, cap is 64 KiB
                ex.getResponseBody().write(chunk);
            }
        });
        FetchException e = failure(() -> fetcher.fetch(server.url("/endless")));
        assertThat(e.reason()).isEqualTo(Reason.TOO_LARGE);
    }

    @Test
    void acceptsABodyExactlyAtTheCap() {
        byte[] body = new byte[(int) TestPolicies.MAX_BYTES];
        Arrays.fill(body, (byte) 'a');
        byte[] prefix = "<html>".getBytes(StandardCharsets.US_ASCII);
        System.arraycopy(prefix, 0, body, 0, prefix.length);
        server.on("/full", ex -> respond(ex, 200, "text/html", body));
        assertThat(fetcher.fetch(server.url("/full")).body()).hasSize(body.length);
    }

    @Test
    void decodesGzip() throws IOException {
        serveEncoded("/gz", "gzip", gzip(HTML.getBytes(StandardCharsets.UTF_8)));
        FetchedPage page = fetcher.fetch(server.url("/gz"));
        assertThat(page.text()).isEqualTo(HTML);
        assertThat(page.body()).isEqualTo(HTML.getBytes(StandardCharsets.UTF_8));
        assertThat(page.headers()).containsEntry("Content-Encoding", "gzip");
    }

    @Test
    void decodesZlibAndRawDeflate() throws IOException {
        serveEncoded("/zlib", "deflate", deflate(HTML.getBytes(StandardCharsets.UTF_8), false));
        serveEncoded("/raw", "deflate", deflate(HTML.getBytes(StandardCharsets.UTF_8), true));
        assertThat(fetcher.fetch(server.url("/zlib")).text()).isEqualTo(HTML);
        assertThat(fetcher.fetch(server.url("/raw")).text()).isEqualTo(HTML);
    }

    @Test
    void capsTheDecompressedSizeOfAGzipBomb() throws IOException {
        byte[] bomb = gzip(new byte[10 * 1024 * 1024]); // 10 MiB of zeros, about 10 KiB compressed
        assertThat((long) bomb.length).isLessThan(TestPolicies.MAX_BYTES);
        serveEncoded("/bomb", "gzip", bomb);
        FetchException e = failure(() -> fetcher.fetch(server.url("/bomb")));
        assertThat(e.reason()).isEqualTo(Reason.TOO_LARGE);
        assertThat(e.getMessage()).contains("decompressed");
    }

    @Test
    void reportsACorruptGzipBodyAsANetworkFailure() {
        serveEncoded("/broken", "gzip", "not gzip at all".getBytes(StandardCharsets.US_ASCII));
        assertThat(failure(() -> fetcher.fetch(server.url("/broken"))).reason()).isEqualTo(Reason.NETWORK);
    }

    @Test
    void takesTheCharsetFromTheHeader() {
        byte[] bytes = "<html><p>Caf\u00e9 \u201cquoted\u201d \u2013 done</p>".getBytes(Charset.forName("windows-1252"));
        server.on("/cp1252", ex -> respond(ex, 200, "text/html; charset=windows-1252", bytes));
        server.on("/latin1", ex -> respond(ex, 200, "text/html; charset=\"ISO-8859-1\"", bytes));

        FetchedPage page = fetcher.fetch(server.url("/cp1252"));
        assertThat(page.charset()).isEqualTo("windows-1252");
        assertThat(page.text()).contains("Caf\u00e9 \u201cquoted\u201d \u2013 done");
        // browsers read Latin-1 labels as windows-1252, so the curly quotes survive
        assertThat(fetcher.fetch(server.url("/latin1")).text()).contains("\u201cquoted\u201d");
    }

    @Test
    void takesTheCharsetFromAByteOrderMark() {
        byte[] text = "<html><p>Na\u00efve r\u00e9sum\u00e9</p>".getBytes(StandardCharsets.UTF_8);
        byte[] withBom = new byte[text.length + 3];
        withBom[0] = (byte) 0xEF;
        withBom[1] = (byte) 0xBB;
        withBom[2] = (byte) 0xBF;
        System.arraycopy(text, 0, withBom, 3, text.length);
        server.on("/bom", ex -> respond(ex, 200, "text/html", withBom));
        FetchedPage page = fetcher.fetch(server.url("/bom"));
        assertThat(page.charset()).isEqualTo("UTF-8");
        assertThat(page.text()).isEqualTo("<html><p>Na\u00efve r\u00e9sum\u00e9</p>");
    }

    @Test
    void takesTheCharsetFromMetaTags() {
        String body = "<p>D\u00e9j\u00e0 vu \u2014 \u00bfqu\u00e9?</p>";
        byte[] metaCharset = ("<html><head><meta charset=\"windows-1252\"></head>" + body)
                .getBytes(Charset.forName("windows-1252"));
        byte[] httpEquiv = ("<html><head><meta http-equiv=\"Content-Type\" content=\"text/html; charset=iso-8859-1\">"
                + "</head><p>D\u00e9j\u00e0 vu</p>").getBytes(StandardCharsets.ISO_8859_1);
        server.on("/meta", ex -> respond(ex, 200, "text/html", metaCharset));
        server.on("/equiv", ex -> respond(ex, 200, "text/html", httpEquiv));

        FetchedPage meta = fetcher.fetch(server.url("/meta"));
        assertThat(meta.charset()).isEqualTo("windows-1252");
        assertThat(meta.text()).contains(body);
        FetchedPage equiv = fetcher.fetch(server.url("/equiv"));
        assertThat(equiv.charset()).isEqualTo("windows-1252");
        assertThat(equiv.text()).contains("D\u00e9j\u00e0 vu");
    }

    @Test
    void defaultsToUtf8AndReplacesMalformedBytes() {
        byte[] bytes = {'<', 'p', '>', 'a', (byte) 0xE9, 'b', (byte) 0xFF, '<', '/', 'p', '>'};
        server.on("/bad", ex -> respond(ex, 200, "text/html", bytes));
        FetchedPage page = fetcher.fetch(server.url("/bad"));
        assertThat(page.charset()).isEqualTo("UTF-8");
        assertThat(page.text()).isEqualTo("<p>a\uFFFDb\uFFFD</p>");
    }

    @Test
    void ignoresAnUnknownHeaderCharsetAndFallsBackToMeta() {
        byte[] bytes = "<meta charset=utf-8><p>\u00e9t\u00e9</p>".getBytes(StandardCharsets.UTF_8);
        server.on("/bogus", ex -> respond(ex, 200, "text/html; charset=no-such-charset", bytes));
        assertThat(fetcher.fetch(server.url("/bogus")).text()).contains("\u00e9t\u00e9");
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
