package io.wiretrace.api;

import io.wiretrace.security.Expensive;
import jakarta.annotation.security.RolesAllowed;
import io.wiretrace.app.ImportArchives;
import io.wiretrace.article.InvalidInput;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.ParameterIn;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;

/**
 * Bulk imports of WARC, WACZ and NDJSON files. An upload (the file as the request body) is taken by
 * {@link ImportUploadRoute} before this resource; here: importing a file of the import directory by name, progress,
 * cancelling.
 */
@RolesAllowed("reader")
@Path("/api/imports")
@Produces(MediaType.APPLICATION_JSON)
public class ImportResource {

    private final ImportArchives imports;

    public ImportResource(ImportArchives imports) {
        this.imports = imports;
    }

    @RolesAllowed("analyst")
    @Expensive
    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Import a WARC, WACZ or NDJSON file",
            description = "Send the file as the body (application/warc, application/zip, application/x-ndjson, or "
                    + "application/octet-stream to have the format detected), or {\"file\": \"name\"} naming a file "
                    + "of the configured import directory. 202 with the import; progress at GET /api/imports/{id}.")
    @RequestBody(required = true, description = "The file itself, streamed (?name= names it), or JSON naming a file of the import directory",
            content = {
                    @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ImportRequest.class)),
                    @Content(mediaType = "application/warc", schema = @Schema(type = SchemaType.STRING, format = "binary")),
                    @Content(mediaType = "application/zip", schema = @Schema(type = SchemaType.STRING, format = "binary",
                            description = "a WACZ file")),
                    @Content(mediaType = "application/x-ndjson", schema = @Schema(type = SchemaType.STRING, format = "binary")),
                    @Content(mediaType = MediaType.APPLICATION_OCTET_STREAM, schema = @Schema(type = SchemaType.STRING,
                            format = "binary", description = "WARC, WACZ or NDJSON, detected from the first bytes"))})
    @Parameter(name = "name", in = ParameterIn.QUERY, description = "The uploaded file's name (an upload only)",
            schema = @Schema(type = SchemaType.STRING))
    @APIResponse(responseCode = "202", description = "The import, started",
            headers = @Header(name = "Location", description = "The import: its progress", schema = @Schema(type = SchemaType.STRING)),
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ImportJson.class)))
    @APIResponse(responseCode = "403", description = "Not an analyst, or an upload from a signed-in page without its "
            + "session's X-CSRF-Token header")
    @APIResponse(responseCode = "413", description = "The uploaded file is over wiretrace.imports.max-upload-size "
            + "(a JSON body: over the body cap)")
    @APIResponse(responseCode = "415", description = "A Content-Type that is none of the accepted ones")
    @APIResponse(responseCode = "429")
    public Response start(ImportRequest request) {
        if (request == null) {
            throw new InvalidInput("body", "request body is empty; send {\"file\": \"name\"} or the file itself");
        }
        return accepted(ImportJson.of(imports.startNamed(request.file())));
    }

    @GET
    @Operation(summary = "The newest imports (at most 50)")
    public List<ImportJson> list() {
        return imports.newest(50).stream().map(ImportJson::of).toList();
    }

    @GET
    @Path("/{id}")
    @Operation(summary = "An import: status, records read, stored, duplicates, skipped and failed by reason, bytes, rate, ETA")
    public ImportJson get(@PathParam("id") String id) {
        return imports.view(parse(id)).map(ImportJson::of).orElseThrow(() -> notFound(id));
    }

    @RolesAllowed("analyst")
    @DELETE
    @Path("/{id}")
    @Operation(summary = "Cancel an import (it stops before its next step; what it stored stays)")
    public ImportJson cancel(@PathParam("id") String id) {
        return imports.cancel(parse(id)).map(ImportJson::of).orElseThrow(() -> notFound(id));
    }

    @RolesAllowed("analyst")
    @POST
    @Path("/{id}/cancel")
    @Operation(summary = "Cancel an import (same as DELETE)")
    public ImportJson cancelByPost(@PathParam("id") String id) {
        return cancel(id);
    }

    static Response accepted(ImportJson body) {
        return Response.accepted(body).location(URI.create("/api/imports/" + body.id())).build();
    }

    private static UUID parse(String id) {
        try {
            return UUID.fromString(id.strip());
        } catch (IllegalArgumentException e) {
            throw new InvalidInput("id", "import id '" + id + "' is not a UUID");
        }
    }

    private static NotFoundException notFound(String id) {
        return new NotFoundException("no import " + id);
    }
}
