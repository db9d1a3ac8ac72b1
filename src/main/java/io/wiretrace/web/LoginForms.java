package io.wiretrace.web;

import io.wiretrace.account.Secrets;
import io.wiretrace.app.SignIn;
import io.wiretrace.app.SingleSignOn;
import io.wiretrace.config.WiretraceConfig;
import io.wiretrace.security.CredentialMechanism;
import io.vertx.core.http.HttpServerRequest;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.core.NewCookie;
import jakarta.ws.rs.core.Response;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;

/**
 * The login and setup pages and the cookies of signing in: the forms' token bound to a cookie (there is no session
 * yet, so a cross-site post cannot read it to send it back), the session cookie, and cookies ended.
 */
@ApplicationScoped
public class LoginForms {

    /** The cookie the login and setup forms' token is bound to. */
    static final String FORM_COOKIE = "wiretrace_form";

    private final boolean secureCookie;
    private final SingleSignOn sso;

    public LoginForms(WiretraceConfig config, SingleSignOn sso) {
        this.secureCookie = config.auth().secureCookie();
        this.sso = sso;
    }

    /** The login page, with the single sign-on button when it is on. */
    Response login(String next, String failed, boolean pending, int status, HttpServerRequest request) {
        String token = Secrets.random("");
        String local = safeNext(next);
        String ssoHref = "/login/sso?next=" + URLEncoder.encode(local, StandardCharsets.UTF_8);
        return formPage(token, Pages.login(token, local, failed, pending, sso.buttonLabel().orElse(null), ssoHref)
                .render(), status, request);
    }

    Response setup(String failed, int status, HttpServerRequest request) {
        String token = Secrets.random("");
        return formPage(token, Pages.setup(token, failed).render(), status, request);
    }

    /** The session's cookie, for as long as the session lasts. */
    NewCookie session(SignIn.NewSession session, HttpServerRequest request) {
        return new NewCookie.Builder(CredentialMechanism.COOKIE).value(session.id()).path("/").httpOnly(true)
                .secure(secure(request)).sameSite(NewCookie.SameSite.LAX)
                .maxAge((int) Duration.between(Instant.now(), session.expiresAt()).toSeconds()).build();
    }

    /** A cookie of {@code path} ended. */
    NewCookie expired(String name, String path, HttpServerRequest request) {
        return new NewCookie.Builder(name).value("").path(path).httpOnly(true).secure(secure(request))
                .sameSite(NewCookie.SameSite.LAX).maxAge(0).build();
    }

    boolean secure(HttpServerRequest request) {
        return secureCookie || "https".equals(request.scheme());
    }

    /** A local path to return to after login; anything else (another site, a scheme) is the home page. */
    static String safeNext(String next) {
        return LocalPaths.of(next).orElse("/");
    }

    /** The page with its form's token also set as a cookie. */
    private Response formPage(String token, String html, int status, HttpServerRequest request) {
        NewCookie cookie = new NewCookie.Builder(FORM_COOKIE).value(token).path("/").httpOnly(true).secure(secure(request))
                .sameSite(NewCookie.SameSite.STRICT).maxAge(3600).build();
        return Response.status(status).type(Pages.HTML).cookie(cookie).header("Cache-Control", "no-store").entity(html).build();
    }
}
