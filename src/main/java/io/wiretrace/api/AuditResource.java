package io.wiretrace.api;

import io.wiretrace.account.AuditEntry;
import io.wiretrace.account.AuditQuery;
import io.wiretrace.app.AuditTrail;
import io.wiretrace.app.ReadEvents;
import io.wiretrace.article.PageOf;
import io.wiretrace.http.QueryParams;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;

/** The audit trail of every write (admins only), newest first. */
@RolesAllowed("admin")
@Path("/api/audit")
@Produces(MediaType.APPLICATION_JSON)
public class AuditResource {

    private final AuditTrail trail;

    public AuditResource(AuditTrail trail) {
        this.trail = trail;
    }

    @GET
    @Operation(summary = "Audit entries: actor (user name), operation (e.g. 'PUT /api/outlets'), target (path part), "
            + "since/until (ISO-8601 time or date), page, size (<= 200)")
    public PageJson<AuditEntry> find(@QueryParam("actor") String actor, @QueryParam("operation") String operation,
                                     @QueryParam("target") String target, @QueryParam("since") String since,
                                     @QueryParam("until") String until, @QueryParam("page") String page,
                                     @QueryParam("size") String size) {
        int p = QueryParams.integer("page", page, 0, 0, 100_000);
        int s = QueryParams.integer("size", size, 50, 1, 200);
        PageOf<AuditEntry> found = trail.find(new AuditQuery(actor, operation, target,
                ReadEvents.time("since", since), ReadEvents.time("until", until), p, s));
        return new PageJson<>(found.items(), found.page(), found.size(), found.total());
    }
}
