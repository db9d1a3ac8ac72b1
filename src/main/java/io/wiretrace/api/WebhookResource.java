package io.wiretrace.api;

import io.wiretrace.http.QueryParams;
import jakarta.annotation.security.RolesAllowed;
import io.wiretrace.app.ManageWebhooks;
import io.wiretrace.article.InvalidInput;
import io.wiretrace.webhook.Delivery;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;

/** Webhooks: receivers of signed event deliveries, and each one's delivery log. */
@RolesAllowed("admin")
@Path("/api/webhooks")
@Produces(MediaType.APPLICATION_JSON)
public class WebhookResource {

    private final ManageWebhooks webhooks;

    public WebhookResource(ManageWebhooks webhooks) {
        this.webhooks = webhooks;
    }

    @RolesAllowed("admin")
    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Subscribe a receiver URL to event types; deliveries are signed with the secret "
            + "(Wiretrace-Signature: t=<unix>,v1=<HMAC-SHA256 hex of \"<t>.<body>\">)")
    @APIResponse(responseCode = "201", description = "The webhook (without its secret)",
            headers = @Header(name = "Location", description = "The webhook", schema = @Schema(type = SchemaType.STRING)),
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = WebhookJson.class)))
    public Response create(WebhookRequest request, @Context UriInfo uri) {
        if (request == null) {
            throw new InvalidInput("body", "request body is empty; send {\"url\", \"events\", \"secret\"}");
        }
        WebhookJson created = WebhookJson.of(webhooks.create(request.url(), request.events(), request.secret()));
        return Response.created(uri.getBaseUriBuilder().path("api/webhooks/{id}").build(created.id()))
                .entity(created).build();
    }

    @GET
    @Operation(summary = "All webhooks (without their secrets)")
    public List<WebhookJson> list() {
        return webhooks.list().stream().map(WebhookJson::of).toList();
    }

    @GET
    @Path("/{id}")
    @Operation(summary = "One webhook")
    public WebhookJson get(@PathParam("id") String id) {
        long webhookId = PathIds.of("webhook", id);
        return webhooks.get(webhookId).map(WebhookJson::of).orElseThrow(() -> notFound(webhookId));
    }

    @RolesAllowed("admin")
    @DELETE
    @Path("/{id}")
    @Operation(summary = "Delete a webhook with its pending deliveries and log (204)")
    @APIResponse(responseCode = "204", description = "Deleted")
    public Response delete(@PathParam("id") String id) {
        long webhookId = PathIds.of("webhook", id);
        if (!webhooks.delete(webhookId)) {
            throw notFound(webhookId);
        }
        return Response.noContent().build();
    }

    @GET
    @Path("/{id}/deliveries")
    @Operation(summary = "The webhook's newest deliveries (limit, default 50, at most 500), each with every attempt: "
            + "time, the receiver's status or the error, duration")
    public List<Delivery> deliveries(@PathParam("id") String id, @QueryParam("limit") String limit) {
        long webhookId = PathIds.of("webhook", id);
        int n = QueryParams.integer("limit", limit, 50, 1, 500);
        return webhooks.deliveries(webhookId, n).orElseThrow(() -> notFound(webhookId));
    }

    private static NotFoundException notFound(long id) {
        return new NotFoundException("no webhook with id " + id);
    }
}
