package io.wiretrace.http;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import io.wiretrace.account.AccountConflict;
import io.wiretrace.account.AccountNotFound;
import io.wiretrace.account.SignInRefused;
import io.wiretrace.account.TooManyRequests;
import io.wiretrace.app.PoliteFetcher;
import io.quarkus.arc.Arc;
import io.quarkus.vertx.http.runtime.CurrentVertxRequest;
import io.wiretrace.security.Callers;
import io.wiretrace.security.CredentialMechanism;
import io.wiretrace.security.CsrfFilter;
import io.wiretrace.app.ReviewRewrites;
import io.wiretrace.watch.NotAFeed;
import io.wiretrace.watch.SourceConflict;
import io.wiretrace.watch.SourceNotFound;
import io.wiretrace.extract.NoArticleFound;
import io.wiretrace.article.ArticleNotFound;
import io.wiretrace.ingest.FetchException;
import io.wiretrace.article.InputTooLarge;
import io.wiretrace.article.InvalidInput;
import io.wiretrace.outlet.OutletConflict;
import io.wiretrace.outlet.OutletNotFound;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.List;
import java.util.function.Function;
import io.wiretrace.verdict.FindingNotFound;
import org.jboss.logging.Logger;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

/** The one place where exceptions become {@code application/problem+json} responses. */
public class ProblemMapper {

    private static final Logger LOG = Logger.getLogger(ProblemMapper.class);

    @ServerExceptionMapper
    public Response invalidInput(InvalidInput e) {
        return respond(Problem.of(400, "invalid-input", "Invalid input", e.getMessage()).withField(e.field()));
    }

    @ServerExceptionMapper
    public Response tooLarge(InputTooLarge e) {
        return respond(Problem.of(413, "too-large", "Content too large", e.getMessage()).withField(e.field()));
    }

    @ServerExceptionMapper
    public Response noArticle(NoArticleFound e) {
        return respond(Problem.of(422, "no-article", "No article found", e.getMessage()));
    }

    @ServerExceptionMapper
    public Response articleNotFound(ArticleNotFound e) {
        return respond(Problem.of(404, "not-found", "Not found", e.getMessage()));
    }

    @ServerExceptionMapper
    public Response findingNotFound(FindingNotFound e) {
        return respond(Problem.of(404, "not-found", "Not found", e.getMessage()).withField(e.field()));
    }

    @ServerExceptionMapper
    public Response noSource(ReviewRewrites.NoSourceFound e) {
        return respond(Problem.of(404, "no-source", "No source to compare with", e.getMessage()));
    }

    @ServerExceptionMapper
    public Response outletNotFound(OutletNotFound e) {
        return respond(Problem.of(404, "not-found", "Not found", e.getMessage()));
    }

    @ServerExceptionMapper
    public Response outletConflict(OutletConflict e) {
        return respond(Problem.of(409, "conflict", "Conflict", e.getMessage()).withField(e.field()));
    }

    @ServerExceptionMapper
    public Response sourceConflict(SourceConflict e) {
        return respond(Problem.of(409, "conflict", "Conflict", e.getMessage()).withField("url"));
    }

    @ServerExceptionMapper
    public Response sourceNotFound(SourceNotFound e) {
        return respond(Problem.of(404, "not-found", "Not found", e.getMessage()));
    }

    @ServerExceptionMapper
    public Response notAFeed(NotAFeed e) {
        return respond(Problem.of(422, "not-a-feed", "Not a feed", e.getMessage()).withField("url"));
    }

    @ServerExceptionMapper
    public Response hostBusy(PoliteFetcher.HostBusy e) {
        return respond(Problem.of(503, "host-busy", "Host busy", e.getMessage()));
    }

    @ServerExceptionMapper
    public Response disallowed(PoliteFetcher.Disallowed e) {
        return respond(Problem.of(422, "robots-disallowed", "Disallowed by robots.txt", e.getMessage()).withField("url"));
    }

    @ServerExceptionMapper
    public Response fetchFailed(FetchException e) {
        return respond(FetchProblems.of(e));
    }

    /** A browser asking for a page is sent to the login page (and back after it); an API client gets 401 saying why. */
    @ServerExceptionMapper
    public Response unauthorized(io.quarkus.security.UnauthorizedException e, HttpHeaders headers, UriInfo uri) {
        String path = "/" + uri.getPath().replaceFirst("^/", "");
        if (ProblemPage.wanted(path, headers.getAcceptableMediaTypes())) {
            String query = uri.getRequestUri().getRawQuery();
            return loginRedirect(path + (query == null ? "" : "?" + query));
        }
        return unauthorized(e);
    }

    public Response unauthorized(io.quarkus.security.UnauthorizedException e) {
        var current = Arc.container().instance(CurrentVertxRequest.class).get().getCurrent();
        String refused = current == null ? null : current.get(CredentialMechanism.REFUSED);
        return Response.fromResponse(respond(Problem.of(401, "unauthorized", "Unauthorized", refused != null ? refused
                        : CredentialMechanism.SIGN_IN)))
                .header("WWW-Authenticate", "Bearer realm=\"wiretrace\"").build();
    }

    private static io.quarkus.security.identity.SecurityIdentity identity() {
        return Arc.container().instance(io.quarkus.security.identity.SecurityIdentity.class).get();
    }

    /** Where a browser that must log in first is sent. */
    public static Response loginRedirect(String pathAndQuery) {
        String next = java.net.URLEncoder.encode(pathAndQuery, java.nio.charset.StandardCharsets.UTF_8);
        return Response.seeOther(java.net.URI.create("/login?next=" + next)).build();
    }

    @ServerExceptionMapper
    public Response forbidden(io.quarkus.security.ForbiddenException e, HttpHeaders headers, UriInfo uri) {
        if (Callers.anonymousReader(identity())) {
            return unauthorized(new io.quarkus.security.UnauthorizedException(), headers, uri);
        }
        return page(forbidden(e), headers, uri);
    }

    /** 403, or 401 for an anonymous reader (who may sign in to do more). */
    public Response forbidden(io.quarkus.security.ForbiddenException e) {
        var identity = identity();
        if (Callers.anonymousReader(identity)) {
            return unauthorized(new io.quarkus.security.UnauthorizedException());
        }
        String role = identity.hasRole("admin") ? "admin" : identity.hasRole("analyst") ? "analyst"
                : identity.hasRole("reader") ? "reader" : "none";
        String what = e.getMessage() == null || e.getMessage().isBlank() ? "" : ": " + e.getMessage();
        return respond(Problem.of(403, "forbidden", "Forbidden", "your role (" + role
                + ") may not do this" + what + "; ask an admin for a role that may"));
    }

    @ServerExceptionMapper
    public Response csrf(CsrfFilter.CsrfRefused e, HttpHeaders headers, UriInfo uri) {
        return page(csrf(e), headers, uri);
    }

    public Response csrf(CsrfFilter.CsrfRefused e) {
        return respond(Problem.of(403, "csrf", "Forbidden", e.getMessage()).withField(CsrfFilter.FIELD));
    }

    @ServerExceptionMapper
    public Response signInRefused(SignInRefused e) {
        return respond(Problem.of(401, "unauthorized", "Unauthorized", e.getMessage()));
    }

    @ServerExceptionMapper
    public Response tooMany(TooManyRequests e, HttpHeaders headers, UriInfo uri) {
        Response answer = page(tooMany(e), headers, uri);
        return answer.getHeaderString("Retry-After") != null ? answer
                : Response.fromResponse(answer).header("Retry-After", Long.toString(e.retryAfterSeconds())).build();
    }

    public Response tooMany(TooManyRequests e) {
        return Response.fromResponse(respond(Problem.of(429, "too-many-requests", "Too many requests", e.getMessage())))
                .header("Retry-After", Long.toString(e.retryAfterSeconds())).build();
    }

    @ServerExceptionMapper
    public Response accountNotFound(AccountNotFound e) {
        return respond(Problem.of(404, "not-found", "Not found", e.getMessage()));
    }

    @ServerExceptionMapper
    public Response accountConflict(AccountConflict e) {
        return respond(Problem.of(409, "conflict", "Conflict", e.getMessage()).withField(e.field()));
    }

    private static Response page(Response problem, HttpHeaders headers, UriInfo uri) {
        return ProblemPage.wanted(uri.getPath(), headers.getAcceptableMediaTypes()) ? ProblemPage.of((Problem) problem.getEntity()) : problem;
    }

    @ServerExceptionMapper
    public Response unknownField(UnrecognizedPropertyException e) {
        return malformedJson(e);
    }

    @ServerExceptionMapper
    public Response mismatchedInput(MismatchedInputException e) {
        return malformedJson(e);
    }

    @ServerExceptionMapper
    public Response malformedJson(JsonProcessingException e) {
        return respond(JsonProblems.of(e));
    }

    /** As {@link #webApplication(WebApplicationException)}, but a browser asking for a page that does not exist gets one. */
    @ServerExceptionMapper
    public Response webApplication(WebApplicationException e, HttpHeaders headers, UriInfo uri) {
        Response problem = webApplication(e);
        return ProblemPage.wanted(uri.getPath(), headers.getAcceptableMediaTypes())
                ? ProblemPage.of((Problem) problem.getEntity()) : problem;
    }

    public Response webApplication(WebApplicationException e) {
        int status = e.getResponse().getStatus();
        if (e.getCause() instanceof JsonProcessingException json) {
            return malformedJson(json);
        }
        String reason = Response.Status.fromStatusCode(status) == null ? "Error"
                : Response.Status.fromStatusCode(status).getReasonPhrase();
        String title = reason.charAt(0) + reason.substring(1).toLowerCase(java.util.Locale.ROOT);
        String detail = switch (status) {
            case 404 -> e instanceof jakarta.ws.rs.NotFoundException && e.getMessage() != null
                    && e.getMessage().startsWith("no ") ? e.getMessage() : "no resource at this path";
            case 405 -> "method not allowed on this path";
            case 415 -> "unsupported request content type; send application/json";
            case 406 -> "cannot produce the requested media type";
            default -> e.getMessage();
        };
        return respond(Problem.of(status, title.toLowerCase(java.util.Locale.ROOT).replace(' ', '-'), title, detail));
    }

    @ServerExceptionMapper
    public Response unexpected(Exception e) {
        LOG.error("unexpected error", e);
        return respond(Problem.of(500, "internal", "Internal error", "an unexpected error occurred; see the server log"));
    }

    static Response respond(Problem problem) {
        return Response.status(problem.status()).type(Problem.MEDIA_TYPE).entity(problem).build();
    }

    /**
     * What the API answers for an exception its mappers know, for callers that answer in another form (the web pages'
     * HTML error page): the same status, type, title and detail; anything else is the 500 of {@link #unexpected}.
     */
    public Response describe(Throwable e) {
        return handlers().stream().filter(h -> h.type().isInstance(e)).findFirst().map(h -> h.apply(e))
                .orElseGet(() -> unexpected(e instanceof Exception x ? x : new RuntimeException(e)));
    }

    /** Exception types with the mapper method that describes each, most specific first. */
    private List<Handler<?>> handlers() {
        return List.of(
                new Handler<>(InvalidInput.class, this::invalidInput),
                new Handler<>(InputTooLarge.class, this::tooLarge),
                new Handler<>(NoArticleFound.class, this::noArticle),
                new Handler<>(ArticleNotFound.class, this::articleNotFound),
                new Handler<>(FindingNotFound.class, this::findingNotFound),
                new Handler<>(ReviewRewrites.NoSourceFound.class, this::noSource),
                new Handler<>(OutletNotFound.class, this::outletNotFound),
                new Handler<>(OutletConflict.class, this::outletConflict),
                new Handler<>(SourceConflict.class, this::sourceConflict),
                new Handler<>(SourceNotFound.class, this::sourceNotFound),
                new Handler<>(NotAFeed.class, this::notAFeed),
                new Handler<>(PoliteFetcher.HostBusy.class, this::hostBusy),
                new Handler<>(PoliteFetcher.Disallowed.class, this::disallowed),
                new Handler<>(FetchException.class, this::fetchFailed),
                new Handler<>(io.quarkus.security.ForbiddenException.class, this::forbidden),
                new Handler<>(CsrfFilter.CsrfRefused.class, this::csrf),
                new Handler<>(TooManyRequests.class, this::tooMany),
                new Handler<>(SignInRefused.class, this::signInRefused),
                new Handler<>(AccountNotFound.class, this::accountNotFound),
                new Handler<>(AccountConflict.class, this::accountConflict),
                new Handler<>(WebApplicationException.class, this::webApplication));
    }

    private record Handler<T extends Throwable>(Class<T> type, Function<T, Response> describe) {
        Response apply(Throwable e) {
            return describe.apply(type.cast(e));
        }
    }
}
