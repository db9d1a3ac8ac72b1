package io.wiretrace.api;

import jakarta.annotation.security.RolesAllowed;
import io.wiretrace.app.Revisions;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;

/** The revisions of an article's URL with their diffs. */
@RolesAllowed("reader")
@Path("/api/articles/{id}/revisions")
@Produces(MediaType.APPLICATION_JSON)
public class RevisionResource {

    private final Revisions revisions;

    public RevisionResource(Revisions revisions) {
        this.revisions = revisions;
    }

    @GET
    @Operation(summary = "Every stored version of the article's URL, oldest first, each with its diff from the one "
            + "before: headline, byline, sentences added/removed/edited (word diff), attributions added/removed")
    public List<RevisionJson> list(@PathParam("id") String id) {
        return revisions.of(ArticleResource.parseId(id)).stream().map(RevisionJson::of).toList();
    }
}
