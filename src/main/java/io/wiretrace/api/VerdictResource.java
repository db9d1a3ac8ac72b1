package io.wiretrace.api;

import io.quarkus.security.identity.SecurityIdentity;
import io.wiretrace.app.ReviewFindings;
import io.wiretrace.article.InvalidInput;
import io.wiretrace.article.PageOf;
import io.wiretrace.http.QueryParams;
import io.wiretrace.security.AuditDetails;
import io.wiretrace.verdict.FindingType;
import io.wiretrace.verdict.VerdictEntry;
import io.wiretrace.verdict.VerdictInput;
import io.wiretrace.verdict.RuleAccuracy;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;

/** Verdicts of people on findings: record, history, orphans (findings no longer reproduced), accuracy per rule. */
@Path("/api/verdicts")
@Produces(MediaType.APPLICATION_JSON)
public class VerdictResource {

    private static final int MAX_PAGE_SIZE = 100;
    private static final int MAX_ORPHANS = 100;

    private final ReviewFindings review;
    private final SecurityIdentity identity;
    private final AuditDetails audit;

    public VerdictResource(ReviewFindings review, SecurityIdentity identity, AuditDetails audit) {
        this.review = review;
        this.identity = identity;
        this.audit = audit;
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed("analyst")
    @Operation(summary = "Confirm or reject a finding (attribution, reuse match or hop) with a note; the latest verdict "
            + "on a finding stands, earlier ones stay in its history")
    @APIResponse(responseCode = "201", description = "The verdict as recorded",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = VerdictJson.class)))
    @APIResponse(responseCode = "404", description = "The reference finds nothing: the detail and field name it (articleId, index, otherArticleId, to)")
    public Response add(VerdictRequest body) {
        if (body == null) {
            throw new InvalidInput("findingType", "a JSON body with findingType, the finding's reference and verdict is required");
        }
        VerdictInput input = body.checked();
        ReviewFindings.Judgement j = review.judge(input.reference(), input.verdict(), input.note(),
                identity.getPrincipal().getName());
        audit.changed(j.previous() == null ? null : VerdictJson.of(j.previous()), VerdictJson.of(j.saved()));
        return Response.status(Response.Status.CREATED).entity(VerdictJson.of(j.saved())).build();
    }

    @GET
    @RolesAllowed("reader")
    @Operation(summary = "Every verdict, newest first (type=attribution|reuse|hop, author=, articleId=, page=, size= up to 100)")
    public PageJson<VerdictJson> history(@QueryParam("type") String type, @QueryParam("author") String author,
                                         @QueryParam("articleId") String articleId, @QueryParam("page") String page,
                                         @QueryParam("size") String size) {
        FindingType t = type == null || type.isBlank() ? null : FindingType.parse(type.strip()).orElseThrow(
                () -> new InvalidInput("type", "type '" + type + "' is not one of attribution, reuse, hop"));
        Long article = articleId == null || articleId.isBlank() ? null : ArticleResource.parseId("articleId", articleId);
        PageOf<VerdictEntry> p = review.history(t, author == null || author.isBlank() ? null : author.strip(), article,
                QueryParams.integer("page", page, 0, 0, 10_000),
                QueryParams.integer("size", size, 20, 1, MAX_PAGE_SIZE));
        return new PageJson<>(p.items().stream().map(VerdictJson::of).toList(), p.page(), p.size(), p.total());
    }

    @GET
    @Path("/orphaned")
    @RolesAllowed("reader")
    @Operation(summary = "Standing verdicts whose finding no longer appears (after reanalysis, rematching or a changed "
            + "page), oldest first after the verdict id after= (limit= up to 100); next is where to continue, null at the end")
    public Orphans orphaned(@QueryParam("after") String after, @QueryParam("limit") String limit) {
        // a verdict id to continue after (the last page's next), 0 (the default) for the start
        long from = QueryParams.number("after", after, 0, 0, Long.MAX_VALUE);
        ReviewFindings.Orphans o = review.orphaned(from, QueryParams.integer("limit", limit, 50, 1, MAX_ORPHANS));
        return new Orphans(o.items().stream().map(VerdictJson::of).toList(), o.next());
    }

    /** Orphaned verdicts and the id to continue after. */
    public record Orphans(List<VerdictJson> items, Long next) {
    }

    @GET
    @Path("/accuracy")
    @RolesAllowed("admin")
    @Operation(summary = "Per attribution rule, reuse class and hop kind: standing verdicts confirming and rejecting, "
            + "and the share confirmed")
    public List<Accuracy> accuracy() {
        return review.accuracy().stream().map(Accuracy::of).toList();
    }

    /** One producer's accuracy. */
    public record Accuracy(String findingType, String producer, long confirmed, long rejected, Double shareConfirmed) {
        static Accuracy of(RuleAccuracy a) {
            return new Accuracy(a.type().wireName(), a.producer(), a.confirmed(), a.rejected(), a.shareConfirmed());
        }
    }
}
