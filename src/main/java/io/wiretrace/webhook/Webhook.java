package io.wiretrace.webhook;

import io.wiretrace.event.EventType;
import java.time.Instant;
import java.util.Set;

/** A receiver subscribed to event types. Its secret is kept by the store and never shown again after creation. */
public record Webhook(long id, String url, Set<EventType> events, Instant createdAt) {

    public Webhook {
        events = Set.copyOf(events);
    }
}
