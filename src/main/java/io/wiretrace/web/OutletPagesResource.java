package io.wiretrace.web;

import jakarta.annotation.security.RolesAllowed;
import io.wiretrace.app.ManageSources;
import io.wiretrace.app.OutletDirectory;
import io.wiretrace.app.ReadArticles;
import io.wiretrace.app.TraceProvenance;
import io.wiretrace.outlet.Outlet;
import io.wiretrace.outlet.OutletNotFound;
import io.wiretrace.article.ArticleFilter;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

/** The outlet page: what it takes from and gives to other outlets, credited and uncredited, and its articles. */
@RolesAllowed("reader")
@Path("/outlets/{key}")
@Produces(Pages.HTML)
public class OutletPagesResource {

    static final int RECENT = 10;

    private final OutletDirectory outlets;
    private final TraceProvenance trace;
    private final ReadArticles read;
    private final ManageSources sources;

    public OutletPagesResource(OutletDirectory outlets, TraceProvenance trace, ReadArticles read, ManageSources sources) {
        this.sources = sources;
        this.outlets = outlets;
        this.trace = trace;
        this.read = read;
    }

    @GET
    @Operation(hidden = true)
    public String outlet(@PathParam("key") String key) {
        Outlet outlet = outlets.byKey(key).orElseThrow(() -> new OutletNotFound(key));
        var recent = ArticleRow.of(read.list(new ArticleFilter(null, outlet.key(), null), 0, RECENT).items());
        return Pages.outlet(OutletPage.of(outlet, trace.outletGraph(outlet.key()),
                k -> outlets.byKey(k).map(Outlet::name).orElse(k), recent), SourceRow.of(sources.ofOutlet(outlet.key())))
                .render();
    }

    @ServerExceptionMapper
    public Response error(Exception e) {
        return ErrorPages.page(e);
    }
}
