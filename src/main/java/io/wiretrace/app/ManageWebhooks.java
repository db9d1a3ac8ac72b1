package io.wiretrace.app;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.wiretrace.article.InvalidInput;
import io.wiretrace.article.StorableText;
import io.wiretrace.config.WiretraceConfig;
import io.wiretrace.event.EventType;
import io.wiretrace.ingest.FetchException;
import io.wiretrace.ingest.OutboundAddress;
import io.wiretrace.store.WebhookStore;
import io.wiretrace.url.UrlIdentity;
import io.wiretrace.webhook.Delivery;
import io.wiretrace.webhook.Webhook;
import jakarta.enterprise.context.ApplicationScoped;
import java.net.URI;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Creates, lists and deletes webhooks. A webhook URL must be an http(s) URL whose host passes the SSRF filter (public
 * addresses only) unless it is in {@code wiretrace.webhooks.allowed-hosts}; the secret signs every delivery.
 */
@ApplicationScoped
public class ManageWebhooks {

    static final int MIN_SECRET = 16;
    static final int MAX_SECRET = 256;
    static final int MAX_URL = 2048;

    private final WebhookStore webhooks;
    private final OutboundAddress addresses;

    public ManageWebhooks(WebhookStore webhooks, WiretraceConfig config) {
        this.webhooks = webhooks;
        this.addresses = new OutboundAddress(config.webhooks().allowedHosts().orElse(List.of()));
    }

    /**
     * Checks and stores a webhook.
     *
     * @throws InvalidInput  naming the field when the URL, the event list or the secret is not acceptable
     * @throws FetchException (address refused) when the URL's host is a private or reserved address
     */
    public Webhook create(String url, List<String> events, String secret) {
        URI target = checkUrl(url);
        Set<EventType> types = checkEvents(events);
        checkSecret(secret);
        try {
            addresses.check(target);
        } catch (FetchException e) {
            if (e.reason() == FetchException.Reason.ADDRESS_REFUSED) {
                throw e;
            }
            throw new InvalidInput("url", "webhook url '" + url + "' cannot be used: " + e.getMessage());
        }
        return QuarkusTransaction.requiringNew().call(() -> webhooks.create(target.toString(), types, secret));
    }

    public List<Webhook> list() {
        return QuarkusTransaction.requiringNew().call(webhooks::list);
    }

    public Optional<Webhook> get(long id) {
        return QuarkusTransaction.requiringNew().call(() -> webhooks.byId(id));
    }

    public boolean delete(long id) {
        return QuarkusTransaction.requiringNew().call(() -> webhooks.delete(id));
    }

    /** The newest deliveries of a webhook with their attempts, or empty when there is no such webhook. */
    public Optional<List<Delivery>> deliveries(long id, int limit) {
        return QuarkusTransaction.requiringNew().call(() -> webhooks.byId(id).map(w -> webhooks.deliveries(id, limit)));
    }

    private static URI checkUrl(String url) {
        if (url == null || url.isBlank()) {
            throw new InvalidInput("url", "url is required: the receiver's http(s) URL");
        }
        StorableText.check("url", url);
        if (url.length() > MAX_URL) {
            throw new InvalidInput("url", "url has " + url.length() + " characters, over the cap of " + MAX_URL);
        }
        try {
            return OutboundAddress.checkUrl(UrlIdentity.parseHttpUrl(url), "webhook url");
        } catch (IllegalArgumentException | FetchException e) {
            throw new InvalidInput("url", e.getMessage());
        }
    }

    private static Set<EventType> checkEvents(List<String> events) {
        if (events == null || events.isEmpty()) {
            throw new InvalidInput("events", "events is required: a non-empty list of "
                    + EventType.codes());
        }
        Set<EventType> types = new LinkedHashSet<>();
        for (String e : events) {
            if (e == null) {
                throw new InvalidInput("events", "events holds a null; expected one of "
                        + EventType.codes());
            }
            types.add(EventType.of(e).orElseThrow(() -> new InvalidInput("events", "event type '" + e
                    + "' is not one of " + EventType.codes())));
        }
        return types;
    }

    private static void checkSecret(String secret) {
        if (secret == null || secret.length() < MIN_SECRET || secret.length() > MAX_SECRET) {
            throw new InvalidInput("secret", "secret must have " + MIN_SECRET + " to " + MAX_SECRET + " characters"
                    + (secret == null ? "" : ", not " + secret.length()));
        }
        StorableText.check("secret", secret);
    }
}
