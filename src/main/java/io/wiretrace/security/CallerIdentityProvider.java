package io.wiretrace.security;

import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.identity.AuthenticationRequestContext;
import io.quarkus.security.identity.IdentityProvider;
import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.security.identity.request.TokenAuthenticationRequest;
import io.quarkus.security.runtime.QuarkusPrincipal;
import io.quarkus.security.runtime.QuarkusSecurityIdentity;
import io.smallrye.mutiny.Uni;
import io.wiretrace.account.Caller;
import io.wiretrace.account.SignInRefused;
import io.wiretrace.app.SignIn;
import jakarta.enterprise.context.ApplicationScoped;

/** Checks a bearer token, a session id or a feed token in PostgreSQL (on a worker thread) and builds the identity of its caller. */
@ApplicationScoped
public class CallerIdentityProvider implements IdentityProvider<TokenAuthenticationRequest> {

    /** Credential type of a session cookie's value (a bearer token's is {@code bearer}). */
    static final String SESSION = "session";
    /** Credential type of a feed token (the {@code token} parameter of the feed of events). */
    static final String FEED = "feed";

    private final SignIn signIn;

    public CallerIdentityProvider(SignIn signIn) {
        this.signIn = signIn;
    }

    @Override
    public Class<TokenAuthenticationRequest> getRequestType() {
        return TokenAuthenticationRequest.class;
    }

    @Override
    public Uni<SecurityIdentity> authenticate(TokenAuthenticationRequest request, AuthenticationRequestContext context) {
        String value = request.getToken().getToken();
        String type = request.getToken().getType();
        return context.runBlocking(() -> {
            try {
                return identity(SESSION.equals(type) ? signIn.bySession(value)
                        : FEED.equals(type) ? signIn.byFeedToken(value) : signIn.byToken(value));
            } catch (SignInRefused e) {
                throw new AuthenticationFailedException(e.getMessage(), e);
            }
        });
    }

    static SecurityIdentity identity(Caller caller) {
        return QuarkusSecurityIdentity.builder().setPrincipal(new QuarkusPrincipal(caller.name()))
                .addRoles(caller.role().grants()).addAttribute(Callers.ATTRIBUTE, caller).build();
    }
}
