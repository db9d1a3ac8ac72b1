package io.wiretrace.store;

import io.wiretrace.account.Account;
import io.wiretrace.account.AccountConflict;
import io.wiretrace.account.ApiToken;
import io.wiretrace.account.Role;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** Accounts, API tokens and browser sessions (tables {@code app_user}, {@code api_token}, {@code user_session}). */
@ApplicationScoped
public class AccountStore {

    private static final String USER = "SELECT id, username, role, active, created_at, created_by FROM app_user";
    private static final String TOKEN = "SELECT t.id, t.user_id, u.username, t.name, t.prefix, t.role, t.rate_limit, "
            + "t.created_at, t.expires_at, t.revoked_at, t.last_used_at FROM api_token t JOIN app_user u ON u.id = t.user_id";

    /** An account with its password hash, for signing in. */
    public record Credentials(Account account, String passwordHash) {
    }

    /** A stored session: its account, CSRF token and end. */
    public record Session(Account account, String csrf, Instant expiresAt, Instant revokedAt) {
    }

    private final EntityManager em;

    public AccountStore(EntityManager em) {
        this.em = em;
    }

    public long countUsers() {
        return Jdbc.query(em, "SELECT count(*) FROM app_user", r -> r.getLong(1)).get(0);
    }

    public Account insertUser(String username, String passwordHash, Role role, String createdBy) {
        List<Long> ids = Jdbc.query(em, "INSERT INTO app_user (username, password_hash, role, created_by) VALUES (?, ?, ?, ?) "
                + "ON CONFLICT (username) DO NOTHING RETURNING id", r -> r.getLong(1), username, passwordHash, role.code(), createdBy);
        if (ids.isEmpty()) {
            throw new AccountConflict("username", "username '" + username + "' is taken");
        }
        return userById(ids.get(0)).orElseThrow();
    }

    public Optional<Account> userById(long id) {
        return Jdbc.query(em, USER + " WHERE id = ?", AccountStore::account, id).stream().findFirst();
    }

    /** The account of a single sign-on provider's user. */
    public Optional<Account> userBySso(String issuer, String subject) {
        return Jdbc.query(em, USER + " WHERE sso_issuer = ? AND sso_subject = ?", AccountStore::account, issuer, subject)
                .stream().findFirst();
    }

    public Optional<Credentials> credentials(String username) {
        return Jdbc.query(em, "SELECT id, username, role, active, created_at, created_by, password_hash FROM app_user WHERE username = ?",
                r -> new Credentials(account(r), r.getString("password_hash")), username).stream().findFirst();
    }

    public List<Account> users() {
        return Jdbc.query(em, USER + " ORDER BY username", AccountStore::account);
    }

    public void updateUser(long id, Role role, Boolean active, String passwordHash) {
        Jdbc.update(em, "UPDATE app_user SET role = COALESCE(CAST(? AS TEXT), role), active = COALESCE(CAST(? AS BOOLEAN), active), "
                + "password_hash = COALESCE(CAST(? AS TEXT), password_hash) WHERE id = ?",
                role == null ? null : role.code(), active, passwordHash, id);
    }

    /** Sets (or, with null, removes) the account's feed token, kept as its digest. */
    public void setFeedToken(long userId, String hash) {
        Jdbc.update(em, "UPDATE app_user SET feed_token_hash = ? WHERE id = ?", hash, userId);
    }

    /** Whether the account has a feed token. */
    public boolean hasFeedToken(long userId) {
        return Jdbc.query(em, "SELECT feed_token_hash IS NOT NULL FROM app_user WHERE id = ?", r -> r.getBoolean(1), userId)
                .stream().findFirst().orElse(false);
    }

    /** The account whose feed token has this digest. */
    public Optional<Account> userByFeedToken(String hash) {
        return Jdbc.query(em, USER + " WHERE feed_token_hash = ?", AccountStore::account, hash).stream().findFirst();
    }

    public ApiToken insertToken(long userId, String name, String hash, String prefix, Role role, Integer rateLimit, Instant expiresAt) {
        List<Long> ids = Jdbc.query(em, "INSERT INTO api_token (user_id, name, token_hash, prefix, role, rate_limit, expires_at) "
                        + "VALUES (?, ?, ?, ?, ?, ?, ?) ON CONFLICT (user_id, name) DO NOTHING RETURNING id", r -> r.getLong(1),
                userId, name, hash, prefix, role.code(), rateLimit, expiresAt);
        if (ids.isEmpty()) {
            throw new AccountConflict("name", "you already have a token named '" + name + "'");
        }
        return tokenById(ids.get(0)).orElseThrow();
    }

    public Optional<ApiToken> tokenById(long id) {
        return Jdbc.query(em, TOKEN + " WHERE t.id = ?", AccountStore::token, id).stream().findFirst();
    }

    /** The token with this hash and whether its owner is active. */
    public Optional<ApiToken> tokenByHash(String hash) {
        return Jdbc.query(em, TOKEN + " WHERE t.token_hash = ? AND u.active", AccountStore::token, hash).stream().findFirst();
    }

    /** Tokens of one account (userId > 0) or of all, newest first. */
    public List<ApiToken> tokens(long userId) {
        return Jdbc.query(em, TOKEN + " WHERE (? = 0 OR t.user_id = ?) ORDER BY t.created_at DESC, t.id DESC",
                AccountStore::token, userId, userId);
    }

    /** Revokes every live API token of an account and clears its feed token (a deactivated account's keys stay dead). */
    public void revokeTokensOf(long userId, Instant at) {
        Jdbc.update(em, "UPDATE api_token SET revoked_at = ? WHERE user_id = ? AND revoked_at IS NULL", at, userId);
        Jdbc.update(em, "UPDATE app_user SET feed_token_hash = NULL WHERE id = ?", userId);
    }

    public boolean revokeToken(long id, Instant at) {
        return Jdbc.update(em, "UPDATE api_token SET revoked_at = ? WHERE id = ? AND revoked_at IS NULL", at, id) > 0;
    }

    /** Notes a token's use, at most once a minute (the list shows when each was last used). */
    public void touchToken(long id, Instant at) {
        Jdbc.update(em, "UPDATE api_token SET last_used_at = ? WHERE id = ? "
                + "AND (last_used_at IS NULL OR last_used_at < CAST(? AS TIMESTAMPTZ) - INTERVAL '1 minute')", at, id, at);
    }

    public void insertSession(String idHash, long userId, String csrf, Instant expiresAt) {
        Jdbc.update(em, "INSERT INTO user_session (id_hash, user_id, csrf_token, expires_at) VALUES (?, ?, ?, ?)",
                idHash, userId, csrf, expiresAt);
    }

    public Optional<Session> session(String idHash) {
        return Jdbc.query(em, "SELECT u.id, u.username, u.role, u.active, u.created_at, u.created_by, s.csrf_token, s.expires_at, "
                        + "s.revoked_at FROM user_session s JOIN app_user u ON u.id = s.user_id WHERE s.id_hash = ?",
                r -> new Session(account(r), r.getString("csrf_token"), Jdbc.instant(r, "expires_at"), Jdbc.instant(r, "revoked_at")),
                idHash).stream().findFirst();
    }

    public void revokeSession(String idHash, Instant at) {
        Jdbc.update(em, "UPDATE user_session SET revoked_at = ? WHERE id_hash = ? AND revoked_at IS NULL", at, idHash);
    }

    /** Ends every session of an account (deactivated, or its password changed). */
    public void revokeSessionsOf(long userId, Instant at) {
        Jdbc.update(em, "UPDATE user_session SET revoked_at = ? WHERE user_id = ? AND revoked_at IS NULL", at, userId);
    }

    /** Deletes sessions that ended more than a day ago. */
    public int purgeSessions(Instant now) {
        return Jdbc.update(em, "DELETE FROM user_session WHERE COALESCE(revoked_at, expires_at) < CAST(? AS TIMESTAMPTZ) - INTERVAL '1 day'", now);
    }

    /** Records a new one-time setup token's hash in place of any earlier one. */
    public void replaceSetup(String tokenHash) {
        Jdbc.update(em, "INSERT INTO auth_setup (id, token_hash) VALUES (1, ?) "
                + "ON CONFLICT (id) DO UPDATE SET token_hash = EXCLUDED.token_hash, created_at = now(), used_at = NULL", tokenHash);
    }

    /** Serialises the first account's creation across instances (until the transaction ends). */
    public void lockSetup() {
        Jdbc.query(em, "SELECT pg_advisory_xact_lock(7301180001)", r -> 0);
    }

    /** Uses the setup token once; true when it matched and had not been used. */
    public boolean useSetup(String tokenHash, Instant at) {
        return Jdbc.update(em, "UPDATE auth_setup SET used_at = ? WHERE id = 1 AND token_hash = ? AND used_at IS NULL", at, tokenHash) > 0;
    }

    private static Account account(ResultSet r) throws SQLException {
        return new Account(r.getLong("id"), r.getString("username"), Role.parse(r.getString("role"), "role"),
                r.getBoolean("active"), Jdbc.instant(r, "created_at"), r.getString("created_by"));
    }

    private static ApiToken token(ResultSet r) throws SQLException {
        int limit = r.getInt("rate_limit");
        Integer rateLimit = r.wasNull() ? null : limit;
        return new ApiToken(r.getLong("id"), r.getLong("user_id"), r.getString("username"), r.getString("name"), r.getString("prefix"),
                Role.parse(r.getString("role"), "role"), rateLimit, Jdbc.instant(r, "created_at"), Jdbc.instant(r, "expires_at"),
                Jdbc.instant(r, "revoked_at"), Jdbc.instant(r, "last_used_at"));
    }
}
