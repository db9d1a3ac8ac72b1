package io.wiretrace.api;

import static io.wiretrace.support.Api.anonymous;
import static org.assertj.core.api.Assertions.assertThat;

import io.restassured.http.ContentType;
import io.restassured.response.Response;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Logging in through the login form, as a browser does: the form's token and cookie, then the session cookie. */
final class Sessions {

    private static final Pattern TOKEN = Pattern.compile("name=\"csrf\" value=\"([^\"]+)\"");

    private Sessions() {
    }

    /** A page's form token (the login page's, or a signed-in page's session token). */
    static String formToken(String html) {
        Matcher m = TOKEN.matcher(html);
        assertThat(m.find()).as("a csrf field in the page").isTrue();
        return m.group(1);
    }

    /** Logs in and returns the session cookie's value. */
    static String logIn(String username, String password) {
        Response page = anonymous().get("/login");
        Response done = anonymous().redirects().follow(false).cookie("wiretrace_form", page.cookie("wiretrace_form"))
                .contentType(ContentType.URLENC).formParam("csrf", formToken(page.asString())).formParam("username", username)
                .formParam("password", password).formParam("next", "/sources").post("/login");
        assertThat(done.statusCode()).as(done.asString()).isEqualTo(303);
        assertThat(done.header("Location")).endsWith("/sources");
        return done.cookie("wiretrace_session");
    }
}
