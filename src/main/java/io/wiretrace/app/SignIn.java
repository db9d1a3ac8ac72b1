package io.wiretrace.app;

import io.wiretrace.account.Account;
import io.wiretrace.account.ApiToken;
import io.wiretrace.account.Caller;
import io.wiretrace.account.Limits;
import io.wiretrace.account.Passwords;
import io.wiretrace.account.Role;
import io.wiretrace.account.Secrets;
import io.wiretrace.account.SignInRefused;
import io.wiretrace.account.TooManyRequests;
import io.wiretrace.config.WiretraceConfig;
import io.wiretrace.store.AccountStore;
import io.wiretrace.store.RequestCountStore;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.Optional;

/**
 * Turns credentials into the caller a request acts as: an API token (or the configured bootstrap token), a browser
 * session, or a user name and password at login (throttled per account and per client address, counted in
 * PostgreSQL so the limits hold across instances).
 */
@ApplicationScoped
public class SignIn {

    /** A new browser session: the cookie's value (shown once, stored hashed) and its end. */
    public record NewSession(String id, Instant expiresAt, Account account) {
    }

    private final AccountStore accounts;
    private final RequestCountStore counts;
    private final WiretraceConfig.Auth config;
    private final Passwords passwords;
    private final String dummyHash;

    public SignIn(AccountStore accounts, RequestCountStore counts, WiretraceConfig config, Passwords passwords) {
        this.accounts = accounts;
        this.counts = counts;
        this.config = config.auth();
        this.passwords = passwords;
        // compared against when the user name is unknown, so a login takes as long whether or not the account exists
        this.dummyHash = passwords.hash(Secrets.random(""));
    }

    /** The caller an {@code Authorization: Bearer} token stands for. */
    @Transactional
    public Caller byToken(String token) {
        Optional<String> bootstrap = config.bootstrapToken().filter(t -> t.length() >= 16);
        if (bootstrap.isPresent() && Secrets.same(bootstrap.get(), token)) {
            return new Caller(Caller.BOOTSTRAP, Role.ADMIN, Caller.BOOTSTRAP, 0, 0, null, null);
        }
        Instant now = Instant.now();
        ApiToken t = accounts.tokenByHash(Secrets.digest(token))
                .orElseThrow(() -> new SignInRefused("the API token is not known (or its account is deactivated)"));
        if (t.revokedAt() != null) {
            throw new SignInRefused("the API token '" + t.name() + "' was revoked at " + t.revokedAt());
        }
        if (!t.usableAt(now)) {
            throw new SignInRefused("the API token '" + t.name() + "' expired at " + t.expiresAt());
        }
        Role owner = accounts.userById(t.userId()).map(Account::role).orElse(Role.READER);
        Role role = owner.includes(t.role()) ? t.role() : owner;
        accounts.touchToken(t.id(), now);
        return new Caller(t.username(), role, "token:" + t.name(), t.userId(), t.id(), t.rateLimit(), null);
    }

    /**
     * The caller a feed token (in the URL of the Atom feed of events) stands for: its account, as a reader whatever its
     * role, since the token only reads the feed.
     */
    @Transactional
    public Caller byFeedToken(String token) {
        Account a = accounts.userByFeedToken(Secrets.digest(token))
                .orElseThrow(() -> new SignInRefused("the feed token is not known (it was replaced or removed)"));
        if (!a.active()) {
            throw new SignInRefused("the feed token's account is deactivated");
        }
        return new Caller(a.username(), Role.READER, "feed", a.id(), 0, null, null);
    }

    /** The caller a session cookie stands for. */
    @Transactional
    public Caller bySession(String sessionId) {
        AccountStore.Session s = accounts.session(Secrets.digest(sessionId))
                .orElseThrow(() -> new SignInRefused("the session is not known; log in again"));
        if (s.revokedAt() != null || !s.expiresAt().isAfter(Instant.now()) || !s.account().active()) {
            throw new SignInRefused("the session has ended; log in again");
        }
        Account a = s.account();
        return new Caller(a.username(), a.role(), "session", a.id(), 0, null, s.csrf());
    }

    /** Checks a user name and password and opens a session; refused alike for an unknown name and a wrong password. */
    @Transactional(dontRollbackOn = SignInRefused.class)
    public NewSession login(String username, String password, String client) {
        String name = username == null ? "" : username.trim().toLowerCase(java.util.Locale.ROOT);
        Instant now = Instant.now();
        Limits window = new Limits(config.loginMaxFailures(), config.loginWindow());
        Limits perAddress = new Limits(config.loginMaxFailuresPerAddress(), config.loginWindow());
        String userBucket = "login-user:" + name;
        String addressBucket = "login-address:" + client;
        Instant start = window.windowStart(now);
        if (counts.count(userBucket, start) >= window.max() || counts.count(addressBucket, start) >= perAddress.max()) {
            throw new TooManyRequests("too many failed logins for this account or from this address; try again later",
                    window.secondsLeft(now));
        }
        Optional<AccountStore.Credentials> found = accounts.credentials(name);
        // an account of single sign-on has no password: compared against the dummy too, so it takes as long
        Optional<String> hash = found.map(AccountStore.Credentials::passwordHash);
        boolean ok = passwords.matches(password, hash.orElse(dummyHash))
                && hash.isPresent() && found.get().account().active();
        if (!ok) {
            counts.hit(userBucket, start);
            counts.hit(addressBucket, start);
            throw new SignInRefused("wrong user name or password (or the account is deactivated)");
        }
        return open(found.get().account());
    }

    /** Opens a session of {@code account} (a password login, or single sign-on); the caller owns the transaction. */
    NewSession open(Account account) {
        String id = Secrets.random("");
        Instant expires = Instant.now().plus(config.sessionTimeout());
        accounts.insertSession(Secrets.digest(id), account.id(), Secrets.random(""), expires);
        return new NewSession(id, expires, account);
    }

    @Transactional
    public void logout(String sessionId) {
        accounts.revokeSession(Secrets.digest(sessionId), Instant.now());
    }
}
