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
        Problem p = problem(e);
        return page(p.status(), p.title(), p.detail());
    }

    static Response page(int status, String title, String detail) {
        return Response.status(status).type(MediaType.TEXT_HTML_TYPE.withCharset("UTF-8"))
                .entity(Pages.error(status, title, detail).render()).build();
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
            new Handler<>(WebApplicationException.class, PROBLEMS::webApplication));

    private record Handler<T extends Throwable>(Class<T> type, Function<T, Response> describe) {
        Response apply(Throwable e) {
            return describe.apply(type.cast(e));
        }
    }

    private static Problem problem(Throwable e) {
        Response r = HANDLERS.stream().filter(h -> h.type().isInstance(e)).findFirst().map(h -> h.apply(e))
                .orElseGet(() -> PROBLEMS.unexpected(e instanceof Exception x ? x : new RuntimeException(e)));
        return (Problem) r.getEntity();
    }
}
