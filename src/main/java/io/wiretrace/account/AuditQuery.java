package io.wiretrace.account;

import java.time.Instant;

/** A filter on the audit trail: each part null for any; newest first, paged. */
public record AuditQuery(String actor, String operation, String target, Instant since, Instant until, int page, int size) {

    /** A blank filter does not filter; the others are compared without surrounding spaces. */
    public AuditQuery {
        actor = filter(actor);
        operation = filter(operation);
        target = filter(target);
    }

    private static String filter(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
