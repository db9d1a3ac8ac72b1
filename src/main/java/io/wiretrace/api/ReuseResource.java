package io.wiretrace.api;

import io.wiretrace.http.QueryParams;
import jakarta.annotation.security.RolesAllowed;
import io.wiretrace.app.ReadArticles;
import io.wiretrace.app.ReadReuse;
import io.wiretrace.app.ReviewFindings;
import io.wiretrace.article.InvalidInput;
import io.wiretrace.reuse.ReuseClass;
import io.wiretrace.verdict.Review;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import io.wiretrace.app.ImportArchives;
import io.wiretrace.archive.ArchiveOrigin;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;

/** Text reuse between stored articles. */
@RolesAllowed("reader")
@Path("/api/articles/{id}/reuse")
@Produces(MediaType.APPLICATION_JSON)
public class ReuseResource {

    private static final int DEFAULT_LIMIT = 100;
    private static final int MAX_LIMIT = 1000;
    private static final String CODES = Arrays.stream(ReuseClass.values()).filter(c -> c != ReuseClass.NONE)
            .map(ReuseClass::code).collect(Collectors.joining(", "));

    private final ReadReuse reuse;
    private final ReadArticles articles;
    private final ReviewFindings verdicts;
    private final ImportArchives imports;

    public ReuseResource(ReadReuse reuse, ReadArticles articles, ReviewFindings verdicts, ImportArchives imports) {
        this.imports = imports;
        this.reuse = reuse;
        this.articles = articles;
        this.verdicts = verdicts;
    }

    @GET
    @Operation(summary = "Articles this one copies or rewrites, or that copy it, best first (passages and pairs abridged "
            + "to 20); optionally only some classes (class=rewrite,duplicate) and at most limit of them (default 100, "
            + "at most 1000); the X-Total-Count header gives how many match the class filter")
    @APIResponse(responseCode = "200", description = "Matches, best first", headers = @Header(name = "X-Total-Count",
            description = "How many matches pass the class filter", schema = @Schema(type = SchemaType.INTEGER)),
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(type = SchemaType.ARRAY, implementation = ReuseMatchJson.class)))
    public Response list(@PathParam("id") String id, @QueryParam("class") String classes,
                         @QueryParam("limit") String limit) {
        long articleId = ArticleResource.parseId(id);
        ReadReuse.Listing listing = reuse.matchesOf(articleId, classes(classes),
                QueryParams.integer("limit", limit, DEFAULT_LIMIT, 1, MAX_LIMIT));
        String body = articles.byId(articleId).extracted().bodyText();
        Map<Long, Review> reviews = verdicts.reuseReviews(articleId);
        Map<Long, ArchiveOrigin> origins = imports.originsOf(listing.items().stream().map(s -> s.other().id()).toList());
        List<ReuseMatchJson> items = listing.items().stream().map(s -> ReuseMatchJson.of(s, body, false,
                reviews.get(s.other().id()), origins.get(s.other().id()))).toList();
        return Response.ok(items).header("X-Total-Count", listing.total()).build();
    }

    /** Parses "rewrite,duplicate" into classes; blank means every class. */
    static Set<ReuseClass> classes(String value) {
        if (value == null || value.isBlank()) {
            return EnumSet.allOf(ReuseClass.class);
        }
        Set<ReuseClass> out = EnumSet.noneOf(ReuseClass.class);
        for (String part : value.split(",")) {
            String code = part.strip();
            ReuseClass found = Arrays.stream(ReuseClass.values()).filter(c -> c != ReuseClass.NONE)
                    .filter(c -> c.code().equals(code)).findFirst()
                    .orElseThrow(() -> new InvalidInput("class", "class '" + code + "' is not one of " + CODES));
            out.add(found);
        }
        return out;
    }

    @GET
    @Path("/{otherId}")
    @Operation(summary = "The full alignment of this article with another: verbatim passages and paraphrased pairs with offsets in both")
    public ReuseMatchJson pair(@PathParam("id") String id, @PathParam("otherId") String otherId) {
        long a = ArticleResource.parseId(id);
        long b = ArticleResource.parseId("otherId", otherId);
        if (a == b) {
            throw new InvalidInput("otherId", "an article is not compared with itself: give another article's id");
        }
        ReadReuse.Seen seen = reuse.pair(a, b);
        return ReuseMatchJson.of(seen, articles.byId(a).extracted().bodyText(), true, verdicts.reuseReviews(a).get(b),
                imports.originOf(b).orElse(null));
    }
}
