package io.wiretrace.security;

import io.quarkus.security.credential.TokenCredential;
import io.quarkus.security.identity.IdentityProviderManager;
import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.security.identity.request.AuthenticationRequest;
import io.quarkus.security.identity.request.TokenAuthenticationRequest;
import io.quarkus.vertx.http.runtime.security.ChallengeData;
import io.quarkus.vertx.http.runtime.security.HttpAuthenticationMechanism;
import io.smallrye.mutiny.Uni;
import io.vertx.core.http.Cookie;
import io.vertx.core.http.HttpMethod;
import io.vertx.ext.web.RoutingContext;
import io.wiretrace.config.WiretraceConfig;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Set;

/**
 * How a request says who it is: {@code Authorization: Bearer <token>} (an API token or the bootstrap token), else, on
 * a GET of the Atom feed of events only, a feed token in its URL ({@code ?token=}: feed readers send no headers), else
 * the session cookie of a browser that logged in, else nobody (a reader when anonymous reading is on). Credentials that
 * are presented and refused (unknown, expired, revoked, ended) leave the request anonymous with the reason noted, so
 * the endpoint answers 401 problem+json saying why; they never fall back to anonymous reading.
 */
@ApplicationScoped
public class CredentialMechanism implements HttpAuthenticationMechanism {

    /** The session cookie. */
    public static final String COOKIE = "wiretrace_session";
    /** The routing-context key holding why presented credentials were refused. */
    public static final String REFUSED = "wiretrace.auth.refused";
    /** The one path a feed token is read on, from its {@code token} query parameter. */
    public static final String FEED_PATH = "/api/events/feed";

    /** The feed's address carrying a feed token, below the service's base address. */
    public static String feedUrl(jakarta.ws.rs.core.UriBuilder base, String token) {
        return base.path(FEED_PATH).queryParam("token", token).build().toString();
    }
    /** What a request without credentials is told. */
    public static final String SIGN_IN = "sign in: send 'Authorization: Bearer <token>' (an API token) or log in at /login";

    private static final com.fasterxml.jackson.databind.ObjectMapper JSON = new com.fasterxml.jackson.databind.ObjectMapper();

    private final boolean anonymousRead;

    public CredentialMechanism(WiretraceConfig config) {
        this.anonymousRead = config.auth().anonymousRead();
    }

    @Override
    public Uni<SecurityIdentity> authenticate(RoutingContext ctx, IdentityProviderManager identities) {
        String header = ctx.request().getHeader("Authorization");
        String feed = header == null ? feedToken(ctx) : null;
        TokenCredential credential = null;
        if (header != null) {
            if (ctx.request().headers().getAll("Authorization").size() > 1) {
                ctx.put(REFUSED, "send one Authorization header, not several");
                return Uni.createFrom().nullItem();
            }
            if (!header.regionMatches(true, 0, "Bearer ", 0, 7) || header.substring(7).isBlank()) {
                ctx.put(REFUSED, "the Authorization header must be 'Bearer <token>'");
                return Uni.createFrom().nullItem();
            }
            credential = new TokenCredential(header.substring(7).trim(), "bearer");
        } else if (feed != null) {
            credential = new TokenCredential(feed, CallerIdentityProvider.FEED);
        } else {
            Cookie cookie = ctx.request().getCookie(COOKIE);
            if (cookie != null && !cookie.getValue().isBlank()) {
                credential = new TokenCredential(cookie.getValue(), CallerIdentityProvider.SESSION);
            }
        }
        if (credential == null) {
            return anonymousRead ? Uni.createFrom().item(AnonymousReader.identity()) : Uni.createFrom().nullItem();
        }
        boolean session = CallerIdentityProvider.SESSION.equals(credential.getType());
        return identities.authenticate(new TokenAuthenticationRequest(credential)).onFailure().recoverWithItem(e -> {
            ctx.put(REFUSED, e.getMessage() == null ? "the credentials were refused" : e.getMessage());
            // an ended session in a browser: reading on as anonymous (when allowed) is what a visitor expects
            return session && anonymousRead ? AnonymousReader.identity() : null;
        });
    }

    /** The feed token of a GET of the feed of events, or null. */
    private static String feedToken(RoutingContext ctx) {
        if (ctx.request().method() != HttpMethod.GET || !FEED_PATH.equals(ctx.normalizedPath())) {
            return null;
        }
        String token = ctx.request().getParam("token");
        return token == null || token.isBlank() ? null : token.strip();
    }

    /**
     * The answer to a request refused for want of credentials before any resource ran (the HTTP permissions of
     * {@code /q/metrics}, OpenAPI and Swagger UI): a browser asking for a page is sent to the login page and back, any
     * other client gets 401 {@code application/problem+json} saying why, as the API's own refusals do.
     */
    @Override
    public Uni<Boolean> sendChallenge(RoutingContext ctx) {
        var response = ctx.response();
        if (response.ended()) {
            return Uni.createFrom().item(true);
        }
        String accept = ctx.request().getHeader("Accept");
        if (ctx.request().method() == HttpMethod.GET && accept != null && accept.toLowerCase(java.util.Locale.ROOT).contains("text/html")) {
            response.setStatusCode(303).putHeader("Location",
                    "/login?next=" + java.net.URLEncoder.encode(ctx.request().uri(), java.nio.charset.StandardCharsets.UTF_8)).end();
            return Uni.createFrom().item(true);
        }
        String refused = ctx.get(REFUSED);
        var problem = JSON.createObjectNode().put("type", "https://wiretrace.io/problems/unauthorized")
                .put("title", "Unauthorized").put("status", 401).put("detail", refused != null ? refused : SIGN_IN);
        response.setStatusCode(401).putHeader("WWW-Authenticate", "Bearer realm=\"wiretrace\"")
                .putHeader("Content-Type", "application/problem+json").end(problem.toString());
        return Uni.createFrom().item(true);
    }

    @Override
    public Uni<ChallengeData> getChallenge(RoutingContext ctx) {
        return Uni.createFrom().item(new ChallengeData(401, "WWW-Authenticate", "Bearer realm=\"wiretrace\""));
    }

    @Override
    public Set<Class<? extends AuthenticationRequest>> getCredentialTypes() {
        return Set.of(TokenAuthenticationRequest.class);
    }
}
