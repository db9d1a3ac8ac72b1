package io.wiretrace.account;

/**
 * Who a request acts as: the account's name (or {@code bootstrap} for the configured automation token), the role it
 * acts with, how it signed in ({@code session}, {@code token:<name>}, {@code bootstrap}), the account id (0 for
 * the bootstrap token), the token id when a token was used (else 0), its rate-limit override (null: the role's), and,
 * for a browser session, the session's CSRF token (else null).
 */
public record Caller(String name, Role role, String via, long userId, long tokenId, Integer rateLimit, String csrf) {

    public static final String BOOTSTRAP = "bootstrap";

    /** The key its requests are counted under. */
    public String bucket() {
        return tokenId > 0 ? "token:" + tokenId : userId > 0 ? "user:" + userId : "caller:" + name;
    }

    /** Who the audit trail names: the account, and the token when one was used. */
    public String auditName() {
        return via.startsWith("token:") ? name + " (" + via + ")" : name;
    }
}
