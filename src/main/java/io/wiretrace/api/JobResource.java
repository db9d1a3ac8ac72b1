package io.wiretrace.api;

import io.wiretrace.app.ReanalyzeArticles;
import io.wiretrace.ingest.InvalidInput;
import io.wiretrace.store.Job;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;

/** Background jobs and their progress. */
@Path("/api/jobs")
@Produces(MediaType.APPLICATION_JSON)
public class JobResource {

    private final ReanalyzeArticles reanalyze;

    public JobResource(ReanalyzeArticles reanalyze) {
        this.reanalyze = reanalyze;
    }

    @GET
    @Path("/{id}")
    @Operation(summary = "A background job's status and progress")
    public Job job(@PathParam("id") String id) {
        UUID uuid;
        try {
            uuid = UUID.fromString(id);
        } catch (IllegalArgumentException e) {
            throw new InvalidInput("id", "job id '" + id + "' is not a UUID");
        }
        return reanalyze.job(uuid).orElseThrow(() -> new NotFoundException("no job with id " + id));
    }
}
