package io.wiretrace.api.profiles;

import static io.wiretrace.support.Api.anonymous;
import static io.wiretrace.support.Api.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.restassured.response.Response;
import io.wiretrace.support.Api;
import io.wiretrace.support.FakeOidcProvider;
import io.wiretrace.support.FakeOidcProvider.User;
import java.net.URI;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * Single sign-on through an OpenID Connect provider (a fake one of our own, {@link FakeOidcProvider}): the login page's
 * button, the code flow with PKCE, the account made on first login with the role its claim grants and updated at the
 * next, and every refusal: a login not started in this browser, a replayed code, a user with no role, an ID token not
 * signed by the provider's keys, a name taken by a local account, a provider answering nonsense, a password login to
 * an account of single sign-on.
 */
@QuarkusTest
@TestProfile(SingleSignOnTest.WithProvider.class)
class SingleSignOnTest {

    public static class WithProvider implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("wiretrace.auth.sso.enabled", "true", "wiretrace.auth.sso.issuer", FakeOidcProvider.issuer(),
                    "wiretrace.auth.sso.client-id", FakeOidcProvider.CLIENT_ID,
                    "wiretrace.auth.sso.client-secret", FakeOidcProvider.CLIENT_SECRET,
                    "wiretrace.auth.sso.button-label", "Sign in with Newsroom SSO",
                    "wiretrace.reuse.semantic-model", "false");
        }
    }

    @AfterEach
    void providerBehaves() {
        FakeOidcProvider.rolesInIdToken(true);
        FakeOidcProvider.signWithStranger(false);
        FakeOidcProvider.tokenEndpointBroken(false);
    }

    /** The browser's trip: the service's redirect, the provider's, and the callback with the state cookie. */
    private static Response login(String next, boolean withStateCookie) throws Exception {
        Response start = anonymous().redirects().follow(false).accept("text/html").queryParam("next", next)
                .get("/login/sso");
        start.then().statusCode(303);
        URI toProvider = URI.create(start.header("Location"));
        assertThat(toProvider.toString()).startsWith(FakeOidcProvider.issuer() + "/authorize?")
                .contains("code_challenge_method=S256").contains("nonce=").contains("state=");
        URI back = FakeOidcProvider.authorize(toProvider);
        var callback = anonymous().redirects().follow(false).accept("text/html");
        if (withStateCookie) {
            callback.cookie("wiretrace_sso", start.cookie("wiretrace_sso"));
        }
        return callback.urlEncodingEnabled(false).get(back.getPath() + "?" + back.getRawQuery());
    }

    private static String me(Response loggedIn, String field) {
        return anonymous().cookie("wiretrace_session", loggedIn.cookie("wiretrace_session")).get("/api/me")
                .then().statusCode(200).extract().path(field);
    }

    @Test
    void aProviderUserLogsInWithTheRoleTheClaimGrantsAndItIsUpdatedAtTheNextLogin() throws Exception {
        anonymous().accept("text/html").get("/login").then().statusCode(200)
                .body(containsString("Sign in with Newsroom SSO")).body(containsString("/login/sso?next=%2F"));
        FakeOidcProvider.nextUser(new User("sub-jane", "Jane.Roe", List.of("staff", "wiretrace-analyst")));
        Response first = login("/articles?q=council", true);
        first.then().statusCode(303).header("Location", org.hamcrest.Matchers.endsWith("/articles?q=council"));
        assertThat(me(first, "name").toString()).isEqualTo("jane.roe");
        assertThat(me(first, "role").toString()).isEqualTo("analyst");

        FakeOidcProvider.nextUser(new User("sub-jane", "jane.roe", List.of("wiretrace-admin")));
        Response second = login("/", true);
        second.then().statusCode(303);
        assertThat(me(second, "role").toString()).isEqualTo("admin");
        given().get("/api/audit?actor=jane.roe&operation=GET /login/sso/callback").then().statusCode(200)
                .body("items[0].via", equalTo("sso")).body("items[0].before", containsString("analyst"))
                .body("items[0].after", containsString("admin")).body("items[1].before", org.hamcrest.Matchers.nullValue());
        given().get("/api/users").then().statusCode(200).body(containsString("jane.roe"));
    }

    @Test
    void rolesMissingFromTheIdTokenAreReadFromTheUserInfo() throws Exception {
        FakeOidcProvider.rolesInIdToken(false);
        FakeOidcProvider.nextUser(new User("sub-ui", "info.user", List.of("wiretrace-reader")));
        Response r = login("/", true);
        r.then().statusCode(303);
        assertThat(me(r, "role").toString()).isEqualTo("reader");
    }

    @Test
    void aUserWithoutAWiretraceRoleIsRefused() throws Exception {
        FakeOidcProvider.nextUser(new User("sub-sales", "sales.person", List.of("sales")));
        login("/", true).then().statusCode(401).body(containsString("no Wiretrace role"))
                .header("Set-Cookie", not(containsString("wiretrace_session=")));
        given().get("/api/users").then().body(not(containsString("sales.person")));
    }

    @Test
    void aLoginNotStartedInThisBrowserOrReplayedIsRefused() throws Exception {
        FakeOidcProvider.nextUser(new User("sub-x", "x.user", List.of("wiretrace-reader")));
        login("/", false).then().statusCode(401).body(containsString("not started in this browser"));

        Response start = anonymous().redirects().follow(false).get("/login/sso");
        URI back = FakeOidcProvider.authorize(URI.create(start.header("Location")));
        String state = start.cookie("wiretrace_sso");
        anonymous().redirects().follow(false).urlEncodingEnabled(false).cookie("wiretrace_sso", state).get(back.getPath() + "?" + back.getRawQuery())
                .then().statusCode(303);
        anonymous().redirects().follow(false).urlEncodingEnabled(false).cookie("wiretrace_sso", state).get(back.getPath() + "?" + back.getRawQuery())
                .then().statusCode(401).body(containsString("expired or was already used"));
        anonymous().redirects().follow(false).accept("text/html")
                .queryParam("error", "access_denied").queryParam("error_description", "User cancelled")
                .get("/login/sso/callback")
                .then().statusCode(401).body(containsString("access_denied: User cancelled"));
    }

    @Test
    void anIdTokenNotSignedByTheProvidersKeysIsRefused() throws Exception {
        FakeOidcProvider.signWithStranger(true);
        FakeOidcProvider.nextUser(new User("sub-forged", "forged.user", List.of("wiretrace-admin")));
        login("/", true).then().statusCode(401).body(containsString("ID token is not valid"));
        given().get("/api/users").then().body(not(containsString("forged.user")));
    }

    @Test
    void aNameOfALocalAccountIsNotTakenOverAndAPasswordLoginToAnSsoAccountFails() throws Exception {
        FakeOidcProvider.nextUser(new User("sub-evil", Api.ADMIN, List.of("wiretrace-admin")));
        login("/", true).then().statusCode(401).body(containsString("was not made by single sign-on"));
        FakeOidcProvider.nextUser(new User("sub-bot", "bootstrap", List.of("wiretrace-admin")));
        login("/", true).then().statusCode(401).body(containsString("cannot name one here"));
        FakeOidcProvider.nextUser(new User("sub-xss", "<script>alert(1)</script>", List.of("wiretrace-admin")));
        login("/", true).then().statusCode(401).body(not(containsString("<script>alert"))).body(containsString("&lt;script&gt;"));

        FakeOidcProvider.nextUser(new User("sub-pw", "pw.user", List.of("wiretrace-reader")));
        login("/", true).then().statusCode(303);
        Response form = anonymous().accept("text/html").get("/login");
        var token = java.util.regex.Pattern.compile("name=\"csrf\" value=\"([^\"]+)\"").matcher(form.asString());
        assertThat(token.find()).isTrue();
        anonymous().redirects().follow(false).cookie("wiretrace_form", form.cookie("wiretrace_form"))
                .contentType(io.restassured.http.ContentType.URLENC)
                .formParams(Map.of("username", "pw.user", "password", "any-password-at-all", "csrf", token.group(1),
                        "next", "/"))
                .post("/login").then().statusCode(401).body(containsString("wrong user name or password"));
    }

    @Test
    void aProviderAnsweringNonsenseIsA502WithTheReason() throws Exception {
        FakeOidcProvider.tokenEndpointBroken(true);
        FakeOidcProvider.nextUser(new User("sub-b", "b.user", List.of("wiretrace-reader")));
        login("/", true).then().statusCode(502).body(containsString("token endpoint failed (status 500)"));
    }

    @Test
    void aDeactivatedAccountIsRefusedWhateverTheProviderSays() throws Exception {
        FakeOidcProvider.nextUser(new User("sub-off", "off.user", List.of("wiretrace-analyst")));
        login("/", true).then().statusCode(303);
        given().contentType("application/json").body(Map.of("active", false)).patch("/api/users/off.user")
                .then().statusCode(200).body("active", equalTo(false));
        login("/", true).then().statusCode(401).body(containsString("deactivated"));
    }
}
