package io.wiretrace.web;

import io.wiretrace.http.QueryParams;
import jakarta.annotation.security.RolesAllowed;
import io.wiretrace.app.ManageSources;
import io.wiretrace.watch.FeedCandidate;
import io.wiretrace.watch.SourceFilter;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.jboss.resteasy.reactive.RestForm;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

/** The sources page: watch a feed, sitemap or homepage; health at a glance; pause and resume. */
@RolesAllowed("reader")
@Path("/sources")
@Produces(Pages.HTML)
public class SourcePagesResource {

    static final int PAGE_SIZE = 50;
    private static final int MAX_PAGE = 100_000;

    private final ManageSources sources;

    public SourcePagesResource(ManageSources sources) {
        this.sources = sources;
    }

    @GET
    @Operation(hidden = true)
    public String list(@QueryParam("page") String page) {
        return Pages.sources(page(QueryParams.integer("page", page, 0, 0, MAX_PAGE), null, List.of())).render();
    }

    @RolesAllowed("analyst")
    @POST
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Operation(hidden = true)
    public Response add(@RestForm String url, @RestForm String outlet) {
        String outletKey = outlet == null || outlet.isBlank() ? null : outlet.strip();
        ManageSources.Added added = sources.add(url, outletKey, null, null);
        if (added instanceof ManageSources.Candidates c) {
            return Response.ok(Pages.sources(page(0, url.strip(), c.candidates())).render(), Pages.HTML).build();
        }
        return Response.seeOther(URI.create("/sources")).build();
    }

    @RolesAllowed("analyst")
    @POST
    @Path("{id}/pause")
    @Operation(hidden = true)
    public Response pause(@PathParam("id") String id) {
        sources.update(id(id), true, null, null, null);
        return Response.seeOther(URI.create("/sources")).build();
    }

    @RolesAllowed("analyst")
    @POST
    @Path("{id}/resume")
    @Operation(hidden = true)
    public Response resume(@PathParam("id") String id) {
        sources.update(id(id), false, null, null, null);
        return Response.seeOther(URI.create("/sources")).build();
    }

    private SourcesPage page(int page, String asked, List<FeedCandidate> candidates) {
        long alerts = sources.page(new SourceFilter(null, null, true), 0, 1).total();
        return SourcesPage.of(sources.page(SourceFilter.ALL, page, PAGE_SIZE), alerts, asked, candidates);
    }

    private static long id(String id) {
        return QueryParams.number("id", id, 1, 1, Long.MAX_VALUE);
    }

    @ServerExceptionMapper
    public Response error(Exception e) {
        return ErrorPages.page(e);
    }
}
