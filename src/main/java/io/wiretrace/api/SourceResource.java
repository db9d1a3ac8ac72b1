package io.wiretrace.api;

import io.wiretrace.http.QueryParams;
import io.wiretrace.security.Expensive;
import jakarta.annotation.security.RolesAllowed;
import io.wiretrace.app.ManageSources;
import io.wiretrace.article.InvalidInput;
import io.wiretrace.article.PageOf;
import io.wiretrace.watch.SourceFilter;
import io.wiretrace.watch.SourceItem;
import io.wiretrace.watch.SourceStatus;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PATCH;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;

/** Watched sources: feeds and sitemaps polled on the work queue, with their health. */
@RolesAllowed("reader")
@Path("/api/sources")
@Produces(MediaType.APPLICATION_JSON)
public class SourceResource {

    static final int MAX_PAGE_SIZE = 200;
    static final int DEFAULT_PAGE_SIZE = 50;

    private final ManageSources sources;
    private final io.wiretrace.app.OutletDirectory outlets;

    public SourceResource(ManageSources sources, io.wiretrace.app.OutletDirectory outlets) {
        this.outlets = outlets;
        this.sources = sources;
    }

    @RolesAllowed("analyst")
    @Expensive
    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Watch a feed or sitemap (201); a homepage answers 200 with the feeds found on it",
            description = "RSS 2.0, RSS 1.0/RDF, Atom, JSON Feed, sitemaps, sitemap indexes, Google News sitemaps. "
                    + "409 when a source with the same URL identity exists; 422 when the URL is neither a feed, a "
                    + "sitemap nor a homepage. A homepage answers {\"candidates\": [{url, kind, title}]}: post one of them.")
    @APIResponse(responseCode = "201", description = "The source, now watched",
            headers = @Header(name = "Location", description = "The source", schema = @Schema(type = SchemaType.STRING)),
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = SourceJson.class)))
    @APIResponse(responseCode = "200", description = "A homepage: the feeds and sitemaps found on it, no source made",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = SourceJson.Candidates.class)))
    @APIResponse(responseCode = "409", description = "A source with the same URL identity is already watched")
    @APIResponse(responseCode = "413", description = "The feed or sitemap is over its size cap")
    @APIResponse(responseCode = "422", description = "Neither a feed, a sitemap nor a homepage, or robots.txt disallows it")
    @APIResponse(responseCode = "502", description = "The feed's server failed, or redirected in a loop (upstreamStatus)")
    @APIResponse(responseCode = "503", description = "The host's turn (politeness) did not come in time: try again later")
    @APIResponse(responseCode = "504", description = "The feed's server did not answer in time")
    @APIResponse(responseCode = "429")
    public Response add(SourceRequest request, @Context UriInfo uri) {
        if (request == null) {
            throw new InvalidInput("body", "request body is empty; send {\"url\": ...}");
        }
        ManageSources.Added added = sources.add(request.url(), request.outlet(),
                SourceRequest.duration("minInterval", request.minInterval()),
                SourceRequest.duration("maxInterval", request.maxInterval()));
        if (added instanceof ManageSources.Candidates c) {
            return Response.ok(SourceJson.Candidates.of(request.url(), c.candidates())).build();
        }
        SourceJson created = SourceJson.of(((ManageSources.Created) added).source());
        return Response.created(uri.getBaseUriBuilder().path("api/sources/{id}").build(created.id())).entity(created)
                .build();
    }

    @GET
    @Operation(summary = "Watched sources with their health, newest first (filter by outlet, paused, "
            + "alert; paged)")
    public PageJson<SourceJson> list(@QueryParam("outlet") String outlet, @QueryParam("paused") String paused,
                                     @QueryParam("alert") String alert, @QueryParam("page") String page,
                                     @QueryParam("size") String size) {
        SourceFilter filter = new SourceFilter(outlet == null || outlet.isBlank() ? null : outlets.knownKeyOf(outlet),
                QueryParams.flag("paused", paused, null), QueryParams.flag("alert", alert, null));
        PageOf<SourceStatus> found = sources.page(filter, QueryParams.integer("page", page, 0, 0, 1_000_000),
                QueryParams.integer("size", size, DEFAULT_PAGE_SIZE, 1, MAX_PAGE_SIZE));
        return new PageJson<>(found.items().stream().map(SourceJson::of).toList(), found.page(), found.size(),
                found.total());
    }

    @GET
    @Path("/{id}")
    @Operation(summary = "One source with its health")
    public SourceJson get(@PathParam("id") String id) {
        return SourceJson.of(sources.get(parseId(id)));
    }

    @GET
    @Path("/{id}/items")
    @Operation(summary = "The items the source listed, newest first, with what became of each (filter by state; paged)",
            description = "state: pending, ingested, listed (older than the first poll's newest items: not fetched), "
                    + "failed, disallowed (robots.txt); lastError says why an item failed or was skipped.")
    public PageJson<SourceItem> items(@PathParam("id") String id, @QueryParam("state") String state,
                                      @QueryParam("page") String page, @QueryParam("size") String size) {
        PageOf<SourceItem> found = sources.items(parseId(id), state == null || state.isBlank() ? null : state.strip(),
                QueryParams.integer("page", page, 0, 0, 1_000_000),
                QueryParams.integer("size", size, DEFAULT_PAGE_SIZE, 1, MAX_PAGE_SIZE));
        return new PageJson<>(found.items(), found.page(), found.size(), found.total());
    }

    @RolesAllowed("analyst")
    @PATCH
    @Path("/{id}")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Pause or resume a source, change its interval bounds or outlet")
    public SourceJson update(@PathParam("id") String id, SourcePatch patch) {
        if (patch == null) {
            throw new InvalidInput("body", "request body is empty; send {\"paused\": true} or other settings");
        }
        return SourceJson.of(sources.update(parseId(id), patch.paused(),
                SourceRequest.duration("minInterval", patch.minInterval()),
                SourceRequest.duration("maxInterval", patch.maxInterval()), patch.outlet()));
    }

    @RolesAllowed("analyst")
    @DELETE
    @Path("/{id}")
    @Operation(summary = "Stop watching a source (204); the articles it brought are kept")
    @APIResponse(responseCode = "204", description = "No longer watched")
    public Response delete(@PathParam("id") String id) {
        sources.delete(parseId(id));
        return Response.noContent().build();
    }

    private static long parseId(String id) {
        return PathIds.of("source", id);
    }
}
