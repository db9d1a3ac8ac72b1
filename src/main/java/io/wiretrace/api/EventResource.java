package io.wiretrace.api;

import io.wiretrace.http.QueryParams;
import jakarta.annotation.security.RolesAllowed;
import io.wiretrace.app.ReadEvents;
import io.wiretrace.article.PageOf;
import io.wiretrace.event.Event;
import io.wiretrace.event.EventBody;
import io.wiretrace.event.EventQuery;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.UriInfo;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;

/** Events (uncredited copies, dropped credits, arrived sources, unhealthy sources): a paged list and Atom feeds. */
@RolesAllowed("reader")
@Path("/api/events")
@Produces(MediaType.APPLICATION_JSON)
public class EventResource {

    public static final String ATOM = "application/atom+xml";

    private final ReadEvents events;

    public EventResource(ReadEvents events) {
        this.events = events;
    }

    @GET
    @Operation(summary = "Events, newest first: filter by type, outlet (key, name or domain; either outlet of an event) "
            + "and since (ISO-8601 time or date); paged")
    public PageJson<EventBody> list(@QueryParam("type") String type, @QueryParam("outlet") String outlet,
                                    @QueryParam("since") String since, @QueryParam("page") String page,
                                    @QueryParam("size") String size) {
        int p = QueryParams.integer("page", page, 0, 0, 100_000);
        int s = QueryParams.integer("size", size, 20, 1, ArticleResource.MAX_PAGE_SIZE);
        PageOf<Event> found = events.list(query(type, outlet, since), p, s);
        return new PageJson<>(found.items().stream().map(EventBody::of).toList(), found.page(), found.size(),
                found.total());
    }

    @GET
    @Path("/{id}")
    @Operation(summary = "One event with its evidence")
    public EventBody get(@PathParam("id") String id) {
        long eventId = PathIds.of("event", id);
        return events.get(eventId).map(EventBody::of)
                .orElseThrow(() -> new NotFoundException("no event with id " + eventId));
    }

    @GET
    @Path("/feed")
    @Produces(ATOM)
    @Operation(summary = "The newest 50 events as an Atom feed: all, or of one outlet (?outlet=) or type (?type=)")
    public String feed(@QueryParam("type") String type, @QueryParam("outlet") String outlet,
                       @Parameter(description = "A feed token (GET/POST /api/me/feed-token) for a feed reader that sends "
                               + "no other credentials; read before this operation runs")
                       @QueryParam("token") String token, @Context UriInfo uri) {
        EventQuery q = query(type, outlet, null);
        String title = "Wiretrace events" + (q.outletKey() == null ? "" : " of " + q.outletKey())
                + (q.type() == null ? "" : ": " + q.type().code());
        // the feed's address and id without the caller's feed token: the secret is not written into the document
        String query = uri.getRequestUri().getRawQuery() == null ? "" : java.util.Arrays.stream(uri.getRequestUri()
                .getRawQuery().split("&")).filter(p -> !p.startsWith("token=") && !p.isEmpty())
                .collect(java.util.stream.Collectors.joining("&"));
        String self = "api/events/feed" + (query.isEmpty() ? "" : "?" + query);
        return events.atom(q, title, uri.getBaseUri().toString(), self);
    }

    private EventQuery query(String type, String outlet, String since) {
        return events.query(type, outlet, since);
    }
}
