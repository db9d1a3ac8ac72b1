package io.wiretrace.api;

import io.wiretrace.account.Account;
import java.time.Instant;

/** An account as the API shows it (never its password or hash). */
public record AccountJson(String username, String role, boolean active, Instant createdAt, String createdBy) {

    static AccountJson of(Account a) {
        return new AccountJson(a.username(), a.role().code(), a.active(), a.createdAt(), a.createdBy());
    }
}
