package io.wiretrace.api;

import java.util.List;

/**
 * Body of {@code POST /api/webhooks}.
 *
 * @param url    the receiver: an http(s) URL on a public address (or a host allowed in configuration)
 * @param events the event types to send ({@code uncredited_copy}, {@code credit_dropped},
 *               {@code credited_source_arrived}, {@code source_unhealthy})
 * @param secret 16 to 256 characters; signs every delivery (never shown again)
 */
public record WebhookRequest(String url, List<String> events, String secret) {
}
