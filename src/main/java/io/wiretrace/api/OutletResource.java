package io.wiretrace.api;

import jakarta.annotation.security.RolesAllowed;
import io.wiretrace.app.ManageOutlets;
import io.wiretrace.security.AuditDetails;
import io.wiretrace.app.ManageSources;
import io.wiretrace.article.InvalidInput;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
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

/** The outlet registry. */
@RolesAllowed("reader")
@Path("/api/outlets")
@Produces(MediaType.APPLICATION_JSON)
public class OutletResource {

    private final ManageOutlets outlets;
    private final ManageSources sources;
    private final AuditDetails audit;

    public OutletResource(ManageOutlets outlets, ManageSources sources, AuditDetails audit) {
        this.outlets = outlets;
        this.sources = sources;
        this.audit = audit;
    }

    @GET
    @Operation(summary = "All outlets, by key")
    public List<OutletJson> list() {
        return outlets.all().stream().map(OutletJson::of).toList();
    }

    @GET
    @Path("/{key}")
    @Operation(summary = "One outlet, with its watched sources")
    public OutletJson get(@PathParam("key") String key) {
        return OutletJson.of(outlets.byKey(key), sources(key));
    }

    @GET
    @Path("/{key}/sources")
    @Operation(summary = "The outlet's watched sources (feeds, sitemaps) with their health")
    public List<SourceJson> sources(@PathParam("key") String key) {
        outlets.byKey(key);
        return sources.ofOutlet(key).stream().map(SourceJson::of).toList();
    }

    @RolesAllowed("admin")
    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Add an outlet (409 when its key or a domain is taken)")
    @APIResponse(responseCode = "201", description = "The outlet",
            headers = @Header(name = "Location", description = "The outlet", schema = @Schema(type = SchemaType.STRING)),
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = OutletJson.class)))
    @APIResponse(responseCode = "409", description = "The key, a domain or an alias belongs to another outlet")
    public Response create(OutletRequest request, @Context UriInfo uri) {
        OutletJson created = OutletJson.of(outlets.create(require(request).toOutlet(null)));
        audit.changed(null, created);
        return Response.created(uri.getBaseUriBuilder().path("api/outlets/{key}").build(created.key()))
                .entity(created).build();
    }

    @RolesAllowed("admin")
    @PUT
    @Path("/{key}")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Edit an outlet's name, kind, aliases and domains")
    @APIResponse(responseCode = "200", description = "The outlet as edited", content = @Content(
            mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = OutletJson.class)))
    @APIResponse(responseCode = "409", description = "A domain or an alias belongs to another outlet")
    public OutletJson update(@PathParam("key") String key, OutletRequest request) {
        OutletJson before = OutletJson.of(outlets.byKey(key));
        OutletJson after = OutletJson.of(outlets.update(require(request).toOutlet(key)));
        audit.changed(before, after);
        return after;
    }

    private static OutletRequest require(OutletRequest request) {
        if (request == null) {
            throw new InvalidInput("body", "request body is empty; send a JSON outlet");
        }
        return request;
    }
}
