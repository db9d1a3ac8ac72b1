package io.wiretrace.web;

import java.util.List;

/**
 * The verdict queue: findings awaiting a verdict, most consequential first, each with confirm and reject; the newest
 * verdicts; and verdicts whose finding no longer appears (orphaned).
 */
public record VerdictsPage(List<QueueRow> queue, List<VerdictRow> recent, long total, List<VerdictRow> orphaned) {
}
