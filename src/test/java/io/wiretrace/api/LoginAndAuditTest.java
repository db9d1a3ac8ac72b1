package io.wiretrace.api;

import static io.wiretrace.support.Api.anonymous;
import static io.wiretrace.support.Api.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.startsWith;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.logging.Handler;
import java.util.logging.LogRecord;
import org.junit.jupiter.api.Test;

/**
 * Browser sessions (login form, cookie flags, CSRF on every form, logout, throttled logins) and the audit trail,
 * through the HTTP interface.
 */
@QuarkusTest
class LoginAndAuditTest {

    private static String user(String role, String password) {
        String name = "u-" + UUID.randomUUID().toString().substring(0, 8);
        given().contentType(ContentType.JSON).body(Map.of("username", name, "password", password, "role", role))
                .post("/api/users").then().statusCode(201);
        return name;
    }

    @Test
    void aSessionCookieIsHttpOnlyAndLaxAndLogoutEndsIt() {
        String name = user("analyst", "session-password-1");
        Response page = anonymous().get("/login");
        Response done = anonymous().redirects().follow(false).cookie("wiretrace_form", page.cookie("wiretrace_form"))
                .contentType(ContentType.URLENC).formParam("csrf", Sessions.formToken(page.asString()))
                .formParam("username", name).formParam("password", "session-password-1").post("/login");
        assertThat(done.statusCode()).isEqualTo(303);
        String setCookie = done.headers().getValues("Set-Cookie").stream().filter(c -> c.startsWith("wiretrace_session="))
                .findFirst().orElseThrow();
        assertThat(setCookie).containsIgnoringCase("HttpOnly").containsIgnoringCase("SameSite=Lax").contains("Max-Age=");
        String session = done.cookie("wiretrace_session");

        String home = anonymous().cookie("wiretrace_session", session).get("/").then().statusCode(200)
                .body(containsString(name)).extract().asString();
        String csrf = Sessions.formToken(home);
        anonymous().redirects().follow(false).cookie("wiretrace_session", session).contentType(ContentType.URLENC)
                .formParam("csrf", csrf).post("/logout").then().statusCode(303);
        anonymous().cookie("wiretrace_session", session).get("/api/me").then().statusCode(401)
                .body("detail", containsString("ended"));
    }

    @Test
    void aFormPostedWithoutTheSessionsCsrfTokenIs403() {
        String name = user("analyst", "csrf-password-123");
        String session = Sessions.logIn(name, "csrf-password-123");
        String page = anonymous().cookie("wiretrace_session", session).get("/sources").then().statusCode(200).extract().asString();
        String csrf = Sessions.formToken(page);
        String feed = "http://127.0.0.1:1/feed-" + UUID.randomUUID() + ".xml";
        anonymous().cookie("wiretrace_session", session).accept("text/html").contentType(ContentType.URLENC)
                .formParam("url", feed).post("/sources").then().statusCode(403).body(containsString("CSRF"));
        anonymous().cookie("wiretrace_session", session).accept("text/html").contentType(ContentType.URLENC)
                .formParam("url", feed).formParam("csrf", "wrong" + csrf).post("/sources").then().statusCode(403);
        // with the token the form goes through (the feed cannot be fetched: an error page, not a refusal)
        int status = anonymous().cookie("wiretrace_session", session).accept("text/html").contentType(ContentType.URLENC)
                .formParam("url", feed).formParam("csrf", csrf).post("/sources").statusCode();
        assertThat(status).isNotIn(401, 403);
        // the verdict form too: refused without the token; with it, judged (here: a finding that does not exist)
        anonymous().cookie("wiretrace_session", session).accept("text/html").contentType(ContentType.URLENC)
                .formParam("findingType", "hop").formParam("from", "article:1").formParam("to", "outlet:afp")
                .formParam("verdict", "rejected").post("/verdicts").then().statusCode(403);
        int judged = anonymous().cookie("wiretrace_session", session).accept("text/html").contentType(ContentType.URLENC)
                .formParam("csrf", csrf).formParam("findingType", "hop").formParam("from", "article:987654321")
                .formParam("to", "outlet:afp").formParam("verdict", "rejected").redirects().follow(false).post("/verdicts").statusCode();
        assertThat(judged).isNotIn(401, 403, 500);
        // the login form has its own token, bound to a cookie
        anonymous().contentType(ContentType.URLENC).formParam("username", name).formParam("password", "csrf-password-123")
                .post("/login").then().statusCode(403);
    }

    @Test
    void setupIsClosedOnceAnAccountExists() {
        anonymous().redirects().follow(false).get("/setup").then().statusCode(303);
        Response page = anonymous().get("/login");
        String name = "intruder-" + UUID.randomUUID().toString().substring(0, 6);
        anonymous().cookie("wiretrace_form", page.cookie("wiretrace_form")).contentType(ContentType.URLENC)
                .formParam("csrf", Sessions.formToken(page.asString())).formParam("token", "setup_guess")
                .formParam("username", name).formParam("password", "intruder-password-1").post("/setup").then().statusCode(403);
        given().get("/api/users/" + name).then().statusCode(404);
    }

    @Test
    void failedLoginsAreThrottledPerAccount() {
        String name = user("reader", "throttle-password-1");
        for (int i = 0; i < 5; i++) {
            loginWith(name, "wrong-password-" + i).then().statusCode(401);
        }
        Response refused = loginWith(name, "throttle-password-1");
        assertThat(refused.statusCode()).isEqualTo(429);
        assertThat(refused.header("Retry-After")).isNotBlank();
        // another account from the same address is not locked by these five
        String other = user("reader", "other-password-12");
        loginWith(other, "other-password-12").then().statusCode(303);
    }

    private static Response loginWith(String name, String password) {
        Response page = anonymous().get("/login");
        return anonymous().redirects().follow(false).cookie("wiretrace_form", page.cookie("wiretrace_form"))
                .contentType(ContentType.URLENC).formParam("csrf", Sessions.formToken(page.asString()))
                .formParam("username", name).formParam("password", password).post("/login");
    }

    @Test
    void passwordsNeverAppearInLogsOrAnswers() {
        List<String> logged = new CopyOnWriteArrayList<>();
        Handler handler = new Handler() {
            @Override
            public void publish(LogRecord r) {
                logged.add(String.valueOf(r.getMessage()) + " " + java.util.Arrays.toString(r.getParameters())
                        + (r.getThrown() == null ? "" : " " + r.getThrown()));
            }

            @Override
            public void flush() {
            }

            @Override
            public void close() {
            }
        };
        java.util.logging.Logger root = java.util.logging.Logger.getLogger("");
        root.addHandler(handler);
        try {
            String secret = "Secret-Passw0rd-" + UUID.randomUUID();
            String name = "p-" + UUID.randomUUID().toString().substring(0, 8);
            String created = given().contentType(ContentType.JSON).body(Map.of("username", name, "password", secret, "role", "reader"))
                    .post("/api/users").then().statusCode(201).extract().asString();
            String changed = given().contentType(ContentType.JSON).body(Map.of("password", secret + "2")).patch("/api/users/" + name)
                    .then().statusCode(200).extract().asString();
            String failed = loginWith(name, secret + "-wrong").asString();
            String audit = given().get("/api/audit?actor=bootstrap&size=200").asString();
            assertThat(List.of(created, changed, failed, audit)).allSatisfy(body -> assertThat(body).doesNotContain(secret));
            assertThat(logged).allSatisfy(line -> assertThat(line).doesNotContain(secret));
        } finally {
            root.removeHandler(handler);
        }
    }

    @Test
    void everyWriteIsAuditedWithWhoAndRegistryEditsWithBeforeAndAfter() {
        String key = "audited-" + UUID.randomUUID().toString().substring(0, 8);
        String requestId = "req-" + UUID.randomUUID();
        given().contentType(ContentType.JSON).body(Map.of("key", key, "name", "Audited Post", "kind", "newsroom",
                "domains", List.of(key + ".example"))).post("/api/outlets").then().statusCode(201);
        given().header("X-Request-Id", requestId).contentType(ContentType.JSON)
                .body(Map.of("name", "Audited Daily", "kind", "newsroom", "domains", List.of(key + ".example")))
                .put("/api/outlets/" + key).then().statusCode(200).header("X-Request-Id", requestId);
        anonymous().contentType(ContentType.JSON).body("{}").post("/api/outlets").then().statusCode(401);

        JsonPath edits = given().get("/api/audit?target=" + key).then().statusCode(200).extract().jsonPath();
        assertThat(edits.getList("items.operation", String.class)).contains("PUT /api/outlets/{key}");
        Map<String, Object> put = edits.getList("items", Map.class).stream()
                .filter(e -> "PUT /api/outlets/{key}".equals(e.get("operation"))).findFirst().orElseThrow();
        assertThat(put.get("actor")).isEqualTo("bootstrap");
        assertThat(put.get("requestId")).isEqualTo(requestId);
        assertThat(put.get("status")).isEqualTo(200);
        assertThat(String.valueOf(put.get("before"))).contains("Audited Post");
        assertThat(String.valueOf(put.get("after"))).contains("Audited Daily");
        given().get("/api/audit?actor=anonymous&operation=POST /api/outlets").then().statusCode(200)
                .body("items.status", hasItem(401));
        given().get("/api/audit?since=yesterday").then().statusCode(400).body("field", equalTo("since"));
        // the admin page lists them, escaped
        given().accept("text/html").get("/admin/audit?actor=bootstrap").then().statusCode(200)
                .body(containsString("PUT /api/outlets/{key}"));
        // blank filters do not filter; a bad page number is named on the error page, as on the other pages
        given().queryParam("actor", " ").queryParam("operation", "").queryParam("size", 1).get("/api/audit").then().statusCode(200).body("items", hasSize(1));
        given().accept("text/html").get("/admin/audit?page=-1").then().statusCode(400)
                .contentType(containsString("text/html")).body(containsString("page"));
    }

    @Test
    void aRoleChangeEndsTheAccountsSessionsAndAChangeToWhatItIsEndsNothing() {
        String name = user("analyst", "session-password-1");
        String session = Sessions.logIn(name, "session-password-1");
        given().contentType(ContentType.JSON).body(Map.of("role", "analyst")).patch("/api/users/" + name).then().statusCode(200);
        anonymous().cookie("wiretrace_session", session).get("/api/me").then().statusCode(200);
        given().contentType(ContentType.JSON).body(Map.of("role", "reader")).patch("/api/users/" + name).then().statusCode(200);
        anonymous().cookie("wiretrace_session", session).get("/api/me").then().statusCode(401);
    }

    @Test
    void storedTextsAreEscapedOnTheAccountPages() {
        String name = user("analyst", "escape-password-1");
        String session = Sessions.logIn(name, "escape-password-1");
        String page = anonymous().cookie("wiretrace_session", session).get("/account").then().statusCode(200).extract().asString();
        // an analyst is offered token roles up to their own, never admin
        assertThat(page).contains("<option>reader</option>").contains("<option>analyst</option>")
                .doesNotContain("<option>admin</option>");
        String payload = "<script>alert(1)</script>\"><img src=x onerror=alert(2)>";
        String made = anonymous().cookie("wiretrace_session", session).contentType(ContentType.URLENC)
                .formParam("csrf", Sessions.formToken(page)).formParam("name", payload).post("/account/tokens")
                .then().statusCode(201).body(containsString("wt_")).extract().asString();
        assertThat(made).doesNotContain("<script>alert(1)").doesNotContain("<img src=x").contains("&lt;script&gt;");
        anonymous().cookie("wiretrace_session", session).get("/account").then().statusCode(200)
                .body(not(containsString("<script>alert(1)")));
    }

    @Test
    void aBadTokenFormShowsTheAccountPageAgainSayingWhatWasWrong() {
        String name = user("analyst", "token-form-password-1");
        String session = Sessions.logIn(name, "token-form-password-1");
        String page = anonymous().cookie("wiretrace_session", session).get("/account").then().statusCode(200).extract().asString();
        for (String days : new String[] {"0", "many", "99999"}) {
            String again = anonymous().cookie("wiretrace_session", session).contentType(ContentType.URLENC)
                    .formParam("csrf", Sessions.formToken(page)).formParam("name", "script").formParam("days", days)
                    .post("/account/tokens").then().statusCode(400).contentType(startsWith("text/html")).extract().asString();
            assertThat(again).as(days).contains("id=\"token-error\"").contains("days must be a whole number from 1 to 3650")
                    .contains("action=\"/account/tokens\"").doesNotContain("wt_");
        }
    }
}
