package io.wiretrace.security;

import io.quarkus.security.identity.SecurityIdentity;
import io.wiretrace.account.Caller;
import io.wiretrace.account.Role;
import java.util.Optional;

/** The {@link Caller} behind a Quarkus security identity (empty when anonymous). */
public final class Callers {

    /** The identity attribute holding the caller. */
    static final String ATTRIBUTE = "wiretrace.caller";

    private Callers() {
    }

    public static Optional<Caller> of(SecurityIdentity identity) {
        if (identity == null || identity.isAnonymous()) {
            return Optional.empty();
        }
        Object caller = identity.getAttribute(ATTRIBUTE);
        if (caller instanceof Caller c) {
            return Optional.of(c);
        }
        // an identity made elsewhere (a test's @TestSecurity, a future OIDC login): its name and highest role
        if (AnonymousReader.NAME.equals(identity.getPrincipal().getName())) {
            return Optional.empty();
        }
        Role role = identity.hasRole("admin") ? Role.ADMIN : identity.hasRole("analyst") ? Role.ANALYST : Role.READER;
        return Optional.of(new Caller(identity.getPrincipal().getName(), role, "external", 0, 0, null, null));
    }

    /** Whether this is the identity of a request without credentials under anonymous reading. */
    public static boolean anonymousReader(SecurityIdentity identity) {
        return AnonymousReader.is(identity);
    }

    /** The caller's name for records, {@code anonymous} when there is none. */
    public static String name(SecurityIdentity identity) {
        return of(identity).map(Caller::name).orElse(AnonymousReader.NAME);
    }
}
