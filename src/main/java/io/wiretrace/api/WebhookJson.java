package io.wiretrace.api;

import io.wiretrace.event.EventType;
import io.wiretrace.webhook.Webhook;
import java.time.Instant;
import java.util.List;

/** A webhook as the API shows it: never its secret. */
public record WebhookJson(long id, String url, List<String> events, Instant createdAt) {

    static WebhookJson of(Webhook w) {
        return new WebhookJson(w.id(), w.url(), w.events().stream().map(EventType::code).sorted().toList(), w.createdAt());
    }
}
