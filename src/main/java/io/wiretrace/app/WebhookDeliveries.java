package io.wiretrace.app;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.wiretrace.config.WiretraceConfig;
import io.wiretrace.event.Event;
import io.wiretrace.event.EventBody;
import io.wiretrace.ingest.FetchException;
import io.wiretrace.ingest.HttpPoster;
import io.wiretrace.ingest.OutboundAddress;
import io.wiretrace.store.EventStore;
import io.wiretrace.store.WebhookStore;
import io.wiretrace.webhook.Delivery;
import io.wiretrace.webhook.Webhook;
import io.wiretrace.webhook.WebhookSignature;
import io.wiretrace.work.Job;
import io.wiretrace.work.RetryPolicy;
import jakarta.enterprise.context.ApplicationScoped;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * Sends events to webhooks as jobs of the work queue (kind {@value #KIND}, one per delivery, queued with the event):
 * a signed POST ({@link WebhookSignature}), each attempt logged, retried with exponential backoff for at least
 * {@code wiretrace.webhooks.retry-for} (the job's own retry policy) and so durable across restarts. A refused address
 * ends the delivery at once; a deleted webhook ends it quietly.
 */
@ApplicationScoped
public class WebhookDeliveries implements JobHandler {

    static final String KIND = "webhook-delivery";
    /** Headers sent with every delivery besides the signature. */
    public static final String EVENT_HEADER = "Wiretrace-Event";
    public static final String DELIVERY_HEADER = "Wiretrace-Delivery";
    private static final int LOGGED_ERROR_CHARS = 300;

    private final WebhookStore webhooks;
    private final EventStore events;
    private final WorkQueue queue;
    private final ObjectMapper json;
    private final HttpPoster poster;
    private final RetryPolicy policy;

    public WebhookDeliveries(WebhookStore webhooks, EventStore events, WorkQueue queue, ObjectMapper json,
                             WiretraceConfig config) {
        this.webhooks = webhooks;
        this.events = events;
        this.queue = queue;
        this.json = json;
        WiretraceConfig.Webhooks w = config.webhooks();
        this.poster = new HttpPoster(new OutboundAddress(w.allowedHosts().orElse(List.of())), w.connectTimeout(),
                w.timeout(), w.maxResponseBytes(), config.fetch().userAgent());
        this.policy = new RetryPolicy(w.backoffBase(), w.backoffMax(),
                RetryPolicy.attemptsCovering(w.backoffBase(), w.backoffMax(), 0.2, w.retryFor()), 0.2);
    }

    @Override
    public String kind() {
        return KIND;
    }

    @Override
    public Optional<RetryPolicy> retryPolicy() {
        return Optional.of(policy);
    }

    /** Queues the delivery of an event to a webhook in the caller's transaction; returns the delivery id. */
    UUID schedule(long webhookId, long eventId) {
        UUID id = UUID.randomUUID();
        Job job = queue.enqueue(KIND, id.toString(), "{\"deliveryId\":\"" + id + "\"}", 1);
        webhooks.createDelivery(id, webhookId, eventId, job.id());
        return id;
    }

    @Override
    public void handle(Job job, JobContext context) {
        UUID id = UUID.fromString(job.subject());
        Optional<Target> target = QuarkusTransaction.requiringNew().call(() -> target(id));
        if (target.isEmpty()) {
            context.complete("the webhook or its event was deleted; nothing sent", null, () -> { });
            return;
        }
        Target t = target.get();
        String body = body(id, t.event());
        Map<String, String> headers = Map.of(WebhookSignature.HEADER, WebhookSignature.header(t.secret(), Instant.now(), body),
                EVENT_HEADER, t.event().type().code(), DELIVERY_HEADER, id.toString());
        boolean last = policy.exhausted(job.attempts());
        long started = System.nanoTime();
        try {
            HttpPoster.Answer answer = poster.post(URI.create(t.webhook().url()), headers, "application/json",
                    body.getBytes(StandardCharsets.UTF_8));
            if (answer.success()) {
                context.complete("delivered: HTTP " + answer.status(), "{\"status\":" + answer.status() + "}",
                        () -> webhooks.recordAttempt(id, job.attempts(), answer.status(), null, answer.took().toMillis(),
                                "delivered"));
                return;
            }
            String error = "HTTP " + answer.status() + excerpt(answer.bodyExcerpt());
            log(id, job, answer.status(), error, answer.took().toMillis(), last);
            throw new IllegalStateException("receiver answered " + error);
        } catch (FetchException e) {
            long millis = (System.nanoTime() - started) / 1_000_000;
            boolean refused = e.reason() == FetchException.Reason.ADDRESS_REFUSED
                    || e.reason() == FetchException.Reason.INVALID_URL;
            log(id, job, null, e.getMessage(), millis, last || refused);
            if (refused) {
                throw new PermanentJobFailure(e.getMessage(), null, e);
            }
            throw e;
        }
    }

    /** Logs a failed attempt in its own transaction (appending to the log is safe to repeat). */
    private void log(UUID id, Job job, Integer status, String error, long millis, boolean givenUp) {
        QuarkusTransaction.requiringNew().run(() -> webhooks.recordAttempt(id, job.attempts(), status, error, millis,
                givenUp ? "failed" : "pending"));
    }

    private Optional<Target> target(UUID id) {
        Optional<Delivery> delivery = webhooks.delivery(id);
        if (delivery.isEmpty()) {
            return Optional.empty();
        }
        long webhookId = delivery.get().webhookId();
        return webhooks.byId(webhookId).flatMap(w -> webhooks.secret(webhookId)
                .flatMap(secret -> events.byId(delivery.get().eventId()).map(e -> new Target(w, secret, e))));
    }

    /** The delivery body: its id and the event as the API shows it. */
    private String body(UUID id, Event event) {
        try {
            return json.writeValueAsString(new DeliveryBody(id.toString(), EventBody.of(event)));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write the event as JSON", e);
        }
    }

    private static String excerpt(String answer) {
        String a = answer == null ? "" : answer.strip();
        return a.isEmpty() ? "" : ": " + (a.length() > LOGGED_ERROR_CHARS ? a.substring(0, LOGGED_ERROR_CHARS) + "…" : a);
    }

    /** What a delivery posts. */
    public record DeliveryBody(String deliveryId, EventBody event) {
    }

    private record Target(Webhook webhook, String secret, Event event) {
    }
}
