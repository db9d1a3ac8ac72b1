package io.wiretrace.api;

import jakarta.annotation.security.RolesAllowed;
import io.wiretrace.app.RematchJob;
import io.wiretrace.work.Job;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;

/** Administration of stored reuse matches. */
@RolesAllowed("reader")
@Path("/api/reuse")
@Produces(MediaType.APPLICATION_JSON)
public class RematchResource {

    private final RematchJob rematch;

    public RematchResource(RematchJob rematch) {
        this.rematch = rematch;
    }

    @RolesAllowed("admin")
    @POST
    @Path("/rematch")
    @Operation(summary = "Judge every stored reuse match again under the current rules (202, progress at /api/jobs/{id})")
    @APIResponse(responseCode = "202", description = "The rematch job",
            headers = @Header(name = "Location", description = "The job: its progress", schema = @Schema(type = SchemaType.STRING)),
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = JobJson.class)))
    public Response rematch(@Context UriInfo uri) {
        Job job = rematch.start();
        return Response.accepted(JobJson.of(job)).location(uri.getBaseUriBuilder().path("api/jobs/{id}").build(job.id())).build();
    }
}
