package io.wiretrace.web;

import io.wiretrace.article.PageOf;
import io.wiretrace.event.Event;
import io.wiretrace.event.EventEvidence;
import io.wiretrace.event.EventQuery;
import io.wiretrace.event.EventType;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The events page: a filter by type and outlet, the events newest first with their evidence linked to the articles
 * that hold it, paging, and the Atom feed of the same filter.
 */
public record EventsPage(String heading, String type, String outlet, List<Option> types, List<EventRow> rows, long total,
                  String previousHref, String nextHref, String feedHref) {

    /** A choice of the type filter. */
    public record Option(String value, String label, boolean selected) {
    }

    /** One event. */
    public record EventRow(long id, String href, String type, String when, String summary, String confidence, String outlet,
                    String outletHref, String relatedOutlet, String relatedOutletHref, List<EvidenceRow> evidence) {
    }

    /** One piece of evidence: the exact text, where it is, and a link to the article holding it. */
    public record EvidenceRow(String role, String text, String where, String href) {
    }

    static EventsPage of(PageOf<Event> found, EventQuery query, String typedOutlet) {
        String type = query.type() == null ? "" : query.type().code();
        String outlet = typedOutlet == null ? "" : typedOutlet;
        List<Option> types = new ArrayList<>();
        types.add(new Option("", "all types", type.isEmpty()));
        EventType.codes().forEach(c -> types.add(new Option(c, c.replace('_', ' '), c.equals(type))));
        String filter = "type=" + enc(type) + "&outlet=" + enc(outlet);
        boolean more = (long) (found.page() + 1) * found.size() < found.total();
        return new EventsPage("Events", type, outlet, types, found.items().stream().map(EventsPage::row).toList(),
                found.total(), found.page() > 0 ? "/events?" + filter + "&page=" + (found.page() - 1) : null,
                more ? "/events?" + filter + "&page=" + (found.page() + 1) : null,
                "/api/events/feed?" + filter);
    }

    /** The page of one event (what its Atom entry links to). */
    static EventsPage one(Event e) {
        return new EventsPage("Event " + e.id(), "", "", List.of(), List.of(row(e)), 1, null, null, "/api/events/feed");
    }

    static EventRow row(Event e) {
        return new EventRow(e.id(), "/events/" + e.id(), e.type().code().replace('_', ' '), Times.of(e.createdAt()),
                e.summary(), String.format(Locale.ROOT, "%.2f", e.confidence()), e.outletKey(),
                e.outletKey() == null ? null : Links.outlet(e.outletKey()), e.relatedOutletKey(),
                e.relatedOutletKey() == null ? null : Links.outlet(e.relatedOutletKey()),
                e.evidence().stream().map(EventsPage::evidence).toList());
    }

    private static EvidenceRow evidence(EventEvidence ev) {
        String where = ev.articleId() == null ? (ev.url() == null ? "" : Shorten.of(ev.url(), Shorten.URL))
                : "article " + ev.articleId() + (ev.start() == null ? "" : ", characters " + ev.start() + "–" + ev.end())
                + (ev.location() == null ? "" : " (" + ev.location() + ")");
        return new EvidenceRow(ev.role().replace('_', ' '), Shorten.of(ev.text(), Shorten.FIELD), where,
                ev.articleId() == null ? null : "/articles/" + ev.articleId());
    }

    private static String enc(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }
}
