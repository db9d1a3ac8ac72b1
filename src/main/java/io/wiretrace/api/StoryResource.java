package io.wiretrace.api;

import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.annotation.security.RolesAllowed;
import io.wiretrace.app.ExportArchive;
import io.wiretrace.app.TraceProvenance;
import io.wiretrace.article.StoryRef;
import io.wiretrace.provenance.Story;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;

/**
 * Stories: clusters of articles connected by reuse and credits. A story is addressed by the id of any of its
 * articles ({@code article:12} or {@code 12}); the story's own {@code id} in the JSON is the one to use.
 */
@RolesAllowed("reader")
@Path("/api/stories/{id}")
@Produces(MediaType.APPLICATION_JSON)
public class StoryResource {

    private final TraceProvenance trace;
    private final ExportArchive archives;
    private final ObjectMapper json;

    public StoryResource(TraceProvenance trace, ExportArchive archives, ObjectMapper json) {
        this.trace = trace;
        this.archives = archives;
        this.json = json;
    }

    @GET
    @Operation(summary = "A story: its articles, probable origin and derivation tree; without findings a verdict "
            + "rejects (rejected=include lists them)")
    @APIResponse(responseCode = "200", description = "The story", content = @Content(
            mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = Story.class)))
    public Object story(@PathParam("id") String id, @QueryParam("rejected") String rejected) {
        long article = StoryRef.articleOf(id);
        return RejectedParam.answer(json, trace.story(article), rejected, () -> trace.rejectedAround(article));
    }

    @GET
    @Path("/export")
    @Produces(MediaType.WILDCARD)
    @Operation(summary = "A story as PROV-JSON, PROV-O (JSON-LD), GraphML, CSV, or a web archive (WARC, WACZ) of its "
            + "articles' snapshots with its PROV-JSON (?format=)")
    public Response export(@PathParam("id") String id, @QueryParam("format") String format) {
        ExportFormat f = ExportFormat.parse(format);
        Story story = trace.story(StoryRef.articleOf(id));
        // the file is named by the story's own id (its smallest article's), whichever member it was asked through
        String name = "story-" + StoryRef.articleOf(story.id());
        if (f.isArchive()) {
            return f.renderArchive(archives.story(story, f == ExportFormat.WACZ), name);
        }
        return f.render(story.subgraph(), name);
    }
}
