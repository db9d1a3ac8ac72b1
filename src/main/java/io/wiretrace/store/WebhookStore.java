package io.wiretrace.store;

import io.wiretrace.event.EventType;
import io.wiretrace.webhook.Delivery;
import io.wiretrace.webhook.Webhook;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;

/** Webhooks, their deliveries and the log of delivery attempts (tables {@code webhook*}). */
@ApplicationScoped
public class WebhookStore {

    private static final String DELIVERY = "SELECT d.id, d.webhook_id, d.event_id, e.type, d.status, d.job_id, "
            + "d.attempts, d.created_at, d.delivered_at FROM webhook_delivery d JOIN event e ON e.id = d.event_id";

    private final EntityManager em;

    public WebhookStore(EntityManager em) {
        this.em = em;
    }

    public Webhook create(String url, Collection<EventType> events, String secret) {
        return Jdbc.query(em, "INSERT INTO webhook (url, event_types, secret) VALUES (?, ?, ?) "
                + "RETURNING id, url, event_types, created_at", WebhookStore::webhook, url, codes(events), secret).get(0);
    }

    public List<Webhook> list() {
        return Jdbc.query(em, "SELECT id, url, event_types, created_at FROM webhook ORDER BY id", WebhookStore::webhook);
    }

    public Optional<Webhook> byId(long id) {
        return Jdbc.query(em, "SELECT id, url, event_types, created_at FROM webhook WHERE id = ?", WebhookStore::webhook,
                id).stream().findFirst();
    }

    public Optional<String> secret(long id) {
        return Jdbc.query(em, "SELECT secret FROM webhook WHERE id = ?", r -> r.getString(1), id).stream().findFirst();
    }

    /** Deletes a webhook with its deliveries and their log; false when there was none. */
    public boolean delete(long id) {
        return Jdbc.update(em, "DELETE FROM webhook WHERE id = ?", id) == 1;
    }

    /** Ids of the webhooks subscribed to a type. */
    public List<Long> subscribedTo(EventType type) {
        return Jdbc.query(em, "SELECT id FROM webhook WHERE ? = ANY (string_to_array(event_types, ',')) ORDER BY id",
                r -> r.getLong(1), type.code());
    }

    public void createDelivery(UUID id, long webhookId, long eventId, UUID jobId) {
        Jdbc.update(em, "INSERT INTO webhook_delivery (id, webhook_id, event_id, status, job_id) VALUES (?, ?, ?, "
                + "'pending', ?) ON CONFLICT (webhook_id, event_id) DO NOTHING", id, webhookId, eventId, jobId);
    }

    public Optional<Delivery> delivery(UUID id) {
        return Jdbc.query(em, DELIVERY + " WHERE d.id = ?", this::delivery, id).stream().findFirst();
    }

    /** A webhook's deliveries, newest first, each with its attempts. */
    public List<Delivery> deliveries(long webhookId, int limit) {
        return Jdbc.query(em, DELIVERY + " WHERE d.webhook_id = ? ORDER BY d.created_at DESC, d.id LIMIT ?",
                this::delivery, webhookId, limit);
    }

    /** Appends an attempt to the log and sets the delivery's state (pending, delivered or failed). */
    public void recordAttempt(UUID deliveryId, int attempt, Integer status, String error, long millis, String state) {
        Jdbc.update(em, "INSERT INTO webhook_attempt (delivery_id, attempt, status, error, millis) VALUES (?, ?, ?, ?, ?)",
                deliveryId, attempt, status, error, millis);
        Jdbc.update(em, "UPDATE webhook_delivery SET attempts = GREATEST(attempts, ?), status = ?, delivered_at = "
                + "CASE WHEN ? = 'delivered' THEN now() ELSE delivered_at END WHERE id = ?", attempt, state, state, deliveryId);
    }

    private Delivery delivery(ResultSet r) throws SQLException {
        UUID id = r.getObject("id", UUID.class);
        List<Delivery.Attempt> log = Jdbc.query(em, "SELECT attempt, at, status, error, millis FROM webhook_attempt "
                + "WHERE delivery_id = ? ORDER BY id", a -> new Delivery.Attempt(a.getInt("attempt"), Jdbc.instant(a, "at"),
                (Integer) a.getObject("status"), a.getString("error"), a.getLong("millis")), id);
        return new Delivery(id, r.getLong("webhook_id"), r.getLong("event_id"), r.getString("type"), r.getString("status"),
                r.getObject("job_id", UUID.class), r.getInt("attempts"), Jdbc.instant(r, "created_at"),
                Jdbc.instant(r, "delivered_at"), log);
    }

    private static Webhook webhook(ResultSet r) throws SQLException {
        return new Webhook(r.getLong("id"), r.getString("url"), Arrays.stream(r.getString("event_types").split(","))
                .map(t -> EventType.of(t).orElseThrow()).collect(Collectors.toSet()), Jdbc.instant(r, "created_at"));
    }

    private static String codes(Collection<EventType> events) {
        return events.stream().map(EventType::code).sorted().collect(Collectors.joining(","));
    }
}
