package io.wiretrace.web;

import io.wiretrace.security.Expensive;
import jakarta.annotation.security.RolesAllowed;
import io.wiretrace.app.AnalyzeArticle;
import io.wiretrace.app.ReadArticles;
import io.wiretrace.app.ReadJobs;
import io.wiretrace.app.ReanalyzeArticles;
import io.wiretrace.app.TrackArticle;
import io.wiretrace.article.InvalidInput;
import io.wiretrace.article.ArticleFilter;
import io.wiretrace.work.Job;
import io.wiretrace.article.PageOf;
import io.wiretrace.article.Article;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Pattern;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.jboss.resteasy.reactive.RestForm;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

/** Home (check form, search, newest articles), checking an input, and background job progress. */
@RolesAllowed("reader")
@Path("/")
@Produces(Pages.HTML)
public class HomeResource {

    static final int RECENT = 15;
    static final int RESULTS = 50;
    private static final Pattern JOB_ID = Pattern.compile("(?i)[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}");

    private final TrackArticle track;
    private final AnalyzeArticle analyze;
    private final ReadArticles read;
    private final ReanalyzeArticles reanalyze;
    private final ReadJobs jobs;
    private final io.quarkus.security.identity.SecurityIdentity identity;

    public HomeResource(TrackArticle track, AnalyzeArticle analyze, ReadArticles read, ReanalyzeArticles reanalyze,
                        ReadJobs jobs, io.quarkus.security.identity.SecurityIdentity identity) {
        this.jobs = jobs;
        this.identity = identity;
        this.track = track;
        this.analyze = analyze;
        this.read = read;
        this.reanalyze = reanalyze;
    }

    @GET
    @Operation(hidden = true)
    public String home(@QueryParam("q") String q, @QueryParam("url") String url,
                                 @QueryParam("outlet") String outlet) {
        return page(q, url, outlet, CheckForm.EMPTY, null);
    }

    private String page(String q, String url, String outlet, CheckForm check, String checkError) {
        boolean searched = notBlank(q) || notBlank(url) || notBlank(outlet);
        PageOf<Article> results = searched
                ? read.list(read.filter(url, outlet, q), 0, RESULTS) : null;
        List<ArticleRow> found = List.of();
        if (results != null) {
            Map<Long, String> snippets = notBlank(q)
                    ? read.snippets(results.items().stream().map(Article::id).toList(), q.strip()) : Map.of();
            found = ArticleRow.of(results.items(), snippets);
        }
        List<ArticleRow> recent = ArticleRow.of(read.list(new ArticleFilter(null, null, null), 0, RECENT).items());
        return Pages.home(new HomePage(q, url, outlet, searched, found, results == null ? 0 : results.total(),
                results == null || results.totalExact(), recent, check, checkError)).render();
    }

    @RolesAllowed("reader")
    @Expensive
    @POST
    @Path("check")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Operation(hidden = true)
    public Response check(@RestForm String input, @RestForm String as, @RestForm String url, @RestForm String outlet,
                          @RestForm String title, @RestForm String publishedAt, @RestForm String action) {
        CheckForm form = new CheckForm(input, as, url, outlet, title, publishedAt);
        if (action != null && !"store".equals(action) && !"analyze".equals(action)) {
            throw new InvalidInput("action", "'" + action + "' is not one of store, analyze");
        }
        if (!"analyze".equals(action) && !identity.hasRole("analyst")) {
            throw new io.quarkus.security.ForbiddenException("storing an article needs the analyst role");
        }
        try {
            if ("analyze".equals(action)) {
                return Response.ok(Pages.analysis(AnalysisPage.of(analyze.analyze(form.toInput()))).render(),
                        Pages.HTML).build();
            }
            TrackArticle.Result result = track.track(form.toInput());
            return Response.seeOther(URI.create("/articles/" + result.article().id())).build();
        } catch (RuntimeException e) {
            return formAgain(form, e);
        }
    }

    /**
     * What was sent could not be checked (bad input, no article in it, its site failing): the home page again with
     * the form as it was sent and why, under the same status, so nothing typed or pasted is lost.
     */
    private Response formAgain(CheckForm form, RuntimeException e) {
        io.wiretrace.http.Problem problem = ErrorPages.problem(e);
        boolean aboutWhatWasSent = problem.status() >= 400 && problem.status() < 500 && problem.status() != 401
                && problem.status() != 403 && problem.status() != 429 || problem.status() == 502 || problem.status() == 504;
        if (!aboutWhatWasSent) {
            throw e;
        }
        return Response.status(problem.status()).type(Pages.HTML)
                .entity(page(null, null, null, form, problem.title() + ": " + problem.detail())).build();
    }

    @RolesAllowed("admin")
    @POST
    @Path("reanalyze")
    @Operation(hidden = true)
    public Response reanalyze() {
        return Response.seeOther(URI.create("/jobs/" + reanalyze.start().id())).build();
    }

    @GET
    @Path("jobs/{id}")
    @Operation(hidden = true)
    public String job(@PathParam("id") String id) {
        if (!JOB_ID.matcher(id).matches()) {
            throw new InvalidInput("id", "job id '" + id + "' is not a UUID");
        }
        Job job = jobs.job(UUID.fromString(id)).orElseThrow(() -> new NotFoundException("no job with id " + id));
        boolean running = job.status().equals("queued") || job.status().equals("running");
        int percent = job.total() == 0 ? (running ? 0 : 100) : (int) (100L * job.done() / job.total());
        return Pages.job(job, running, percent).render();
    }

    @ServerExceptionMapper
    public Response error(Exception e) {
        return ErrorPages.page(e);
    }

    private static boolean notBlank(String s) {
        return s != null && !s.isBlank();
    }
}
