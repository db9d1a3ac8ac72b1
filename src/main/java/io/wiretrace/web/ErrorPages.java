package io.wiretrace.web;

import io.wiretrace.http.Problem;
import io.wiretrace.http.ProblemMapper;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

/**
 * Exceptions on web pages become a readable HTML page with the same status, title and message the API gives as
 * problem+json (the API's {@link ProblemMapper} decides them), never a stack trace.
 */
final class ErrorPages {

    private static final ProblemMapper PROBLEMS = new ProblemMapper();

    private ErrorPages() {
    }

    static Response page(Throwable e) {
        if (e instanceof io.quarkus.security.UnauthorizedException || e instanceof io.quarkus.security.ForbiddenException
                && io.wiretrace.security.Callers.anonymousReader(io.quarkus.arc.Arc.container()
                .instance(io.quarkus.security.identity.SecurityIdentity.class).get())) {
            var request = io.quarkus.arc.Arc.container().instance(io.quarkus.vertx.http.runtime.CurrentVertxRequest.class).get()
                    .getCurrent().request();
            return ProblemMapper.loginRedirect("GET".equals(request.method().name()) ? request.uri() : "/");
        }
        Response r = response(e);
        Problem p = (Problem) r.getEntity();
        Response.ResponseBuilder page = Response.status(p.status()).type(MediaType.TEXT_HTML_TYPE.withCharset("UTF-8"))
                .entity(Pages.error(p.status(), p.title(), p.detail()).render());
        if (r.getHeaderString("Retry-After") != null) {
            page.header("Retry-After", r.getHeaderString("Retry-After"));
        }
        return page.build();
    }

    /** The problem an exception is, as the API would describe it. */
    static Problem problem(Throwable e) {
        return (Problem) response(e).getEntity();
    }

    private static Response response(Throwable e) {
        return PROBLEMS.describe(e);
    }
}
