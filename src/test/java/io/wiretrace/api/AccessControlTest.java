package io.wiretrace.api;

import static io.wiretrace.support.Api.anonymous;
import static io.wiretrace.support.Api.as;
import static io.wiretrace.support.Api.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.startsWith;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import io.wiretrace.support.Api;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * Who may do what, through the HTTP interface: every write of the API (read from the OpenAPI document, so a new
 * endpoint is covered without being listed) and of the web forms is 401 without credentials and 403 for a reader
 * (except the few a reader may do); tokens are shown once, work until revoked or expired, and never leak.
 */
@QuarkusTest
class AccessControlTest {

    /** Writes a reader may make: analyze and compare without storing, and manage their own tokens. */
    static final Set<String> READER_WRITES = Set.of("POST /api/analyze", "POST /api/compare", "POST /api/tokens",
            "DELETE /api/tokens/{id}", "POST /api/me/feed-token", "DELETE /api/me/feed-token");
    /** The web forms (hidden from the OpenAPI document). */
    private static final List<String> FORM_WRITES = List.of("POST /reanalyze", "POST /sources", "POST /sources/1/pause",
            "POST /sources/1/resume", "POST /imports", "POST /admin/users", "POST /admin/users/admin/active", "POST /verdicts");

    static String unique() {
        return UUID.randomUUID().toString().substring(0, 8);
    }

    /** Makes an account with this role and a token for it; returns the token. */
    static String tokenFor(String role) {
        String name = role + "-" + unique();
        given().contentType(ContentType.JSON).body(Map.of("username", name, "password", "a-long-password-" + name, "role", role))
                .post("/api/users").then().statusCode(201).body("role", equalTo(role)).body("$", org.hamcrest.Matchers.not(
                        org.hamcrest.Matchers.hasKey("password")));
        return given().contentType(ContentType.JSON).body(Map.of("name", "tests", "username", name)).post("/api/tokens")
                .then().statusCode(201).body("token", startsWith("wt_")).extract().path("token");
    }

    static List<String> apiWrites() {
        JsonPath doc = given().accept("application/json").get("/q/openapi?format=json").then().statusCode(200).extract().jsonPath();
        Map<String, Map<String, Object>> paths = doc.getMap("paths");
        List<String> writes = new ArrayList<>();
        paths.forEach((path, methods) -> methods.keySet().stream().filter(m -> Set.of("post", "put", "patch", "delete").contains(m))
                .forEach(m -> writes.add(m.toUpperCase() + " " + path)));
        return writes;
    }

    private static Response send(io.restassured.specification.RequestSpecification request, String write) {
        String[] parts = write.split(" ", 2);
        String path = parts[1].replaceAll("\\{[^}]+}", "1");
        return request.contentType(ContentType.JSON).body("{}").request(parts[0], path);
    }

    @Test
    void everyApiWriteWithoutCredentialsIs401AndWithAReaderIs403() {
        List<String> writes = apiWrites();
        assertThat(writes).contains("POST /api/articles", "PUT /api/outlets/{key}", "POST /api/sources", "POST /api/webhooks",
                "POST /api/users", "POST /api/articles/reanalyze");
        String reader = tokenFor("reader");
        for (String write : writes) {
            Response none = send(anonymous(), write);
            assertThat(none.statusCode()).as(write + " without credentials").isEqualTo(401);
            assertThat(none.contentType()).as(write).startsWith("application/problem+json");
            assertThat(none.header("WWW-Authenticate")).as(write).startsWith("Bearer");
            int status = send(as(reader).header("X-Request-Id", "refused-" + reader.substring(3, 11)), write).statusCode();
            if (READER_WRITES.contains(write)) {
                assertThat(status).as(write + " by a reader").isNotIn(401, 403);
            } else {
                assertThat(status).as(write + " by a reader").isEqualTo(403);
            }
        }
        // each of those writes is in the audit trail, refused or not, with who made it
        org.awaitility.Awaitility.await().atMost(java.time.Duration.ofSeconds(20)).untilAsserted(() -> {
            List<String> audited = given().get("/api/audit?size=200&operation=" + "&actor=" + readerName(reader)).then()
                    .statusCode(200).extract().jsonPath().getList("items.operation", String.class);
            assertThat(audited).containsAll(writes);
        });
    }

    @Test
    void aReadersRefusedFileUploadIsAuditedUnderTheirName() {
        String reader = tokenFor("reader");
        String requestId = "upload-refused-" + unique();
        as(reader).header("X-Request-Id", requestId).contentType("application/x-ndjson")
                .body("{\"url\": \"https://refused.example/a\", \"text\": \"A line.\"}\n"
                        .getBytes(java.nio.charset.StandardCharsets.UTF_8)).post("/api/imports").then()
                .statusCode(403).contentType("application/problem+json");
        org.awaitility.Awaitility.await().atMost(java.time.Duration.ofSeconds(20)).untilAsserted(() -> {
            List<Map<String, Object>> entries = given().get("/api/audit?size=200&operation=POST /api/imports (upload)")
                    .then().statusCode(200).extract().jsonPath().getList("items");
            Map<String, Object> entry = entries.stream().filter(e -> requestId.equals(e.get("requestId"))).findFirst()
                    .orElseThrow(() -> new AssertionError("no audit entry with request id " + requestId));
            assertThat(entry.get("actor")).isEqualTo(readerName(reader) + " (token:tests)");
            assertThat(entry.get("status")).isEqualTo(403);
        });
    }

    private static String readerName(String token) {
        return as(token).get("/api/me").then().statusCode(200).extract().path("name");
    }

    @Test
    void everyFormWithoutCredentialsSendsToLoginAndAReaderIsRefused() {
        String reader = tokenFor("reader");
        for (String write : FORM_WRITES) {
            String[] parts = write.split(" ", 2);
            anonymous().redirects().follow(false).accept("text/html").contentType(ContentType.URLENC).formParam("x", "1")
                    .request(parts[0], parts[1]).then().statusCode(303).header("Location", containsString("/login?next="));
            as(reader).accept("text/html").contentType(ContentType.URLENC).formParam("x", "1")
                    .request(parts[0], parts[1]).then().statusCode(403);
        }
        // "Check and store" needs an analyst; "Analyze only" is a read
        as(reader).accept("text/html").contentType(ContentType.URLENC).formParam("input", "A short text. It has two sentences.")
                .formParam("as", "text").formParam("action", "store").post("/check").then().statusCode(403);
    }

    @Test
    void pagesOfferOnlyWhatTheRoleMayDo() {
        String reader = tokenFor("reader");
        String home = as(reader).accept("text/html").get("/").then().statusCode(200).extract().asString();
        assertThat(home).contains("id=\"analyze\"").doesNotContain("id=\"store\"").doesNotContain("action=\"/reanalyze\"");
        assertThat(as(reader).accept("text/html").get("/imports").asString()).doesNotContain("action=\"/imports\"");
        assertThat(as(reader).accept("text/html").get("/sources").asString()).doesNotContain("method=\"post\" action=\"/sources\"");
        String admin = given().accept("text/html").get("/").asString();
        assertThat(admin).contains("id=\"store\"").contains("action=\"/reanalyze\"").contains("href=\"/admin/audit\"");
    }

    @Test
    void readsNeedCredentialsUnlessAnonymousReadingIsOn() {
        anonymous().get("/api/articles").then().statusCode(401).contentType(startsWith("application/problem+json"));
        anonymous().redirects().follow(false).accept("text/html").get("/").then().statusCode(303)
                .header("Location", org.hamcrest.Matchers.endsWith("/login?next=%2F"));
        anonymous().get("/q/health").then().statusCode(200);
        anonymous().get("/login").then().statusCode(200)
                .body(org.hamcrest.Matchers.not(containsString("/login/sso"))); // single sign-on is off by default
        anonymous().accept("text/html").redirects().follow(false).get("/login/sso").then().statusCode(404);
        anonymous().accept("text/html").get("/login/sso/callback?code=x&state=y").then().statusCode(404);
        as(tokenFor("reader")).get("/api/articles").then().statusCode(200);
    }

    @Test
    void metricsAndOpenApiAreForAdmins() {
        // refused before any resource runs, yet answered as the API answers: problem+json saying why
        anonymous().get("/q/metrics").then().statusCode(401).contentType("application/problem+json")
                .header("WWW-Authenticate", containsString("Bearer")).body("status", equalTo(401))
                .body("detail", containsString("sign in"));
        as("wt_not-a-token").get("/q/metrics").then().statusCode(401).body("detail", containsString("not known"));
        as(tokenFor("analyst")).get("/q/metrics").then().statusCode(403);
        given().get("/q/metrics").then().statusCode(200);
        anonymous().get("/q/openapi").then().statusCode(401).contentType("application/problem+json");
        // a browser is sent to log in first, and back
        anonymous().redirects().follow(false).accept("text/html").get("/q/swagger-ui/").then().statusCode(303)
                .header("Location", equalTo("/login?next=%2Fq%2Fswagger-ui%2F"));
    }

    @Test
    void aRevokedOrExpiredTokenIs401SayingWhy() throws InterruptedException {
        String name = "analyst-" + unique();
        given().contentType(ContentType.JSON).body(Map.of("username", name, "password", "another-long-password", "role", "analyst"))
                .post("/api/users").then().statusCode(201);
        JsonPath made = given().contentType(ContentType.JSON).body(Map.of("name", "script", "username", name))
                .post("/api/tokens").then().statusCode(201).header("Cache-Control", "no-store").extract().jsonPath();
        String token = made.getString("token");
        as(token).get("/api/me").then().statusCode(200).body("name", equalTo(name)).body("role", equalTo("analyst"))
                .body("via", equalTo("token:script"));
        // the list never shows a token again, nor does the token's own address (its Location)
        assertThat(as(token).get("/api/tokens").asString()).doesNotContain(token).contains(made.getString("prefix"));
        as(token).get("/api/tokens/" + made.getLong("id")).then().statusCode(200).body("name", equalTo("script"))
                .body("status", equalTo("active")).body(org.hamcrest.Matchers.not(containsString(token)));
        as(tokenFor("reader")).get("/api/tokens/" + made.getLong("id")).then().statusCode(404)
                .contentType("application/problem+json");
        as(token).delete("/api/tokens/" + made.getLong("id")).then().statusCode(200).body("status", equalTo("revoked"));
        as(token).get("/api/articles").then().statusCode(401).body("detail", containsString("revoked"));

        String shortLived = given().contentType(ContentType.JSON)
                .body(Map.of("name", "brief", "username", name, "expiresIn", "PT1S")).post("/api/tokens").then().statusCode(201)
                .extract().path("token");
        Thread.sleep(1500);
        as(shortLived).get("/api/articles").then().statusCode(401).body("detail", containsString("expired"));
        as("wt_not-a-token").get("/api/articles").then().statusCode(401).body("detail", containsString("not known"));
        anonymous().header("Authorization", "Bearer " + token).header("Authorization", "Bearer wt_another")
                .get("/api/articles").then().statusCode(401).body("detail", containsString("one Authorization header"));
    }

    @Test
    void aTokenCannotOutrankItsAccountAndBadInputIsNamed() {
        String reader = tokenFor("reader");
        as(reader).contentType(ContentType.JSON).body(Map.of("name", "more", "role", "admin")).post("/api/tokens")
                .then().statusCode(400).body("field", equalTo("role"));
        given().contentType(ContentType.JSON).body(Map.of("username", "x" + unique(), "password", "short", "role", "reader"))
                .post("/api/users").then().statusCode(400).body("field", equalTo("password"))
                .body("detail", org.hamcrest.Matchers.not(containsString("short")));
        given().contentType(ContentType.JSON).body(Map.of("username", "x" + unique(), "password", "long-enough-password", "role", "boss"))
                .post("/api/users").then().statusCode(400).body("field", equalTo("role"));
        given().contentType(ContentType.JSON).body(Map.of("username", Api.ADMIN, "password", "long-enough-password", "role", "reader"))
                .post("/api/users").then().statusCode(409).body("field", equalTo("username"));
        given().contentType(ContentType.JSON).body(Map.of("name", "x", "expiresIn", "soon", "username", Api.ADMIN))
                .post("/api/tokens").then().statusCode(400).body("field", equalTo("expiresIn"));
        // an expiry past PostgreSQL's last year was a 500; the API's longest lifetime is the account page's ten years
        for (String tooLong : new String[] {"P1000000Y", "P3651D"}) {
            given().contentType(ContentType.JSON).body(Map.of("name", "x", "expiresIn", tooLong, "username", Api.ADMIN))
                    .post("/api/tokens").then().statusCode(400).contentType("application/problem+json")
                    .body("field", equalTo("expiresIn")).body("detail", containsString("P3650D"));
        }
    }

    @Test
    void aDeactivatedAccountsTokensAndSessionsStopWorking() {
        String name = "leaver-" + unique();
        given().contentType(ContentType.JSON).body(Map.of("username", name, "password", "leaver-password-123", "role", "analyst"))
                .post("/api/users").then().statusCode(201);
        String token = given().contentType(ContentType.JSON).body(Map.of("name", "t", "username", name)).post("/api/tokens")
                .then().statusCode(201).extract().path("token");
        String session = Sessions.logIn(name, "leaver-password-123");
        anonymous().cookie("wiretrace_session", session).get("/api/me").then().statusCode(200).body("via", equalTo("session"));
        given().contentType(ContentType.JSON).body(Map.of("active", false)).patch("/api/users/" + name)
                .then().statusCode(200).body("active", equalTo(false));
        as(token).get("/api/articles").then().statusCode(401);
        anonymous().cookie("wiretrace_session", session).get("/api/me").then().statusCode(401);
        // reactivated, the account's old keys stay dead: they may have leaked while it was off
        given().contentType(ContentType.JSON).body(Map.of("active", true)).patch("/api/users/" + name)
                .then().statusCode(200).body("active", equalTo(true));
        as(token).get("/api/articles").then().statusCode(401);
    }

    @Test
    void whatOnlyAnAdminMayDoWithTokensIs403NamingIt() {
        String analyst = tokenFor("analyst");
        as(analyst).contentType(ContentType.JSON).body(Map.of("name", "for-someone", "username", "admin"))
                .post("/api/tokens").then().statusCode(403).contentType("application/problem+json")
                .body("detail", org.hamcrest.Matchers.containsString("only an admin may make a token for another account"));
        as(analyst).get("/api/tokens?all=true").then().statusCode(403)
                .body("detail", org.hamcrest.Matchers.containsString("every account's tokens"));
        as(analyst).get("/api/tokens").then().statusCode(200);
    }

    @Test
    void expensiveOperationsAreRateLimitedPerToken() {
        String name = "busy-" + unique();
        given().contentType(ContentType.JSON).body(Map.of("username", name, "password", "busy-password-1234", "role", "reader"))
                .post("/api/users").then().statusCode(201);
        String token = given().contentType(ContentType.JSON).body(Map.of("name", "t", "username", name, "rateLimit", 2))
                .post("/api/tokens").then().statusCode(201).body("rateLimit", equalTo(2)).extract().path("token");
        Map<String, String> text = Map.of("text", "The council met on Tuesday. It approved the budget for the harbour.");
        int[] statuses = new int[3];
        for (int i = 0; i < 3; i++) {
            statuses[i] = as(token).contentType(ContentType.JSON).body(text).post("/api/analyze").statusCode();
        }
        // the minute may turn between two requests: then the third is the first of a new window
        if (statuses[2] != 200) {
            Response refused = as(token).contentType(ContentType.JSON).body(text).post("/api/analyze");
            assertThat(refused.statusCode()).isEqualTo(429);
            assertThat(refused.contentType()).startsWith("application/problem+json");
            assertThat(Long.parseLong(refused.header("Retry-After"))).isBetween(1L, 60L);
            assertThat(refused.headers().getValues("Retry-After")).hasSize(1);
        } else {
            assertThat(statuses).containsExactly(200, 200, 200);
            assertThat(as(token).contentType(ContentType.JSON).body(text).post("/api/analyze").statusCode()).isIn(200, 429);
        }
        // reads are not limited
        for (int i = 0; i < 4; i++) {
            as(token).get("/api/articles").then().statusCode(200);
        }
    }
}
