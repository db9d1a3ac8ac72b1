package io.wiretrace.app;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.wiretrace.event.Event;
import io.wiretrace.event.NewEvent;
import io.wiretrace.event.SourceUnhealthy;
import io.wiretrace.store.EventStore;
import io.wiretrace.store.WebhookStore;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.util.Optional;
import org.jboss.logging.Logger;

/**
 * Records events in the caller's transaction (the one that stores what caused them) and queues their webhook
 * deliveries in the same transaction. An event whose idempotency key is recorded already (a retried job, an ingest
 * repeated) is not recorded or delivered again.
 */
@ApplicationScoped
public class RecordEvents {

    private static final Logger LOG = Logger.getLogger(RecordEvents.class);

    private final EventStore events;
    private final WebhookStore webhooks;
    private final WebhookDeliveries deliveries;

    public RecordEvents(EventStore events, WebhookStore webhooks, WebhookDeliveries deliveries) {
        this.events = events;
        this.webhooks = webhooks;
        this.deliveries = deliveries;
    }

    /** Records the event and queues a delivery to each webhook subscribed to its type; call inside a transaction. */
    public Optional<Event> record(NewEvent event) {
        Optional<Event> recorded = events.record(event);
        recorded.ifPresent(e -> {
            LOG.infof("event %d %s: %s", e.id(), e.type().code(), e.summary());
            webhooks.subscribedTo(e.type()).forEach(webhookId -> deliveries.schedule(webhookId, e.id()));
        });
        return recorded;
    }

    /**
     * A watched source turned unhealthy: recorded in the transaction that records the alert (the contract of
     * {@link SourceAlertRaised}), or in a transaction of its own when it was fired outside one.
     */
    void onSourceAlert(@Observes SourceAlertRaised alert) {
        Runnable write = () -> {
            String outletKey = events.outletKeyOf(alert.outletId()).orElse(null);
            record(SourceUnhealthy.event(alert.sourceId(), outletKey, alert.url(), alert.reason(), alert.at()));
        };
        if (QuarkusTransaction.isActive()) {
            write.run();
        } else {
            QuarkusTransaction.requiringNew().run(write);
        }
    }

    /** True when copies of this outlet's work raise {@code uncredited_copy}. */
    boolean watched(String outletKey) {
        return outletKey != null && events.isWatchedOrCreditedByWatched(outletKey);
    }
}
