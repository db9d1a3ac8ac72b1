package io.wiretrace.web;

import io.wiretrace.account.SignInRefused;
import io.wiretrace.account.SsoUnavailable;
import io.wiretrace.app.FirstAdmin;
import io.wiretrace.app.SingleSignOn;
import io.wiretrace.security.Clients;
import io.wiretrace.security.Expensive;
import io.wiretrace.security.RequestIds;
import io.vertx.core.http.HttpServerRequest;
import jakarta.annotation.security.PermitAll;
import jakarta.ws.rs.CookieParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.NewCookie;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.net.URI;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

/**
 * Single sign-on in the browser: {@code /login/sso} sends it to the provider, with the login's state in a cookie of
 * this browser; {@code /login/sso/callback} takes it back, opens a session and goes on to where the user was going.
 * A refused login shows the login page with the reason (401; 502 when the provider could not be reached). Not found
 * while single sign-on is off.
 */
@Path("/login/sso")
@Produces(Pages.HTML)
public class SingleSignOnResource {

    /** The login's state, bound to the browser that started it; sent back on the provider's top-level redirect (Lax). */
    static final String STATE_COOKIE = "wiretrace_sso";
    private static final String COOKIE_PATH = "/login/sso";

    private final SingleSignOn sso;
    private final LoginForms forms;
    private final FirstAdmin firstAdmin;

    public SingleSignOnResource(SingleSignOn sso, LoginForms forms, FirstAdmin firstAdmin) {
        this.sso = sso;
        this.forms = forms;
        this.firstAdmin = firstAdmin;
    }

    /** Rate-limited like the expensive operations: each start writes a pending login. */
    @GET
    @PermitAll
    @Expensive
    @Operation(hidden = true)
    public Response start(@QueryParam("next") String next, @Context UriInfo uri, @Context HttpServerRequest request) {
        if (!sso.enabled()) {
            throw new NotFoundException("single sign-on is off");
        }
        try {
            SingleSignOn.Started started = sso.start(uri.getBaseUriBuilder().path("login/sso/callback").build(),
                    LoginForms.safeNext(next));
            NewCookie state = new NewCookie.Builder(STATE_COOKIE).value(started.state()).path(COOKIE_PATH).httpOnly(true)
                    .secure(forms.secure(request)).sameSite(NewCookie.SameSite.LAX)
                    .maxAge((int) SingleSignOn.PENDING.toSeconds()).build();
            return Response.seeOther(started.location()).cookie(state).header("Cache-Control", "no-store").build();
        } catch (SsoUnavailable e) {
            return forms.login(next, e.getMessage(), firstAdmin.pending(), 502, request);
        }
    }

    @GET
    @Path("callback")
    @PermitAll
    @Operation(hidden = true)
    public Response callback(@QueryParam("code") String code, @QueryParam("state") String state,
                             @QueryParam("error") String error, @QueryParam("error_description") String description,
                             @CookieParam(STATE_COOKIE) String bound, @HeaderParam(RequestIds.HEADER) String requestId,
                             @Context HttpServerRequest request) {
        if (!sso.enabled()) {
            throw new NotFoundException("single sign-on is off");
        }
        NewCookie ended = forms.expired(STATE_COOKIE, COOKIE_PATH, request);
        try {
            if (error != null) {
                throw new SignInRefused("the sign-in provider refused the login (" + error
                        + (description == null ? "" : ": " + description) + ")");
            }
            SingleSignOn.Completed done = sso.complete(code, state, bound, Clients.address(request),
                    RequestIds.of(requestId));
            return Response.seeOther(URI.create(LoginForms.safeNext(done.next())))
                    .cookie(forms.session(done.session(), request), ended).build();
        } catch (SignInRefused e) {
            return withCookie(forms.login(null, e.getMessage(), false, 401, request), ended);
        } catch (SsoUnavailable e) {
            return withCookie(forms.login(null, e.getMessage(), false, 502, request), ended);
        }
    }

    private static Response withCookie(Response page, NewCookie cookie) {
        return Response.fromResponse(page).cookie(cookie).build();
    }

    @ServerExceptionMapper
    public Response error(Exception e) {
        return ErrorPages.page(e);
    }
}
