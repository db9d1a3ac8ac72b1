package io.wiretrace.web;

import io.quarkus.security.identity.SecurityIdentity;
import io.wiretrace.account.Caller;
import io.wiretrace.security.Callers;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Named;
import java.util.Optional;

/**
 * Who is looking at a page, for the templates ({@code {inject:viewer.name}}): the signed-in name and role, what the
 * role may do, and the session's CSRF token every form posts back.
 */
@Named("viewer")
@RequestScoped
public class Viewer {

    private final Optional<Caller> caller;

    public Viewer(SecurityIdentity identity) {
        this.caller = Callers.of(identity);
    }

    public boolean isSignedIn() {
        return caller.isPresent();
    }

    public String getName() {
        return caller.map(Caller::name).orElse("anonymous");
    }

    public String getRole() {
        return caller.map(c -> c.role().code()).orElse("reader");
    }

    public boolean isAnalyst() {
        return caller.map(c -> c.role().includes(io.wiretrace.account.Role.ANALYST)).orElse(false);
    }

    public boolean isAdmin() {
        return caller.map(c -> c.role() == io.wiretrace.account.Role.ADMIN).orElse(false);
    }

    /** The session's CSRF token (empty for token callers, who need none). */
    public String getCsrf() {
        return caller.map(Caller::csrf).orElse("");
    }
}
