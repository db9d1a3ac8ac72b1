package io.wiretrace.api;

import io.wiretrace.http.SecurityHeaders;
import static io.wiretrace.support.Api.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Issue 19, row 10: every HTML page carries the security headers, and no page needs an inline style or script. */
@QuarkusTest
class SecurityHeadersTest {

    @Test
    void everyHtmlPageHasTheHeadersAndNoInlineStyleOrScript() {
        int id = given().contentType(ContentType.JSON).body(Map.of("text", "Security headers test. It said so, AFP reported.",
                "outlet", "NDTV")).post("/api/articles").then().extract().path("id");
        for (String path : new String[] {"/", "/?q=security", "/articles/" + id, "/stories/" + id, "/articles/" + id + "/review",
            "/outlets/afp", "/articles/999999999", "/no-such-page"}) {
            Response r = given().accept("text/html").get(path);
            assertThat(r.contentType()).as(path).startsWith("text/html");
            assertThat(r.header("Content-Security-Policy")).as(path).isEqualTo(SecurityHeaders.POLICY)
                    .contains("frame-ancestors 'none'").contains("script-src 'self'").contains("style-src 'self'")
                    .doesNotContain("unsafe-inline");
            assertThat(r.header("X-Content-Type-Options")).as(path).isEqualTo("nosniff");
            assertThat(r.header("Referrer-Policy")).as(path).isEqualTo("same-origin");
            String html = r.asString();
            assertThat(html).as(path).doesNotContain(" style=").doesNotContain("<style").doesNotContainPattern(
                    "<script(?![^>]*\\bsrc=)").doesNotContainPattern(" on[a-z]+=\"");
        }
    }

    @Test
    void snapshotKeepsItsSandboxAndJsonHasNoPagePolicy() {
        int id = given().contentType(ContentType.JSON).body(Map.of("html", "<html><body><article><p>" + "word ".repeat(40)
                + "</p></article></body></html>")).post("/api/articles").then().extract().path("id");
        given().get("/api/articles/" + id + "/snapshot").then().header("Content-Security-Policy", containsString("sandbox"));
        given().get("/api/articles/" + id).then().header("Content-Security-Policy", nullValue())
                .header("Content-Type", containsString("json"));
        given().get("/q/swagger-ui/").then().header("X-Content-Type-Options", equalTo("nosniff"));
    }
}
