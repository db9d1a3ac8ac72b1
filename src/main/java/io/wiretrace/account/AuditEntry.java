package io.wiretrace.account;

import java.time.Instant;

/**
 * One recorded write: who ({@code actor}, and how they signed in, {@code via}), when, what ({@code operation} such as
 * {@code PUT /api/outlets/{key}}, its {@code target} path), the answer's status, the request id, the client address,
 * and for registry edits and verdicts the value before and after as JSON (else null).
 */
public record AuditEntry(long id, Instant at, String actor, String via, String operation, String target, int status,
                         String requestId, String client, String before, String after) {
}
