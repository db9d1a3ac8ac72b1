package io.wiretrace.api;

import io.quarkus.security.identity.SecurityIdentity;
import io.wiretrace.account.Caller;
import io.wiretrace.account.Role;
import io.wiretrace.app.ManageAccounts;
import io.wiretrace.article.InvalidInput;
import io.wiretrace.http.QueryParams;
import io.wiretrace.security.Callers;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.time.Duration;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;

/** API tokens: your own (an admin also anyone's). A new token is in the answer once and never again. */
@RolesAllowed("reader")
@Path("/api/tokens")
@Produces(MediaType.APPLICATION_JSON)
public class TokenResource {

    private final ManageAccounts accounts;
    private final SecurityIdentity identity;

    public TokenResource(ManageAccounts accounts, SecurityIdentity identity) {
        this.accounts = accounts;
        this.identity = identity;
    }

    @GET
    @Operation(summary = "Your tokens (never the secrets); all=true: every account's (admins)")
    @APIResponse(responseCode = "200", description = "The tokens",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(type = SchemaType.ARRAY,
                    implementation = TokenJson.class)))
    @APIResponse(responseCode = "403", description = "all=true asked by someone who is not an admin")
    public List<TokenJson> list(@QueryParam("all") String all) {
        return accounts.tokens(caller(), QueryParams.flag("all", all, false)).stream().map(t -> TokenJson.of(t, null)).toList();
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Make a token {name, role?, expiresIn? (ISO-8601, e.g. P90D), rateLimit? (admins), username? (admins)}; "
            + "the answer holds the token, shown only this once")
    @APIResponse(responseCode = "201", description = "The token, holding its secret this once (Cache-Control: no-store)",
            headers = @Header(name = "Location", description = "The token (never its secret again)", schema = @Schema(type = SchemaType.STRING)),
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = TokenJson.class)))
    @APIResponse(responseCode = "409", description = "The account already has a token of that name")
    @APIResponse(responseCode = "403", description = "A role above the caller's own, or (not an admin) a rateLimit or "
            + "another account's username")
    public Response create(AccountRequests.NewToken request, @Context UriInfo uri) {
        if (request == null) {
            throw new InvalidInput("body", "request body is empty; send {\"name\"} and optionally role, expiresIn");
        }
        ManageAccounts.IssuedToken issued = accounts.issue(new ManageAccounts.TokenRequest(request.name(),
                request.role() == null ? null : Role.parse(request.role(), "role"), duration(request.expiresIn()),
                request.rateLimit(), request.username()), caller());
        return Response.created(uri.getBaseUriBuilder().path("api/tokens/{id}").build(issued.record().id()))
                .header("Cache-Control", "no-store").entity(TokenJson.of(issued.record(), issued.token())).build();
    }

    @GET
    @Path("/{id}")
    @Operation(summary = "One of your tokens (any account's for an admin), never its secret")
    public TokenJson get(@PathParam("id") String id) {
        return TokenJson.of(accounts.token(PathIds.of("token", id), caller()), null);
    }

    @DELETE
    @Path("/{id}")
    @Operation(summary = "Revoke a token: it stops working at once, on every instance")
    public TokenJson revoke(@PathParam("id") String id) {
        return TokenJson.of(accounts.revoke(PathIds.of("token", id), caller()), null);
    }

    private Caller caller() {
        return Callers.of(identity).orElseThrow(() -> new io.quarkus.security.UnauthorizedException());
    }

    static Duration duration(String value) {
        return io.wiretrace.article.StatedDuration.parse("expiresIn", value);
    }
}
