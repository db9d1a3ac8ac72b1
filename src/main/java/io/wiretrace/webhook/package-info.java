/**
 * Webhooks: subscriptions of a receiver URL to event types, the HMAC-SHA256 signature of each delivery (over its
 * timestamp and body, so a receiver can check origin and freshness) and the delivery log's values. Pure Java; the
 * deliveries themselves are jobs of the work queue (app) sent by {@code ingest.HttpPoster}.
 */
package io.wiretrace.webhook;
