package io.wiretrace.web;

import jakarta.annotation.security.RolesAllowed;
import io.wiretrace.app.TraceProvenance;
import io.wiretrace.article.StoryRef;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

/** The story page, addressed like the API's stories: by the story id ({@code story:article:12}) or any article id. */
@RolesAllowed("reader")
@Path("/stories/{id}")
@Produces(Pages.HTML)
public class StoryPagesResource {


    private final TraceProvenance trace;

    public StoryPagesResource(TraceProvenance trace) {
        this.trace = trace;
    }

    @GET
    @Operation(hidden = true)
    public String story(@PathParam("id") String id) {
        long articleId = StoryRef.articleOf(id);
        return Pages.story(StoryPage.of(trace.story(articleId), articleId)).render();
    }

    @ServerExceptionMapper
    public Response error(Exception e) {
        return ErrorPages.page(e);
    }
}
