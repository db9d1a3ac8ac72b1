package io.wiretrace.api;

import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.annotation.security.RolesAllowed;
import io.wiretrace.app.ExportArchive;
import io.wiretrace.app.TraceProvenance;
import io.wiretrace.provenance.ChainTrace;
import io.wiretrace.provenance.DerivativeTree;
import io.wiretrace.provenance.Story;
import io.wiretrace.provenance.Subgraph;
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

/** Provenance of one article: its chain to the origin, its derivatives, its story, and exports. */
@RolesAllowed("reader")
@Path("/api/articles/{id}")
@Produces(MediaType.APPLICATION_JSON)
public class ProvenanceResource {

    private final TraceProvenance trace;
    private final ExportArchive archives;
    private final ObjectMapper json;

    public ProvenanceResource(TraceProvenance trace, ExportArchive archives, ObjectMapper json) {
        this.trace = trace;
        this.archives = archives;
        this.json = json;
    }

    @GET
    @Path("/provenance")
    @Operation(summary = "The chain from the article to its most probable origin, hop by hop with evidence, and "
            + "alternative chains; traced without findings a verdict rejects (rejected=include lists them)")
    @APIResponse(responseCode = "200", description = "The chain", content = @Content(
            mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ChainTrace.class)))
    public Object provenance(@PathParam("id") String id, @QueryParam("rejected") String rejected) {
        long article = ArticleResource.parseId(id);
        return RejectedParam.answer(json, trace.chain(article), rejected, () -> trace.rejectedAround(article));
    }

    @GET
    @Path("/provenance/export")
    @Produces(MediaType.WILDCARD)
    @Operation(summary = "The chain and its alternatives as PROV-JSON, PROV-O (JSON-LD), GraphML, CSV, or a web archive (WARC, WACZ) of its articles' snapshots with its PROV-JSON (?format=)")
    public Response exportProvenance(@PathParam("id") String id, @QueryParam("format") String format) {
        ExportFormat f = ExportFormat.parse(format);
        if (f.isArchive()) {
            long article = ArticleResource.parseId(id);
            return f.renderArchive(archives.chain(article, f == ExportFormat.WACZ), "provenance-" + article);
        }
        return f.render(Subgraph.of(trace.chain(ArticleResource.parseId(id))), "provenance-" + id);
    }

    @GET
    @Path("/derivatives")
    @Operation(summary = "Who copied, republished or rewrote the article, as a tree")
    public DerivativeTree derivatives(@PathParam("id") String id) {
        return trace.derivatives(ArticleResource.parseId(id));
    }

    @GET
    @Path("/story")
    @Operation(summary = "The story the article belongs to: its articles, probable origin and derivation tree; "
            + "without findings a verdict rejects (rejected=include lists them)")
    @APIResponse(responseCode = "200", description = "The story", content = @Content(
            mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = Story.class)))
    public Object story(@PathParam("id") String id, @QueryParam("rejected") String rejected) {
        long article = ArticleResource.parseId(id);
        return RejectedParam.answer(json, trace.story(article), rejected, () -> trace.rejectedAround(article));
    }
}
