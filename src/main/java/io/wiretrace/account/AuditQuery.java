package io.wiretrace.account;

import java.time.Instant;

/** A filter on the audit trail: each part null for any; newest first, paged. */
public record AuditQuery(String actor, String operation, String target, Instant since, Instant until, int page, int size) {
}
