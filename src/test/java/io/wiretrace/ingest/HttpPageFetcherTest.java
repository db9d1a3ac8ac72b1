package io.wiretrace.ingest;

import static io.wiretrace.ingest.LocalHttpServer.redirect;
import static io.wiretrace.ingest.LocalHttpServer.respond;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.wiretrace.ingest.FetchException.Reason;
import java.net.InetAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Status, redirects, URL and address checks against a local server. */
class HttpPageFetcherTest {

    private static final byte[] PAGE = "<!doctype html><title>Wire</title><p>Floods hit the delta.</p>"
            .getBytes(StandardCharsets.UTF_8);

    private LocalHttpServer server;
    private HttpPageFetcher fetcher;

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

    @Test
    void fetchesAPlainPageWithSelectedHeaders() {
        server.on("/story", ex -> {
            ex.getResponseHeaders().set("ETag", "\"v1\"");
            ex.getResponseHeaders().set("Last-Modified", "Mon, 02 Nov 2026 10:00:00 GMT");
            ex.getResponseHeaders().set("X-Other", "not kept");
            respond(ex, 200, "text/html; charset=utf-8", PAGE);
        });
        FetchedPage page = fetcher.fetch(server.url("/story#section"));

        assertThat(page.status()).isEqualTo(200);
        assertThat(page.requestedUrl()).endsWith("/story#section");
        assertThat(page.finalUrl()).isEqualTo(server.url("/story").toString());
        assertThat(page.redirects()).isEmpty();
        assertThat(page.contentType()).isEqualTo("text/html");
        assertThat(page.charset()).isEqualTo("UTF-8");
        assertThat(page.text()).contains("Floods hit the delta.");
        assertThat(page.body()).isEqualTo(PAGE);
        assertThat(page.headers()).containsEntry("ETag", "\"v1\"")
                .containsEntry("Last-Modified", "Mon, 02 Nov 2026 10:00:00 GMT")
                .containsEntry("Content-Type", "text/html; charset=utf-8")
                .containsEntry("Content-Length", String.valueOf(PAGE.length))
                .doesNotContainKey("X-Other");
        assertThat(page.fetchedAt()).isNotNull();
    }

    @Test
    void followsAndRecordsARedirectChain() {
        server.on("/a", ex -> redirect(ex, 301, server.url("/b").toString()))
                .on("/b", ex -> redirect(ex, 302, "/c?x=1"))
                .on("/c", ex -> respond(ex, 200, "application/xhtml+xml", PAGE));
        FetchedPage page = fetcher.fetch(server.url("/a"));

        assertThat(page.finalUrl()).isEqualTo(server.url("/c?x=1").toString());
        assertThat(page.contentType()).isEqualTo("application/xhtml+xml");
        assertThat(page.redirects()).containsExactly(
                new FetchedPage.Redirect(server.url("/a").toString(), 301, server.url("/b").toString()),
                new FetchedPage.Redirect(server.url("/b").toString(), 302, server.url("/c?x=1").toString()));
    }

    @Test
    void stopsAtARedirectToAnotherHostWhenAskedAndReturnsTheHop() {
        String elsewhere = "http://localhost:" + server.url("/").getPort() + "/c";
        server.on("/a", ex -> redirect(ex, 301, "/b"))
                .on("/b", ex -> redirect(ex, 302, elsewhere));
        FetchedPage page = fetcher.fetch(server.url("/a"), FetchOptions.document(10_000).withinHost());

        assertThat(page.status()).isEqualTo(302);
        assertThat(page.finalUrl()).isEqualTo(server.url("/b").toString());
        assertThat(page.body()).isEmpty();
        assertThat(page.redirects()).containsExactly(
                new FetchedPage.Redirect(server.url("/a").toString(), 301, server.url("/b").toString()),
                new FetchedPage.Redirect(server.url("/b").toString(), 302, elsewhere));
    }

    @Test
    void resolvesARelativeRedirectFromAnEmptyPath() {
        server.on("/", ex -> {
            if (ex.getRequestURI().getPath().equals("/")) {
                redirect(ex, 302, "page?from=root");
            } else {
                respond(ex, 404, "text/html", PAGE);
            }
        }).on("/page", ex -> respond(ex, 200, "text/html", PAGE));
        URI bare = URI.create("http://127.0.0.1:" + server.port());
        assertThat(fetcher.fetch(bare).finalUrl()).isEqualTo(server.url("/page?from=root").toString());
    }

    @Test
    void refusesMoreRedirectsThanThePolicyAllows() {
        server.on("/hop/", ex -> {
            int n = Integer.parseInt(ex.getRequestURI().getPath().substring(5));
            redirect(ex, 307, "/hop/" + (n + 1));
        });
        FetchException e = failure(() -> fetcher.fetch(server.url("/hop/0")));
        assertThat(e.reason()).isEqualTo(Reason.TOO_MANY_REDIRECTS);
        assertThat(server.requests.get()).isEqualTo(4); // the start and the 3 allowed hops
    }

    @Test
    void refusesARedirectLoop() {
        server.on("/x", ex -> redirect(ex, 302, "/y")).on("/y", ex -> redirect(ex, 302, "/x"));
        FetchException e = failure(() -> fetcher.fetch(server.url("/x")));
        assertThat(e.reason()).isEqualTo(Reason.TOO_MANY_REDIRECTS);
        assertThat(e.getMessage()).contains("loop");
        assertThat(server.requests.get()).isEqualTo(2);
    }

    @ParameterizedTest
    @ValueSource(strings = {"http://10.0.0.1/admin", "http://169.254.169.254/latest/meta-data/",
            "http://metadata.google.internal/computeMetadata/v1/", "http://[::1]/", "http://localhost:%d/page"})
    void rechecksTheAddressOfEveryRedirectHop(String target) {
        server.on("/go", ex -> redirect(ex, 302, String.format(target, server.port())))
                .on("/page", ex -> respond(ex, 200, "text/html", PAGE));
        FetchException e = failure(() -> fetcher.fetch(server.url("/go")));
        assertThat(e.reason()).isEqualTo(Reason.ADDRESS_REFUSED);
        assertThat(server.requests.get()).as("only the first hop reached the server").isEqualTo(1);
    }

    @ParameterizedTest
    @ValueSource(strings = {"http://127.0.0.1:%d/page", "http://10.0.0.1/", "http://169.254.169.254/latest/meta-data/",
            "http://[::1]:%d/page", "http://[::ffff:127.0.0.1]:%d/page", "http://0.0.0.0:%d/page"})
    void refusesNonPublicAddressesWhenNotAllowListed(String url) {
        server.on("/page", ex -> respond(ex, 200, "text/html", PAGE));
        HttpPageFetcher strict = new HttpPageFetcher(TestPolicies.withAllowed(List.of()));
        FetchException e = failure(() -> strict.fetch(URI.create(String.format(url, server.port()))));
        assertThat(e.reason()).isEqualTo(Reason.ADDRESS_REFUSED);
        assertThat(server.requests.get()).isZero();
    }

    @Test
    void refusesAHostNameThatResolvesToAPrivateAddress() throws Exception {
        InetAddress[] privateAndPublic = {InetAddress.getByName("93.184.216.34"), InetAddress.getByName("10.1.2.3")};
        HttpPageFetcher strict = new HttpPageFetcher(TestPolicies.withAllowed(List.of()), host -> privateAndPublic);
        FetchException e = failure(() -> strict.fetch(URI.create("https://intranet.example/")));
        assertThat(e.reason()).isEqualTo(Reason.ADDRESS_REFUSED);
        assertThat(e.getMessage()).contains("10.1.2.3");
    }

    @Test
    void resolvesAUnicodeHostByItsAsciiName() throws Exception {
        InetAddress[] privateOnly = {InetAddress.getByName("10.9.8.7")};
        List<String> asked = new ArrayList<>();
        HttpPageFetcher strict = new HttpPageFetcher(TestPolicies.withAllowed(List.of()), host -> {
            asked.add(host);
            return privateOnly;
        });
        FetchException e = failure(() -> strict.fetch(URI.create("http://b\u00fccher.example/seite")));
        assertThat(asked).containsExactly("xn--bcher-kva.example");
        assertThat(e.reason()).isEqualTo(Reason.ADDRESS_REFUSED);
    }

    @ParameterizedTest
    @ValueSource(strings = {"ftp://127.0.0.1/file.html", "file:///etc/passwd", "gopher://127.0.0.1/", "mailto:a@b.c",
            "/relative/path", "http://user:pw@127.0.0.1/"})
    void refusesOtherSchemesAndMalformedUrls(String url) {
        FetchException e = failure(() -> fetcher.fetch(URI.create(url)));
        assertThat(e.reason()).isEqualTo(Reason.INVALID_URL);
    }

    @Test
    void refusesARedirectToAnotherScheme() {
        server.on("/go", ex -> redirect(ex, 301, "file:///etc/passwd"));
        assertThat(failure(() -> fetcher.fetch(server.url("/go"))).reason()).isEqualTo(Reason.INVALID_URL);
    }

    @ParameterizedTest
    @ValueSource(ints = {404, 410, 500, 503})
    void reportsUpstreamStatus(int status) {
        server.on("/gone", ex -> respond(ex, status, "text/html", PAGE));
        FetchException e = failure(() -> fetcher.fetch(server.url("/gone")));
        assertThat(e.reason()).isEqualTo(Reason.UPSTREAM_STATUS);
        assertThat(e.upstreamStatus()).isEqualTo(status);
        assertThat(e.getMessage()).contains(String.valueOf(status));
    }

    @Test
    void redirectWithoutLocationIsAnUpstreamStatus() {
        server.on("/odd", ex -> ex.sendResponseHeaders(302, -1));
        FetchException e = failure(() -> fetcher.fetch(server.url("/odd")));
        assertThat(e.reason()).isEqualTo(Reason.UPSTREAM_STATUS);
        assertThat(e.upstreamStatus()).isEqualTo(302);
    }

    @ParameterizedTest
    @ValueSource(strings = {"application/pdf", "image/png", "application/json; charset=utf-8", "text/plain"})
    void refusesNonHtmlContentTypesNamingTheType(String type) {
        server.on("/doc", ex -> respond(ex, 200, type, "%PDF-1.7 not html".getBytes(StandardCharsets.US_ASCII)));
        FetchException e = failure(() -> fetcher.fetch(server.url("/doc")));
        assertThat(e.reason()).isEqualTo(Reason.UNSUPPORTED_CONTENT_TYPE);
        assertThat(e.getMessage()).contains(type.split(";")[0]);
    }

    @Test
    void sniffsHtmlWhenTheContentTypeIsMissing() {
        server.on("/untyped", ex -> respond(ex, 200, null, ("\n  " + new String(PAGE, StandardCharsets.UTF_8))
                .getBytes(StandardCharsets.UTF_8)));
        server.on("/binary", ex -> respond(ex, 200, null, new byte[] {(byte) 0x89, 'P', 'N', 'G', 0, 1, 2}));

        assertThat(fetcher.fetch(server.url("/untyped")).contentType()).isEqualTo("text/html");
        FetchException e = failure(() -> fetcher.fetch(server.url("/binary")));
        assertThat(e.reason()).isEqualTo(Reason.UNSUPPORTED_CONTENT_TYPE);
    }

    @Test
    void rejectsAnUnusablePolicy() {
        FetchPolicy p = TestPolicies.local();
        assertThatThrownBy(() -> new HttpPageFetcher(new FetchPolicy(p.connectTimeout(), p.readTimeout(), 0,
                p.maxRedirects(), p.allowedHosts(), p.userAgent()))).isInstanceOf(IllegalArgumentException.class);
    }
}
