package io.wiretrace.web;

import io.wiretrace.http.Problem;
import io.wiretrace.http.ProblemMapper;
import io.wiretrace.app.ReviewRewrites;
import io.wiretrace.extract.NoArticleFound;
import io.wiretrace.article.ArticleNotFound;
import io.wiretrace.ingest.FetchException;
import io.wiretrace.article.InputTooLarge;
import io.wiretrace.article.InvalidInput;
import io.wiretrace.outlet.OutletConflict;
import io.wiretrace.outlet.OutletNotFound;
import io.wiretrace.verdict.FindingNotFound;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import java.util.function.Function;

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

    /** Exception types the API maps, most specific first, each with the mapper method that describes it. */
    private static final List<Handler<?>> HANDLERS = List.of(
            new Handler<>(InvalidInput.class, PROBLEMS::invalidInput),
            new Handler<>(InputTooLarge.class, PROBLEMS::tooLarge),
            new Handler<>(NoArticleFound.class, PROBLEMS::noArticle),
            new Handler<>(ArticleNotFound.class, PROBLEMS::articleNotFound),
            new Handler<>(ReviewRewrites.NoSourceFound.class, PROBLEMS::noSource),
            new Handler<>(OutletNotFound.class, PROBLEMS::outletNotFound),
            new Handler<>(FindingNotFound.class, PROBLEMS::findingNotFound),
            new Handler<>(OutletConflict.class, PROBLEMS::outletConflict),
            new Handler<>(FetchException.class, PROBLEMS::fetchFailed),
            new Handler<>(io.quarkus.security.ForbiddenException.class, PROBLEMS::forbidden),
            new Handler<>(io.wiretrace.security.CsrfFilter.CsrfRefused.class, PROBLEMS::csrf),
            new Handler<>(io.wiretrace.account.TooManyRequests.class, PROBLEMS::tooMany),
            new Handler<>(io.wiretrace.account.SignInRefused.class, PROBLEMS::signInRefused),
            new Handler<>(io.wiretrace.account.AccountNotFound.class, PROBLEMS::accountNotFound),
            new Handler<>(io.wiretrace.account.AccountConflict.class, PROBLEMS::accountConflict),
            new Handler<>(WebApplicationException.class, PROBLEMS::webApplication));

    private record Handler<T extends Throwable>(Class<T> type, Function<T, Response> describe) {
        Response apply(Throwable e) {
            return describe.apply(type.cast(e));
        }
    }

    private static Response response(Throwable e) {
        return HANDLERS.stream().filter(h -> h.type().isInstance(e)).findFirst().map(h -> h.apply(e))
                .orElseGet(() -> PROBLEMS.unexpected(e instanceof Exception x ? x : new RuntimeException(e)));
    }
}
