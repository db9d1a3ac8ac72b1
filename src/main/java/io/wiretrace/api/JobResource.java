package io.wiretrace.api;

import io.wiretrace.http.QueryParams;
import jakarta.annotation.security.RolesAllowed;
import io.wiretrace.app.ReadJobs;
import io.wiretrace.article.InvalidInput;
import io.wiretrace.work.JobStatus;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.Arrays;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;

/** The work queue's jobs: listed with their status, progress, attempts and errors. */
@RolesAllowed("reader")
@Path("/api/jobs")
@Produces(MediaType.APPLICATION_JSON)
public class JobResource {

    private static final int MAX_SIZE = 100;

    private final ReadJobs jobs;

    public JobResource(ReadJobs jobs) {
        this.jobs = jobs;
    }

    @GET
    @Operation(summary = "Jobs of the work queue, newest first (filter by kind and status; paged)")
    public PageJson<JobJson> list(@QueryParam("kind") String kind, @QueryParam("status") String status,
                                  @QueryParam("page") String page, @QueryParam("size") String size) {
        int p = QueryParams.integer("page", page, 0, 0, 1_000_000);
        int s = QueryParams.integer("size", size, 20, 1, MAX_SIZE);
        var found = jobs.list(blankToNull(kind), state(status), p, s);
        return new PageJson<>(found.items().stream().map(JobJson::of).toList(), found.page(), found.size(), found.total());
    }

    @GET
    @Path("/{id}")
    @Operation(summary = "A job's status, progress, attempts and last error")
    public JobJson job(@PathParam("id") String id) {
        UUID uuid;
        try {
            uuid = UUID.fromString(id);
        } catch (IllegalArgumentException e) {
            throw new InvalidInput("id", "job id '" + id + "' is not a UUID");
        }
        return jobs.job(uuid).map(JobJson::of).orElseThrow(() -> new NotFoundException("no job with id " + id));
    }

    private static JobStatus state(String status) {
        if (status == null || status.isBlank()) {
            return null;
        }
        try {
            return JobStatus.of(status);
        } catch (IllegalArgumentException e) {
            throw new InvalidInput("status", "status '" + status + "' is not one of "
                    + Arrays.stream(JobStatus.values()).map(JobStatus::value).toList());
        }
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
