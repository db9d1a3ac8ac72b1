package io.wiretrace.api;

import io.wiretrace.security.Expensive;
import jakarta.annotation.security.RolesAllowed;
import io.wiretrace.app.ReviewRewrites;
import io.wiretrace.article.ArticleInput;
import io.wiretrace.article.InvalidInput;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;

/** Rewrite review: sentence-level comparison of a derived article with its source, and content-farm signals. */
@RolesAllowed("reader")
@Path("/api")
@Produces(MediaType.APPLICATION_JSON)
public class ReviewResource {

    private final ReviewRewrites reviews;

    public ReviewResource(ReviewRewrites reviews) {
        this.reviews = reviews;
    }

    /** Body of {@code POST /api/compare}: two inputs shaped like ingest bodies. */
    public record CompareRequest(IngestRequest rewrite, IngestRequest source) {
    }

    @RolesAllowed("reader")
    @Expensive
    @POST
    @Path("/compare")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Compare two inputs (url/html/text each) sentence by sentence, storing nothing")
    @APIResponse(responseCode = "200", description = "The comparison", content = @Content(
            mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = CompareJson.class)))
    @APIResponse(responseCode = "429")
    public CompareJson compare(CompareRequest request) {
        if (request == null || request.rewrite() == null || request.source() == null) {
            throw new InvalidInput(request == null || request.rewrite() == null ? "rewrite" : "source",
                    "send {\"rewrite\": {...}, \"source\": {...}}, each with 'url', 'html' or 'text'");
        }
        return CompareJson.of(reviews.compare(side("rewrite", request.rewrite()), side("source", request.source())));
    }

    /** One side's input; a bad field is named with its side ("source.url"). */
    private static ArticleInput side(String name, IngestRequest body) {
        try {
            return body.toInput();
        } catch (InvalidInput e) {
            String field = e.field() == null ? name : name + "." + e.field();
            throw new InvalidInput(field, name + ": " + e.getMessage());
        }
    }
}
