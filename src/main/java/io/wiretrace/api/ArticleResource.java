package io.wiretrace.api;

import io.wiretrace.http.QueryParams;
import io.wiretrace.security.Expensive;
import jakarta.annotation.security.RolesAllowed;
import io.wiretrace.app.ImportArchives;
import io.wiretrace.app.ArticleDiscoveries;
import io.wiretrace.app.ReadArticles;
import io.wiretrace.app.ReviewFindings;
import io.wiretrace.app.ReanalyzeArticles;
import io.wiretrace.app.ReuseMatching;
import io.wiretrace.app.TrackArticle;
import io.wiretrace.article.Article;
import io.wiretrace.article.InvalidInput;
import io.wiretrace.article.Snapshot;
import io.wiretrace.work.Job;
import io.wiretrace.article.PageOf;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import jakarta.ws.rs.core.Context;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;

/** Ingest and read articles. */
@RolesAllowed("reader")
@Path("/api/articles")
@Produces(MediaType.APPLICATION_JSON)
public class ArticleResource {

    static final int MAX_PAGE_SIZE = 100;

    private final TrackArticle track;
    private final ReadArticles read;
    private final ReanalyzeArticles reanalyze;
    private final ReuseMatching reuseQueue;
    private final ImportArchives imports;
    private final ArticleDiscoveries discoveries;
    private final ReviewFindings verdicts;

    public ArticleResource(TrackArticle track, ReadArticles read, ReanalyzeArticles reanalyze, ReuseMatching reuseQueue,
                           ImportArchives imports, ArticleDiscoveries discoveries, ReviewFindings verdicts) {
        this.imports = imports;
        this.discoveries = discoveries;
        this.verdicts = verdicts;
        this.reuseQueue = reuseQueue;
        this.track = track;
        this.read = read;
        this.reanalyze = reanalyze;
    }

    @RolesAllowed("admin")
    @POST
    @Path("/reanalyze")
    @Operation(summary = "Re-run attribution detection on all stored articles (202, progress at /api/jobs/{id})")
    @APIResponse(responseCode = "202", description = "The re-analysis job (the pending one when one is pending)",
            headers = @Header(name = "Location", description = "The job: its progress", schema = @Schema(type = SchemaType.STRING)),
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = JobJson.class)))
    public Response reanalyze(@Context UriInfo uri) {
        Job job = reanalyze.start();
        return Response.accepted(JobJson.of(job)).location(uri.getBaseUriBuilder().path("api/jobs/{id}").build(job.id())).build();
    }

    @RolesAllowed("analyst")
    @Expensive
    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Ingest an article by URL, HTML or text",
            description = "201 with Location for a new article or revision; 200 with the stored article when the same URL and content were already ingested.")
    @APIResponse(responseCode = "201", description = "A new article, or a new revision of the URL",
            headers = @Header(name = "Location", description = "The new article", schema = @Schema(type = SchemaType.STRING)),
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ArticleJson.class)))
    @APIResponse(responseCode = "200", description = "The URL with the same content was already stored: that article",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ArticleJson.class)))
    @APIResponse(responseCode = "429")
    public Response ingest(IngestRequest request, @Context UriInfo uri) {
        if (request == null) {
            throw new InvalidInput("body", "request body is empty; send a JSON object with 'url', 'html' or 'text'");
        }
        TrackArticle.Result result = track.track(request.toInput());
        ArticleJson body = ArticleJson.of(result.article(), AttributionJson.ofStored(result.attributions()),
                imports.originOf(result.article().id()).orElse(null), reuseQueue.isMatched(result.article().id()),
                discoveries.of(result.article().id()));
        if (!result.created()) {
            return Response.ok(body).build();
        }
        return Response.created(uri.getBaseUriBuilder().path("api/articles/{id}").build(result.article().id()))
                .entity(body).build();
    }

    @GET
    @Path("/{id}")
    @Operation(summary = "One article with its extracted fields and provenance")
    public ArticleJson get(@PathParam("id") String id) {
        ReadArticles.ArticleView view = read.view(parseId(id));
        return ArticleJson.of(view.article(), AttributionJson.ofStored(view.attributions(),
                        verdicts.attributionReviews(view.article().id())),
                imports.originOf(view.article().id()).orElse(null), reuseQueue.isMatched(view.article().id()),
                discoveries.of(view.article().id()));
    }

    @GET
    @Path("/{id}/attributions")
    @Operation(summary = "Where the article's content came from: every attribution with its evidence")
    public List<AttributionJson> attributions(@PathParam("id") String id) {
        long articleId = parseId(id);
        return AttributionJson.ofStored(read.attributions(articleId), verdicts.attributionReviews(articleId));
    }

    @GET
    @Path("/{id}/snapshot")
    @Produces(MediaType.WILDCARD)
    @Operation(summary = "The raw page or text exactly as received (served sandboxed: its scripts never run on this origin)")
    public Response snapshot(@PathParam("id") String id) {
        Snapshot snapshot = read.snapshot(parseId(id));
        // A stored page is someone else's HTML: sandboxed without scripts, never sniffed into another type, and
        // refused as a frame elsewhere, so it cannot act with this service's origin.
        return Response.ok(snapshot.bytes()).header("Content-Type", snapshot.contentType())
                .header("Content-Security-Policy", "sandbox; default-src 'none'; img-src * data:; style-src * 'unsafe-inline'; frame-ancestors 'none'")
                .header("X-Content-Type-Options", "nosniff")
                .header("Referrer-Policy", "no-referrer").build();
    }

    @GET
    @Operation(summary = "Stored articles filtered by URL, outlet (key, name or domain) or words: best match first for "
            + "words (full-text search), else newest first; total exact up to 1,000, estimated beyond (totalExact)")
    public PageJson<ArticleSummaryJson> list(@QueryParam("url") String url, @QueryParam("outlet") String outlet,
                                             @QueryParam("q") String q, @QueryParam("page") String page,
                                             @QueryParam("size") String size) {
        int pageNo = QueryParams.integer("page", page, 0, 0, Integer.MAX_VALUE);
        int pageSize = QueryParams.integer("size", size, 20, 1, MAX_PAGE_SIZE);
        PageOf<Article> result = read.list(read.filter(url, outlet, q), pageNo, pageSize);
        var origins = imports.originsOf(result.items().stream().map(Article::id).toList());
        return new PageJson<>(result.items().stream().map(a -> ArticleSummaryJson.of(a, origins.get(a.id()))).toList(),
                result.page(),
                result.size(), result.total(), result.totalExact());
    }

    static long parseId(String id) {
        return parseId("id", id);
    }

    /** An article id from the path parameter {@code name}. */
    static long parseId(String name, String id) {
        return PathIds.of(name, "article", id);
    }
}
