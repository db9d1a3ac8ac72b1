package io.wiretrace.api;

import static io.wiretrace.support.Api.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;

import com.sun.net.httpserver.HttpExchange;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import io.wiretrace.support.LocalSite;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

@QuarkusTest
class ArticleErrorsTest {

    static LocalSite site;

    @BeforeAll
    static void startSite() {
        site = new LocalSite()
                .page("/doc.pdf", "application/pdf", "%PDF-1.4 not html".getBytes(StandardCharsets.US_ASCII))
                .page("/shell", "text/html", LocalSite.resource("/pages/empty-shell.html"))
                .page("/big", "text/html", ("<html><body><p>" + "word ".repeat(60_000) + "</p></body></html>")
                        .getBytes(StandardCharsets.US_ASCII))
                .route("/gone", exchange -> LocalSite.send(exchange, 404, "text/html", "<p>gone</p>".getBytes()))
                .route("/slow", ArticleErrorsTest::slow)
                .redirect("/loop", "/loop");
    }

    @AfterAll
    static void stopSite() {
        if (site != null) {
            site.close();
        }
    }

    static void slow(HttpExchange exchange) {
        try {
            Thread.sleep(4_000); // past the test profile's 2 s read timeout
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    static ValidatableResponse post(Object body) {
        return given().contentType(ContentType.JSON).body(body).when().post("/api/articles").then()
                .contentType("application/problem+json");
    }

    static long count() {
        return given().get("/api/articles").then().extract().jsonPath().getLong("total");
    }

    @Test
    void malformedJsonIs400() {
        post("{\"url\": ").statusCode(400).body("type", containsString("malformed-json"))
                .body("title", equalTo("Malformed JSON")).body("status", equalTo(400))
                .body("detail", containsString("not valid JSON"));
    }

    @Test
    void jsonOfTheWrongShapeSaysAnObjectIsExpectedWithoutJavaNames() {
        for (String body : new String[] {"[{\"url\": \"https://a.example/\"}]", "\"https://a.example/\"", "42"}) {
            post(body).statusCode(400).body("detail", containsString("must be a JSON object"))
                    .body("detail", not(containsString("io.wiretrace")));
        }
    }

    @Test
    void unknownFieldIsNamed() {
        post("{\"link\": \"https://a.example/\"}").statusCode(400).body("detail", containsString("link"));
    }

    @Test
    void noneOfUrlHtmlTextIs400() {
        post(Map.of("title", "x")).statusCode(400).body("detail", containsString("exactly one of 'url', 'html' or 'text'"));
        post("{}").statusCode(400).body("field", equalTo("url"));
    }

    @Test
    void severalInputsAre400NamingThem() {
        post(Map.of("html", "<p>a</p>", "text", "a")).statusCode(400).body("field", equalTo("text"))
                .body("detail", containsString("html and text"));
    }

    @Test
    void invalidUrlsAre400() {
        post(Map.of("url", "not a url")).statusCode(400).body("field", equalTo("url")).body("detail", containsString("not a url"));
        post(Map.of("url", "ftp://files.example/a.html")).statusCode(400).body("field", equalTo("url"))
                .body("detail", containsString("http or https"));
        post(Map.of("url", "file:///etc/passwd")).statusCode(400).body("field", equalTo("url"));
    }

    @Test
    void textOnlyFieldsWithHtmlAre400() {
        post(Map.of("html", "<p>x</p>", "outlet", "x")).statusCode(400).body("field", equalTo("outlet"));
    }

    @Test
    void badPublishedAtIs400() {
        post(Map.of("text", "Some text here.", "publishedAt", "yesterday")).statusCode(400)
                .body("field", equalTo("publishedAt")).body("detail", containsString("yesterday"));
    }

    @Test
    void wrongTypeIs400NamingTheField() {
        post("{\"text\": [1, 2]}").statusCode(400).body("field", equalTo("text"));
        post("{\"text\": 5}").statusCode(400).body("field", equalTo("text"));
    }

    @Test
    void oversizedTextIs413() {
        long before = count();
        post(Map.of("text", "a".repeat(2_000_001))).statusCode(413).body("detail", containsString("text")).body("field", equalTo("text"));
        org.assertj.core.api.Assertions.assertThat(count()).isEqualTo(before);
    }

    @Test
    void nonJsonRequestIs415() {
        given().contentType(ContentType.TEXT).body("url=https://a.example").post("/api/articles")
                .then().statusCode(415).contentType("application/problem+json").body("status", equalTo(415));
    }

    @Test
    void nonHtmlUpstreamIs415() {
        post(Map.of("url", site.url("/doc.pdf"))).statusCode(415).body("detail", containsString("application/pdf"));
    }

    @Test
    void upstreamErrorIs502WithItsStatus() {
        post(Map.of("url", site.url("/gone"))).statusCode(502).body("upstreamStatus", equalTo(404));
    }

    @Test
    void upstreamTimeoutIs504() {
        post(Map.of("url", site.url("/slow"))).statusCode(504);
    }

    @Test
    void redirectLoopIs502() {
        post(Map.of("url", site.url("/loop"))).statusCode(502).body("type", containsString("redirects"));
    }

    @Test
    void oversizedUpstreamPageIs413() {
        post(Map.of("url", site.url("/big"))).statusCode(413);
    }

    @Test
    void privateAddressesAreRefused() {
        post(Map.of("url", "http://10.0.0.1/article")).statusCode(400).body("type", containsString("address-refused"));
        post(Map.of("url", "http://169.254.169.254/latest/meta-data/")).statusCode(400).body("field", equalTo("url"));
        // an address in a form browsers read as the loopback one is refused, not looked up as a name (was a 502)
        post(Map.of("url", "http://0x7f000001/article")).statusCode(400).body("type", containsString("address-refused"))
                .body("detail", containsString("non-standard form"));
    }

    @Test
    void pageWithoutArticleIs422AndStoresNothing() {
        long before = count();
        post(Map.of("url", site.url("/shell"))).statusCode(422);
        post(Map.of("html", new String(LocalSite.resource("/pages/empty-shell.html"), StandardCharsets.UTF_8)))
                .statusCode(422);
        org.assertj.core.api.Assertions.assertThat(count()).isEqualTo(before);
    }

    @Test
    void unknownArticleIs404() {
        given().get("/api/articles/987654321").then().statusCode(404).contentType("application/problem+json")
                .body("detail", containsString("987654321"));
        given().get("/api/articles/987654321/snapshot").then().statusCode(404).contentType("application/problem+json");
    }

    @Test
    void badIdAndPagingAre400() {
        given().get("/api/articles/abc").then().statusCode(400).contentType("application/problem+json")
                .body("field", equalTo("id"));
        given().queryParam("size", 1000).get("/api/articles").then().statusCode(400).body("field", equalTo("size"));
        given().queryParam("page", -1).get("/api/articles").then().statusCode(400).body("field", equalTo("page"));
    }

    @Test
    void unknownPathIs404Problem() {
        given().get("/api/nothing-here").then().statusCode(404).contentType("application/problem+json");
    }
}
