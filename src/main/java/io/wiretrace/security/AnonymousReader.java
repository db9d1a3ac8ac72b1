package io.wiretrace.security;

import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.security.runtime.QuarkusPrincipal;
import io.quarkus.security.runtime.QuarkusSecurityIdentity;

/** The identity of a request without credentials when {@code wiretrace.auth.anonymous-read} is on: a reader. */
final class AnonymousReader {

    static final String NAME = "anonymous";

    private AnonymousReader() {
    }

    static SecurityIdentity identity() {
        return QuarkusSecurityIdentity.builder().setPrincipal(new QuarkusPrincipal(NAME)).addRole("reader").build();
    }

    static boolean is(SecurityIdentity identity) {
        return identity != null && !identity.isAnonymous() && NAME.equals(identity.getPrincipal().getName());
    }
}
