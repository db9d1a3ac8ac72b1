package io.wiretrace.web;

import io.quarkus.security.identity.SecurityIdentity;
import io.wiretrace.account.AuditQuery;
import io.wiretrace.account.NewAccount;
import io.wiretrace.account.Role;
import io.wiretrace.app.AuditTrail;
import io.wiretrace.app.ManageAccounts;
import io.wiretrace.article.InvalidInput;
import io.wiretrace.http.QueryParams;
import io.wiretrace.security.AuditDetails;
import io.wiretrace.security.Callers;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.jboss.resteasy.reactive.RestForm;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

/** Admin pages: accounts (create, deactivate) and the audit trail. */
@RolesAllowed("admin")
@Path("/admin")
@Produces(Pages.HTML)
public class AdminPagesResource {

    private final ManageAccounts accounts;
    private final AuditTrail trail;
    private final SecurityIdentity identity;
    private final AuditDetails audit;

    public AdminPagesResource(ManageAccounts accounts, AuditTrail trail, SecurityIdentity identity, AuditDetails audit) {
        this.accounts = accounts;
        this.trail = trail;
        this.identity = identity;
        this.audit = audit;
    }

    @GET
    @Path("users")
    @Operation(hidden = true)
    public String users() {
        return Pages.users(accounts.all()).render();
    }

    @POST
    @Path("users")
    @Operation(hidden = true)
    public Response create(@RestForm String username, @RestForm String password, @RestForm String role) {
        var created = accounts.create(new NewAccount(username, password, Role.parse(role, "role")), Callers.of(identity).orElseThrow());
        audit.changed(null, created);
        return Response.seeOther(URI.create("/admin/users")).build();
    }

    @POST
    @Path("users/{username}/active")
    @Operation(hidden = true)
    public Response active(@PathParam("username") String username, @RestForm String active) {
        if (!"true".equals(active) && !"false".equals(active)) {
            throw new InvalidInput("active", "active must be true or false; got '" + active + "'");
        }
        var before = accounts.byName(username);
        var after = accounts.change(username, new ManageAccounts.AccountChange(null, Boolean.valueOf(active), null),
                Callers.of(identity).orElseThrow());
        audit.changed(before, after);
        return Response.seeOther(URI.create("/admin/users")).build();
    }

    @GET
    @Path("audit")
    @Operation(hidden = true)
    public String audit(@QueryParam("actor") String actor, @QueryParam("operation") String operation, @QueryParam("page") String page) {
        int p = QueryParams.integer("page", page, 0, 0, 100_000);
        return Pages.audit(trail.find(new AuditQuery(actor, operation, null, null, null, p, 100)), actor, operation).render();
    }

    @ServerExceptionMapper
    public Response error(Exception e) {
        return ErrorPages.page(e);
    }
}
