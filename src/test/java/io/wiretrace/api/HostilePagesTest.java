package io.wiretrace.api;

import static io.wiretrace.support.Api.given;
import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** Script payloads stored in texts, titles, URLs and outlet names come out escaped on every page that shows them. */
@QuarkusTest
class HostilePagesTest {

    private static final String PAYLOAD = "<script>alert(1)</script><img src=x onerror=alert(2)>";

    @Test
    void storedPayloadsAreEscapedOnEveryPage() {
        String t = UUID.randomUUID().toString().substring(0, 8);
        String key = "hostile-" + t;
        given().contentType(ContentType.JSON).body(Map.of("key", key, "name", PAYLOAD + " Gazette", "kind", "newsroom",
                "aliases", List.of(PAYLOAD + t), "domains", List.of(key + ".example"))).post("/api/outlets").then().statusCode(201);
        String url = "https://" + key + ".example/news/" + t + "?q=%3Cscript%3Ealert(3)%3C/script%3E&x=\"><svg onload=alert(4)>";
        int id = given().contentType(ContentType.JSON).body(Map.of("text", PAYLOAD + " The harbour ferry will resume service "
                        + "next week after repairs, officials said on Monday. " + PAYLOAD, "title", PAYLOAD + " Ferry resumes",
                "url", url)).post("/api/articles").then().statusCode(201).extract().path("id");
        List<String> pages = List.of("/", "/?q=ferry", "/?outlet=" + key, "/articles/" + id, "/outlets/" + key,
                "/stories/" + id, "/events", "/sources", "/admin/audit", "/account", "/admin/users");
        for (String page : pages) {
            String html = given().accept("text/html").get(page).then().statusCode(200).extract().asString();
            assertThat(html).as(page).doesNotContain("<script>alert").doesNotContain("<img src=x").doesNotContain("<svg onload");
        }
        assertThat(given().get("/articles/" + id).asString()).contains("&lt;script&gt;alert(1)");
    }
}
