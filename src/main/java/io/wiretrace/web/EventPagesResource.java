package io.wiretrace.web;

import io.wiretrace.http.QueryParams;
import jakarta.annotation.security.RolesAllowed;
import io.wiretrace.app.ReadEvents;
import io.wiretrace.event.EventQuery;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

/** The events page (filter by type and outlet, evidence linked) and the page of one event. */
@RolesAllowed("reader")
@Path("/events")
@Produces(Pages.HTML)
public class EventPagesResource {

    static final int PAGE_SIZE = 50;
    static final int MAX_PAGE = 10_000;

    private final ReadEvents events;

    public EventPagesResource(ReadEvents events) {
        this.events = events;
    }

    @GET
    @Operation(hidden = true)
    public String list(@QueryParam("type") String type, @QueryParam("outlet") String outlet,
                       @QueryParam("page") String page) {
        EventQuery query = events.query(type, outlet, null);
        int p = QueryParams.integer("page", page, 0, 0, MAX_PAGE);
        return Pages.events(EventsPage.of(events.list(query, p, PAGE_SIZE), query,
                outlet == null ? null : outlet.strip())).render();
    }

    @GET
    @Path("{id}")
    @Operation(hidden = true)
    public String one(@PathParam("id") String id) {
        long eventId = QueryParams.number("id", id, 1, 1, Long.MAX_VALUE);
        return Pages.events(EventsPage.one(events.get(eventId)
                .orElseThrow(() -> new NotFoundException("no event with id " + eventId)))).render();
    }

    @ServerExceptionMapper
    public Response error(Exception e) {
        return ErrorPages.page(e);
    }
}
