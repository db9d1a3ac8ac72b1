package io.wiretrace.security;

import io.quarkus.security.identity.SecurityIdentity;
import io.vertx.core.http.HttpServerRequest;
import io.smallrye.mutiny.Uni;
import io.wiretrace.account.Caller;
import io.wiretrace.app.RequestLimits;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;

/** Counts each request to an {@link Expensive} operation against its caller's limit (429 with Retry-After above it). */
public class RateLimitFilter {

    private final RequestLimits limits;
    private final SecurityIdentity identity;

    public RateLimitFilter(RequestLimits limits, SecurityIdentity identity) {
        this.limits = limits;
        this.identity = identity;
    }

    @Expensive
    @ServerRequestFilter(priority = jakarta.ws.rs.Priorities.USER)
    public Uni<Void> charge(HttpServerRequest request) {
        Caller caller = Callers.of(identity).orElse(null);
        String address = Clients.address(request);
        return Blocking.run(() -> limits.charge(caller, address));
    }
}
