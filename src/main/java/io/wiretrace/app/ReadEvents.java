package io.wiretrace.app;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.wiretrace.article.InvalidInput;
import io.wiretrace.article.PageOf;
import io.wiretrace.article.StorableText;
import io.wiretrace.event.EventType;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import io.wiretrace.event.AtomEvents;
import io.wiretrace.event.Event;
import io.wiretrace.event.EventQuery;
import io.wiretrace.store.EventStore;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.Optional;

/** Reads events: pages for the API and the events page, Atom feeds, an article's events. */
@ApplicationScoped
public class ReadEvents {

    /** Entries in an Atom feed (the newest). */
    public static final int FEED_ENTRIES = 50;

    private final EventStore events;
    private final OutletDirectory outlets;
    private final AtomEvents atom = new AtomEvents();

    public ReadEvents(EventStore events, OutletDirectory outlets) {
        this.events = events;
        this.outlets = outlets;
    }

    /**
     * The filter that query parameters describe: {@code type} a type's code, {@code outlet} a key, name or domain
     * (an unknown one matches nothing), {@code since} an ISO-8601 time or a date (UTC midnight); blank means any.
     *
     * @throws InvalidInput naming the parameter when a value is not one of these
     */
    public EventQuery query(String type, String outlet, String since) {
        EventType t = blank(type) ? null : EventType.of(type).orElseThrow(() -> new InvalidInput("type",
                "type '" + type + "' is not one of " + EventType.codes()));
        String key = null;
        if (!blank(outlet)) {
            StorableText.check("outlet", outlet);
            key = outlets.knownKeyOf(outlet);
        }
        return new EventQuery(t, key, time("since", since));
    }

    /** Parses a query parameter holding an ISO-8601 time or a date (UTC midnight); null when blank. */
    public static Instant time(String field, String value) {
        if (blank(value)) {
            return null;
        }
        String s = value.strip();
        try {
            return s.length() == 10 ? LocalDate.parse(s).atStartOfDay(ZoneOffset.UTC).toInstant()
                    : OffsetDateTime.parse(s).toInstant();
        } catch (DateTimeParseException e) {
            throw new InvalidInput(field, field + " '" + value + "' is not an ISO-8601 time such as "
                    + "2026-12-06T10:00:00Z or a date such as 2026-12-06");
        }
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }

    public PageOf<Event> list(EventQuery query, int page, int size) {
        return QuarkusTransaction.requiringNew().call(() -> events.list(query, page, size));
    }

    public Optional<Event> get(long id) {
        return QuarkusTransaction.requiringNew().call(() -> events.byId(id));
    }

    public List<Event> ofArticle(long articleId) {
        return QuarkusTransaction.requiringNew().call(() -> events.ofArticle(articleId, 100));
    }

    /**
     * The newest events matching {@code query} as an Atom feed.
     *
     * @param baseUrl the service's absolute base URL ("https://host/"), for the feed's and entries' links
     * @param selfPath the feed's own path below it
     */
    public String atom(EventQuery query, String title, String baseUrl, String selfPath) {
        List<Event> newest = list(query, 0, FEED_ENTRIES).items();
        String base = baseUrl.endsWith("/") ? baseUrl : baseUrl + "/";
        // the page of the same events: the feed's filters, as the page takes them
        List<String> filters = new java.util.ArrayList<>();
        if (query.outletKey() != null) {
            filters.add("outlet=" + java.net.URLEncoder.encode(query.outletKey(), java.nio.charset.StandardCharsets.UTF_8));
        }
        if (query.type() != null) {
            filters.add("type=" + query.type().code());
        }
        String page = base + "events" + (filters.isEmpty() ? "" : "?" + String.join("&", filters));
        return atom.write(newest, title, base + selfPath, page, e -> base + "events/" + e.id());
    }
}
