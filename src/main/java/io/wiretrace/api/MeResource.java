package io.wiretrace.api;

import io.quarkus.security.UnauthorizedException;
import io.quarkus.security.identity.SecurityIdentity;
import io.wiretrace.account.Caller;
import io.wiretrace.app.ManageAccounts;
import io.wiretrace.security.CredentialMechanism;
import io.wiretrace.security.Callers;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;

/** Who the request acts as, and the caller's feed token. */
@RolesAllowed("reader")
@Path("/api/me")
@Produces(MediaType.APPLICATION_JSON)
public class MeResource {

    /** The caller: name, role, and how it signed in ({@code session}, {@code token:<name>}, {@code bootstrap}, {@code feed}, {@code anonymous}). */
    public record Me(String name, String role, String via, boolean feedToken) {
    }

    /** A new feed token, shown once, and the feed's address with it. */
    public record FeedToken(String token, String feedUrl) {
    }

    private final SecurityIdentity identity;
    private final ManageAccounts accounts;

    public MeResource(SecurityIdentity identity, ManageAccounts accounts) {
        this.identity = identity;
        this.accounts = accounts;
    }

    @GET
    @Operation(summary = "Who you are signed in as, with which role, and whether your account has a feed token")
    public Me me() {
        return Callers.of(identity).map(c -> new Me(c.name(), c.role().code(), c.via(), accounts.hasFeedToken(c)))
                .orElse(new Me("anonymous", "reader", "anonymous", false));
    }

    @POST
    @Path("/feed-token")
    @Operation(summary = "A new feed token for your account (201, shown once; the old one stops working)",
            description = "The Atom feed of events accepts it as ?token= (feed readers send no headers): "
                    + "GET /api/events/feed?token=...&type=&outlet=. It reads that feed only, as a reader.")
    @APIResponse(responseCode = "201", description = "The feed token, shown once (Cache-Control: no-store), and the feed address with it",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = FeedToken.class)))
    public Response newFeedToken(@Context UriInfo uri) {
        String token = accounts.newFeedToken(caller());
        String feedUrl = CredentialMechanism.feedUrl(uri.getBaseUriBuilder(), token);
        return Response.status(201).header("Cache-Control", "no-store").entity(new FeedToken(token, feedUrl)).build();
    }

    @DELETE
    @Path("/feed-token")
    @Operation(summary = "Remove your feed token (204): feed readers using it get 401")
    @APIResponse(responseCode = "204", description = "Removed (also when there was none)")
    public Response removeFeedToken() {
        accounts.removeFeedToken(caller());
        return Response.noContent().build();
    }

    private Caller caller() {
        return Callers.of(identity).orElseThrow(UnauthorizedException::new);
    }
}
