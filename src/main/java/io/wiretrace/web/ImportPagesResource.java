package io.wiretrace.web;

import jakarta.annotation.security.RolesAllowed;
import io.wiretrace.app.ImportArchives;
import io.wiretrace.article.InvalidInput;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.jboss.resteasy.reactive.RestForm;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

/**
 * The import pages: recent imports with their progress, a file upload (sent by the page's script to
 * {@code POST /api/imports}) or a file of the import directory by name, and one import's progress bar.
 */
@RolesAllowed("reader")
@Path("/imports")
@Produces(Pages.HTML)
public class ImportPagesResource {

    private final ImportArchives imports;

    public ImportPagesResource(ImportArchives imports) {
        this.imports = imports;
    }

    @GET
    @Operation(hidden = true)
    public String list() {
        return Pages.imports(imports.newest(20).stream().map(ImportPage::of).toList()).render();
    }

    @RolesAllowed("analyst")
    @POST
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Operation(hidden = true)
    public Response byName(@RestForm String file) {
        return Response.seeOther(URI.create("/imports/" + imports.startNamed(file).run().id())).build();
    }

    @GET
    @Path("{id}")
    @Operation(hidden = true)
    public String one(@PathParam("id") String id) {
        UUID uuid;
        try {
            uuid = UUID.fromString(id);
        } catch (IllegalArgumentException e) {
            throw new InvalidInput("id", "import id '" + id + "' is not a UUID");
        }
        return Pages.importRun(imports.view(uuid).map(ImportPage::of)
                .orElseThrow(() -> new NotFoundException("no import with id " + id))).render();
    }

    @ServerExceptionMapper
    public Response error(Exception e) {
        return ErrorPages.page(e);
    }
}
