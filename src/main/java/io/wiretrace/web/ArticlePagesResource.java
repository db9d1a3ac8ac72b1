package io.wiretrace.web;

import jakarta.annotation.security.RolesAllowed;
import io.wiretrace.app.ReadArticles;
import io.wiretrace.app.ReadReuse;
import io.wiretrace.app.ReviewFindings;
import io.wiretrace.provenance.ChainTrace;
import io.wiretrace.app.ReuseMatching;
import io.wiretrace.app.ReviewRewrites;
import io.wiretrace.app.Revisions;
import io.wiretrace.app.TraceProvenance;
import io.wiretrace.article.InvalidInput;
import io.wiretrace.reuse.ReuseClass;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.EnumSet;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

/**
 * The article page (where it came from, what was extracted, its attributions and its provenance chain) and its
 * rewrite review against a chosen source or the most probable stored one.
 */
@RolesAllowed("reader")
@Path("/articles/{id}")
@Produces(Pages.HTML)
public class ArticlePagesResource {

    /** Reuse matches shown on an article page; the rest are counted and linked. */
    private static final int REUSE_ROWS = 100;

    private final ReadArticles read;
    private final ReuseMatching reuseQueue;
    private final TraceProvenance trace;
    private final ReadReuse reuse;
    private final ReviewRewrites reviews;
    private final Revisions revisions;
    private final ReviewFindings findings;

    public ArticlePagesResource(ReadArticles read, ReuseMatching reuseQueue, TraceProvenance trace, ReadReuse reuse,
                                ReviewRewrites reviews, Revisions revisions, ReviewFindings findings) {
        this.findings = findings;
        this.revisions = revisions;
        this.reviews = reviews;
        this.read = read;
        this.reuseQueue = reuseQueue;
        this.trace = trace;
        this.reuse = reuse;
    }

    @GET
    @Operation(hidden = true)
    public String article(@PathParam("id") String id, @QueryParam("rejected") String rejected) {
        long articleId = id(id);
        boolean showRejected = "include".equals(rejected);
        ReadArticles.ArticleView view = read.view(articleId);
        ChainTrace chain = trace.chain(articleId);
        ArticleVerdicts verdicts = ArticleVerdicts.of(articleId, view.attributions(),
                findings.attributionReviews(articleId), findings.reuseReviews(articleId), chain,
                showRejected ? trace.rejectedAround(articleId) : List.of(), showRejected);
        return Pages.article(ArticlePage.of(view.article(), view.attributions(), reuseQueue.isMatched(articleId),
                chain, reuse.matchesOf(articleId, EnumSet.allOf(ReuseClass.class), REUSE_ROWS)),
                RevisionsView.of(revisions.of(articleId), articleId), verdicts).render();
    }

    @GET
    @Path("review/{sourceId}")
    @Operation(hidden = true)
    public String review(@PathParam("id") String id, @PathParam("sourceId") String sourceId) {
        long rewrite = id(id);
        long source = id(sourceId);
        if (rewrite == source) {
            throw new InvalidInput("sourceId", "an article is reviewed against another article, not itself (" + id + ")");
        }
        return review(rewrite, source, reviews.compare(rewrite, source));
    }

    @GET
    @Path("review")
    @Operation(hidden = true)
    public String reviewAgainstProbableSource(@PathParam("id") String id) {
        long rewrite = id(id);
        ReviewRewrites.Result result = reviews.compareWithProbableSource(rewrite);
        return review(rewrite, Long.parseLong(result.review().sourceId()), result);
    }

    private String review(long rewrite, long source, ReviewRewrites.Result result) {
        return Pages.review(ReviewPage.of(read.byId(rewrite), read.byId(source), result)).render();
    }

    @ServerExceptionMapper
    public Response error(Exception e) {
        return ErrorPages.page(e);
    }

    /** A positive article id from a path segment. */
    static long id(String value) {
        if (value != null && value.matches("[0-9]{1,18}")) {
            long id = Long.parseLong(value);
            if (id > 0) {
                return id;
            }
        }
        throw new InvalidInput("id", "article id '" + value + "' is not a positive integer");
    }
}
