package io.wiretrace.api;

import io.quarkus.security.identity.SecurityIdentity;
import io.wiretrace.account.Caller;
import io.wiretrace.account.NewAccount;
import io.wiretrace.account.Role;
import io.wiretrace.app.ManageAccounts;
import io.wiretrace.article.InvalidInput;
import io.wiretrace.security.AuditDetails;
import io.wiretrace.security.Callers;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PATCH;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;

/** Accounts (admins only): list, create, change role, password or active state. */
@RolesAllowed("admin")
@Path("/api/users")
@Produces(MediaType.APPLICATION_JSON)
public class UserResource {

    private final ManageAccounts accounts;
    private final SecurityIdentity identity;
    private final AuditDetails audit;

    public UserResource(ManageAccounts accounts, SecurityIdentity identity, AuditDetails audit) {
        this.accounts = accounts;
        this.identity = identity;
        this.audit = audit;
    }

    @GET
    @Operation(summary = "Every account")
    public List<AccountJson> list() {
        return accounts.all().stream().map(AccountJson::of).toList();
    }

    @GET
    @Path("/{username}")
    @Operation(summary = "One account")
    public AccountJson get(@PathParam("username") String username) {
        return AccountJson.of(accounts.byName(username));
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Create an account {username, password (12+ characters), role: reader|analyst|admin}")
    @APIResponse(responseCode = "201", description = "The account",
            headers = @Header(name = "Location", description = "The account", schema = @Schema(type = SchemaType.STRING)),
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = AccountJson.class)))
    @APIResponse(responseCode = "409", description = "The username is taken")
    public Response create(AccountRequests.NewUser request, @Context UriInfo uri) {
        if (request == null) {
            throw new InvalidInput("body", "request body is empty; send {\"username\", \"password\", \"role\"}");
        }
        AccountJson created = AccountJson.of(accounts.create(new NewAccount(request.username(), request.password(),
                Role.parse(request.role(), "role")), caller()));
        audit.changed(null, created);
        return Response.created(uri.getBaseUriBuilder().path("api/users/{u}").build(created.username())).entity(created).build();
    }

    @PATCH
    @Path("/{username}")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Change an account's role, active state or password (deactivating ends its sessions)")
    public AccountJson update(@PathParam("username") String username, AccountRequests.UserChange request) {
        if (request == null) {
            throw new InvalidInput("body", "request body is empty; send any of {\"role\", \"active\", \"password\"}");
        }
        AccountJson before = AccountJson.of(accounts.byName(username));
        AccountJson after = AccountJson.of(accounts.change(username, new ManageAccounts.AccountChange(
                request.role() == null ? null : Role.parse(request.role(), "role"), request.active(), request.password()), caller()));
        audit.changed(before, after);
        return after;
    }

    private Caller caller() {
        return Callers.of(identity).orElseThrow();
    }
}
