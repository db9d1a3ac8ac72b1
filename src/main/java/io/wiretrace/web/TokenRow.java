package io.wiretrace.web;

import io.wiretrace.account.ApiToken;
import java.time.Instant;

/** A token on the account page; {@code token} only right after it was made. */
public record TokenRow(long id, String name, String prefix, String role, String status, String createdAt, String expiresAt,
                       String lastUsedAt, String token) {

    static TokenRow of(ApiToken t, String token) {
        String status = t.statusAt(Instant.now());
        return new TokenRow(t.id(), t.name(), t.prefix(), t.role().code(), status, Times.of(t.createdAt()),
                t.expiresAt() == null ? null : Times.of(t.expiresAt()), t.lastUsedAt() == null ? null : Times.of(t.lastUsedAt()),
                token);
    }
}
