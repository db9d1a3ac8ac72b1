package io.wiretrace.app;

import io.wiretrace.account.Account;
import io.wiretrace.account.AccountNotFound;
import io.wiretrace.account.ApiToken;
import io.wiretrace.account.Caller;
import io.wiretrace.account.NewAccount;
import io.wiretrace.account.Passwords;
import io.wiretrace.account.Role;
import io.wiretrace.account.Secrets;
import io.wiretrace.article.InvalidInput;
import io.wiretrace.store.AccountStore;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

/**
 * Accounts and API tokens: admins create, change and deactivate accounts; everyone manages their own tokens (an
 * admin also anyone's). A token is shown once, when it is made; only its SHA-256 is kept.
 */
@ApplicationScoped
public class ManageAccounts {

    /** A token just made: the secret (shown once) and its record. */
    public record IssuedToken(String token, ApiToken record) {
    }

    /** A request to change an account; null parts stay as they are. */
    public record AccountChange(Role role, Boolean active, String password) {
    }

    /** A request for a token; {@code username} null: the caller's own. */
    /** The longest lifetime a token may be given (the account page's ten years; a longer one overran the database). */
    static final Duration LONGEST_LIFE = Duration.ofDays(3650);

    public record TokenRequest(String name, Role role, Duration expiresIn, Integer rateLimit, String username) {
    }

    private final AccountStore accounts;
    private final Passwords passwords;

    public ManageAccounts(AccountStore accounts, Passwords passwords) {
        this.accounts = accounts;
        this.passwords = passwords;
    }

    @Transactional
    public List<Account> all() {
        return accounts.users();
    }

    @Transactional
    public Account byName(String username) {
        return accounts.credentials(NewAccount.username(username)).map(AccountStore.Credentials::account)
                .orElseThrow(() -> new AccountNotFound("no account named '" + username + "'"));
    }

    @Transactional
    public Account create(NewAccount a, Caller by) {
        return accounts.insertUser(a.username(), passwords.hash(a.password()), a.role(), by.name());
    }

    @Transactional
    public Account change(String username, AccountChange change, Caller by) {
        Account a = byName(username);
        if (change.password() != null) {
            Passwords.check(change.password(), "password");
        }
        if (a.id() == by.userId() && (Boolean.FALSE.equals(change.active()) || change.role() != null && change.role() != Role.ADMIN)) {
            throw new InvalidInput(change.role() != null ? "role" : "active",
                    "you cannot deactivate yourself or lower your own role; ask another admin");
        }
        accounts.updateUser(a.id(), change.role(), change.active(), change.password() == null ? null : passwords.hash(change.password()));
        // what changes who may do what ends the account's sessions; a change to what it already is ends nothing
        if (Boolean.FALSE.equals(change.active()) && a.active() || change.password() != null
                || change.role() != null && change.role() != a.role()) {
            accounts.revokeSessionsOf(a.id(), Instant.now());
        }
        if (Boolean.TRUE.equals(change.active()) && !a.active()) {
            // reactivated: the keys it had stay dead (they may have leaked while it was off; while it was, they were
            // refused as the deactivated account's)
            accounts.revokeTokensOf(a.id(), Instant.now());
        }
        return accounts.userById(a.id()).orElseThrow();
    }

    @Transactional
    public IssuedToken issue(TokenRequest r, Caller by) {
        if (r.name() == null || r.name().isBlank() || r.name().length() > 100) {
            throw new InvalidInput("name", "name is required: 1-100 characters saying what the token is for");
        }
        if (r.expiresIn() != null && (r.expiresIn().isNegative() || r.expiresIn().isZero())) {
            throw new InvalidInput("expiresIn", "expiresIn must be a positive ISO-8601 duration such as P30D");
        }
        if (r.expiresIn() != null && r.expiresIn().compareTo(LONGEST_LIFE) > 0) {
            throw new InvalidInput("expiresIn", "expiresIn " + r.expiresIn().toDays() + " days is over the longest "
                    + "lifetime of a token, P3650D (ten years); leave it out for a token that does not expire");
        }
        if (r.rateLimit() != null && r.rateLimit() < 0) {
            throw new InvalidInput("rateLimit", "rateLimit must be 0 (unlimited) or more requests a minute");
        }
        boolean forOther = r.username() != null && !NewAccount.username(r.username()).equals(by.name());
        if ((forOther || by.userId() == 0) && by.role() != Role.ADMIN) {
            throw new io.quarkus.security.ForbiddenException("only an admin may make a token for another account");
        }
        if (by.userId() == 0 && r.username() == null) {
            throw new InvalidInput("username", "the bootstrap token has no account: name the account the token is for");
        }
        Account owner = forOther || by.userId() == 0 ? byName(r.username()) : accounts.userById(by.userId()).orElseThrow();
        Role role = r.role() == null ? owner.role() : r.role();
        if (!owner.role().includes(role)) {
            throw new InvalidInput("role", "a token's role cannot exceed its account's (" + owner.role().code() + ")");
        }
        if (r.rateLimit() != null && by.role() != Role.ADMIN) {
            throw new io.quarkus.security.ForbiddenException("only an admin may set a token's own rate limit");
        }
        String token = Secrets.random(Secrets.TOKEN_PREFIX);
        Instant expires = r.expiresIn() == null ? null : Instant.now().plus(r.expiresIn());
        ApiToken record = accounts.insertToken(owner.id(), r.name().trim(), Secrets.digest(token), token.substring(0, 10), role,
                r.rateLimit(), expires);
        return new IssuedToken(token, record);
    }

    /** The caller's tokens, or with {@code all} (admins only) everyone's. */
    @Transactional
    public List<ApiToken> tokens(Caller by, boolean all) {
        if (all && by.role() != Role.ADMIN) {
            throw new io.quarkus.security.ForbiddenException("only an admin may list every account's tokens");
        }
        return all ? accounts.tokens(0) : by.userId() == 0 ? List.of() : accounts.tokens(by.userId());
    }

    /** A token of the caller's (any account's for an admin), without its secret. */
    @Transactional
    public ApiToken token(long id, Caller by) {
        return accounts.tokenById(id).filter(k -> k.userId() == by.userId() || by.role() == Role.ADMIN)
                .orElseThrow(() -> new AccountNotFound("no token " + id + " of yours"));
    }

    @Transactional
    public ApiToken revoke(long id, Caller by) {
        ApiToken t = token(id, by);
        accounts.revokeToken(id, Instant.now());
        return accounts.tokenById(t.id()).orElseThrow();
    }

    /**
     * A new feed token for the caller's own account (shown once; the one it had stops working), for the Atom feed of
     * events in a feed reader.
     */
    @Transactional
    public String newFeedToken(Caller by) {
        long userId = ownAccount(by);
        String token = Secrets.random(Secrets.FEED_TOKEN_PREFIX);
        accounts.setFeedToken(userId, Secrets.digest(token));
        return token;
    }

    /** Removes the caller's feed token (nothing happens when there is none). */
    @Transactional
    public void removeFeedToken(Caller by) {
        accounts.setFeedToken(ownAccount(by), null);
    }

    /** Whether the caller's account has a feed token. */
    @Transactional
    public boolean hasFeedToken(Caller by) {
        return by.userId() > 0 && accounts.hasFeedToken(by.userId());
    }

    private static long ownAccount(Caller by) {
        if (by.userId() == 0) {
            throw new InvalidInput("account", "the bootstrap token has no account, so no feed token; sign in as a user");
        }
        return by.userId();
    }
}
