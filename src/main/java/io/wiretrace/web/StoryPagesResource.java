package io.wiretrace.web;

import jakarta.annotation.security.RolesAllowed;
import io.wiretrace.app.TraceProvenance;
import io.wiretrace.article.InvalidInput;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Response;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

/** The story page, addressed like the API's stories: by the story id ({@code story:article:12}) or any article id. */
@RolesAllowed("reader")
@Path("/stories/{id}")
@Produces(Pages.HTML)
public class StoryPagesResource {

    private static final Pattern TRAILING_ID = Pattern.compile("(?:^|:)([0-9]{1,18})$");

    private final TraceProvenance trace;

    public StoryPagesResource(TraceProvenance trace) {
        this.trace = trace;
    }

    @GET
    @Operation(hidden = true)
    public String story(@PathParam("id") String id) {
        long articleId = articleOf(id);
        return Pages.story(StoryPage.of(trace.story(articleId), articleId)).render();
    }

    @ServerExceptionMapper
    public Response error(Exception e) {
        return ErrorPages.page(e);
    }

    private static long articleOf(String id) {
        Matcher m = TRAILING_ID.matcher(id.strip());
        if (m.find() && Long.parseLong(m.group(1)) > 0) {
            return Long.parseLong(m.group(1));
        }
        throw new InvalidInput("id", "story id '" + id + "' is not an article id such as 'article:12' or '12'");
    }
}
