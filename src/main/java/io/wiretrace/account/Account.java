package io.wiretrace.account;

import java.time.Instant;

/** A local account (never with its password hash). */
public record Account(long id, String username, Role role, boolean active, Instant createdAt, String createdBy) {
}
