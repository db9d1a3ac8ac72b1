package io.wiretrace.account;

import io.wiretrace.article.InvalidInput;
import java.util.Arrays;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

/** What an account or token may do. Each role includes the ones below it. */
public enum Role {
    /** Read everything; analyze and compare without storing. */
    READER,
    /** Also ingest, watch sources, import, give verdicts. */
    ANALYST,
    /** Also the outlet registry, users, tokens, webhooks, reanalysis and rematching. */
    ADMIN;

    /** The role names (as in {@code @RolesAllowed}) a caller with this role holds: its own and every lower one. */
    public Set<String> grants() {
        return Arrays.stream(values()).filter(r -> r.ordinal() <= ordinal()).map(Role::code).collect(Collectors.toUnmodifiableSet());
    }

    public boolean includes(Role other) {
        return ordinal() >= other.ordinal();
    }

    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** Parses a role name; {@code field} names the request field in the error. */
    public static Role parse(String value, String field) {
        if (value != null) {
            for (Role r : values()) {
                if (r.code().equals(value.trim().toLowerCase(Locale.ROOT))) {
                    return r;
                }
            }
        }
        throw new InvalidInput(field, field + " must be one of reader, analyst, admin; got '" + value + "'");
    }
}
