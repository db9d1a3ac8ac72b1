package io.wiretrace.api;

import io.wiretrace.app.ReadArticles;
import io.wiretrace.app.ReadReuse;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;

/** Text reuse between stored articles. */
@Path("/api/articles/{id}/reuse")
@Produces(MediaType.APPLICATION_JSON)
public class ReuseResource {

    private final ReadReuse reuse;
    private final ReadArticles articles;

    public ReuseResource(ReadReuse reuse, ReadArticles articles) {
        this.reuse = reuse;
        this.articles = articles;
    }

    @GET
    @Operation(summary = "Articles this one copies or rewrites, or that copy it, best first (passages and pairs abridged to 20)")
    public List<ReuseMatchJson> list(@PathParam("id") String id) {
        long articleId = ArticleResource.parseId(id);
        List<ReadReuse.Seen> seen = reuse.matchesOf(articleId);
        String body = articles.byId(articleId).extracted().bodyText();
        return seen.stream().map(s -> ReuseMatchJson.of(s, body, false)).toList();
    }

    @GET
    @Path("/{otherId}")
    @Operation(summary = "The full alignment of this article with another: verbatim passages and paraphrased pairs with offsets in both")
    public ReuseMatchJson pair(@PathParam("id") String id, @PathParam("otherId") String otherId) {
        long a = ArticleResource.parseId(id);
        long b = ArticleResource.parseId(otherId);
        ReadReuse.Seen seen = reuse.pair(a, b);
        return ReuseMatchJson.of(seen, articles.byId(a).extracted().bodyText(), true);
    }
}
