package io.wiretrace.api;

import io.wiretrace.security.Expensive;
import jakarta.annotation.security.RolesAllowed;
import io.wiretrace.app.AnalyzeArticle;
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

/** Analysis without storage. */
@RolesAllowed("reader")
@Path("/api/analyze")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class AnalyzeResource {

    private final AnalyzeArticle analyze;

    public AnalyzeResource(AnalyzeArticle analyze) {
        this.analyze = analyze;
    }

    @RolesAllowed("reader")
    @Expensive
    @POST
    @Operation(summary = "Extract and detect attributions of a URL, HTML or text without storing anything")
    @APIResponse(responseCode = "200", description = "The extraction and its attributions", content = @Content(
            mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = AnalysisJson.class)))
    @APIResponse(responseCode = "429")
    public AnalysisJson analyze(IngestRequest request) {
        if (request == null) {
            throw new InvalidInput("body", "request body is empty; send a JSON object with 'url', 'html' or 'text'");
        }
        return AnalysisJson.of(analyze.analyze(request.toInput()));
    }
}
