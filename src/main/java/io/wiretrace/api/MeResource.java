package io.wiretrace.api;

import io.quarkus.security.identity.SecurityIdentity;
import io.wiretrace.security.Callers;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;

/** Who the request acts as. */
@RolesAllowed("reader")
@Path("/api/me")
@Produces(MediaType.APPLICATION_JSON)
public class MeResource {

    /** The caller: name, role, and how it signed in ({@code session}, {@code token:<name>}, {@code bootstrap}, {@code anonymous}). */
    public record Me(String name, String role, String via) {
    }

    private final SecurityIdentity identity;

    public MeResource(SecurityIdentity identity) {
        this.identity = identity;
    }

    @GET
    @Operation(summary = "Who you are signed in as, with which role")
    public Me me() {
        return Callers.of(identity).map(c -> new Me(c.name(), c.role().code(), c.via()))
                .orElse(new Me("anonymous", "reader", "anonymous"));
    }
}
