package io.wiretrace.store;

import io.wiretrace.account.Account;
import io.wiretrace.account.AccountConflict;
import io.wiretrace.account.Role;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * Single sign-on in PostgreSQL: logins on their way through the provider ({@code sso_login}, taken once) and the
 * accounts made for the provider's users ({@code app_user} with issuer and subject, no password; found by
 * {@link AccountStore#userBySso}). Callers own the transaction.
 */
@ApplicationScoped
public class SsoStore {

    /** A login sent to the provider: what its return must match. */
    public record PendingLogin(String nonce, String codeVerifier, String redirectUri, String next, Instant expiresAt) {
    }

    private final EntityManager em;
    private final AccountStore accounts;

    public SsoStore(EntityManager em, AccountStore accounts) {
        this.em = em;
        this.accounts = accounts;
    }

    public void insertPending(String stateHash, PendingLogin login) {
        Jdbc.update(em, "INSERT INTO sso_login (state_hash, nonce, code_verifier, redirect_uri, next_path, expires_at) "
                + "VALUES (?, ?, ?, ?, ?, ?)", stateHash, login.nonce(), login.codeVerifier(), login.redirectUri(),
                login.next(), login.expiresAt());
    }

    /** Takes the pending login of this state (it can be used once), whether or not it has expired. */
    public Optional<PendingLogin> takePending(String stateHash) {
        return Jdbc.query(em, "DELETE FROM sso_login WHERE state_hash = ? "
                        + "RETURNING nonce, code_verifier, redirect_uri, next_path, expires_at",
                r -> new PendingLogin(r.getString(1), r.getString(2), r.getString(3), r.getString(4),
                        Jdbc.instant(r, "expires_at")), stateHash).stream().findFirst();
    }

    /** Removes logins that never came back. */
    public int purgePending(Instant now) {
        return Jdbc.update(em, "DELETE FROM sso_login WHERE expires_at < ?", now);
    }

    /** A new account for the provider's user; 409 ({@link AccountConflict}) when the name is another account's. */
    public Account insertAccount(String username, Role role, String issuer, String subject) {
        List<Long> ids = Jdbc.query(em, "INSERT INTO app_user (username, role, created_by, sso_issuer, sso_subject) "
                + "VALUES (?, ?, 'single sign-on', ?, ?) ON CONFLICT DO NOTHING RETURNING id", r -> r.getLong(1),
                username, role.code(), issuer, subject);
        if (ids.isEmpty()) {
            throw new AccountConflict("username", "the name '" + username + "' belongs to another account");
        }
        return accounts.userById(ids.get(0)).orElseThrow();
    }
}
