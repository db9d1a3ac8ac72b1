package io.wiretrace.security;

import io.quarkus.security.identity.SecurityIdentity;
import io.wiretrace.account.Caller;
import io.wiretrace.account.Secrets;
import jakarta.ws.rs.core.MediaType;
import java.util.Optional;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;
import org.jboss.resteasy.reactive.server.core.ResteasyReactiveRequestContext;
import org.jboss.resteasy.reactive.server.spi.ResteasyReactiveContainerRequestContext;

/**
 * CSRF protection of every form: a form (urlencoded or multipart) posted by a browser session must carry the
 * session's token in the field {@value #FIELD}; else 403. Requests with an API token need none (a browser never
 * sends one on its own); the login and setup forms check their own cookie-bound token.
 */
public class CsrfFilter {

    /** The form field holding the token. */
    public static final String FIELD = "csrf";

    private final SecurityIdentity identity;

    public CsrfFilter(SecurityIdentity identity) {
        this.identity = identity;
    }

    @ServerRequestFilter(readBody = true, priority = jakarta.ws.rs.Priorities.AUTHORIZATION + 10)
    public void check(ResteasyReactiveContainerRequestContext request) {
        MediaType type = request.getMediaType();
        boolean form = type != null && (type.isCompatible(MediaType.APPLICATION_FORM_URLENCODED_TYPE)
                || type.getType().equals("multipart") && type.getSubtype().equals("form-data"));
        Optional<Caller> caller = Callers.of(identity);
        if (!form || caller.isEmpty() || caller.get().csrf() == null) {
            return;
        }
        Object value = ((ResteasyReactiveRequestContext) request.getServerRequestContext()).getFormParameter(FIELD, true, false);
        if (!(value instanceof String token) || !Secrets.same(token, caller.get().csrf())) {
            throw new CsrfRefused();
        }
    }

    /** A form without the session's CSRF token. */
    public static class CsrfRefused extends RuntimeException {
        public CsrfRefused() {
            super("the form's CSRF token is missing or wrong: reload the page and submit again");
        }
    }
}
