/**
 * The durable work queue's values and rules, free of any framework: what a queued job is ({@link io.wiretrace.work.Job}),
 * its states, and when a failed attempt is tried again ({@link io.wiretrace.work.RetryPolicy}). The queue itself (leases
 * in PostgreSQL, worker threads) is an adapter in {@code app}/{@code store}.
 */
package io.wiretrace.work;
