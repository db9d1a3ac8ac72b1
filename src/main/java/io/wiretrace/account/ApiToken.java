package io.wiretrace.account;

import java.time.Instant;

/**
 * An API token's record (never the token: only its first characters, {@code prefix}, to tell tokens apart).
 * {@code rateLimit}: requests a minute to the expensive operations, null for its role's default.
 */
public record ApiToken(long id, long userId, String username, String name, String prefix, Role role, Integer rateLimit,
                       Instant createdAt, Instant expiresAt, Instant revokedAt, Instant lastUsedAt) {

    public boolean usableAt(Instant now) {
        return revokedAt == null && (expiresAt == null || expiresAt.isAfter(now));
    }

    /** {@code active}, {@code expired} or {@code revoked} at {@code now}. */
    public String statusAt(Instant now) {
        return revokedAt != null ? "revoked" : usableAt(now) ? "active" : "expired";
    }
}
