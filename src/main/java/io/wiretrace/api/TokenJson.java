package io.wiretrace.api;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.wiretrace.account.ApiToken;
import java.time.Instant;

/**
 * An API token's record; {@code token} is present only in the answer that made it (it is never shown again).
 * {@code status}: active, expired or revoked.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record TokenJson(long id, String name, String username, String role, String prefix, Integer rateLimit, String status,
                        Instant createdAt, Instant expiresAt, Instant revokedAt, Instant lastUsedAt, String token) {

    static TokenJson of(ApiToken t, String token) {
        String status = t.statusAt(Instant.now());
        return new TokenJson(t.id(), t.name(), t.username(), t.role().code(), t.prefix(), t.rateLimit(), status, t.createdAt(),
                t.expiresAt(), t.revokedAt(), t.lastUsedAt(), token);
    }
}
