package io.wiretrace.security;

import io.quarkus.security.ForbiddenException;
import io.vertx.core.http.Cookie;
import io.vertx.core.http.HttpServerRequest;
import io.wiretrace.account.AuditEntry;
import io.wiretrace.account.Caller;
import io.wiretrace.account.Role;
import io.wiretrace.account.Secrets;
import io.wiretrace.account.SignInRefused;
import io.wiretrace.app.AuditTrail;
import io.wiretrace.app.RequestLimits;
import io.wiretrace.app.SignIn;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;

/**
 * Access to the streaming upload route ({@code POST /api/imports} with a file body), which runs before the REST
 * layer and its role checks: the same credentials (bearer token, or a session whose page sends its CSRF token in
 * {@value #CSRF_HEADER}), the analyst role, the rate limit, and an audit entry. Blocking: call off the event loop.
 */
@ApplicationScoped
public class UploadAccess {

    /** The header a page's script sends its session's CSRF token in. */
    public static final String CSRF_HEADER = "X-CSRF-Token";

    private final SignIn signIn;
    private final RequestLimits limits;
    private final AuditTrail trail;

    public UploadAccess(SignIn signIn, RequestLimits limits, AuditTrail trail) {
        this.signIn = signIn;
        this.limits = limits;
        this.trail = trail;
    }

    /** Who the request signs in as (token or session); throws {@link SignInRefused}. */
    public Caller signIn(HttpServerRequest request) {
        Cookie cookie = request.getCookie(CredentialMechanism.COOKIE);
        if (bearer(request)) {
            return signIn.byToken(request.getHeader("Authorization").substring(7).trim());
        } else if (cookie != null) {
            return signIn.bySession(cookie.getValue());
        }
        throw new SignInRefused("sign in: send 'Authorization: Bearer <token>' (an API token) or log in at /login");
    }

    /**
     * Whether a signed-in caller may upload: a session's CSRF token, the analyst role, the rate limit; throws
     * {@link ForbiddenException}, CSRF or rate-limit refusals (the caller is known: the audit names them).
     */
    public void allow(Caller caller, HttpServerRequest request) {
        if (!bearer(request) && !Secrets.same(request.getHeader(CSRF_HEADER), caller.csrf())) {
            throw new CsrfFilter.CsrfRefused();
        }
        if (!caller.role().includes(Role.ANALYST)) {
            throw new ForbiddenException("importing needs the analyst role; yours is " + caller.role().code());
        }
        limits.charge(caller, Clients.address(request));
    }

    private static boolean bearer(HttpServerRequest request) {
        String header = request.getHeader("Authorization");
        return header != null && header.regionMatches(true, 0, "Bearer ", 0, 7);
    }

    /** Records the upload's outcome in the audit trail. */
    public void audit(Caller caller, HttpServerRequest request, int status, String requestId) {
        trail.record(new AuditEntry(0, Instant.now(), caller == null ? AnonymousReader.NAME : caller.auditName(),
                caller == null ? "none" : caller.via(), "POST /api/imports (upload)", request.path(), status,
                requestId, Clients.address(request), null, null));
    }
}
