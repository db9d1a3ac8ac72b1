package io.wiretrace.web;

import io.quarkus.security.identity.SecurityIdentity;
import io.wiretrace.account.Caller;
import io.wiretrace.account.NewAccount;
import io.wiretrace.account.Role;
import io.wiretrace.account.Secrets;
import io.wiretrace.account.SignInRefused;
import io.wiretrace.account.AccountNotFound;
import io.wiretrace.app.FirstAdmin;
import io.wiretrace.app.ManageAccounts;
import io.wiretrace.app.SignIn;
import io.wiretrace.article.InvalidInput;
import io.wiretrace.security.Callers;
import io.wiretrace.security.Clients;
import io.wiretrace.security.CredentialMechanism;
import io.vertx.core.http.HttpServerRequest;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.CookieParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.net.URI;
import java.time.Duration;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.jboss.resteasy.reactive.RestForm;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

/**
 * Logging in and out, the first admin's setup, your account and its API tokens. The login and setup forms are
 * protected from cross-site posts by a token bound to a cookie (there is no session yet); the other forms by the
 * session's own token (see {@code CsrfFilter}).
 */
@Path("/")
@Produces(Pages.HTML)
public class AccountPagesResource {

    private final SignIn signIn;
    private final FirstAdmin firstAdmin;
    private final ManageAccounts accounts;
    private final SecurityIdentity identity;
    private final LoginForms forms;

    public AccountPagesResource(SignIn signIn, FirstAdmin firstAdmin, ManageAccounts accounts, SecurityIdentity identity,
                                LoginForms forms) {
        this.signIn = signIn;
        this.firstAdmin = firstAdmin;
        this.accounts = accounts;
        this.identity = identity;
        this.forms = forms;
    }

    @GET
    @Path("login")
    @PermitAll
    @Operation(hidden = true)
    public Response loginPage(@QueryParam("next") String next, @Context HttpServerRequest request) {
        return forms.login(next, null, firstAdmin.pending(), 200, request);
    }

    @POST
    @Path("login")
    @PermitAll
    @Operation(hidden = true)
    public Response login(@RestForm String username, @RestForm String password, @RestForm String next, @RestForm String csrf,
                          @CookieParam(LoginForms.FORM_COOKIE) String bound, @Context HttpServerRequest request) {
        if (!Secrets.same(csrf, bound)) {
            return forms.login(next, "The form expired; log in again.", false, 403, request);
        }
        try {
            SignIn.NewSession session = signIn.login(username, password, Clients.address(request));
            return Response.seeOther(URI.create(LoginForms.safeNext(next))).cookie(forms.session(session, request)).build();
        } catch (SignInRefused e) {
            return forms.login(next, e.getMessage(), false, 401, request);
        }
    }

    @POST
    @Path("logout")
    @PermitAll
    @Operation(hidden = true)
    public Response logout(@CookieParam(CredentialMechanism.COOKIE) String session, @Context HttpServerRequest request) {
        if (session != null && Callers.of(identity).map(c -> c.csrf() != null).orElse(false)) {
            signIn.logout(session);
        }
        return Response.seeOther(URI.create("/login")).cookie(forms.expired(CredentialMechanism.COOKIE, "/", request)).build();
    }

    @GET
    @Path("setup")
    @PermitAll
    @Operation(hidden = true)
    public Response setupPage(@Context HttpServerRequest request) {
        if (!firstAdmin.pending()) {
            return Response.seeOther(URI.create("/login")).build();
        }
        return forms.setup(null, 200, request);
    }

    @POST
    @Path("setup")
    @PermitAll
    @Operation(hidden = true)
    public Response setup(@RestForm String token, @RestForm String username, @RestForm String password, @RestForm String csrf,
                          @CookieParam(LoginForms.FORM_COOKIE) String bound, @Context HttpServerRequest request) {
        if (!Secrets.same(csrf, bound)) {
            return forms.setup("The form expired; try again.", 403, request);
        }
        try {
            firstAdmin.setup(token, new NewAccount(username, password, Role.ADMIN));
        } catch (AccountNotFound | InvalidInput e) {
            return forms.setup(e.getMessage(), e instanceof InvalidInput ? 400 : 403, request);
        }
        return Response.seeOther(URI.create("/login")).build();
    }

    @GET
    @Path("account")
    @RolesAllowed("reader")
    @Operation(hidden = true)
    public String account() {
        return Pages.account(tokens(), null, accounts.hasFeedToken(caller()), null, null).render();
    }

    @POST
    @Path("account/tokens")
    @RolesAllowed("reader")
    @Operation(hidden = true)
    public Response makeToken(@RestForm String name, @RestForm String role, @RestForm String days) {
        ManageAccounts.IssuedToken issued;
        try {
            Duration expires = days == null || days.isBlank() ? null : Duration.ofDays(parseDays(days));
            issued = accounts.issue(new ManageAccounts.TokenRequest(name,
                    role == null || role.isBlank() ? null : Role.parse(role, "role"), expires, null, null), caller());
        } catch (InvalidInput e) { // the form again, saying what was wrong, as the check form does
            return Response.status(400).type(Pages.HTML).entity(Pages.account(tokens(), null,
                    accounts.hasFeedToken(caller()), null, e.getMessage()).render()).build();
        }
        return Response.status(201).header("Cache-Control", "no-store").type(Pages.HTML)
                .entity(Pages.account(tokens(), TokenRow.of(issued.record(), issued.token()), accounts.hasFeedToken(caller()),
                        null, null).render()).build();
    }

    @POST
    @Path("account/feed-token")
    @RolesAllowed("reader")
    @Operation(hidden = true)
    public Response makeFeedToken(@Context UriInfo uri) {
        String token = accounts.newFeedToken(caller());
        String feedUrl = CredentialMechanism.feedUrl(uri.getBaseUriBuilder(), token);
        return Response.status(201).header("Cache-Control", "no-store").type(Pages.HTML)
                .entity(Pages.account(tokens(), null, true, feedUrl, null).render()).build();
    }

    @POST
    @Path("account/feed-token/remove")
    @RolesAllowed("reader")
    @Operation(hidden = true)
    public Response removeFeedToken() {
        accounts.removeFeedToken(caller());
        return Response.seeOther(URI.create("/account")).build();
    }

    @POST
    @Path("account/tokens/{id}/revoke")
    @RolesAllowed("reader")
    @Operation(hidden = true)
    public Response revokeToken(@PathParam("id") long id) {
        accounts.revoke(id, caller());
        return Response.seeOther(URI.create("/account")).build();
    }

    private java.util.List<TokenRow> tokens() {
        return accounts.tokens(caller(), false).stream().map(t -> TokenRow.of(t, null)).toList();
    }

    private Caller caller() {
        return Callers.of(identity).orElseThrow(io.quarkus.security.UnauthorizedException::new);
    }

    private static long parseDays(String days) {
        try {
            long d = Long.parseLong(days.trim());
            if (d >= 1 && d <= 3650) {
                return d;
            }
        } catch (NumberFormatException e) {
            // refused below
        }
        throw new InvalidInput("days", "days must be a whole number from 1 to 3650; got '" + days + "'");
    }

    @ServerExceptionMapper
    public Response error(Exception e) {
        return ErrorPages.page(e);
    }
}
