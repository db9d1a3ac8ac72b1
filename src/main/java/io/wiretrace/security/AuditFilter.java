package io.wiretrace.security;

import io.quarkus.security.identity.SecurityIdentity;
import io.vertx.core.http.HttpServerRequest;
import io.wiretrace.account.AuditEntry;
import io.wiretrace.account.Caller;
import io.wiretrace.app.AuditTrail;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.container.ResourceInfo;
import java.lang.reflect.Method;
import java.time.Instant;
import java.util.Set;
import org.jboss.logging.Logger;
import org.jboss.resteasy.reactive.server.ServerResponseFilter;

/**
 * Records every write (any method but GET, HEAD and OPTIONS) in the audit trail when its answer is ready, refused
 * ones included: who, how they signed in, the operation ({@code PUT /api/outlets/{key}}), the path, the status, the
 * request id (also sent back as {@code X-Request-Id}), the client address, and what changed when the endpoint said.
 */
public class AuditFilter {

    private static final Logger LOG = Logger.getLogger(AuditFilter.class);
    private static final Set<String> READS = Set.of("GET", "HEAD", "OPTIONS");

    private final AuditTrail trail;
    private final SecurityIdentity identity;
    private final AuditDetails details;

    public AuditFilter(AuditTrail trail, SecurityIdentity identity, AuditDetails details) {
        this.trail = trail;
        this.identity = identity;
        this.details = details;
    }

    @ServerResponseFilter
    public void record(ContainerRequestContext request, ContainerResponseContext response, ResourceInfo resource,
                       HttpServerRequest http) {
        String id = RequestIds.of(request.getHeaderString(RequestIds.HEADER));
        response.getHeaders().putSingle(RequestIds.HEADER, id);
        String method = request.getMethod();
        if (READS.contains(method)) {
            return;
        }
        Caller caller = Callers.of(identity).orElse(null);
        String path = "/" + request.getUriInfo().getPath().replaceFirst("^/", "");
        AuditEntry entry = new AuditEntry(0, Instant.now(), caller == null ? AnonymousReader.NAME : caller.auditName(),
                caller == null ? "none" : caller.via(), method + " " + template(resource, path), path, response.getStatus(), id,
                Clients.address(http), details.before(), details.after());
        try {
            Blocking.run(() -> trail.record(entry)).subscribe().with(ok -> {
            }, e -> failed(entry, e));
        } catch (RuntimeException e) {
            failed(entry, e);
        }
    }

    private static void failed(AuditEntry entry, Throwable e) {
        LOG.errorf(e, "could not record the audit entry of %s by %s", entry.operation(), entry.actor());
    }

    /** The endpoint's path template, e.g. {@code /api/outlets/{key}}, or the path when no endpoint matched. */
    static String template(ResourceInfo resource, String path) {
        if (resource == null || resource.getResourceClass() == null || resource.getResourceMethod() == null) {
            return path;
        }
        Path type = resource.getResourceClass().getAnnotation(Path.class);
        Method m = resource.getResourceMethod();
        Path own = m.getAnnotation(Path.class);
        String joined = (type == null ? "" : type.value()) + (own == null ? "" : "/" + own.value());
        return ("/" + joined).replaceAll("/+", "/").replaceAll("(.)/$", "$1");
    }
}
