package io.wiretrace.api;

import jakarta.annotation.security.RolesAllowed;
import io.wiretrace.app.ReviewRewrites;
import io.wiretrace.article.InvalidInput;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;

/** Rewrite review of one stored article. */
@RolesAllowed("reader")
@Path("/api/articles/{id}")
@Produces(MediaType.APPLICATION_JSON)
public class ArticleReviewResource {

    private final ReviewRewrites reviews;

    public ArticleReviewResource(ReviewRewrites reviews) {
        this.reviews = reviews;
    }

    @GET
    @Path("/compare/{sourceId}")
    @Operation(summary = "What this article kept, changed, added and dropped from a source: sentences classed with offsets, changed facts, credit changes, summary, signals")
    public CompareJson compare(@PathParam("id") String id, @PathParam("sourceId") String sourceId) {
        long rewrite = ArticleResource.parseId(id);
        long source = ArticleResource.parseId(sourceId);
        if (rewrite == source) {
            throw new InvalidInput("sourceId", "an article is compared with another article, not with itself (" + id + ")");
        }
        return CompareJson.of(reviews.compare(rewrite, source));
    }

    @GET
    @Path("/compare")
    @Operation(summary = "The same comparison against the most probable stored source on the provenance chain")
    public CompareJson compareWithSource(@PathParam("id") String id) {
        return CompareJson.of(reviews.compareWithProbableSource(ArticleResource.parseId(id)));
    }

    @GET
    @Path("/signals")
    @Operation(summary = "Content-farm signals an auditor can check, each with its evidence (never a verdict)")
    public SignalsJson signals(@PathParam("id") String id) {
        long articleId = ArticleResource.parseId(id);
        return SignalsJson.of(articleId, reviews.signalsOf(articleId));
    }
}
