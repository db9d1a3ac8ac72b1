package io.wiretrace.app;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.wiretrace.account.Account;
import io.wiretrace.account.AccountConflict;
import io.wiretrace.account.AuditEntry;
import io.wiretrace.account.NewAccount;
import io.wiretrace.account.Role;
import io.wiretrace.account.Secrets;
import io.wiretrace.account.SignInRefused;
import io.wiretrace.account.SsoClaims;
import io.wiretrace.article.InvalidInput;
import io.wiretrace.config.WiretraceConfig;
import io.wiretrace.oidc.OidcClient;
import io.wiretrace.store.AccountStore;
import io.wiretrace.store.SsoStore;
import jakarta.enterprise.context.ApplicationScoped;
import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Logging in through an OpenID Connect provider: a login is sent to the provider with a state kept (hashed) in the
 * database, so any instance takes the browser back; on its return the state is taken once, the code exchanged, the ID
 * token validated, and the account found by the provider's subject or created, its role read from the configured
 * claim at every login. A user whose claim grants no role (and no default is set) is refused; so is a deactivated
 * account, whatever the provider says; a provider user never takes over an account of the same name made here.
 */
@ApplicationScoped
public class SingleSignOn {

    /** How long a login may stay at the provider. */
    public static final Duration PENDING = Duration.ofMinutes(10);
    private static final String CALLBACK = "/login/sso/callback";
    private static final String CALLBACK_OPERATION = "GET " + CALLBACK;

    /** A login on its way: where to send the browser and the state its cookie binds to this browser. */
    public record Started(URI location, String state) {
    }

    private final WiretraceConfig.SingleSignOn config;
    private final OidcClient client;
    private final SsoStore store;
    private final AccountStore accounts;
    private final AuditTrail trail;
    private final SignIn sessions;
    private final SsoClaims claims;

    public SingleSignOn(WiretraceConfig config, OidcClient client, SsoStore store, AccountStore accounts,
                        AuditTrail trail, SignIn sessions) {
        this.config = config.auth().sso();
        this.client = client;
        this.store = store;
        this.accounts = accounts;
        this.trail = trail;
        this.sessions = sessions;
        this.claims = claims(this.config);
    }

    /** The mapping from the provider's claims, as configured; a default role that is no role stops the start. */
    static SsoClaims claims(WiretraceConfig.SingleSignOn c) {
        return new SsoClaims(c.roleClaim(), Map.of(Role.ADMIN, values(c.adminValues()),
                Role.ANALYST, values(c.analystValues()), Role.READER, values(c.readerValues())),
                c.defaultRole().filter(r -> !r.isBlank()).map(r -> Role.parse(r, "wiretrace.auth.sso.default-role")),
                c.usernameClaim());
    }

    /** Stops the start when single sign-on is on without its provider or client. */
    void check(@jakarta.enterprise.event.Observes io.quarkus.runtime.StartupEvent start) {
        if (config.enabled() && (config.issuer().filter(i -> !i.isBlank()).isEmpty()
                || config.clientId().filter(i -> !i.isBlank()).isEmpty())) {
            throw new IllegalStateException("wiretrace.auth.sso.enabled is true: set wiretrace.auth.sso.issuer and "
                    + "wiretrace.auth.sso.client-id (WIRETRACE_AUTH_SSO_ISSUER, WIRETRACE_AUTH_SSO_CLIENT_ID)");
        }
    }

    public boolean enabled() {
        return config.enabled();
    }

    /** The button's words on the login page, or empty when single sign-on is off. */
    public Optional<String> buttonLabel() {
        return enabled() ? Optional.of(config.buttonLabel()) : Optional.empty();
    }

    /** Starts a login that returns to {@code callback} (this service's callback as the browser reached it) and then to {@code next}. */
    public Started start(URI callback, String next) {
        URI redirect = config.redirectUri().filter(u -> !u.isBlank()).map(URI::create).orElse(callback);
        OidcClient.Authorization a = client.begin(redirect);
        QuarkusTransaction.requiringNew().run(() -> store.insertPending(Secrets.digest(a.state()),
                new SsoStore.PendingLogin(a.nonce(), a.codeVerifier(), redirect.toString(), next,
                        Instant.now().plus(PENDING))));
        return new Started(a.location(), a.state());
    }

    /**
     * Completes the login that {@code state} started, in the browser whose cookie holds {@code boundState}; returns
     * the new session and where to go.
     */
    public Completed complete(String code, String state, String boundState, String client, String requestId) {
        try {
            return completeOrRefuse(code, state, boundState, client, requestId);
        } catch (SignInRefused e) {
            // a refused login is recorded as a refused password login is (its name may be unknown)
            trail.record(new AuditEntry(0, Instant.now(), "anonymous", "sso", CALLBACK_OPERATION, CALLBACK, 401,
                    requestId, client, null, null));
            throw e;
        }
    }

    private Completed completeOrRefuse(String code, String state, String boundState, String client, String requestId) {
        if (state == null || code == null || code.isBlank()) {
            throw new SignInRefused("the sign-in provider sent the browser back without a code and state");
        }
        if (!Secrets.same(state, boundState)) {
            throw new SignInRefused("this login was not started in this browser (or took too long); sign in again");
        }
        SsoStore.PendingLogin pending = QuarkusTransaction.requiringNew()
                .call(() -> store.takePending(Secrets.digest(state)))
                .filter(p -> p.expiresAt().isAfter(Instant.now()))
                .orElseThrow(() -> new SignInRefused("this login expired or was already used; sign in again"));
        Map<String, Object> found = this.client.finish(code, URI.create(pending.redirectUri()), pending.codeVerifier(),
                pending.nonce(), this.claims::holdsRoleClaim);
        String issuer = String.valueOf(found.get("iss"));
        String subject = String.valueOf(found.get("sub"));
        Role role = claims.role(found).orElseThrow(() -> new SignInRefused("your account at the sign-in provider has "
                + "no Wiretrace role (claim '" + config.roleClaim() + "'); ask an administrator"));
        String username = accountName(claims.username(found).orElseThrow(() -> new SignInRefused(
                "the sign-in provider did not name the account")));
        Signed signed = QuarkusTransaction.requiringNew().call(() -> signIn(issuer, subject, username, role));
        trail.record(new AuditEntry(0, Instant.now(), signed.account().username(), "sso", CALLBACK_OPERATION, CALLBACK,
                303, requestId, client, signed.before(), signed.after()));
        return new Completed(signed.session(), pending.next());
    }

    /** A session opened by single sign-on and the local path to go to. */
    public record Completed(SignIn.NewSession session, String next) {
    }

    private record Signed(Account account, SignIn.NewSession session, String before, String after) {
    }

    private Signed signIn(String issuer, String subject, String username, Role role) {
        Optional<Account> known = accounts.userBySso(issuer, subject);
        String before = known.map(a -> roleJson(a.role())).orElse(null);
        Account account;
        if (known.isEmpty()) {
            try {
                account = store.insertAccount(username, role, issuer, subject);
            } catch (AccountConflict e) {
                throw new SignInRefused("an account named '" + username + "' exists here and was not made by single "
                        + "sign-on; an administrator must rename one of them");
            }
        } else {
            account = known.get();
            if (!account.active()) {
                throw new SignInRefused("this account is deactivated here; ask an administrator");
            }
            if (account.role() != role) {
                accounts.updateUser(account.id(), role, null, null);
                account = accounts.userById(account.id()).orElseThrow();
            }
        }
        String after = roleJson(account.role());
        return new Signed(account, sessions.open(account),
                known.isEmpty() ? null : before, known.isEmpty() || !after.equals(before) ? after : null);
    }

    /** The provider's name for the account, held to the rules of names made here ("bootstrap" names automation). */
    private static String accountName(String name) {
        try {
            return NewAccount.username(name);
        } catch (InvalidInput e) {
            throw new SignInRefused("the sign-in provider's name for this account cannot name one here: "
                    + e.getMessage() + "; set wiretrace.auth.sso.username-claim to another claim");
        }
    }

    private static String roleJson(Role role) {
        return "{\"role\":\"" + role.code() + "\"}";
    }

    /** Removes logins that never came back from the provider. */
    public int purge() {
        return QuarkusTransaction.requiringNew().call(() -> store.purgePending(Instant.now()));
    }

    private static Set<String> values(java.util.List<String> list) {
        return list.stream().map(String::strip).filter(s -> !s.isEmpty()).collect(Collectors.toUnmodifiableSet());
    }
}
