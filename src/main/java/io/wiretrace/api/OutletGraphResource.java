package io.wiretrace.api;

import jakarta.annotation.security.RolesAllowed;
import io.wiretrace.app.TraceProvenance;
import io.wiretrace.provenance.OutletGraph;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;

/** An outlet's place in the provenance graph. */
@RolesAllowed("reader")
@Path("/api/outlets/{key}/graph")
@Produces(MediaType.APPLICATION_JSON)
public class OutletGraphResource {

    private final TraceProvenance trace;

    public OutletGraphResource(TraceProvenance trace) {
        this.trace = trace;
    }

    @GET
    @Operation(summary = "Outlets it takes from and outlets that take from it, with counts, credited vs uncredited share and examples")
    public OutletGraph graph(@PathParam("key") String key) {
        return trace.outletGraph(key);
    }

    @GET
    @Path("/export")
    @Produces(MediaType.WILDCARD)
    @Operation(summary = "The outlet's graph as PROV-JSON, PROV-O (JSON-LD), GraphML or CSV (?format=)")
    public Response export(@PathParam("key") String key, @QueryParam("format") String format) {
        ExportFormat f = ExportFormat.parse(format, false);
        return f.render(trace.outletGraph(key).toSubgraph(), "outlet-" + key);
    }
}
