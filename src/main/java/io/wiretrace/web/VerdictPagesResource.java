package io.wiretrace.web;

import io.quarkus.security.identity.SecurityIdentity;
import io.wiretrace.app.ReviewFindings;
import io.wiretrace.app.VerdictQueue;
import io.wiretrace.article.PageOf;
import io.wiretrace.security.AuditDetails;
import io.wiretrace.verdict.VerdictEntry;
import io.wiretrace.verdict.VerdictInput;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.jboss.resteasy.reactive.RestForm;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

/** The verdict queue (confirm or reject findings, most consequential first) and the accuracy verdicts reveal. */
@Path("/verdicts")
@Produces(Pages.HTML)
public class VerdictPagesResource {

    private static final int QUEUE_ROWS = 50;
    private static final int RECENT_ROWS = 20;

    private final VerdictQueue queue;
    private final ReviewFindings review;
    private final SecurityIdentity identity;
    private final AuditDetails audit;

    public VerdictPagesResource(VerdictQueue queue, ReviewFindings review, SecurityIdentity identity,
                                AuditDetails audit) {
        this.queue = queue;
        this.review = review;
        this.identity = identity;
        this.audit = audit;
    }

    @GET
    @RolesAllowed("reader")
    @Operation(hidden = true)
    public String page() {
        PageOf<VerdictEntry> recent = review.history(null, null, null, 0, RECENT_ROWS);
        return Pages.verdicts(new VerdictsPage(QueueRow.of(queue.awaiting(QUEUE_ROWS)), VerdictRow.of(recent.items()),
                recent.total(), VerdictRow.of(review.orphaned(0, RECENT_ROWS).items()))).render();
    }

    /** A verdict from a form (the queue, an article page); back to the page it came from. */
    @POST
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @RolesAllowed("analyst")
    @Operation(hidden = true)
    public Response judge(@RestForm String findingType, @RestForm String articleId, @RestForm String index,
                          @RestForm String otherArticleId, @RestForm String from, @RestForm String to,
                          @RestForm String verdict, @RestForm String note, @RestForm String back) {
        Long position = VerdictInput.number("index", index);
        VerdictInput input = VerdictInput.parse(findingType, VerdictInput.number("articleId", articleId),
                position == null ? null : position.intValue(), VerdictInput.number("otherArticleId", otherArticleId),
                blankAsNull(from), blankAsNull(to), verdict, note);
        ReviewFindings.Judgement j = review.judge(input.reference(), input.verdict(), input.note(),
                identity.getPrincipal().getName());
        audit.changed(j.previous(), j.saved());
        return Response.seeOther(URI.create(safeBack(back))).build();
    }

    @GET
    @Path("accuracy")
    @RolesAllowed("admin")
    @Operation(hidden = true)
    public String accuracy() {
        return Pages.verdictAccuracy(AccuracyRow.of(review.accuracy())).render();
    }

    /** Only a path of this site ("/articles/12#chain"), never another origin; else the queue. */
    static String safeBack(String back) {
        return LocalPaths.of(back).orElse("/verdicts");
    }

    private static String blankAsNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }

    @ServerExceptionMapper
    public Response error(Exception e) {
        return ErrorPages.page(e);
    }
}
